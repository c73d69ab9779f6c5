package org.sift.selection;

/**
 * Stratified random sampling: each group gets its {@link Quotas#proportional share} of n, drawn
 * uniformly without replacement inside the group. Group g's members are drawn by
 * {@link RandomSampler#sample(int, int, long)} with seed {@code seed + g}, so for one seed the sample
 * of a group grows by prefixes as its quota grows.
 */
public final class StratifiedSampler {

    private StratifiedSampler() {
    }

    /**
     * @param groupOf group index of every point, in 0..groups-1
     * @return n distinct points (fewer if there are fewer points), group by group
     */
    public static int[] sample(int[] groupOf, int groups, int n, long seed) {
        int[][] members = Quotas.members(groupOf, groups);
        int[] sizes = new int[groups];
        for (int g = 0; g < groups; g++) sizes[g] = members[g].length;
        int[] q = Quotas.proportional(sizes, n);
        int total = 0;
        for (int x : q) total += x;
        int[] out = new int[total];
        int k = 0;
        for (int g = 0; g < groups; g++) {
            for (int pos : RandomSampler.sample(members[g].length, q[g], seed + g)) {
                out[k++] = members[g][pos];
            }
        }
        return out;
    }
}
