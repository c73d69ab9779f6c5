package org.sift.workflow;

import java.util.List;
import org.sift.analysis.FpsVsRandom;
import org.sift.analysis.Groups;
import org.sift.analysis.RankedComposition;
import org.sift.selection.DistanceSource;

/**
 * FPS against uniform random subsets (docs/method.md §5), computed once per dataset and grouping.
 * Repeat r is the random order {@code FpsVsRandom.randomOrder(N, selectable, seed + r, banned)},
 * drawn from the configurations the FPS run may select; the subset of size n is its first n entries,
 * the same subsets {@link FpsVsRandom} uses.
 *
 * @param distances the distances the curves were computed on (identity tells if still current)
 * @param groups    the groups the compositions were counted in
 * @param constraints the bans the random subsets avoid and whether they count in coverage
 * @param repeats   R, the number of random orders
 * @param seed      seed of repeat 0
 * @param upTo      the FPS prefix the sizes span (1 to upTo)
 * @param rows      D and REP of the random subsets (mean and sample sd over R) at the compared sizes
 * @param orders    group counts of every prefix of each random order, length R
 */
public record RandomComparison(
        DistanceSource distances,
        Groups groups,
        FpsConstraints constraints,
        int repeats,
        long seed,
        int upTo,
        List<FpsVsRandom.Row> rows,
        RankedComposition[] orders) {

    /** Mean count of each group over the R random subsets of size n (any n in 0..N minus the bans). */
    public double[] meanCounts(int n) {
        double[] m = new double[groups.count()];
        for (RankedComposition rc : orders) {
            int[] c = rc.counts(n);
            for (int g = 0; g < m.length; g++) m[g] += (double) c[g] / orders.length;
        }
        return m;
    }

    /**
     * About {@code count} subset sizes from 1 to n, evenly spaced on a log scale, distinct, with 1
     * and n included.
     */
    public static int[] logSizes(int n, int count) {
        if (n < 1) return new int[0];
        java.util.TreeSet<Integer> s = new java.util.TreeSet<>();
        s.add(1);
        s.add(n);
        for (int k = 0; k < count; k++) {
            double t = count == 1 ? 1 : (double) k / (count - 1);
            s.add((int) Math.max(1, Math.min(n, Math.round(Math.exp(t * Math.log(n))))));
        }
        return s.stream().mapToInt(Integer::intValue).toArray();
    }
}
