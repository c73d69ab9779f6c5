package org.sift.selection;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.sift.concurrent.ParallelRows;
import org.sift.concurrent.ProgressMonitor;

/**
 * Farthest point sampling (docs/method.md §4) on any {@link DistanceSource}.
 *
 * <p>Algorithm: after the forced prefix (warm start, pins, or the start point), repeatedly add the
 * selectable point with the largest min distance to the selected set, ties to the lowest index.
 * Each addition reads one distance row (N distances) and makes one O(N) pass that updates the min
 * distances and yields D(n), REP(n) and the next point, so a run of length m costs m rows plus
 * O(m N) work, and memory O(N). The pass is split over {@link FpsOptions#threads()} threads when
 * N &gt;= {@link #DEFAULT_MIN_PARALLEL}; the result is identical to the serial one.
 *
 * <p>When the source declares a finite {@link DistanceSource#metricError()}, the min-distance update
 * skips, by the triangle inequality, every point that the new point provably cannot bring closer
 * (see {@code CoverageState}): after the first row, each addition computes its distances to the
 * earlier selected points plus the distances to the points that are not pruned. Results are bit for
 * bit those of full rows; only the work changes (docs/decisions/0003-pruned-fps.md).
 *
 * <p>Consequence of max-min with ties to the lowest index: two points at distance 0 (duplicates)
 * are never both selected while some point still has a positive min distance.
 *
 * <p>The source must allow concurrent {@code distanceRow} calls from different threads (the
 * medoid reads rows in parallel).
 */
public final class FarthestPointSampler {

    /** Below this N the per-step pass runs on the calling thread only. */
    public static final int DEFAULT_MIN_PARALLEL = 32_768;

    private final int minParallel;

    public FarthestPointSampler() {
        this(DEFAULT_MIN_PARALLEL);
    }

    /** For tests: parallelise the per-step pass from this N on. */
    FarthestPointSampler(int minParallel) {
        this.minParallel = minParallel;
    }

    public FpsResult run(DistanceSource source, FpsOptions options) {
        return run(source, options, ProgressMonitor.NONE);
    }

    /**
     * Runs FPS.
     *
     * @throws IllegalArgumentException for an index out of range, repeated, both pinned (or warm) and
     *                                  banned, or more forced points than {@code maxSize}
     */
    public FpsResult run(DistanceSource source, FpsOptions options, ProgressMonitor monitor) {
        try (FpsRun run = start(source, options, monitor)) {
            return run.extend(Integer.MAX_VALUE, Double.NaN, monitor);
        }
    }

    /**
     * Starts a run that is extended on demand ({@link FpsRun#extend}): checks the options and chooses
     * the first point; nothing is selected yet.
     *
     * @throws IllegalArgumentException as {@link #run}
     */
    public FpsRun start(DistanceSource source, FpsOptions options, ProgressMonitor monitor) {
        return FpsRun.start(source, options, minParallel, monitor);
    }

    static int firstPoint(DistanceSource source, FpsOptions options, boolean[] selectable, ProgressMonitor monitor) {
        int n = source.size();
        FpsOptions.Start start = options.start();
        if (start instanceof FpsOptions.Index idx) {
            check(idx.index(), n, "start");
            if (!selectable[idx.index()]) {
                throw new IllegalArgumentException("start index " + idx.index() + " is banned");
            }
            return idx.index();
        }
        if (start instanceof FpsOptions.Random r) {
            int count = 0;
            for (boolean b : selectable) {
                if (b) count++;
            }
            int k = new SplittableRandom(r.seed()).nextInt(count);
            for (int i = 0; i < n; i++) {
                if (selectable[i] && k-- == 0) {
                    return i;
                }
            }
            throw new IllegalStateException("unreachable");
        }
        return ExactMedoid.find(source, selectable, options.threads(), monitor).index();
    }

    /**
     * mean[i] = 1/(N-1) sum_{j != i} d_ij for every i (0 when N = 1). Reads all N rows, in parallel
     * on {@code threads} threads; each row's sum is taken serially in index order, so the result does
     * not depend on the number of threads. Cost: N^2 distances.
     */
    public static double[] meanDistances(DistanceSource source, int threads, ProgressMonitor monitor) {
        int n = source.size();
        double[] mean = new double[n];
        monitor.begin("Medoid (mean distance of every point)", n);
        ParallelRows.forEach(n, n, threads, monitor, (i, row) -> {
            source.distanceRow(i, row);
            double sum = 0;
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    sum += row[j];
                }
            }
            mean[i] = n > 1 ? sum / (n - 1) : 0.0;
        });
        return mean;
    }

    static boolean[] mask(int n, int[] idx, String what) {
        boolean[] m = new boolean[n];
        for (int i : idx) {
            check(i, n, what);
            if (m[i]) {
                throw new IllegalArgumentException(what + " index " + i + " is given twice");
            }
            m[i] = true;
        }
        return m;
    }

    static void check(int i, int n, String what) {
        if (i < 0 || i >= n) {
            throw new IllegalArgumentException(what + " index " + i + " is out of range 0.." + (n - 1));
        }
    }
}
