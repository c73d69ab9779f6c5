package org.sift.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sift.concurrent.ProgressMonitor;
import org.sift.model.Cell;
import org.sift.model.Configuration;
import org.sift.model.Dataset;
import org.sift.selection.FarthestPointSampler;
import org.sift.selection.FpsOptions;
import org.sift.selection.FpsResult;
import org.sift.selection.RandomSampler;
import org.sift.testutil.VectorSimilarity;

class AnalysisTest {

    /** Study-like dataset: groups of LixSiy cells with the study's formulas, scaled-down counts. */
    static Dataset lisi(int[] counts) {
        int[][] liSi = {{54, 1}, {1, 1}, {1, 64}, {13, 4}, {1, 3}}; // Li54Si1, Li1Si1, Li1Si64, Li13Si4, Li1Si3
        List<Configuration> cs = new ArrayList<>();
        for (int g = 0; g < counts.length; g++) {
            for (int k = 0; k < counts[g]; k++) {
                List<String> sp = new ArrayList<>();
                for (int a = 0; a < liSi[g][1]; a++) sp.add("Si");
                for (int a = 0; a < liSi[g][0]; a++) sp.add("Li");
                cs.add(Configuration.of(sp.toArray(String[]::new), new double[3 * sp.size()], Cell.none()));
            }
        }
        return Dataset.of("lisi", cs);
    }

    @Test
    void defaultGroupOrderIsByLithiumFractionAndDiagramGroupsAreTheExtremes() {
        Dataset d = lisi(new int[] {3, 4, 5, 2, 6});
        Groups g = Groups.of(d, (String) null);
        assertThat(g.names()).containsExactly("Li1Si64", "Li1Si3", "Li1Si1", "Li13Si4", "Li54Si1");
        assertThat(g.extremes()).containsExactly("Li1Si64", "Li54Si1");
        assertThat(g.sizes()).containsExactly(5, 6, 4, 2, 3);
    }

    @Test
    void diagramIsTheMeanKernelToEachGroupComputedByHand() {
        int[] lab = {0, 1, 0, 2, 1, 2, 2};
        VectorSimilarity sim = VectorSimilarity.clustered(lab, 5, 0.3, 1);
        Groups g = Groups.inOrder(
                Arrays.stream(lab).mapToObj(i -> "g" + i).toArray(String[]::new), List.of("g0", "g1", "g2"));
        SimilarityDiagram dia = SimilarityDiagram.compute(sim, g, null, "g1", 2, ProgressMonitor.NONE);
        assertThat(dia.groupX()).isEqualTo("g0");
        for (int a = 0; a < 7; a++) {
            double sx = (sim.kernel(a, 0) + sim.kernel(a, 2)) / 2;
            double sy = (sim.kernel(a, 1) + sim.kernel(a, 4)) / 2;
            assertThat(dia.x()[a]).isCloseTo(sx, within(1e-15));
            assertThat(dia.y()[a]).isCloseTo(sy, within(1e-15));
        }
    }

    @Test
    void pairDistributionsHoldEveryPairOrASeededSample() {
        int[] lab = new int[40];
        for (int i = 0; i < 40; i++) lab[i] = i % 3 == 0 ? 0 : 1;
        VectorSimilarity sim = VectorSimilarity.clustered(lab, 4, 0.5, 2);
        Groups g =
                Groups.inOrder(Arrays.stream(lab).mapToObj(i -> "g" + i).toArray(String[]::new), List.of("g0", "g1"));
        List<PairDistributions.GroupDistribution> all =
                PairDistributions.compute(sim, g, 1000, 9, 2, ProgressMonitor.NONE);
        int[] m0 = g.members(0);
        List<Double> want = new ArrayList<>();
        for (int a = 0; a < m0.length; a++) for (int b = a + 1; b < m0.length; b++) want.add(sim.kernel(m0[a], m0[b]));
        want.sort(null);
        assertThat(all.get(0).sampled()).isFalse();
        assertThat(all.get(0).sortedValues())
                .containsExactly(want.stream().mapToDouble(Double::doubleValue).toArray());
        assertThat(all.get(0).totalPairs()).isEqualTo(91);
        long above = want.stream().filter(k -> k > 0.95).count();
        assertThat(all.get(0).fractionAbove(0.95)).isEqualTo((double) above / want.size());
        // group 1 has 26 members, 325 pairs; cap at 100 -> sampled, seeded
        List<PairDistributions.GroupDistribution> capped =
                PairDistributions.compute(sim, g, 100, 9, 2, ProgressMonitor.NONE);
        assertThat(capped.get(1).sampled()).isTrue();
        assertThat(capped.get(1).sortedValues())
                .hasSize(100)
                .containsExactly(PairDistributions.compute(sim, g, 100, 9, 1, ProgressMonitor.NONE)
                        .get(1)
                        .sortedValues());
        assertThat(capped.get(1).sortedValues()[0])
                .isGreaterThanOrEqualTo(all.get(1).sortedValues()[0]);
    }

    @Test
    void compositionTablesSumToTheWholeAndPrefixCountsMatchDirectCounting() {
        SplittableRandom r = new SplittableRandom(4);
        int n = 500;
        String[] lab = new String[n];
        for (int i = 0; i < n; i++) lab[i] = "g" + r.nextInt(4);
        Groups g = Groups.inOrder(lab, List.of("g3", "g1", "g0", "g2"));
        int[] order = RandomSampler.sample(n, 300, 5);
        RankedComposition rc = new RankedComposition(g, order);
        boolean[] mask = new boolean[n];
        for (int s : new int[] {0, 1, 17, 150, 300, 301}) {
            CompositionTable direct = CompositionTable.of(g, Arrays.copyOf(order, Math.min(s, 300)));
            assertThat(rc.counts(s)).containsExactly(direct.counts());
            assertThat(direct.total()).isEqualTo(Math.min(s, 300));
            assertThat(Arrays.stream(direct.counts()).sum()).isEqualTo(direct.total());
            if (s > 0)
                assertThat(direct.rows().stream()
                                .mapToDouble(CompositionTable.Row::percent)
                                .sum())
                        .isCloseTo(100, within(1e-9));
            rc.mask(s, mask);
            int inMask = 0;
            for (boolean b : mask) if (b) inMask++;
            assertThat(inMask).isEqualTo(Math.min(s, 300));
        }
        assertThat(CompositionTable.of(g, new int[0]).rows()).hasSize(4).allMatch(row -> row.count() == 0);
    }

    @Test
    void splitPreservesSharesAndSumsExactly() {
        Dataset d = lisi(new int[] {525, 3926, 580, 580, 572}); // Li54Si1, Li1Si1, Li1Si64, Li13Si4, Li1Si3
        Groups g = Groups.of(d, (String) null);
        int[] all = new int[d.size()];
        for (int i = 0; i < all.length; i++) all[i] = i;
        TrainValidationSplit.Split s = TrainValidationSplit.split(g, all, 0.5, 3);
        assertThat(s.train()).hasSize(3092);
        assertThat(s.validation()).hasSize(3091);
        int[] ct = CompositionTable.of(g, s.train()).counts();
        int[] cv = CompositionTable.of(g, s.validation()).counts();
        int[] sizes = g.sizes();
        for (int k = 0; k < sizes.length; k++) {
            assertThat(ct[k] + cv[k]).isEqualTo(sizes[k]);
            assertThat(Math.abs(ct[k] - 0.5 * sizes[k])).isLessThanOrEqualTo(0.5);
        }
        // disjoint and complete
        boolean[] seen = new boolean[d.size()];
        for (int i : s.train()) seen[i] = true;
        for (int i : s.validation()) {
            assertThat(seen[i]).isFalse();
            seen[i] = true;
        }
        for (boolean b : seen) assertThat(b).isTrue();
        assertThat(TrainValidationSplit.split(g, all, 0.5, 3).train()).containsExactly(s.train());
        TrainValidationSplit.Split odd = TrainValidationSplit.split(g, Arrays.copyOf(all, 101), 0.3, 1);
        assertThat(odd.train().length + odd.validation().length).isEqualTo(101);
        assertThat(odd.train()).hasSize(30);
    }

    @Test
    void fpsBeatsRandomOnCoverageAndStatisticsMatchDirectComputation() {
        int n = 300;
        int[] lab = new int[n];
        for (int i = 0; i < n; i++) lab[i] = i < 250 ? 0 : 1 + i % 3;
        VectorSimilarity sim = VectorSimilarity.clustered(lab, 6, 0.4, 3);
        Groups g = Groups.inOrder(
                Arrays.stream(lab).mapToObj(i -> "g" + i).toArray(String[]::new), List.of("g0", "g1", "g2", "g3"));
        SimilarityDistances dist = new SimilarityDistances(sim);
        FpsResult fps =
                new FarthestPointSampler().run(dist, FpsOptions.defaults().withThreads(1));
        List<FpsVsRandom.Row> rows = FpsVsRandom.compare(
                dist, g, fps, new int[] {10, 40}, 3, 100, 0.1, new int[0], true, 1, ProgressMonitor.NONE);
        assertThat(rows).hasSize(2);
        FpsVsRandom.Row r40 = rows.get(1);
        double[] ds = new double[3];
        for (int rep = 0; rep < 3; rep++) {
            int[] sub = RandomSampler.sample(n, 40, 100 + rep);
            ds[rep] = org.sift.selection.Coverage.of(dist, sub, 0.1).farthestDistance();
        }
        double mean = (ds[0] + ds[1] + ds[2]) / 3;
        double sd = Math.sqrt(
                ((ds[0] - mean) * (ds[0] - mean) + (ds[1] - mean) * (ds[1] - mean) + (ds[2] - mean) * (ds[2] - mean))
                        / 2);
        assertThat(r40.randomFarthestMean()).isCloseTo(mean, within(1e-12));
        assertThat(r40.randomFarthestStd()).isCloseTo(sd, within(1e-12));
        assertThat(r40.fpsFarthest()).isLessThan(r40.randomFarthestMean());
        assertThat(Arrays.stream(r40.fpsComposition()).sum()).isEqualTo(40);
        assertThat(Arrays.stream(r40.randomCompositionMean()).sum()).isCloseTo(40, within(1e-9));
        // FPS over-represents the small, distinct groups relative to random
        assertThat(r40.fpsComposition()[0]).isLessThan((int) r40.randomCompositionMean()[0]);
    }

    @Test
    void cachedMatrixEqualsRowsAndGivesTheSameFps() {
        VectorSimilarity sim = VectorSimilarity.random(150, 20, 8, false);
        SimilarityDistances rows = new SimilarityDistances(sim);
        org.sift.selection.MatrixDistances m = SimilarityDistances.cached(sim, 2, ProgressMonitor.NONE);
        double[] row = new double[150];
        for (int i = 0; i < 150; i += 7) {
            rows.distanceRow(i, row);
            for (int j = 0; j < 150; j++) {
                if (j == i) continue; // the matrix holds an exact 0; sqrt(2 - 2 K(i, i)) may be ~1e-8
                assertThat(m.distance(i, j)).isCloseTo(row[j], within(1e-12));
                assertThat(m.distance(i, j)).isEqualTo(m.distance(j, i));
            }
        }
        FpsOptions o = FpsOptions.defaults().withThreads(1);
        assertThat(new FarthestPointSampler().run(m, o).order())
                .containsExactly(new FarthestPointSampler().run(rows, o).order());
    }
}
