package org.sift.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sift.concurrent.ProgressMonitor;
import org.sift.testutil.VectorSimilarity;

class EnergySurrogateTest {

    private static final int N = 120;
    private static final int DIM = 6;

    private final SplittableRandom rnd = new SplittableRandom(7);
    private final double[][] x = new double[N][DIM];
    private final VectorSimilarity sim;
    private final KernelMatrix kernel;

    EnergySurrogateTest() {
        for (double[] row : x) for (int k = 0; k < DIM; k++) row[k] = rnd.nextDouble();
        sim = new VectorSimilarity(x, false);
        kernel = KernelMatrix.of(sim, 1, 1, ProgressMonitor.NONE);
    }

    /** Unit vector i, as the similarity normalises it. */
    private double[] unit(int i) {
        double n = 0;
        for (double v : x[i]) n += v * v;
        double[] u = new double[DIM];
        for (int k = 0; k < DIM; k++) u[k] = x[i][k] / Math.sqrt(n);
        return u;
    }

    /**
     * Li_k Si_k cells, k = 1..20; E = N (w . u) + c . mu (+ noise). The reference energies can then
     * only absorb a constant per atom, so the residual per atom is w . u plus a constant (the test
     * vectors do not encode composition, so a composition-dependent residual would not be learnable).
     */
    private EnergyLabels labels(double[] w, double noise, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] c = new double[N][2];
        double[] e = new double[N];
        int[] atoms = new int[N];
        for (int i = 0; i < N; i++) {
            int li = 1 + r.nextInt(20);
            int si = li;
            c[i] = new double[] {li, si};
            atoms[i] = li + si;
            double f = 0;
            double[] u = unit(i);
            for (int k = 0; k < DIM; k++) f += w[k] * u[k];
            e[i] = atoms[i] * (f + noise * r.nextGaussian()) - 1.9 * li - 5.4 * si;
        }
        return new EnergyLabels(List.of("Li", "Si"), c, e, atoms);
    }

    private static int[] range(int from, int to) {
        int[] r = new int[to - from];
        for (int i = 0; i < r.length; i++) r[i] = from + i;
        return r;
    }

    private static EnergySurrogate.Options opts(int threads) {
        return new EnergySurrogate.Options(1, 5, EnergySurrogate.DEFAULT_LAMBDAS, 3, threads);
    }

    /**
     * w shifted along the first axis so that w . u has mean 0 over the configurations 0..m-1: then
     * the centred residual per atom on them, w . u - mean, is w . u itself, which the zeta = 1 kernel
     * (linear in u) represents exactly.
     */
    private double[] centred(double[] w, int m) {
        double f = 0;
        double s = 0;
        for (int i = 0; i < m; i++) {
            double[] u = unit(i);
            for (int k = 0; k < DIM; k++) f += w[k] * u[k];
            s += u[0];
        }
        double[] c = w.clone();
        c[0] -= f / s;
        return c;
    }

    @Test
    void noiseFreeLinearEnergiesAreLearntWithASmallLambda() {
        EnergyLabels l = labels(centred(new double[] {0.3, -0.2, 0.5, 0.1, -0.4, 0.25}, 80), 0, 1);
        EnergySurrogate.Model m = EnergySurrogate.fit(l, kernel, range(0, 80), opts(1), ProgressMonitor.NONE);
        assertThat(m.lambda()).isLessThanOrEqualTo(1e-2);
        int[] val = range(80, N);
        EnergySurrogate.Errors e = EnergySurrogate.errors(EnergySurrogate.predict(m, l, kernel, val),
                EnergySurrogate.truth(l, val), new int[val.length], 1);
        assertThat(e.rmse()).as("meV/atom").isLessThan(0.05);
        // the reference energies absorb the atomic energies (plus what the kernel leaves), so predictions of
        // totals are right for every composition
        assertThat(e.mae()).isLessThanOrEqualTo(e.rmse());
    }

    @Test
    void pureNoiseIsRegularisedHard() {
        EnergyLabels l = labels(new double[DIM], 0.05, 2);
        EnergySurrogate.Model m = EnergySurrogate.fit(l, kernel, range(0, 100), opts(1), ProgressMonitor.NONE);
        assertThat(m.lambda()).isGreaterThanOrEqualTo(1e-2);
        assertThat(m.cvRmse()).isGreaterThan(0.03);
    }

    @Test
    void crossValidationNeverLooksOutsideTheTrainingSubset() {
        EnergyLabels l = labels(new double[] {0.3, -0.2, 0.5, 0.1, -0.4, 0.25}, 0.01, 3);
        int[] train = range(0, 60);
        EnergySurrogate.Model a = EnergySurrogate.fit(l, kernel, train, opts(1), ProgressMonitor.NONE);
        double[] e = l.energies().clone();
        for (int i = 60; i < N; i++) e[i] = 1e6 * (i % 3 - 1); // corrupt everything outside the subset
        EnergyLabels corrupted = new EnergyLabels(l.elements(), l.counts(), e, l.atoms());
        EnergySurrogate.Model b = EnergySurrogate.fit(corrupted, kernel, train, opts(1), ProgressMonitor.NONE);
        assertThat(b.lambda()).isEqualTo(a.lambda());
        assertThat(b.cvRmse()).isEqualTo(a.cvRmse());
        assertThat(b.alpha()).containsExactly(a.alpha());
        assertThat(b.baseline().mu()).containsExactly(a.baseline().mu());
    }

    @Test
    void parallelCrossValidationEqualsSerial() {
        EnergyLabels l = labels(new double[] {0.3, -0.2, 0.5, 0.1, -0.4, 0.25}, 0.02, 4);
        EnergySurrogate.Model a = EnergySurrogate.fit(l, kernel, range(10, 90), opts(1), ProgressMonitor.NONE);
        EnergySurrogate.Model b = EnergySurrogate.fit(l, kernel, range(10, 90), opts(3), ProgressMonitor.NONE);
        assertThat(b.lambda()).isEqualTo(a.lambda());
        assertThat(b.cvRmse()).isEqualTo(a.cvRmse());
        assertThat(b.alpha()).containsExactly(a.alpha());
    }

    @Test
    void zetaRaisesTheKernelElementwise() {
        KernelMatrix k4 = KernelMatrix.of(sim, 4, 1, ProgressMonitor.NONE);
        assertThat(k4.kernel(3, 17)).isCloseTo(Math.pow(sim.kernel(3, 17), 4), org.assertj.core.api.Assertions.within(1e-15));
        assertThat(k4.similarity(3, 17)).isEqualTo(kernel.kernel(3, 17));
        assertThat(k4.distances(new int[] {3, 17}).distance(0, 1))
                .isEqualTo(Math.sqrt(Math.max(0, 2 - 2 * kernel.similarity(3, 17))));
    }

    @Test
    void errorsArePerAtomInMilliElectronvoltOverallAndPerGroup() {
        EnergySurrogate.Errors e = EnergySurrogate.errors(new double[] {0.001, -0.002, 0.0}, new double[] {0, 0, 0.004},
                new int[] {0, 1, 1}, 3);
        assertThat(e.rmse()).isCloseTo(Math.sqrt((1 + 4 + 16) / 3.0), org.assertj.core.api.Assertions.within(1e-9));
        assertThat(e.mae()).isCloseTo(7 / 3.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(e.groupRmse()[1]).isCloseTo(Math.sqrt(10), org.assertj.core.api.Assertions.within(1e-9));
        assertThat(e.groupRmse()[2]).isNaN();
        assertThat(e.groupCount()).containsExactly(1, 2, 0);
    }

    @Test
    void refusesAnEmptyTrainingSet() {
        EnergyLabels l = labels(new double[DIM], 0, 5);
        assertThatThrownBy(() -> EnergySurrogate.fit(l, kernel, new int[0], opts(1), ProgressMonitor.NONE))
                .hasMessageContaining("empty training set");
    }
}
