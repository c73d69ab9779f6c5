package org.sift.selection;

import java.util.Arrays;
import org.sift.concurrent.ProgressMonitor;

/**
 * Coverage of a given subset or order: D and REP (docs/method.md §4) without choosing anything.
 * Costs one distance row per subset member.
 */
public final class Coverage {

    /**
     * Curves along a fixed order: after the first n entries, D(n) and REP(n), for every n.
     *
     * @param farthest    D(n) at index n-1
     * @param rep         REP(n) in percent at index n-1
     * @param minDistance min over all entries j of d_ij for every point (length N)
     */
    public record Curves(double[] farthest, double[] rep, double[] minDistance) {
        /** D after the whole order. */
        public double farthestDistance() {
            return farthest.length == 0 ? Double.POSITIVE_INFINITY : farthest[farthest.length - 1];
        }

        /** REP after the whole order, percent. */
        public double representativeness() {
            return rep.length == 0 ? 0.0 : rep[rep.length - 1];
        }
    }

    private Coverage() {}

    /**
     * The {@code counted} mask of {@link #along} for a run with these bans: null (every point counts)
     * when banned points still count or there are none, else every point but the banned ones.
     */
    public static boolean[] counted(int n, int[] banned, boolean coverBanned) {
        if (coverBanned || banned.length == 0) return null;
        boolean[] counted = new boolean[n];
        Arrays.fill(counted, true);
        for (int b : banned) counted[b] = false;
        return counted;
    }

    /**
     * D(n) and REP(n) along {@code order}: D(n) = max over counted i of min over the first n entries j
     * of d_ij, REP(n) = 100 % * #{counted i : that min &lt; epsilon} / #counted.
     *
     * @param counted points that count in D and REP (length N), or null for all
     * @param threads threads for the per-step pass (used from N = {@link FarthestPointSampler#DEFAULT_MIN_PARALLEL})
     * @throws IllegalArgumentException for an index out of range or repeated
     */
    public static Curves along(
            DistanceSource source,
            int[] order,
            double epsilon,
            boolean[] counted,
            int threads,
            ProgressMonitor monitor) {
        return along(source, order, epsilon, counted, threads, FarthestPointSampler.DEFAULT_MIN_PARALLEL, monitor);
    }

    static Curves along(
            DistanceSource source,
            int[] order,
            double epsilon,
            boolean[] counted,
            int threads,
            int minParallel,
            ProgressMonitor monitor) {
        int n = source.size();
        FarthestPointSampler.mask(n, order, "subset");
        boolean[] all = new boolean[n];
        Arrays.fill(all, true);
        double[] far = new double[order.length];
        double[] rep = new double[order.length];
        monitor.begin("Coverage", order.length);
        try (CoverageState state = new CoverageState(source, epsilon, counted, all, threads, minParallel)) {
            for (int k = 0; k < order.length; k++) {
                monitor.checkCancelled();
                CoverageState.Step s = state.add(order[k]);
                far[k] = s.farthest();
                rep[k] = state.repPercent(s.repCount());
                monitor.worked(1);
            }
            double[] md = state.minDistances();
            return new Curves(far, rep, md);
        }
    }

    /** D and REP of one subset (its order does not matter); all points counted. */
    public static Curves of(DistanceSource source, int[] subset, double epsilon) {
        return along(source, subset, epsilon, null, 1, ProgressMonitor.NONE);
    }
}
