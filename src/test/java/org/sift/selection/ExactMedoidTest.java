package org.sift.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sift.concurrent.ProgressMonitor;

/** The pruned exact medoid against the brute-force argmin of every mean distance. */
class ExactMedoidTest {

    static int bruteForce(DistanceSource s, boolean[] selectable) {
        double[] mean = FarthestPointSampler.meanDistances(new PrunedFpsTest.Plain(s), 1, ProgressMonitor.NONE);
        int best = -1;
        for (int i = 0; i < mean.length; i++) {
            if (selectable[i] && (best < 0 || mean[i] < mean[best])) best = i;
        }
        return best;
    }

    @Test
    void prunedMedoidIsTheBruteForceMedoidAndReadsFewerRowsOnClusteredData() {
        int fewer = 0;
        for (int seed = 0; seed < 12; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            PrunedFpsTest.UnitVectors u = PrunedFpsTest.UnitVectors.clustered(r, 600, 10, 2 + seed % 5, 0.05 + 0.05 * (seed % 4), 7);
            DistanceSource metric = new PrunedFpsTest.Metric(u, u.bound());
            boolean[] sel = new boolean[600];
            Arrays.fill(sel, true);
            for (int k = 0; k < seed * 5; k++) sel[r.nextInt(600)] = false;
            ExactMedoid.Result res = ExactMedoid.find(metric, sel, 1 + seed % 2, ProgressMonitor.NONE);
            assertThat(res.index()).as("seed %d", seed).isEqualTo(bruteForce(u, sel));
            assertThat(res.rowsRead()).isLessThanOrEqualTo(600);
            if (res.rowsRead() < 600) fewer++;
        }
        assertThat(fewer).as("runs that skipped rows").isGreaterThan(0);
    }

    @Test
    void wellSeparatedGroupsOfUnequalSizeAreRuledOutWithoutReadingTheirRows() {
        // one large tight group and small far ones (the study's shape: Li1Si1 63 %, the rest 9 % each)
        SplittableRandom r = new SplittableRandom(11);
        int n = 1000;
        double[][] u = new double[n][];
        for (int i = 0; i < n; i++) {
            int g = i < 630 ? 0 : 1 + (i - 630) / 93;
            double[] x = new double[8];
            x[g] = 1;
            for (int k = 0; k < 8; k++) x[k] = Math.abs(x[k] + 0.01 * r.nextGaussian());
            double s = 0;
            for (double v : x) s += v * v;
            for (int k = 0; k < 8; k++) x[k] /= Math.sqrt(s);
            u[i] = x;
        }
        PrunedFpsTest.UnitVectors v = new PrunedFpsTest.UnitVectors(u);
        boolean[] sel = new boolean[n];
        Arrays.fill(sel, true);
        ExactMedoid.Result res = ExactMedoid.find(new PrunedFpsTest.Metric(v, v.bound()), sel, 2, ProgressMonitor.NONE);
        assertThat(res.index()).isEqualTo(bruteForce(v, sel)).isLessThan(630);
        assertThat(res.rowsRead()).isLessThan(700);
    }

    @Test
    void withoutAMetricBoundEveryRowIsReadAndTheStartIsUnchanged() {
        SplittableRandom r = new SplittableRandom(3);
        PrunedFpsTest.UnitVectors u = PrunedFpsTest.UnitVectors.clustered(r, 300, 6, 3, 0.2, 0);
        boolean[] sel = new boolean[300];
        Arrays.fill(sel, true);
        ExactMedoid.Result res = ExactMedoid.find(new PrunedFpsTest.Plain(u), sel, 2, ProgressMonitor.NONE);
        assertThat(res.rowsRead()).isEqualTo(300);
        assertThat(res.index()).isEqualTo(bruteForce(u, sel));
        // FPS from the medoid on the pruned source starts at the same point as on full rows
        FpsResult a = new FarthestPointSampler().run(new PrunedFpsTest.Metric(u, u.bound()), FpsOptions.defaults().withMaxSize(20));
        FpsResult b = new FarthestPointSampler().run(new PrunedFpsTest.Plain(u), FpsOptions.defaults().withMaxSize(20));
        assertThat(a.order()).containsExactly(b.order());
    }

    @Test
    void emptyAndSinglePointInputs() {
        DistanceSource one = new MatrixDistances(new double[][] {{0}});
        assertThat(ExactMedoid.find(new PrunedFpsTest.Metric(one, 0), new boolean[] {true}, 2, ProgressMonitor.NONE).index()).isZero();
        DistanceSource none = new MatrixDistances(new double[0][]);
        assertThat(ExactMedoid.find(new PrunedFpsTest.Metric(none, 0), new boolean[0], 2, ProgressMonitor.NONE).index()).isEqualTo(-1);
    }
}
