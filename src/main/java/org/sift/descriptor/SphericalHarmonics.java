package org.sift.descriptor;

/**
 * Real orthonormal spherical harmonics Y_lm (l = 0..lmax, m = -l..l) of a unit vector, by
 * recurrences in z and in (x + i y)^m: no trigonometric calls.
 *
 * <p>Y_l0 = q_l0(z), Y_lm = sqrt(2) q_lm(z) Re (x+iy)^m and Y_l,-m = sqrt(2) q_lm(z) Im (x+iy)^m
 * for m &gt; 0, where q_lm(z) sin^m(theta) = N_lm P_l^m(z), N_lm = sqrt((2l+1)/(4 pi) (l-m)!/(l+m)!)
 * (no Condon–Shortley phase). Recurrences: q_00 = 1/sqrt(4 pi), q_mm = sqrt((2m+1)/(2m)) q_{m-1,m-1},
 * q_{m+1,m} = sqrt(2m+3) z q_mm, q_lm = a_lm (z q_{l-1,m} - b_lm q_{l-2,m}) with
 * a_lm = sqrt((4l^2-1)/(l^2-m^2)), b_lm = sqrt(((l-1)^2-m^2)/(4(l-1)^2-1)).
 * Output index: {@code l*l + l + m}; length (lmax+1)^2. Orthonormal over the unit sphere.
 */
public final class SphericalHarmonics {

    private final int lmax;
    private final double[] a;
    private final double[] b;
    private final double[] diag;
    private final double[] re;
    private final double[] im;

    public SphericalHarmonics(int lmax) {
        if (lmax < 0) {
            throw new IllegalArgumentException("lmax must be >= 0, got " + lmax);
        }
        this.lmax = lmax;
        int n = (lmax + 1) * (lmax + 1);
        a = new double[n];
        b = new double[n];
        diag = new double[lmax + 1];
        diag[0] = 1 / Math.sqrt(4 * Math.PI);
        for (int m = 1; m <= lmax; m++) {
            diag[m] = diag[m - 1] * Math.sqrt((2.0 * m + 1) / (2.0 * m));
        }
        for (int m = 0; m <= lmax; m++) {
            for (int l = m + 2; l <= lmax; l++) {
                a[l * l + m] = Math.sqrt((4.0 * l * l - 1) / ((double) l * l - (double) m * m));
                b[l * l + m] = Math.sqrt(((l - 1.0) * (l - 1) - (double) m * m) / (4.0 * (l - 1) * (l - 1) - 1));
            }
        }
        re = new double[lmax + 1];
        im = new double[lmax + 1];
    }

    public int lmax() {
        return lmax;
    }

    /** Number of values, (lmax+1)^2. */
    public int size() {
        return (lmax + 1) * (lmax + 1);
    }

    /**
     * Fills {@code out[l*l + l + m] = Y_lm(x, y, z)} for a unit vector (x, y, z). Not thread-safe
     * (uses internal buffers): one instance per thread.
     */
    public void compute(double x, double y, double z, double[] out) {
        re[0] = 1;
        im[0] = 0;
        for (int m = 1; m <= lmax; m++) {
            re[m] = re[m - 1] * x - im[m - 1] * y;
            im[m] = re[m - 1] * y + im[m - 1] * x;
        }
        final double sqrt2 = Math.sqrt(2.0);
        for (int m = 0; m <= lmax; m++) {
            double qmm = diag[m];
            double qPrev2 = 0;
            double qPrev = qmm;
            double cr = m == 0 ? 1 : sqrt2 * re[m];
            double ci = sqrt2 * im[m];
            put(out, m, m, qmm, cr, ci);
            if (m + 1 <= lmax) {
                double q = Math.sqrt(2.0 * m + 3) * z * qmm;
                put(out, m + 1, m, q, cr, ci);
                qPrev2 = qPrev;
                qPrev = q;
            }
            for (int l = m + 2; l <= lmax; l++) {
                int k = l * l + m;
                double q = a[k] * (z * qPrev - b[k] * qPrev2);
                put(out, l, m, q, cr, ci);
                qPrev2 = qPrev;
                qPrev = q;
            }
        }
    }

    private static void put(double[] out, int l, int m, double q, double cr, double ci) {
        int c = l * l + l;
        out[c + m] = q * cr;
        if (m > 0) {
            out[c - m] = q * ci;
        }
    }
}
