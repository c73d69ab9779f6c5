package org.sift.synthetic;

/**
 * Short-contact detection under periodic boundary conditions, for the generator's minimum-distance
 * rule.
 *
 * <p>Cell {@code h}: 9 components, row-major, rows are lattice vectors (Å). Cartesian row vector
 * r = f h with f the fractional coordinates, so f = r h^-1. For a pair, the fractional difference
 * is wrapped to [-1/2, 1/2] per axis (minimum image by rounding). That finds every pair closer than
 * {@code dMin} exactly when each cell width (lattice-plane spacing) exceeds 2 dMin: a vector d
 * shorter than dMin has |f_k| = |d . b_k| <= |d| / w_k < 1/2 with b_k the reciprocal vectors.
 * All cells of the generator are wider than 5 Å, so with dMin <= 2 Å the test is exact.
 */
final class Contacts {

    private Contacts() {
    }

    /** Inverse of a 3x3 row-major matrix. */
    static double[] inverse(double[] m) {
        double det = m[0] * (m[4] * m[8] - m[5] * m[7]) - m[1] * (m[3] * m[8] - m[5] * m[6])
                + m[2] * (m[3] * m[7] - m[4] * m[6]);
        if (det == 0) {
            throw new IllegalArgumentException("singular cell");
        }
        double[] r = new double[9];
        r[0] = (m[4] * m[8] - m[5] * m[7]) / det;
        r[1] = (m[2] * m[7] - m[1] * m[8]) / det;
        r[2] = (m[1] * m[5] - m[2] * m[4]) / det;
        r[3] = (m[5] * m[6] - m[3] * m[8]) / det;
        r[4] = (m[0] * m[8] - m[2] * m[6]) / det;
        r[5] = (m[2] * m[3] - m[0] * m[5]) / det;
        r[6] = (m[3] * m[7] - m[4] * m[6]) / det;
        r[7] = (m[1] * m[6] - m[0] * m[7]) / det;
        r[8] = (m[0] * m[4] - m[1] * m[3]) / det;
        return r;
    }

    /** Fractional coordinates of Cartesian positions (length 3N each): f = r h^-1. */
    static void fractional(double[] pos, double[] hinv, double[] out) {
        for (int i = 0; i < pos.length; i += 3) {
            double x = pos[i];
            double y = pos[i + 1];
            double z = pos[i + 2];
            out[i] = x * hinv[0] + y * hinv[3] + z * hinv[6];
            out[i + 1] = x * hinv[1] + y * hinv[4] + z * hinv[7];
            out[i + 2] = x * hinv[2] + y * hinv[5] + z * hinv[8];
        }
    }

    /**
     * Marks in {@code flags} (length N, cleared first) every atom of a pair closer than {@code dMin}
     * (Å); {@code scratch} has length 3N and is overwritten. Returns true if any pair was found.
     */
    static boolean flagClose(double[] pos, double[] h, double[] hinv, double dMin, boolean[] flags, double[] scratch) {
        int n = flags.length;
        java.util.Arrays.fill(flags, false);
        fractional(pos, hinv, scratch);
        double d2min = dMin * dMin;
        boolean any = false;
        for (int i = 0; i < n; i++) {
            double fx = scratch[3 * i];
            double fy = scratch[3 * i + 1];
            double fz = scratch[3 * i + 2];
            for (int j = i + 1; j < n; j++) {
                double a = fx - scratch[3 * j];
                double b = fy - scratch[3 * j + 1];
                double c = fz - scratch[3 * j + 2];
                a -= Math.rint(a);
                b -= Math.rint(b);
                c -= Math.rint(c);
                double x = a * h[0] + b * h[3] + c * h[6];
                double y = a * h[1] + b * h[4] + c * h[7];
                double z = a * h[2] + b * h[5] + c * h[8];
                if (x * x + y * y + z * z < d2min) {
                    flags[i] = true;
                    flags[j] = true;
                    any = true;
                }
            }
        }
        return any;
    }

    /** Smallest lattice-plane spacing of the cell, Å: min over k of 1 / |b_k| (b_k = column k of h^-1). */
    static double minWidth(double[] h) {
        double[] inv = inverse(h);
        double w = Double.POSITIVE_INFINITY;
        for (int k = 0; k < 3; k++) {
            double b = Math.sqrt(inv[k] * inv[k] + inv[3 + k] * inv[3 + k] + inv[6 + k] * inv[6 + k]);
            w = Math.min(w, 1 / b);
        }
        return w;
    }
}
