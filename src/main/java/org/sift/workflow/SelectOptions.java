package org.sift.workflow;

import java.util.Arrays;
import org.sift.selection.FpsOptions;

/**
 * What to select, as recorded in a manifest (plain values, JSON-friendly).
 *
 * @param method            FPS or RANDOM
 * @param size              number of configurations to select (warm start and pins included), or null for no
 *                          limit (FPS only; random needs a size)
 * @param seed              seed of random sampling and of a random FPS start
 * @param start             FPS first point: {@code medoid}, {@code random} (uses {@code seed}) or an index
 * @param pinned            selected first, in order
 * @param banned            never selected
 * @param warmStart         an existing subset, selected before everything
 * @param distanceThreshold FPS stops when D(n) &lt;= this, or null
 * @param repTarget         FPS stops when REP(n) &gt;= this percentage, or null
 * @param epsilon           REP threshold on the distance (default 0.1)
 * @param coverBanned       banned configurations count in D and REP (default true)
 */
public record SelectOptions(
        Method method,
        Integer size,
        long seed,
        String start,
        int[] pinned,
        int[] banned,
        int[] warmStart,
        Double distanceThreshold,
        Double repTarget,
        double epsilon,
        boolean coverBanned) {

    public enum Method {
        FPS,
        RANDOM
    }

    public SelectOptions {
        method = method == null ? Method.FPS : method;
        start = start == null ? "medoid" : start;
        pinned = pinned == null ? new int[0] : pinned.clone();
        banned = banned == null ? new int[0] : banned.clone();
        warmStart = warmStart == null ? new int[0] : warmStart.clone();
        if (size != null && size < 1) {
            throw new IllegalArgumentException("size must be >= 1, got " + size);
        }
        if (method == Method.RANDOM && size == null) {
            throw new IllegalArgumentException("random selection needs a size");
        }
        if (!(epsilon > 0)) {
            throw new IllegalArgumentException("epsilon must be > 0, got " + epsilon);
        }
    }

    /** FPS of {@code size} configurations from the medoid, epsilon 0.1. */
    public static SelectOptions fps(Integer size) {
        return new SelectOptions(Method.FPS, size, 0, "medoid", null, null, null, null, null, 0.1, true);
    }

    public static SelectOptions random(int size, long seed) {
        return new SelectOptions(Method.RANDOM, size, seed, "medoid", null, null, null, null, null, 0.1, true);
    }

    /** The FPS options these values stand for. */
    public FpsOptions toFpsOptions(int threads) {
        FpsOptions.Start s = FpsOptions.Start.parse(start, seed);
        return new FpsOptions(
                s,
                size == null ? Integer.MAX_VALUE : size,
                distanceThreshold == null ? Double.NaN : distanceThreshold,
                repTarget == null ? Double.NaN : repTarget,
                epsilon,
                pinned,
                banned,
                warmStart,
                coverBanned,
                threads);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SelectOptions s
                && method == s.method
                && java.util.Objects.equals(size, s.size)
                && seed == s.seed
                && start.equals(s.start)
                && Arrays.equals(pinned, s.pinned)
                && Arrays.equals(banned, s.banned)
                && Arrays.equals(warmStart, s.warmStart)
                && java.util.Objects.equals(distanceThreshold, s.distanceThreshold)
                && java.util.Objects.equals(repTarget, s.repTarget)
                && epsilon == s.epsilon
                && coverBanned == s.coverBanned;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(method, size, seed, start);
    }
}
