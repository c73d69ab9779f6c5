package org.sift.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KernelRidgeTest {

    /** Gaussian kernel of seeded random points in 3D: symmetric positive definite. */
    static double[][] gaussianKernel(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] x = new double[n][3];
        for (double[] p : x) for (int k = 0; k < 3; k++) p[k] = r.nextDouble(-1, 1);
        double[][] k = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double d2 = 0;
                for (int c = 0; c < 3; c++) d2 += (x[i][c] - x[j][c]) * (x[i][c] - x[j][c]);
                k[i][j] = Math.exp(-d2);
            }
        }
        return k;
    }

    /** (K + lambda I) x = y by Gauss-Jordan elimination with partial pivoting: the direct dense solve. */
    static double[] directSolve(double[][] k, double[] y, double lambda) {
        int n = y.length;
        double[][] a = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(k[i], 0, a[i], 0, n);
            a[i][i] += lambda;
            a[i][n] = y[i];
        }
        for (int c = 0; c < n; c++) {
            int p = c;
            for (int r = c + 1; r < n; r++) if (Math.abs(a[r][c]) > Math.abs(a[p][c])) p = r;
            double[] t = a[c];
            a[c] = a[p];
            a[p] = t;
            for (int r = 0; r < n; r++) {
                if (r == c) continue;
                double f = a[r][c] / a[c][c];
                for (int q = c; q <= n; q++) a[r][q] -= f * a[c][q];
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = a[i][n] / a[i][i];
        return x;
    }

    @Test
    void weightsEqualADirectDenseSolve() {
        for (int n : new int[] {1, 2, 7, 30}) {
            double[][] k = gaussianKernel(n, n);
            double[] y = new SplittableRandom(100 + n).doubles(n, -1, 1).toArray();
            for (double lambda : new double[] {1e-6, 1e-3, 0.5}) {
                double[] alpha = KernelRidge.weights(k, y, lambda);
                double[] ref = directSolve(k, y, lambda);
                double scale = 0;
                for (double v : ref) scale = Math.max(scale, Math.abs(v));
                for (int i = 0; i < n; i++) {
                    assertThat(alpha[i]).as("n=%d lambda=%g i=%d", n, lambda, i).isCloseTo(ref[i], within(1e-8 * Math.max(1, scale)));
                }
                // the residual of the system itself
                for (int i = 0; i < n; i++) {
                    double s = lambda * alpha[i];
                    for (int j = 0; j < n; j++) s += k[i][j] * alpha[j];
                    assertThat(s).isCloseTo(y[i], within(1e-9));
                }
            }
        }
    }

    @Test
    void inputsAreNotModifiedAndPredictionIsTheWeightedSum() {
        double[][] k = gaussianKernel(5, 1);
        double[][] copy = new double[5][];
        for (int i = 0; i < 5; i++) copy[i] = k[i].clone();
        double[] y = {1, 2, 3, 4, 5};
        double[] alpha = KernelRidge.weights(k, y, 1e-2);
        assertThat(k).isDeepEqualTo(copy);
        assertThat(y).containsExactly(1, 2, 3, 4, 5);
        assertThat(KernelRidge.predict(new double[] {1, 0, 0, 0, 2}, alpha)).isEqualTo(alpha[0] + 2 * alpha[4]);
    }

    @Test
    void refusesBadShapesLambdaAndIndefiniteMatrices() {
        assertThatThrownBy(() -> KernelRidge.weights(new double[2][2], new double[3], 1)).hasMessageContaining("2 rows for 3 targets");
        assertThatThrownBy(() -> KernelRidge.weights(new double[][] {{1}}, new double[1], 0)).hasMessageContaining("lambda");
        assertThatThrownBy(() -> KernelRidge.weights(new double[][] {{1, 2}, {2, 1}}, new double[2], 1e-3))
                .hasMessageContaining("not positive definite");
    }
}
