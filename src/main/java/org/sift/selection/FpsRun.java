package org.sift.selection;

import java.util.Arrays;
import org.sift.concurrent.ProgressMonitor;

/**
 * One farthest point sampling run that can be paused and extended: {@link #extend} adds points until a
 * requested size (or a farthest distance) is reached, {@link #result} is the run so far. Because FPS
 * is greedy, the order after any sequence of extensions is exactly (bit for bit) the order of one
 * uninterrupted run with the same options: the state between extensions is the state of that run.
 * Costs per added point are those of {@link FarthestPointSampler}; memory O(N).
 *
 * <p>A run is complete when one of its options' stop rules fired or no selectable point is left;
 * then {@link #extend} does nothing. Not thread-safe: extend from one thread at a time.
 * {@link #close} ends the worker threads between extensions (the run stays usable).
 */
public final class FpsRun implements AutoCloseable {

    private final FpsOptions options;
    private final int[] forced;
    private final int limit;
    private final CoverageState state;
    private final int[] order;
    private final double[] selDist;
    private final double[] far;
    private final double[] rep;
    private final int n;
    private int m;
    private int next;
    private FpsResult.StopReason stop;

    /** An empty run (no point selectable). */
    private FpsRun(FpsOptions options, int n) {
        this.options = options;
        this.n = n;
        this.forced = new int[0];
        this.limit = 0;
        this.state = null;
        this.order = new int[0];
        this.selDist = new double[0];
        this.far = new double[0];
        this.rep = new double[0];
        this.stop = FpsResult.StopReason.EXHAUSTED;
    }

    private FpsRun(FpsOptions options, int n, int[] forced, int limit, CoverageState state) {
        this.options = options;
        this.n = n;
        this.forced = forced;
        this.limit = limit;
        this.state = state;
        this.order = new int[limit];
        this.selDist = new double[limit];
        this.far = new double[limit];
        this.rep = new double[limit];
        this.next = forced[0];
    }

    /**
     * Checks the options and chooses the first point (the exact medoid reads every distance once);
     * nothing is selected yet.
     *
     * @throws IllegalArgumentException as {@link FarthestPointSampler#run}
     */
    static FpsRun start(DistanceSource source, FpsOptions options, int minParallel, ProgressMonitor monitor) {
        int n = source.size();
        boolean[] banned = FarthestPointSampler.mask(n, options.banned(), "banned");
        boolean[] forcedMask = new boolean[n];
        int[] forced = concat(options.warmStart(), options.pinned());
        for (int k = 0; k < forced.length; k++) {
            int i = forced[k];
            String what = k < options.warmStart().length ? "warm-start" : "pinned";
            FarthestPointSampler.check(i, n, what);
            if (forcedMask[i]) {
                throw new IllegalArgumentException(what + " index " + i + " is given twice (warm start and pins must not overlap)");
            }
            if (banned[i]) {
                throw new IllegalArgumentException(what + " index " + i + " is also banned");
            }
            forcedMask[i] = true;
        }
        if (forced.length > options.maxSize()) {
            throw new IllegalArgumentException("warm start and pins hold " + forced.length
                    + " points, more than the requested size " + options.maxSize());
        }
        boolean[] selectable = new boolean[n];
        boolean[] counted = new boolean[n];
        for (int i = 0; i < n; i++) {
            selectable[i] = !banned[i];
            counted[i] = options.coverBanned() || !banned[i];
        }
        int limit = (int) Math.min(options.maxSize(), (long) n - options.banned().length);
        if (n == 0 || limit <= 0) {
            return new FpsRun(options, n);
        }
        if (forced.length == 0) {
            forced = new int[] {FarthestPointSampler.firstPoint(source, options, selectable, monitor)};
        }
        CoverageState state = new CoverageState(source, options.epsilon(), counted, selectable, options.threads(), minParallel);
        return new FpsRun(options, n, forced, limit, state);
    }

    /** The options of the run. */
    public FpsOptions options() {
        return options;
    }

    /** Points selected so far. */
    public int size() {
        return m;
    }

    /** True once a stop rule fired or no selectable point is left. */
    public boolean isComplete() {
        return stop != null;
    }

    /**
     * Adds points until the run has {@code size} points, or D(n) &lt; {@code farthestBelow} once the
     * forced prefix is in, or the run is complete, whichever comes first. One unit of progress per
     * added point (the total is the number of points still allowed by {@code size}); cancellation is
     * checked before each, and a cancelled extension leaves a consistent, shorter run.
     *
     * @param farthestBelow pause as soon as D(n) falls below this (NaN or 0: no such pause)
     * @return the run so far
     */
    public FpsResult extend(int size, double farthestBelow, ProgressMonitor monitor) {
        if (stop != null || m >= size) {
            return result();
        }
        monitor.begin("Farthest point sampling", Math.min(size, limit) - m);
        try {
            while (true) {
                monitor.checkCancelled();
                selDist[m] = m == 0 ? Double.POSITIVE_INFINITY : state.minDistance(next);
                CoverageState.Step s = state.add(next);
                order[m] = next;
                far[m] = s.farthest();
                rep[m] = state.repPercent(s.repCount());
                m++;
                monitor.worked(1);
                if (m < forced.length) {
                    next = forced[m];
                    continue;
                }
                if (m >= options.maxSize()) {
                    stop = FpsResult.StopReason.SIZE;
                    break;
                }
                if (!Double.isNaN(options.distanceThreshold()) && s.farthest() <= options.distanceThreshold()) {
                    stop = FpsResult.StopReason.THRESHOLD;
                    break;
                }
                if (!Double.isNaN(options.repTarget()) && rep[m - 1] >= options.repTarget()) {
                    stop = FpsResult.StopReason.REP_TARGET;
                    break;
                }
                if (s.next() < 0 || m >= limit) {
                    stop = FpsResult.StopReason.EXHAUSTED;
                    break;
                }
                next = s.next();
                if (m >= size || s.farthest() < farthestBelow) {
                    break;
                }
            }
        } finally {
            state.close();
        }
        return result();
    }

    /** The run so far: stop reason {@link FpsResult.StopReason#PAUSED} while it is not complete. */
    public FpsResult result() {
        double[] md;
        if (state == null) {
            md = new double[n];
            Arrays.fill(md, Double.POSITIVE_INFINITY);
        } else {
            md = state.minDistances();
        }
        return new FpsResult(Arrays.copyOf(order, m), Arrays.copyOf(selDist, m), Arrays.copyOf(far, m),
                Arrays.copyOf(rep, m), md, Math.min(m, options.warmStart().length),
                Math.max(0, Math.min(m, forcedCount()) - options.warmStart().length), options.epsilon(),
                stop == null ? FpsResult.StopReason.PAUSED : stop);
    }

    private int forcedCount() {
        return options.warmStart().length + options.pinned().length;
    }

    /** Ends the worker threads (also done after every extension). */
    @Override
    public void close() {
        if (state != null) {
            state.close();
        }
    }

    private static int[] concat(int[] a, int[] b) {
        int[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
