package org.sift.ui.common;

import java.time.Duration;
import java.util.Optional;

/**
 * Remaining time of a task from its rate so far: with fraction {@code f} done after elapsed time
 * {@code t}, the estimate is {@code t (1 - f) / f}. The clock restarts whenever the fraction goes
 * down (a new sub-task began). No estimate while less than 1 % is done or less than half a second
 * has passed, since the rate is not yet meaningful then.
 */
public final class EtaEstimator {

    private static final long MIN_ELAPSED_NANOS = 500_000_000L;
    private static final double MIN_FRACTION = 0.01;

    private long startNanos = Long.MIN_VALUE;
    private double lastFraction = -1;

    /** Starts over at {@code nowNanos}. */
    public void reset(long nowNanos) {
        startNanos = nowNanos;
        lastFraction = 0;
    }

    /**
     * Records {@code fraction} (0..1; negative means unknown) at {@code nowNanos} and returns the
     * estimated remaining time, if one can be given.
     */
    public Optional<Duration> update(long nowNanos, double fraction) {
        if (startNanos == Long.MIN_VALUE || fraction < lastFraction) {
            reset(nowNanos);
        }
        if (fraction < 0) {
            return Optional.empty();
        }
        lastFraction = fraction;
        long elapsed = nowNanos - startNanos;
        if (fraction < MIN_FRACTION || elapsed < MIN_ELAPSED_NANOS) {
            return Optional.empty();
        }
        if (fraction >= 1) {
            return Optional.of(Duration.ZERO);
        }
        return Optional.of(Duration.ofNanos((long) (elapsed * (1 - fraction) / fraction)));
    }

    /** "about 5 s left", "about 2 min 10 s left", "about 1 h 3 min left". */
    public static String format(Duration d) {
        long s = Math.max(0, Math.round(d.toMillis() / 1000.0));
        if (s < 60) {
            return "about " + s + " s left";
        }
        if (s < 3600) {
            return "about " + s / 60 + " min " + s % 60 + " s left";
        }
        return "about " + s / 3600 + " h " + (s % 3600) / 60 + " min left";
    }
}
