package org.sift.analysis;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Train/validation split that preserves each group's share (docs/method.md §5), seeded.
 *
 * <p>Rule: the training set has T = round(f M) configurations (half up) of the M given. Group g with
 * m_g members gets floor(f m_g), and the T - sum of floors leftover places go to the groups with the
 * largest fractional parts f m_g - floor(f m_g), ties to the earlier group in the fixed order; so
 * the per-group counts sum exactly to T. Within a group the members are drawn uniformly by a
 * partial Fisher–Yates shuffle with {@code SplittableRandom(seed + g)}. For the study's 6183
 * configurations and f = 0.5 this gives 3092 training and 3091 validation configurations.
 */
public final class TrainValidationSplit {

    /** Both parts sorted ascending. */
    public record Split(int[] train, int[] validation) { }

    private TrainValidationSplit() {
    }

    /**
     * @param pool          the configurations to split (indices into the groups), distinct
     * @param trainFraction f in [0, 1]
     */
    public static Split split(Groups groups, int[] pool, double trainFraction, long seed) {
        if (!(trainFraction >= 0 && trainFraction <= 1)) {
            throw new IllegalArgumentException("train fraction must be in [0, 1], got " + trainFraction);
        }
        int ng = groups.count();
        int[][] members = new int[ng][];
        int[] m = new int[ng];
        for (int i : pool) m[groups.groupOf()[i]]++;
        for (int g = 0; g < ng; g++) members[g] = new int[m[g]];
        int[] fill = new int[ng];
        for (int i : pool) {
            int g = groups.groupOf()[i];
            members[g][fill[g]++] = i;
        }
        int total = (int) Math.floor(trainFraction * pool.length + 0.5);
        int[] quota = new int[ng];
        double[] rem = new double[ng];
        int assigned = 0;
        for (int g = 0; g < ng; g++) {
            double q = trainFraction * m[g];
            quota[g] = (int) Math.floor(q);
            rem[g] = q - quota[g];
            assigned += quota[g];
        }
        Integer[] byRem = new Integer[ng];
        for (int g = 0; g < ng; g++) byRem[g] = g;
        Arrays.sort(byRem, (a, b) -> rem[a] != rem[b] ? Double.compare(rem[b], rem[a]) : Integer.compare(a, b));
        for (int k = 0; assigned < total; k++) {
            int g = byRem[k % ng];
            if (quota[g] < m[g]) {
                quota[g]++;
                assigned++;
            }
        }
        int[] train = new int[total];
        int[] val = new int[pool.length - total];
        int t = 0;
        int v = 0;
        for (int g = 0; g < ng; g++) {
            int[] a = members[g].clone();
            SplittableRandom r = new SplittableRandom(seed + g);
            for (int k = 0; k < quota[g]; k++) {
                int j = k + r.nextInt(a.length - k);
                int x = a[k];
                a[k] = a[j];
                a[j] = x;
            }
            for (int k = 0; k < a.length; k++) {
                if (k < quota[g]) train[t++] = a[k];
                else val[v++] = a[k];
            }
        }
        Arrays.sort(train);
        Arrays.sort(val);
        return new Split(train, val);
    }
}
