package org.sift.descriptor;

/**
 * Exponentially scaled modified spherical Bessel functions of the first kind,
 * {@code e^{-x} i_l(x)} for x ≥ 0 and l = 0..lmax, stable for every x.
 *
 * <p>i_l(x) = sqrt(pi / (2x)) I_{l+1/2}(x); i_0 = sinh(x)/x. For x &lt; 2 the power series
 * i_l(x) = x^l / (2l+1)!! * sum_k (x^2/2)^k / (k! (2l+3)(2l+5)...(2l+2k+1)) is used (all terms
 * positive, no cancellation); for larger x Miller's downward recurrence
 * i_{l-1} = i_{l+1} + (2l+1)/x i_l (stable downwards) from a start index beyond
 * sqrt(lmax^2 + 50 x) + 20, normalised by e^{-x} i_0 = (1 - e^{-2x}) / (2x).
 */
public final class SphericalBessel {

    private static final double SERIES_LIMIT = 2.0;

    private SphericalBessel() {
    }

    /** Fills {@code out[l] = e^{-x} i_l(x)} for l = 0..lmax. */
    public static void scaledI(int lmax, double x, double[] out) {
        if (lmax < 0 || out.length < lmax + 1) {
            throw new IllegalArgumentException("need lmax >= 0 and out.length > lmax");
        }
        if (!(x >= 0)) {
            throw new IllegalArgumentException("x must be >= 0, got " + x);
        }
        if (x == 0) {
            out[0] = 1;
            for (int l = 1; l <= lmax; l++) {
                out[l] = 0;
            }
            return;
        }
        if (x < SERIES_LIMIT) {
            double scale = Math.exp(-x);
            double lead = 1; // x^l / (2l+1)!!
            double h = 0.5 * x * x;
            for (int l = 0; l <= lmax; l++) {
                if (l > 0) {
                    lead *= x / (2 * l + 1);
                }
                double sum = 1;
                double term = 1;
                for (int k = 1; k < 200; k++) {
                    term *= h / (k * (2.0 * l + 2 * k + 1));
                    sum += term;
                    if (term < 1e-17 * sum) {
                        break;
                    }
                }
                out[l] = scale * lead * sum;
            }
            return;
        }
        int start = lmax + 20 + (int) Math.ceil(Math.sqrt((double) lmax * lmax + 50 * x));
        double next = 0; // t_{l+1}
        double cur = 1e-300; // t_l, l = start
        for (int l = start; l > 0; l--) {
            double prev = next + (2 * l + 1) / x * cur; // t_{l-1}
            next = cur;
            cur = prev;
            if (l - 1 <= lmax) {
                out[l - 1] = cur;
            }
            if (Math.abs(cur) > 1e250) {
                cur *= 1e-250;
                next *= 1e-250;
                for (int k = Math.max(l - 1, 0); k <= lmax; k++) {
                    out[k] *= 1e-250;
                }
            }
        }
        double i0 = -Math.expm1(-2 * x) / (2 * x);
        double f = i0 / out[0];
        for (int l = 0; l <= lmax; l++) {
            out[l] *= f;
        }
    }
}
