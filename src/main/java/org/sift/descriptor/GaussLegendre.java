package org.sift.descriptor;

/**
 * Gauss–Legendre quadrature: nodes and weights on an interval, exact for polynomials of degree
 * up to 2n-1. Nodes are found by Newton iteration on P_n from the Chebyshev-like initial guess.
 *
 * @param nodes   x_k, ascending, length n
 * @param weights w_k, length n, sum = b - a
 */
public record GaussLegendre(double[] nodes, double[] weights) {

    /** The n-point rule on [a, b]. */
    public static GaussLegendre on(int n, double a, double b) {
        if (n < 1) {
            throw new IllegalArgumentException("need at least one node, got " + n);
        }
        if (!(b > a)) {
            throw new IllegalArgumentException("need a < b, got [" + a + ", " + b + "]");
        }
        double[] x = new double[n];
        double[] w = new double[n];
        double mid = 0.5 * (a + b);
        double half = 0.5 * (b - a);
        for (int i = 0; i < (n + 1) / 2; i++) {
            double z = Math.cos(Math.PI * (i + 0.75) / (n + 0.5));
            double dp = 0;
            for (int iter = 0; iter < 100; iter++) {
                double p0 = 1;
                double p1 = z;
                for (int k = 2; k <= n; k++) {
                    double p2 = ((2 * k - 1) * z * p1 - (k - 1) * p0) / k;
                    p0 = p1;
                    p1 = p2;
                }
                if (n == 1) {
                    p1 = z;
                    p0 = 1;
                }
                // P_n = p1, P_{n-1} = p0
                dp = n * (z * p1 - p0) / (z * z - 1);
                double dz = p1 / dp;
                z -= dz;
                if (Math.abs(dz) < 1e-16) {
                    break;
                }
            }
            {
                double p0 = 1;
                double p1 = z;
                for (int k = 2; k <= n; k++) {
                    double p2 = ((2 * k - 1) * z * p1 - (k - 1) * p0) / k;
                    p0 = p1;
                    p1 = p2;
                }
                if (n == 1) {
                    p1 = z;
                    p0 = 1;
                }
                dp = n * (z * p1 - p0) / (z * z - 1);
            }
            double wt = 2 / ((1 - z * z) * dp * dp);
            x[i] = mid - half * z;
            x[n - 1 - i] = mid + half * z;
            w[i] = half * wt;
            w[n - 1 - i] = half * wt;
        }
        return new GaussLegendre(x, w);
    }

    public int size() {
        return nodes.length;
    }
}
