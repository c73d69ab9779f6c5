package org.sift.selection;

import java.util.Arrays;
import java.util.List;
import org.sift.concurrent.Workers;

/**
 * The running state of a growing subset: for every point i, minDist[i] = min over selected j of d_ij
 * (+inf before the first selection), updated once per added point. One O(N) pass per added point then
 * yields the farthest distance D = max over counted i of minDist[i], the REP count (counted i with
 * minDist[i] &lt; epsilon) and the next max-min candidate (largest minDist among selectable points,
 * ties to the lowest index). The pass runs in {@code threads} contiguous chunks when N is at least
 * {@code minParallel}; chunk results are combined in index order, so parallel equals serial exactly.
 *
 * <p><b>Updating minDist.</b> Without a metric bound ({@link DistanceSource#metricError()} infinite)
 * every added point reads its full distance row. With a finite bound e the update is pruned by the
 * triangle inequality: every point i remembers the selected point c(i) ("centre") that gave its
 * minDist[i] = d(c(i), i), and points are kept in one bucket per centre together with the bucket's
 * radius r(c) &gt;= max minDist of its members. When s is added, the k distances d(s, c) to the earlier
 * centres are computed; since d(s, i) &gt;= d(s, c) - d(c, i) - 3e, a whole bucket with
 * d(s, c) &gt;= 2 r(c) + 4e, and within the other buckets every point with d(s, c) &gt;= 2 minDist[i] + 4e,
 * cannot get below its minDist and is skipped. Only the remaining points are evaluated (in parallel
 * when {@code threads} &gt; 1), with the same {@code distance(s, i)} the full row holds, so minDist, and
 * with it every result, is bit for bit what full rows give. The first added point reads a full row.
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
    /** Worker threads of the parallel passes, started when first needed and ended by {@link #close}. */
    private final Workers workers;

    // pruned update (metric sources only); null/unused otherwise
    private final boolean pruned;
    private double slack;
    private final int evalThreads;
    private int[] centreOf;
    private int[] centres;
    private int[][] members;
    private int[] memberCount;
    private double[] radius;
    private double[] centreDist;
    private int k;
    private int[] cand;
    private double[] candDist;
    private int[] moved;
    private int[] visited;
    private long evaluated;

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
        double e = source.metricError();
        this.pruned = e >= 0 && e < Double.POSITIVE_INFINITY;
        this.slack = pruned ? 4 * e : Double.NaN;
        this.row = new double[n];
        this.chunks = threads > 1 && n >= minParallel ? threads : 1;
        this.evalThreads = pruned && threads > 1 ? threads : 1;
        this.workers = new Workers(Math.max(chunks, evalThreads), "sift-coverage");
    }

    /** Number of single distances evaluated by the pruned update so far (full rows not included). */
    long evaluatedDistances() {
        return evaluated;
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

    /** Adds point p to the subset: updates the min distances, then one pass for D, REP and the next point. */
    Step add(int p) {
        boolean useRow = !pruned || k == 0;
        if (useRow) {
            source.distanceRow(p, row);
        }
        selectable[p] = false;
        if (pruned) {
            if (k == 0) {
                firstCentre(p);
            } else {
                addCentre(p);
            }
        }
        minDist[p] = 0.0;
        if (chunks == 1) {
            return pass(0, n, !pruned);
        }
        List<Step> parts = workers.chunks(n, chunks, (lo, hi) -> pass(lo, hi, !pruned));
        Step acc = parts.get(0);
        int repCount = acc.repCount;
        double far = acc.farthest;
        int next = acc.next;
        double nextValue = acc.nextValue;
        for (Step s : parts.subList(1, parts.size())) {
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

    /** D, REP count and next point over [lo, hi); with {@code useRow}, first lowers minDist by the row. */
    private Step pass(int lo, int hi, boolean useRow) {
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
            if (useRow) {
                double d = r[i];
                if (d < m) {
                    m = d;
                    md[i] = m;
                }
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

    /** First centre: its full row sets every min distance; all points go into its bucket. */
    private void firstCentre(int p) {
        centreOf = new int[n];
        centres = new int[16];
        members = new int[16][];
        memberCount = new int[16];
        radius = new double[16];
        centreDist = new double[16];
        cand = new int[n];
        candDist = new double[n];
        moved = new int[n];
        visited = new int[16];
        int[] all = new int[n];
        double r = 0;
        for (int i = 0; i < n; i++) {
            double d = row[i];
            if (d < minDist[i]) {
                minDist[i] = d;
            }
            all[i] = i;
            if (i != p) {
                r = maxOrNaN(r, minDist[i]);
            }
        }
        minDist[p] = 0.0;
        // every distance is at most twice the largest in this row (triangle inequality); the pruning tests
        // 2 m + slack must also absorb their own rounding, about 2^-52 of that
        double rowMax = 0;
        for (int i = 0; i < n; i++) {
            if (i != p && row[i] > rowMax && row[i] < Double.POSITIVE_INFINITY) {
                rowMax = row[i];
            }
        }
        slack += 2 * (2 * rowMax + 4 * slack) * 0x1p-52;
        centres[0] = p;
        members[0] = all;
        memberCount[0] = n;
        radius[0] = r;
        k = 1;
    }

    /** max that keeps NaN (a NaN radius disables skipping the bucket). */
    private static double maxOrNaN(double a, double b) {
        return a >= b || Double.isNaN(a) ? a : b;
    }

    /** Later centres: triangle-inequality pruning, then evaluation of the remaining points. */
    private void addCentre(int p) {
        if (k == centres.length) {
            int cap = 2 * k;
            centres = Arrays.copyOf(centres, cap);
            members = Arrays.copyOf(members, cap);
            memberCount = Arrays.copyOf(memberCount, cap);
            radius = Arrays.copyOf(radius, cap);
            centreDist = Arrays.copyOf(centreDist, cap);
            visited = Arrays.copyOf(visited, cap);
        }
        evaluate(p, centres, k, centreDist);
        evaluated += k;
        final double[] md = minDist;
        final double sl = slack;
        int own = centreOf[p];
        int nc = 0;
        int nv = 0;
        for (int c = 0; c < k; c++) {
            double dc = centreDist[c];
            if (c != own && dc >= 2 * radius[c] + sl) {
                continue;
            }
            visited[nv++] = c;
            int[] mem = members[c];
            int cnt = memberCount[c];
            for (int a = 0; a < cnt; a++) {
                int i = mem[a];
                if (i != p && dc >= 2 * md[i] + sl) {
                    continue;
                }
                cand[nc++] = i;
            }
        }
        evaluate(p, cand, nc, candDist);
        evaluated += nc;
        int newBucket = k;
        for (int a = 0; a < nc; a++) {
            int i = cand[a];
            if (i == p) {
                centreOf[i] = newBucket;
                continue;
            }
            double d = candDist[a];
            if (d < md[i]) {
                md[i] = d;
                centreOf[i] = newBucket;
            }
        }
        md[p] = 0.0;
        int nm = 0;
        double newRadius = 0;
        for (int v = 0; v < nv; v++) {
            int c = visited[v];
            int[] mem = members[c];
            int cnt = memberCount[c];
            int keep = 0;
            double r = 0;
            for (int a = 0; a < cnt; a++) {
                int i = mem[a];
                if (centreOf[i] == c) {
                    mem[keep++] = i;
                    r = maxOrNaN(r, md[i]);
                } else {
                    moved[nm++] = i;
                    newRadius = maxOrNaN(newRadius, md[i]);
                }
            }
            memberCount[c] = keep;
            radius[c] = r;
            if (keep < cnt / 4 && cnt > 64) {
                members[c] = Arrays.copyOf(mem, keep);
            }
        }
        centres[k] = p;
        members[k] = Arrays.copyOf(moved, nm);
        memberCount[k] = nm;
        radius[k] = newRadius;
        k++;
    }

    /** out[a] = distance(p, idx[a]) for a &lt; count, in parallel chunks for large counts. */
    private void evaluate(int p, int[] idx, int count, double[] out) {
        int t = evalThreads;
        if (t == 1 || count < 256) {
            for (int a = 0; a < count; a++) {
                out[a] = source.distance(p, idx[a]);
            }
            return;
        }
        workers.chunks(count, t, (lo, hi) -> {
            for (int a = lo; a < hi; a++) {
                out[a] = source.distance(p, idx[a]);
            }
            return null;
        });
    }

    /** Ends the worker threads; the state stays usable (a later {@link #add} starts new ones). */
    @Override
    public void close() {
        workers.close();
    }
}
