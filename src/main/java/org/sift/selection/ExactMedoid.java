package org.sift.selection;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.sift.concurrent.ParallelRows;
import org.sift.concurrent.ProgressMonitor;

/**
 * The exact medoid argmin over selectable i of mean_i = 1/(N-1) sum_{j != i} d_ij (docs/method.md §4),
 * ties to the lowest index, with the same {@code mean_i} values (same sums, same order of summation)
 * as {@link FarthestPointSampler#meanDistances}, so the chosen index is the same.
 *
 * <p><b>Pruning</b> (for sources with a finite {@link DistanceSource#metricError()} e; the "trimed"
 * bound of Newling and Fleuret 2017). With T(x) = sum over all m of delta(x, m) for the metric delta,
 * the triangle inequality gives T(j) &gt;= |T(i) - N delta(i, j)| for every pair. Each distance row read
 * for a point i therefore gives a lower bound on every other point's sum; a point whose bound exceeds
 * the best sum found so far (plus a slack that covers e and the rounding of the sums, see
 * {@link #slack}) cannot be the medoid and its row is never read. Rows are read in a seeded random
 * order, a few at a time in parallel ({@link ParallelRows}); progress counts points resolved (read or
 * ruled out), cancellation is checked between rows. Cost: at most N rows, typically far fewer on
 * clustered data; memory O(N) plus one row per worker. Without a metric bound every row is read.
 */
final class ExactMedoid {

    /** @param index the medoid (-1 if nothing is selectable); @param rowsRead distance rows read */
    record Result(int index, int rowsRead) { }

    private ExactMedoid() {
    }

    static Result find(DistanceSource source, boolean[] selectable, int threads, ProgressMonitor monitor) {
        int n = source.size();
        double e = source.metricError();
        if (!(e >= 0 && e < Double.POSITIVE_INFINITY)) {
            double[] mean = FarthestPointSampler.meanDistances(source, threads, monitor);
            int best = -1;
            for (int i = 0; i < n; i++) {
                if (selectable[i] && (best < 0 || mean[i] < mean[best])) {
                    best = i;
                }
            }
            return new Result(best, n);
        }
        int[] visit = shuffled(selectable);
        double slack = slack(n, e);
        double[] lower = new double[n];
        boolean[] read = new boolean[n];
        int batch = Math.max(1, threads) * 2;
        int[] rows = new int[batch];
        double[][] buf = new double[batch][n];
        double[] sums = new double[batch];
        double bestSum = Double.POSITIVE_INFINITY;
        double bestMean = Double.POSITIVE_INFINITY;
        int best = -1;
        int rowsRead = 0;
        monitor.begin("Medoid (exact, pruned)", visit.length);
        int next = 0;
        while (next < visit.length) {
            int count = 0;
            int resolved = 0;
            while (next < visit.length && count < batch) {
                int i = visit[next++];
                resolved++;
                if (lower[i] - slack > bestSum * (1 + 0x1p-48)) {
                    continue; // its sum is provably larger than the best one's: its mean cannot be smaller or equal
                }
                rows[count++] = i;
            }
            int c = count;
            ParallelRows.forEach(c, 0, threads, ProgressMonitor.NONE, (a, unused) -> {
                int i = rows[a];
                double[] row = buf[a];
                source.distanceRow(i, row);
                double sum = 0;
                for (int j = 0; j < n; j++) {
                    if (j != i) {
                        sum += row[j];
                    }
                }
                sums[a] = sum;
            });
            monitor.checkCancelled();
            for (int a = 0; a < c; a++) {
                int i = rows[a];
                read[i] = true;
                rowsRead++;
                double s = sums[a];
                double mean = n > 1 ? s / (n - 1) : 0.0;
                if (mean < bestMean || (mean == bestMean && i < best)) {
                    bestMean = mean;
                    bestSum = s;
                    best = i;
                }
                double[] row = buf[a];
                for (int j = 0; j < n; j++) {
                    if (!read[j]) {
                        double b = Math.abs(s - n * row[j]);
                        if (b > lower[j]) {
                            lower[j] = b;
                        }
                    }
                }
            }
            monitor.worked(resolved);
        }
        return new Result(best, rowsRead);
    }

    /**
     * Bound on how far a lower bound |S_i - N d_ij| built from computed values can exceed the computed sum
     * S_j: 3 N e for the distances (each computed distance is within e of the metric, N of them in each of
     * S_i, S_j and in N d_ij), plus the rounding of two sums of at most N terms of at most 2 (each within
     * (N - 1) 2^-52 of the exact sum of its terms) and of the bound itself.
     */
    static double slack(int n, double e) {
        double u = 0x1p-52;
        return 3.0 * n * e + 2 * (2.0 * n * n * u) + 16.0 * n * u + 1e-300;
    }

    /** The selectable indices in a seeded random order (the order does not change the result, only the work). */
    private static int[] shuffled(boolean[] selectable) {
        int count = 0;
        for (boolean b : selectable) {
            if (b) count++;
        }
        int[] v = new int[count];
        int k = 0;
        for (int i = 0; i < selectable.length; i++) {
            if (selectable[i]) v[k++] = i;
        }
        SplittableRandom r = new SplittableRandom(0x5eed);
        for (int i = count - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = v[i];
            v[i] = v[j];
            v[j] = t;
        }
        return Arrays.copyOf(v, count);
    }
}
