package org.sift.synthetic;

import java.util.List;

/**
 * Options of the synthetic Li–Si generator. Immutable.
 *
 * @param count               number of configurations N to generate (at least 1)
 * @param seed                seed of every random choice; the same options give the same configurations
 * @param temperaturesK       temperatures of the MD-like segments, K (positive); the MD frames of each
 *                            composition are split evenly over them
 * @param shares              relative share of each composition, in the order of {@link LiSiPhase#values()}
 *                            (Li1Si64, Li1Si3, Li1Si1, Li13Si4, Li54Si1); non-negative, normalised by their
 *                            sum, so percentages that do not add up to 100 are fine. Counts are apportioned
 *                            by the largest-remainder method and sum to exactly {@code count}.
 * @param framesPerTrajectory longest trajectory (frames); a segment longer than this is cut into several
 *                            trajectories of nearly equal length
 * @param segmentShares       relative share of the three kinds of segment inside each composition:
 *                            MD-like vibration, melt-and-quench, strained cells (in that order)
 * @param maxStrain           largest magnitude of each component of the symmetric strain tensor of the
 *                            strained cells (dimensionless, 0.05 = ±5 %); at most 0.075 so that the
 *                            strained reference cells keep every distance above {@code minDistance}
 * @param minDistance         no two atoms of any configuration are closer than this, Å (periodic images
 *                            included); in (0, 2]
 */
public record SyntheticOptions(int count, long seed, List<Double> temperaturesK, List<Double> shares,
                               int framesPerTrajectory, List<Double> segmentShares, double maxStrain,
                               double minDistance) {

    /** The temperatures of the MD-like segments by default, K. */
    public static final List<Double> DEFAULT_TEMPERATURES_K = List.of(300.0, 600.0, 900.0, 1200.0);

    /** The composition shares by default, percent (they sum to 99 and are normalised). */
    public static final List<Double> DEFAULT_SHARES = List.of(9.0, 9.0, 63.0, 9.0, 9.0);

    /** The configurations per composition of the published study (6183 in all), usable as shares. */
    public static final List<Double> STUDY_SHARES = List.of(580.0, 572.0, 3926.0, 580.0, 525.0);

    /** MD-like, melt-and-quench and strained shares by default. */
    public static final List<Double> DEFAULT_SEGMENT_SHARES = List.of(0.6, 0.2, 0.2);

    public static final int DEFAULT_FRAMES_PER_TRAJECTORY = 40;
    public static final double DEFAULT_MAX_STRAIN = 0.05;
    public static final double DEFAULT_MIN_DISTANCE = 1.8;

    public SyntheticOptions {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, got " + count);
        }
        temperaturesK = List.copyOf(temperaturesK);
        if (temperaturesK.isEmpty()) {
            throw new IllegalArgumentException("at least one temperature is needed");
        }
        for (double t : temperaturesK) {
            if (!(t > 0) || Double.isInfinite(t)) {
                throw new IllegalArgumentException("temperatures must be positive and finite, got " + t);
            }
        }
        shares = checkShares(shares, LiSiPhase.values().length, "shares (Li1Si64, Li1Si3, Li1Si1, Li13Si4, Li54Si1)");
        if (framesPerTrajectory < 1) {
            throw new IllegalArgumentException("framesPerTrajectory must be at least 1, got " + framesPerTrajectory);
        }
        segmentShares = checkShares(segmentShares, 3, "segmentShares (md, melt-quench, strain)");
        if (!(maxStrain >= 0 && maxStrain <= 0.075)) {
            throw new IllegalArgumentException("maxStrain must be in [0, 0.075], got " + maxStrain);
        }
        if (!(minDistance > 0 && minDistance <= 2.0)) {
            throw new IllegalArgumentException("minDistance must be in (0, 2] Å, got " + minDistance);
        }
    }

    /** The given count, seed, temperatures and shares; defaults for the rest. */
    public SyntheticOptions(int count, long seed, List<Double> temperaturesK, List<Double> shares) {
        this(count, seed, temperaturesK, shares, DEFAULT_FRAMES_PER_TRAJECTORY, DEFAULT_SEGMENT_SHARES,
                DEFAULT_MAX_STRAIN, DEFAULT_MIN_DISTANCE);
    }

    /** Defaults (temperatures 300/600/900/1200 K, shares 9/9/63/9/9 %) for the given count and seed. */
    public static SyntheticOptions defaults(int count, long seed) {
        return new SyntheticOptions(count, seed, DEFAULT_TEMPERATURES_K, DEFAULT_SHARES);
    }

    public SyntheticOptions withFramesPerTrajectory(int frames) {
        return new SyntheticOptions(count, seed, temperaturesK, shares, frames, segmentShares, maxStrain, minDistance);
    }

    public SyntheticOptions withSegmentShares(List<Double> segment) {
        return new SyntheticOptions(count, seed, temperaturesK, shares, framesPerTrajectory, segment, maxStrain, minDistance);
    }

    private static List<Double> checkShares(List<Double> s, int size, String what) {
        if (s == null || s.size() != size) {
            throw new IllegalArgumentException(what + ": expected " + size + " values, got " + (s == null ? "null" : s.size()));
        }
        List<Double> copy = List.copyOf(s);
        double sum = 0;
        for (double v : copy) {
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException(what + ": values must be non-negative and finite, got " + copy);
            }
            sum += v;
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException(what + ": at least one value must be positive, got " + copy);
        }
        return copy;
    }
}
