package org.sift.selection;

import org.sift.concurrent.ProgressMonitor;

/**
 * Farthest point sampling inside each group with quotas: group g gets q_g points, chosen by FPS
 * (docs/method.md §4, with the given options' start and epsilon) on the distances between its own
 * members only. The quotas are the groups' {@link Quotas#proportional shares} of n, or counts given
 * by the user. A run of FPS per group up to its largest quota serves every size, since an FPS subset
 * of q points is the first q points of a longer run.
 */
public final class GroupFps {

    /** FPS orders of every group, as indices into the whole point set. */
    private final int[][] orders;
    private final int[] groupSizes;

    private GroupFps(int[][] orders, int[] groupSizes) {
        this.orders = orders;
        this.groupSizes = groupSizes;
    }

    /**
     * Runs FPS in every group up to {@code maxPerGroup[g]} points.
     *
     * @param groupOf     group of every point of {@code source}
     * @param maxPerGroup longest run needed per group (clipped to the group's size)
     */
    public static GroupFps run(DistanceSource source, int[] groupOf, int groups, int[] maxPerGroup, FpsOptions options,
                               ProgressMonitor monitor) {
        if (groupOf.length != source.size()) {
            throw new IllegalArgumentException(groupOf.length + " group indices for " + source.size() + " points");
        }
        if (maxPerGroup.length != groups) {
            throw new IllegalArgumentException(maxPerGroup.length + " quotas for " + groups + " groups");
        }
        int[][] members = Quotas.members(groupOf, groups);
        int[][] orders = new int[groups][];
        int[] sizes = new int[groups];
        for (int g = 0; g < groups; g++) {
            int[] m = members[g];
            sizes[g] = m.length;
            int len = Math.min(maxPerGroup[g], m.length);
            if (len <= 0) {
                orders[g] = new int[0];
                continue;
            }
            DistanceSource sub = new DistanceSource() {
                @Override public int size() { return m.length; }
                @Override public double distance(int a, int b) { return source.distance(m[a], m[b]); }
            };
            FpsOptions o = new FpsOptions(options.start() instanceof FpsOptions.Index ? new FpsOptions.Medoid() : options.start(),
                    len, Double.NaN, Double.NaN, options.epsilon(), null, null, null, true, options.threads());
            int[] local = new FarthestPointSampler().run(sub, o, monitor).order();
            int[] global = new int[local.length];
            for (int k = 0; k < local.length; k++) global[k] = m[local[k]];
            orders[g] = global;
        }
        return new GroupFps(orders, sizes);
    }

    /** Convenience: quotas proportional to the group sizes, for one n. */
    public static int[] select(DistanceSource source, int[] groupOf, int groups, int n, FpsOptions options, ProgressMonitor monitor) {
        int[] sizes = new int[groups];
        for (int g : groupOf) sizes[g]++;
        int[] q = Quotas.proportional(sizes, n);
        return run(source, groupOf, groups, q, options, monitor).subset(q);
    }

    /** The first {@code quota[g]} FPS points of every group (clipped to what was run), group by group. */
    public int[] subset(int[] quota) {
        int total = 0;
        for (int g = 0; g < orders.length; g++) total += Math.min(quota[g], orders[g].length);
        int[] out = new int[total];
        int k = 0;
        for (int g = 0; g < orders.length; g++) {
            int q = Math.min(quota[g], orders[g].length);
            System.arraycopy(orders[g], 0, out, k, q);
            k += q;
        }
        return out;
    }

    /** The proportional subset of size n. */
    public int[] proportional(int n) {
        return subset(Quotas.proportional(groupSizes, n));
    }
}
