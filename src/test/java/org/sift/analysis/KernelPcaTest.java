package org.sift.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sift.concurrent.ProgressMonitor;
import org.sift.testutil.VectorSimilarity;

/** Kernel PCA against analytic cases (points on a line) and invariances; kernel path equals vector path. */
class KernelPcaTest {

    private static double[][] random(int n, int d, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] x = new double[n][d];
        for (double[] row : x) for (int a = 0; a < d; a++) row[a] = r.nextGaussian() * (3.0 / (1 + a));
        return x;
    }

    private static double[][] gram(double[][] x) {
        double[][] k = new double[x.length][x.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x.length; j++) {
                for (int a = 0; a < x[i].length; a++) k[i][j] += x[i][a] * x[j][a];
            }
        }
        return k;
    }

    @Test
    void pointsOnALineHaveOneComponentWithAllTheVariance() {
        double[] a = {0.3, -1, 2, 0.5, 4};
        double[] u = {1, 2, -2, 0, 1}; // |u| = sqrt(10)
        SplittableRandom r = new SplittableRandom(4);
        int n = 25;
        double[] t = new double[n];
        double[][] x = new double[n][5];
        double mean = 0;
        for (int i = 0; i < n; i++) {
            t[i] = r.nextDouble(-3, 3);
            mean += t[i] / n;
            for (int k = 0; k < 5; k++) x[i][k] = a[k] + t[i] * u[k];
        }
        for (KernelPca p : new KernelPca[] {KernelPca.ofVectors(x), KernelPca.ofKernel(gram(x))}) {
            assertThat(p.explained()[0]).isCloseTo(1.0, within(1e-9));
            assertThat(p.explained()[1]).isCloseTo(0.0, within(1e-9));
            double s = Math.signum(p.x()[0] * (t[0] - mean));
            for (int i = 0; i < n; i++) {
                assertThat(p.x()[i]).isCloseTo(s * (t[i] - mean) * Math.sqrt(10), within(1e-8));
                assertThat(p.y()[i]).isCloseTo(0.0, within(1e-6));
            }
        }
    }

    @Test
    void kernelPathEqualsMeanVectorPathAndIsRotationInvariant() {
        double[][] x = random(40, 6, 9);
        KernelPca v = KernelPca.ofVectors(x);
        KernelPca k = KernelPca.ofKernel(gram(x));
        assertThat(v.method()).isEqualTo(KernelPca.Method.MEAN_VECTORS);
        assertThat(k.method()).isEqualTo(KernelPca.Method.KERNEL);
        // a rotation in the (0, 1) and (2, 4) planes changes no dot product
        double c = Math.cos(0.7);
        double s = Math.sin(0.7);
        double[][] xr = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            xr[i] = x[i].clone();
            xr[i][0] = c * x[i][0] - s * x[i][1];
            xr[i][1] = s * x[i][0] + c * x[i][1];
            xr[i][2] = c * x[i][2] + s * x[i][4];
            xr[i][4] = -s * x[i][2] + c * x[i][4];
        }
        KernelPca rot = KernelPca.ofVectors(xr);
        for (KernelPca other : new KernelPca[] {k, rot}) {
            for (int j = 0; j < 2; j++) assertThat(other.explained()[j]).isCloseTo(v.explained()[j], within(1e-10));
            for (int i = 0; i < x.length; i++) {
                assertThat(other.x()[i]).isCloseTo(v.x()[i], within(1e-8));
                assertThat(other.y()[i]).isCloseTo(v.y()[i], within(1e-8));
            }
        }
        // explained variance: first axis at least the second, both shares of the total
        assertThat(v.explained()[0]).isGreaterThanOrEqualTo(v.explained()[1]);
        assertThat(v.explained()[0] + v.explained()[1]).isLessThanOrEqualTo(1 + 1e-12);
        // adding a constant to every vector (translation) changes nothing after centring
        double[][] xt = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            xt[i] = x[i].clone();
            for (int a = 0; a < 6; a++) xt[i][a] += 5 - a;
        }
        KernelPca tr = KernelPca.ofVectors(xt);
        for (int i = 0; i < x.length; i++) assertThat(tr.x()[i]).isCloseTo(v.x()[i], within(1e-8));
    }

    @Test
    void ofSimilarityUsesTheKernelBelowTheLimit() {
        VectorSimilarity sim = VectorSimilarity.random(30, 5, 3, false);
        KernelPca p = KernelPca.of(sim, 1, ProgressMonitor.NONE);
        assertThat(p.method()).isEqualTo(KernelPca.Method.KERNEL);
        double[][] k = new double[30][30];
        for (int i = 0; i < 30; i++) sim.kernelRow(i, k[i]);
        KernelPca q = KernelPca.ofKernel(k);
        assertThat(p.x()).containsExactly(q.x(), within(1e-12));
        assertThat(p.explained()[0]).isGreaterThan(0).isLessThan(1);
    }
}
