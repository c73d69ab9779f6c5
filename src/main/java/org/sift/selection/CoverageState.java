package org.sift.selection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The running state of a growing subset: for every point i, minDist[i] = min over selected j of d_ij
 * (+inf before the first selection), updated in one O(N) pass per added point. The same pass yields
 * the farthest distance D = max over counted i of minDist[i], the REP count (counted i with
 * minDist[i] &lt; epsilon) and the next max-min candidate (largest minDist among selectable points,
 * ties to the lowest index). The pass runs in {@code threads} contiguous chunks when N is at least
 * {@code minParallel}; chunk results are combined in index order, so parallel equals serial exactly.
 */
final class CoverageState implements AutoCloseable {

    /** Result of one pass. {@code next} is -1 when no selectable point is left. */
    record Step(double farthest, int repCount, int next, double nextValue) { }

    private final DistanceSource source;
    private final int n;
    private final double epsilon;
    private final boolean[] counted;
    private final int countedCount;
    private final boolean[] selectable;
    private final double[] minDist;
    private final double[] row;
    private final int chunks;
    private final ExecutorService pool;

    /**
     * @param counted    points that count in D and REP (length N; null: all)
     * @param selectable points that may be chosen next (length N; copied; selected points are removed)
     */
    CoverageState(DistanceSource source, double epsilon, boolean[] counted, boolean[] selectable,
                  int threads, int minParallel) {
        this.source = source;
        this.n = source.size();
        this.epsilon = epsilon;
        if (counted == null) {
            counted = new boolean[n];
            Arrays.fill(counted, true);
        }
        if (counted.length != n || selectable.length != n) {
            throw new IllegalArgumentException("mask length differs from the number of points " + n);
        }
        this.counted = counted;
        int c = 0;
        for (boolean b : counted) {
            if (b) c++;
        }
        this.countedCount = c;
        this.selectable = selectable.clone();
        this.minDist = new double[n];
        Arrays.fill(minDist, Double.POSITIVE_INFINITY);
        this.row = new double[n];
        this.chunks = threads > 1 && n >= minParallel ? threads : 1;
        this.pool = chunks > 1 ? Executors.newFixedThreadPool(chunks - 1, r -> {
            Thread t = new Thread(r, "sift-coverage");
            t.setDaemon(true);
            return t;
        }) : null;
    }

    int countedCount() {
        return countedCount;
    }

    boolean isSelectable(int i) {
        return selectable[i];
    }

    double minDistance(int i) {
        return minDist[i];
    }

    double[] minDistances() {
        return minDist.clone();
    }

    /** REP in percent for a count from {@link Step#repCount}; NaN if no point is counted. */
    double repPercent(int repCount) {
        return countedCount == 0 ? Double.NaN : 100.0 * repCount / countedCount;
    }

    /** Adds point p to the subset: reads row p of the distances and updates everything. */
    Step add(int p) {
        source.distanceRow(p, row);
        selectable[p] = false;
        minDist[p] = 0.0;
        if (chunks == 1) {
            return pass(0, n);
        }
        List<Future<Step>> futures = new ArrayList<>(chunks - 1);
        for (int c = 1; c < chunks; c++) {
            int lo = (int) ((long) n * c / chunks);
            int hi = (int) ((long) n * (c + 1) / chunks);
            futures.add(pool.submit(() -> pass(lo, hi)));
        }
        Step acc = pass(0, (int) ((long) n / chunks));
        int repCount = acc.repCount;
        double far = acc.farthest;
        int next = acc.next;
        double nextValue = acc.nextValue;
        for (Future<Step> f : futures) {
            Step s;
            try {
                s = f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
            repCount += s.repCount;
            if (s.farthest > far) {
                far = s.farthest;
            }
            if (s.nextValue > nextValue) {
                nextValue = s.nextValue;
                next = s.next;
            }
        }
        return new Step(countedCount == 0 ? Double.NaN : far, repCount, next, nextValue);
    }

    private Step pass(int lo, int hi) {
        final double[] md = minDist;
        final double[] r = row;
        final boolean[] cnt = counted;
        final boolean[] sel = selectable;
        final double eps = epsilon;
        double far = Double.NEGATIVE_INFINITY;
        int rep = 0;
        int next = -1;
        double nextValue = Double.NEGATIVE_INFINITY;
        for (int i = lo; i < hi; i++) {
            double m = md[i];
            double d = r[i];
            if (d < m) {
                m = d;
                md[i] = m;
            }
            if (cnt[i]) {
                if (m > far) far = m;
                if (m < eps) rep++;
            }
            if (sel[i] && m > nextValue) {
                nextValue = m;
                next = i;
            }
        }
        return new Step(countedCount == 0 ? Double.NaN : far, rep, next, nextValue);
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
