package org.sift.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sift.concurrent.ProgressMonitor;

/**
 * The triangle-inequality pruned update (sources with a finite metric error) must give exactly, bit for
 * bit, what full distance rows give: same order, selection distances, D(n), REP(n), min distances, stop.
 */
class PrunedFpsTest {

    /** A source that declares a metric error bound (pruned path). */
    record Metric(DistanceSource s, double error) implements DistanceSource {
        public int size() { return s.size(); }
        public double distance(int i, int j) { return s.distance(i, j); }
        @Override public double metricError() { return error; }
    }

    /** The same source without a bound (full rows, the reference path). */
    record Plain(DistanceSource s) implements DistanceSource {
        public int size() { return s.size(); }
        public double distance(int i, int j) { return s.distance(i, j); }
    }

    /**
     * Unit vectors with d = sqrt(max(0, 2 - 2 u_i . u_j)) computed like the similarity engine does; some
     * exact duplicates (whose computed distance is a tiny positive number, not 0) and clusters.
     */
    record UnitVectors(double[][] u) implements DistanceSource {
        static UnitVectors clustered(SplittableRandom r, int n, int dim, int clusters, double spread, int duplicates) {
            double[][] c = new double[clusters][dim];
            for (double[] x : c) for (int k = 0; k < dim; k++) x[k] = r.nextDouble();
            double[][] u = new double[n][];
            for (int i = 0; i < n; i++) {
                if (i >= n - duplicates && i > 0) {
                    u[i] = u[r.nextInt(i)].clone();
                    continue;
                }
                double[] x = c[r.nextInt(clusters)].clone();
                for (int k = 0; k < dim; k++) x[k] = Math.abs(x[k] + spread * r.nextGaussian());
                double s = 0;
                for (double v : x) s += v * v;
                s = Math.sqrt(s);
                for (int k = 0; k < dim; k++) x[k] /= s;
                u[i] = x;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = r.nextInt(i + 1);
                double[] t = u[i];
                u[i] = u[j];
                u[j] = t;
            }
            return new UnitVectors(u);
        }

        /** The engine's bound for stored dimension d (StructureFeatures.distanceErrorBound). */
        double bound() {
            return Math.sqrt(8.0 * (u[0].length + 8) * 0x1p-53) + 1e-15;
        }

        public int size() { return u.length; }

        public double distance(int i, int j) {
            double[] a = u[i];
            double[] b = u[j];
            double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
            int k = 0;
            for (; k + 3 < a.length; k += 4) {
                s0 += a[k] * b[k];
                s1 += a[k + 1] * b[k + 1];
                s2 += a[k + 2] * b[k + 2];
                s3 += a[k + 3] * b[k + 3];
            }
            for (; k < a.length; k++) s0 += a[k] * b[k];
            double dot = (s0 + s1) + (s2 + s3);
            return Math.sqrt(Math.max(0.0, 2.0 - 2.0 * dot));
        }
    }

    private static void assertSame(FpsResult got, FpsResult want, String ctx) {
        assertThat(got.order()).as(ctx).containsExactly(want.order());
        assertThat(got.selectionDistance()).as(ctx).containsExactly(want.selectionDistance());
        assertThat(got.farthest()).as(ctx).containsExactly(want.farthest());
        assertThat(got.rep()).as(ctx).containsExactly(want.rep());
        assertThat(got.minDistance()).as(ctx).containsExactly(want.minDistance());
        assertThat(got.stop()).as(ctx).isEqualTo(want.stop());
        assertThat(got.warmStartCount()).as(ctx).isEqualTo(want.warmStartCount());
        assertThat(got.pinnedCount()).as(ctx).isEqualTo(want.pinnedCount());
    }

    @Test
    void prunedEqualsPlainAndBruteForceOnGridsWithTiesDuplicatesPinsBansWarmStartAndStops() {
        SplittableRandom r = new SplittableRandom(20261126L);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + r.nextInt(60);
            EuclideanPoints pts = EuclideanPoints.randomGrid(r, n, 1 + r.nextInt(3), 2 + r.nextInt(6), r.nextInt(n / 3 + 1));
            FpsOptions o = FarthestPointSamplerTest.randomOptions(r, n);
            String ctx = "trial " + trial + " " + o;
            // integer coordinates: each distance is a correctly rounded square root (error < 1e-15 here)
            FpsResult pruned = new FarthestPointSampler().run(new Metric(pts, 1e-12), o);
            FpsResult plain = new FarthestPointSampler().run(new Plain(pts), o);
            assertSame(pruned, plain, ctx);
            BruteForceFps.Out want = BruteForceFps.run(pts, o);
            assertThat(pruned.order()).as(ctx).containsExactly(want.order());
            assertThat(pruned.farthest()).as(ctx).containsExactly(want.far());
            assertThat(pruned.minDistance()).as(ctx).containsExactly(want.minDist());
        }
    }

    @Test
    void prunedEqualsPlainOnClusteredUnitVectorsWithDuplicates() {
        SplittableRandom r = new SplittableRandom(99);
        for (int trial = 0; trial < 30; trial++) {
            int n = 20 + r.nextInt(300);
            UnitVectors u = UnitVectors.clustered(r, n, 3 + r.nextInt(40), 1 + r.nextInt(6), r.nextBoolean() ? 0.02 : 0.3, r.nextInt(n / 4));
            FpsOptions o = FarthestPointSamplerTest.randomOptions(r, n);
            assertSame(new FarthestPointSampler().run(new Metric(u, u.bound()), o),
                    new FarthestPointSampler().run(new Plain(u), o), "trial " + trial + " " + o);
        }
    }

    @Test
    void prunedEqualsPlainAcrossTheParallelThresholdAndThreadCounts() {
        SplittableRandom r = new SplittableRandom(4);
        UnitVectors u = UnitVectors.clustered(r, 3000, 24, 12, 0.05, 200);
        FpsOptions o = FpsOptions.defaults().withStart(new FpsOptions.Random(1)).withBanned(3, 99).withPinned(7)
                .withWarmStart(11, 12).withThreads(1);
        FpsResult plain = new FarthestPointSampler().run(new Plain(u), o);
        for (int minParallel : new int[] {1, 2999, 3000, 3001}) {
            for (int t : new int[] {1, 2, 3}) {
                FpsResult got = new FarthestPointSampler(minParallel).run(new Metric(u, u.bound()), o.withThreads(t));
                assertSame(got, plain, "minParallel " + minParallel + ", threads " + t);
            }
        }
        FpsResult thr = new FarthestPointSampler(1).run(new Metric(u, u.bound()), o.withThreads(2).withDistanceThreshold(0.05));
        assertSame(thr, new FarthestPointSampler().run(new Plain(u), o.withDistanceThreshold(0.05)), "threshold");
        FpsResult rep = new FarthestPointSampler(1).run(new Metric(u, u.bound()), o.withThreads(2).withRepTarget(90));
        assertSame(rep, new FarthestPointSampler().run(new Plain(u), o.withRepTarget(90)), "rep target");
    }

    @Test
    void coverageCurvesArePrunedToTheSameValues() {
        SplittableRandom r = new SplittableRandom(8);
        UnitVectors u = UnitVectors.clustered(r, 1500, 16, 8, 0.05, 50);
        int[] order = RandomSampler.sample(1500, 400, 5);
        boolean[] counted = new boolean[1500];
        for (int i = 0; i < 1500; i++) counted[i] = i % 7 != 0;
        for (int t : new int[] {1, 2}) {
            Coverage.Curves got = Coverage.along(new Metric(u, u.bound()), order, 0.1, counted, t, 1, ProgressMonitor.NONE);
            Coverage.Curves want = Coverage.along(new Plain(u), order, 0.1, counted, 1, ProgressMonitor.NONE);
            assertThat(got.farthest()).containsExactly(want.farthest());
            assertThat(got.rep()).containsExactly(want.rep());
            assertThat(got.minDistance()).containsExactly(want.minDistance());
        }
    }

    @Test
    void pruningSkipsMostDistancesOnClusteredData() {
        SplittableRandom r = new SplittableRandom(12);
        int n = 4000;
        UnitVectors u = UnitVectors.clustered(r, n, 16, 20, 0.01, 0);
        boolean[] all = new boolean[n];
        java.util.Arrays.fill(all, true);
        try (CoverageState s = new CoverageState(new Metric(u, u.bound()), 0.1, null, all, 1, Integer.MAX_VALUE)) {
            int next = 0;
            for (int m = 0; m < 200; m++) {
                next = s.add(next).next();
            }
            // full rows would be 199 * 4000 single distances after the first row
            assertThat(s.evaluatedDistances()).isPositive().isLessThan(199L * n / 4);
        }
    }
}
