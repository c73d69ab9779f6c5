package org.sift.analysis;

import org.sift.concurrent.ParallelRows;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.sift.concurrent.ProgressMonitor;
import org.sift.similarity.StructureSimilarity;

/**
 * Redundancy per group (docs/method.md §5): the distribution of K(A, B) over all unordered pairs A &lt; B
 * of members of one group, as sorted values (the empirical cumulative distribution). A group with
 * more than {@code maxPairs} pairs is sampled instead: {@code maxPairs} pairs drawn uniformly, with
 * replacement, from all pairs A != B by {@code SplittableRandom(seed + g)}, and flagged
 * {@code sampled}.
 */
public final class PairDistributions {

    /**
     * @param group      group name
     * @param members    number of configurations in the group
     * @param totalPairs m (m - 1) / 2
     * @param sampled    true if {@code sortedValues} is a random sample of the pairs
     * @param sortedValues K of each (sampled) pair, ascending
     */
    public record GroupDistribution(String group, int members, long totalPairs, boolean sampled, double[] sortedValues) {

        /** Fraction of pairs with K &gt; t (NaN without pairs). */
        public double fractionAbove(double t) {
            if (sortedValues.length == 0) return Double.NaN;
            int lo = 0;
            int hi = sortedValues.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sortedValues[mid] <= t) lo = mid + 1; else hi = mid;
            }
            return (double) (sortedValues.length - lo) / sortedValues.length;
        }

        /** Empirical quantile: the value at position round(p (len - 1)) of the sorted values. */
        public double quantile(double p) {
            if (sortedValues.length == 0) return Double.NaN;
            return sortedValues[(int) Math.round(p * (sortedValues.length - 1))];
        }
    }

    private PairDistributions() {
    }

    public static List<GroupDistribution> compute(StructureSimilarity similarity, Groups groups, long maxPairs,
                                                  long seed, int threads, ProgressMonitor monitor) {
        List<GroupDistribution> out = new ArrayList<>();
        monitor.begin("Pair similarity per group", groups.count());
        for (int g = 0; g < groups.count(); g++) {
            monitor.checkCancelled();
            int[] m = groups.members(g);
            long total = (long) m.length * (m.length - 1) / 2;
            double[] v;
            boolean sampled = total > maxPairs;
            if (!sampled) {
                v = new double[(int) total];
                ParallelRows.forEach(m.length, 0, threads, ProgressMonitor.NONE, (a, unused) -> {
                    long base = (long) a * (2L * m.length - a - 1) / 2; // pairs (a', b) with a' < a
                    int k = 0;
                    for (int b = a + 1; b < m.length; b++) {
                        v[(int) (base + k++)] = similarity.kernel(m[a], m[b]);
                    }
                });
            } else {
                v = new double[(int) maxPairs];
                SplittableRandom r = new SplittableRandom(seed + g);
                int[][] pairs = new int[v.length][2];
                for (int k = 0; k < v.length; k++) {
                    int a = r.nextInt(m.length);
                    int b = r.nextInt(m.length - 1);
                    if (b >= a) b++;
                    pairs[k][0] = m[a];
                    pairs[k][1] = m[b];
                }
                ParallelRows.forEach(v.length, 0, threads, ProgressMonitor.NONE,
                        (k, unused) -> v[k] = similarity.kernel(pairs[k][0], pairs[k][1]));
            }
            Arrays.sort(v);
            out.add(new GroupDistribution(groups.names().get(g), m.length, total, sampled, v));
            monitor.worked(1);
        }
        return out;
    }
}
