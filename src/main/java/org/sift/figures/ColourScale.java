package org.sift.figures;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

/**
 * A continuous colour scale for point values: viridis (perceptually uniform, colour-blind safe,
 * readable in greyscale) from {@code lower} to {@code upper}, linear or logarithmic. Values outside
 * the range take the end colours; NaN (and, on a log scale, values ≤ 0) are drawn light grey.
 */
public final class ColourScale implements PaintScale {

    /** Colour of points without a value. */
    public static final Color MISSING = new Color(0xc8, 0xc8, 0xc8);

    private static final int[] VIRIDIS = {
        0x440154, 0x472c7a, 0x3b518b, 0x2c718e, 0x21908d, 0x27ad81, 0x5cc863, 0xaadc32, 0xfde725
    };

    private final double lower;
    private final double upper;
    private final boolean log;

    public ColourScale(double lower, double upper, boolean log) {
        if (!(lower <= upper) || Double.isInfinite(lower) || Double.isInfinite(upper)) {
            throw new IllegalArgumentException("colour range " + lower + " to " + upper + " is not a range");
        }
        if (log && lower <= 0) {
            throw new IllegalArgumentException("a log colour scale needs a positive lower bound, got " + lower);
        }
        this.lower = lower;
        this.upper = upper;
        this.log = log;
    }

    /**
     * The range of the finite values (positive ones on a log scale), widened when all are equal;
     * [0, 1] (or [1, 10] on a log scale) if there are none.
     */
    public static ColourScale auto(double[] values, boolean log) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (!Double.isFinite(v) || (log && v <= 0)) continue;
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        if (lo > hi) return log ? new ColourScale(1, 10, true) : new ColourScale(0, 1, false);
        if (lo == hi) {
            return log ? new ColourScale(lo / 2, hi * 2, true) : new ColourScale(lo - 0.5, hi + 0.5, false);
        }
        return new ColourScale(lo, hi, log);
    }

    /** This scale with the bounds that are not NaN replaced. */
    public ColourScale withBounds(double lo, double hi) {
        return new ColourScale(Double.isNaN(lo) ? lower : lo, Double.isNaN(hi) ? upper : hi, log);
    }

    public boolean isLog() {
        return log;
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    /** Position of {@code value} on the scale, 0 at the lower bound, 1 at the upper (clamped); NaN if none. */
    public double position(double value) {
        if (Double.isNaN(value) || (log && value <= 0)) return Double.NaN;
        if (upper == lower) return 0.5;
        double t = log
                ? (Math.log(value) - Math.log(lower)) / (Math.log(upper) - Math.log(lower))
                : (value - lower) / (upper - lower);
        return Math.max(0, Math.min(1, t));
    }

    @Override
    public Paint getPaint(double value) {
        return colour(value);
    }

    public Color colour(double value) {
        double t = position(value);
        if (Double.isNaN(t)) return MISSING;
        double s = t * (VIRIDIS.length - 1);
        int k = Math.min(VIRIDIS.length - 2, (int) Math.floor(s));
        double f = s - k;
        int a = VIRIDIS[k];
        int b = VIRIDIS[k + 1];
        return new Color(mix(a >> 16, b >> 16, f), mix(a >> 8, b >> 8, f), mix(a, b, f));
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round((a & 0xff) * (1 - f) + (b & 0xff) * f);
    }
}
