package org.sift.selection;

import java.util.Arrays;

/**
 * Options of farthest point sampling (docs/method.md §4). Immutable; use {@link #defaults()} and the
 * {@code with...} methods.
 *
 * <p>Order of selection: the {@code warmStart} indices (an existing subset, treated as already
 * selected, in the given order), then the {@code pinned} indices (in the given order), then, if
 * neither was given, the {@link Start} point, then max-min additions. Stop rules are checked after
 * every addition once the forced prefix (warm start + pins) is in: the run stops when the subset
 * has {@code maxSize} points, when the farthest distance D(n) is at most {@code distanceThreshold},
 * when REP(n) is at least {@code repTarget} percent, or when no selectable point is left.
 *
 * @param start             first point when there is no warm start and no pin
 * @param maxSize           stop at this many selected points, warm start and pins included
 *                          ({@link Integer#MAX_VALUE}: no limit)
 * @param distanceThreshold stop as soon as D(n) &lt;= this (same units as the distances; NaN: off)
 * @param repTarget         stop as soon as REP(n) &gt;= this, in percent (NaN: off)
 * @param epsilon           REP counts points i with min over selected j of d_ij &lt; epsilon (default 0.1)
 * @param pinned            indices selected first, in this order (after the warm start)
 * @param banned            indices never selected
 * @param warmStart         an existing subset, selected before anything else and reported as such
 * @param coverBanned       true (default): banned points still count in D(n) and REP(n) as points to be
 *                          represented; false: they are left out of D and REP (REP's denominator is then
 *                          N minus the number of banned points)
 * @param threads           threads for the per-step update and the medoid (1: serial)
 */
public record FpsOptions(
        Start start,
        int maxSize,
        double distanceThreshold,
        double repTarget,
        double epsilon,
        int[] pinned,
        int[] banned,
        int[] warmStart,
        boolean coverBanned,
        int threads) {

    /** The first point of a run without warm start or pins. */
    public sealed interface Start permits Medoid, Index, Random {
        /** Parses {@code medoid}, {@code random:SEED} or a plain index; {@code random} alone is {@code random:0}. */
        static Start parse(String s) {
            return parse(s, 0);
        }

        /** As {@link #parse(String)}, with {@code random} alone taking {@code seed}. */
        static Start parse(String s, long seed) {
            String t = s.trim().toLowerCase(java.util.Locale.ROOT);
            if (t.equals("medoid")) {
                return new Medoid();
            }
            if (t.startsWith("random")) {
                return new Random(t.length() > 6 ? Long.parseLong(t.substring(t.indexOf(':') + 1)) : seed);
            }
            try {
                return new Index(Integer.parseInt(t));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        "start must be 'medoid', 'random[:SEED]' or an index, got '" + s + "'");
            }
        }

        /** The inverse of {@link #parse}. */
        String text();
    }

    /**
     * argmin over selectable i of 1/(N-1) sum_{j != i} d_ij, ties to the lowest index. Exact: it reads
     * all N distance rows (N^2 distances, in parallel); for N = 100 000 that is 10^10 distances, so on
     * large data prefer {@link Index} or {@link Random}, or a cached distance matrix.
     */
    public record Medoid() implements Start {
        @Override
        public String text() {
            return "medoid";
        }
    }

    /** A given index. */
    public record Index(int index) implements Start {
        @Override
        public String text() {
            return Integer.toString(index);
        }
    }

    /** A uniformly random selectable index drawn with {@code java.util.SplittableRandom(seed)}. */
    public record Random(long seed) implements Start {
        @Override
        public String text() {
            return "random:" + seed;
        }
    }

    public FpsOptions {
        if (start == null) {
            start = new Medoid();
        }
        if (maxSize < 1) {
            throw new IllegalArgumentException("maxSize must be >= 1, got " + maxSize);
        }
        if (!(epsilon > 0)) {
            throw new IllegalArgumentException("epsilon must be > 0, got " + epsilon);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        pinned = pinned == null ? new int[0] : pinned.clone();
        banned = banned == null ? new int[0] : banned.clone();
        warmStart = warmStart == null ? new int[0] : warmStart.clone();
    }

    /** Medoid start, no limit, no thresholds, epsilon 0.1, all available processors. */
    public static FpsOptions defaults() {
        return new FpsOptions(
                new Medoid(),
                Integer.MAX_VALUE,
                Double.NaN,
                Double.NaN,
                0.1,
                null,
                null,
                null,
                true,
                Runtime.getRuntime().availableProcessors());
    }

    public FpsOptions withStart(Start s) {
        return new FpsOptions(
                s, maxSize, distanceThreshold, repTarget, epsilon, pinned, banned, warmStart, coverBanned, threads);
    }

    public FpsOptions withMaxSize(int n) {
        return new FpsOptions(
                start, n, distanceThreshold, repTarget, epsilon, pinned, banned, warmStart, coverBanned, threads);
    }

    public FpsOptions withDistanceThreshold(double d) {
        return new FpsOptions(start, maxSize, d, repTarget, epsilon, pinned, banned, warmStart, coverBanned, threads);
    }

    public FpsOptions withRepTarget(double percent) {
        return new FpsOptions(
                start, maxSize, distanceThreshold, percent, epsilon, pinned, banned, warmStart, coverBanned, threads);
    }

    public FpsOptions withEpsilon(double e) {
        return new FpsOptions(
                start, maxSize, distanceThreshold, repTarget, e, pinned, banned, warmStart, coverBanned, threads);
    }

    public FpsOptions withPinned(int... p) {
        return new FpsOptions(
                start, maxSize, distanceThreshold, repTarget, epsilon, p, banned, warmStart, coverBanned, threads);
    }

    public FpsOptions withBanned(int... b) {
        return new FpsOptions(
                start, maxSize, distanceThreshold, repTarget, epsilon, pinned, b, warmStart, coverBanned, threads);
    }

    public FpsOptions withWarmStart(int... w) {
        return new FpsOptions(
                start, maxSize, distanceThreshold, repTarget, epsilon, pinned, banned, w, coverBanned, threads);
    }

    public FpsOptions withCoverBanned(boolean c) {
        return new FpsOptions(
                start, maxSize, distanceThreshold, repTarget, epsilon, pinned, banned, warmStart, c, threads);
    }

    public FpsOptions withThreads(int t) {
        return new FpsOptions(
                start, maxSize, distanceThreshold, repTarget, epsilon, pinned, banned, warmStart, coverBanned, t);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FpsOptions f
                && start.equals(f.start)
                && maxSize == f.maxSize
                && Double.compare(distanceThreshold, f.distanceThreshold) == 0
                && Double.compare(repTarget, f.repTarget) == 0
                && Double.compare(epsilon, f.epsilon) == 0
                && Arrays.equals(pinned, f.pinned)
                && Arrays.equals(banned, f.banned)
                && Arrays.equals(warmStart, f.warmStart)
                && coverBanned == f.coverBanned
                && threads == f.threads;
    }

    @Override
    public int hashCode() {
        return start.hashCode() * 31 + maxSize;
    }

    @Override
    public String toString() {
        return "FpsOptions[start=" + start.text() + ", maxSize=" + maxSize + ", D<=" + distanceThreshold
                + ", REP>=" + repTarget + ", epsilon=" + epsilon + ", pinned=" + Arrays.toString(pinned)
                + ", banned=" + Arrays.toString(banned) + ", warmStart=" + Arrays.toString(warmStart)
                + ", coverBanned=" + coverBanned + ", threads=" + threads + "]";
    }
}
