package org.sift.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.sift.concurrent.ProgressMonitor;
import org.sift.descriptor.SoapParameters;
import org.sift.model.Dataset;
import org.sift.similarity.KernelOptions;
import org.sift.similarity.StructureSimilarity;
import org.sift.testutil.CompositionCheck;
import org.sift.testutil.FakeProviders;
import org.sift.testutil.TestData;

class AnalysisSessionTest {

    private final Dataset data = TestData.lisi(60, 5);
    private final FakeProviders fake = new FakeProviders();

    private AnalysisInputs inputs(String x, String y, FpsConstraints c) {
        return new AnalysisInputs(data, data.formulaGroups(), x, y, AnalysisSettings.STUDY, c);
    }

    /** Brute force FPS: medoid (lowest mean distance, lowest index on ties), then max-min additions. */
    static int[] bruteForceFps(StructureSimilarity k, int[] pinned, int[] banned) {
        int n = k.size();
        boolean[] ban = new boolean[n];
        for (int b : banned) ban[b] = true;
        int m = n - banned.length;
        int[] order = new int[m];
        boolean[] in = new boolean[n];
        int start = 0;
        for (int s = 0; s < pinned.length; s++) {
            order[s] = pinned[s];
            in[pinned[s]] = true;
            start++;
        }
        if (start == 0) {
            double best = Double.POSITIVE_INFINITY;
            int arg = -1;
            for (int i = 0; i < n; i++) {
                if (ban[i]) continue;
                double s = 0;
                for (int j = 0; j < n; j++) if (j != i) s += k.distance(i, j);
                if (s < best - 1e-12) {
                    best = s;
                    arg = i;
                }
            }
            order[0] = arg;
            in[arg] = true;
            start = 1;
        }
        for (int s = start; s < m; s++) {
            double far = -1;
            int arg = -1;
            for (int i = 0; i < n; i++) {
                if (in[i] || ban[i]) continue;
                double md = Double.POSITIVE_INFINITY;
                for (int t = 0; t < s; t++) md = Math.min(md, k.distance(i, order[t]));
                if (md > far + 1e-12) {
                    far = md;
                    arg = i;
                }
            }
            order[s] = arg;
            in[arg] = true;
        }
        return order;
    }

    @Test
    void aFullUpdateMatchesBruteForce() throws Exception {
        AnalysisResult r =
                AnalysisSession.update(null, inputs(null, null, FpsConstraints.NONE), fake, 2, ProgressMonitor.NONE);
        StructureSimilarity k = r.similarity();
        assertThat(r.fps().order()).containsExactly(bruteForceFps(k, new int[0], new int[0]));
        // D(n): the largest distance of any configuration to its nearest among the first n
        for (int n : new int[] {1, 7, 30, 60}) {
            double far = 0;
            for (int i = 0; i < 60; i++) {
                double md = Double.POSITIVE_INFINITY;
                for (int t = 0; t < n; t++)
                    md = Math.min(md, k.distance(i, r.fps().order()[t]));
                far = Math.max(far, md);
            }
            assertThat(r.fps().farthestAt(n)).isCloseTo(far, within(1e-7));
        }
        // diagram: mean K to the members of the reference groups (defaults: the two ends of the group order)
        assertThat(r.groups().names()).containsExactly("Li1Si3", "Li1Si1", "Li3Si1");
        assertThat(r.diagram().groupX()).isEqualTo("Li1Si3");
        assertThat(r.diagram().groupY()).isEqualTo("Li3Si1");
        for (int a : new int[] {0, 17, 59}) {
            double sx = 0;
            int c = 0;
            for (int b = 0; b < 60; b++) {
                if (data.formulaGroups()[b].equals("Li1Si3")) {
                    sx += k.kernel(a, b);
                    c++;
                }
            }
            assertThat(r.diagram().x()[a]).isCloseTo(sx / c, within(1e-12));
        }
        // pair distributions: one per group with m (m - 1) / 2 sorted values
        int[] sizes = r.groups().sizes();
        for (int g = 0; g < 3; g++) {
            double[] v = r.distributions().get(g).sortedValues();
            assertThat(v).hasSize(sizes[g] * (sizes[g] - 1) / 2);
            double[] sorted = v.clone();
            Arrays.sort(sorted);
            assertThat(v).containsExactly(sorted);
        }
        assertThat(org.sift.figures.GroupPalette.of(r.groups()).groups())
                .containsExactlyElementsOf(r.groups().names());
        assertThat(fake.computed.get()).isEqualTo(1);
    }

    @Test
    void changesRecomputeOnlyWhatTheyInvalidate() throws Exception {
        AnalysisResult r0 =
                AnalysisSession.update(null, inputs(null, null, FpsConstraints.NONE), fake, 2, ProgressMonitor.NONE);

        AnalysisInputs swapped = inputs("Li3Si1", "Li1Si1", FpsConstraints.NONE);
        assertThat(AnalysisSession.plan(r0, swapped)).isEqualTo(new AnalysisSession.Work(false, false, true, false));
        AnalysisResult r1 = AnalysisSession.update(r0, swapped, fake, 2, ProgressMonitor.NONE);
        assertThat(r1.similarity()).isSameAs(r0.similarity());
        assertThat(r1.fps()).isSameAs(r0.fps());
        assertThat(r1.groups()).isSameAs(r0.groups());
        assertThat(r1.diagram().groupX()).isEqualTo("Li3Si1");
        // x of the new diagram is y of the old one (same reference group)
        assertThat(r1.diagram().x()).containsExactly(r0.diagram().y(), within(1e-12));

        FpsConstraints c = FpsConstraints.NONE.pin(11, 3).ban(r0.fps().order()[1]);
        AnalysisInputs pinned = inputs("Li3Si1", "Li1Si1", c);
        assertThat(AnalysisSession.plan(r1, pinned)).isEqualTo(new AnalysisSession.Work(false, false, false, true));
        AnalysisResult r2 = AnalysisSession.update(r1, pinned, fake, 2, ProgressMonitor.NONE);
        assertThat(r2.diagram()).isSameAs(r1.diagram());
        assertThat(r2.fps().order())
                .startsWith(11, 3)
                .doesNotContain(r0.fps().order()[1])
                .hasSize(59);
        assertThat(r2.fps().order())
                .containsExactly(bruteForceFps(
                        r2.similarity(), new int[] {11, 3}, new int[] {r0.fps().order()[1]}));
        assertThat(r2.ranked().counts(59))
                .containsExactly(CompositionCheck.counts(r2.groups(), r2.fps().prefix(59)));

        String[] byType = data.propertyGroups("config_type");
        AnalysisInputs regroup = new AnalysisInputs(data, byType, null, null, AnalysisSettings.STUDY, c);
        assertThat(AnalysisSession.plan(r2, regroup)).isEqualTo(new AnalysisSession.Work(false, true, true, false));
        AnalysisResult r3 = AnalysisSession.update(r2, regroup, fake, 2, ProgressMonitor.NONE);
        assertThat(r3.fps()).isSameAs(r2.fps());
        assertThat(r3.groups().names()).containsExactlyInAnyOrder("md0", "md1");
        assertThat(r3.groups()).isNotSameAs(r2.groups());
        assertThat(fake.computed.get()).isEqualTo(1);

        AnalysisSettings other = new AnalysisSettings(
                new SoapParameters(
                        3.0, 0.5, 0.5, 6, 1.0, AnalysisSettings.STUDY.soap().radialAccuracy()),
                KernelOptions.DEFAULT);
        AnalysisInputs newSettings = new AnalysisInputs(data, byType, null, null, other, c);
        assertThat(AnalysisSession.plan(r3, newSettings).similarity()).isTrue();
        AnalysisResult r4 = AnalysisSession.update(r3, newSettings, fake, 2, ProgressMonitor.NONE);
        assertThat(fake.computed.get()).isEqualTo(2);
        assertThat(r4.similarity().kernel(0, 1)).isNotEqualTo(r3.similarity().kernel(0, 1));
        assertThat(AnalysisSession.plan(r4, newSettings).any()).isFalse();
        assertThat(AnalysisSession.update(r4, newSettings, fake, 2, ProgressMonitor.NONE))
                .isSameAs(r4);
    }

    @Test
    void aProgressiveRunExtendedStepByStepIsTheWholeOrder() throws Exception {
        AnalysisInputs in = inputs(null, null, FpsConstraints.NONE).withFpsFirst(10);
        AnalysisResult r0 = AnalysisSession.update(null, in, fake, 2, ProgressMonitor.NONE);
        assertThat(r0.maxSubsetSize()).isBetween(1, 10);
        assertThat(r0.fpsComplete()).isFalse();
        assertThat(r0.selectableSize()).isEqualTo(60);
        int[] whole = bruteForceFps(r0.similarity(), new int[0], new int[0]);
        assertThat(r0.fps().order()).containsExactly(Arrays.copyOf(whole, r0.maxSubsetSize()));

        AnalysisResult r1 = AnalysisSession.extendFps(r0, 25, ProgressMonitor.NONE);
        assertThat(r1.maxSubsetSize()).isEqualTo(25);
        assertThat(r1.fps().order()).containsExactly(Arrays.copyOf(whole, 25));
        assertThat(r1.ranked().counts(25))
                .containsExactly(CompositionCheck.counts(r1.groups(), r1.fps().prefix(25)));
        assertThat(r1.similarity()).isSameAs(r0.similarity());
        assertThat(r1.diagram()).isSameAs(r0.diagram());
        assertThat(AnalysisSession.extendFps(r1, 20, ProgressMonitor.NONE)).isSameAs(r1);

        AnalysisResult r2 = AnalysisSession.extendFps(r1, 1000, ProgressMonitor.NONE);
        assertThat(r2.fpsComplete()).isTrue();
        assertThat(r2.fps().order()).containsExactly(whole);
        // D(n) of the extended run equals the brute-force max-min distance
        double far = 0;
        for (int i = 0; i < 60; i++) {
            double md = Double.POSITIVE_INFINITY;
            for (int t = 0; t < 25; t++) md = Math.min(md, r2.similarity().distance(i, whole[t]));
            far = Math.max(far, md);
        }
        assertThat(r2.fps().farthestAt(25)).isCloseTo(far, within(1e-7));
        assertThat(fake.computed.get()).isEqualTo(1);
    }

    @Test
    void unknownReferenceGroupsFallBackToTheDefaults() throws Exception {
        AnalysisResult r =
                AnalysisSession.update(null, inputs("nope", null, FpsConstraints.NONE), fake, 1, ProgressMonitor.NONE);
        assertThat(r.diagram().groupX()).isEqualTo("Li1Si3");
    }

    @Test
    void logSizesSpanOneToNOnALogScale() {
        int[] s = RandomComparison.logSizes(3000, 30);
        assertThat(s[0]).isEqualTo(1);
        assertThat(s[s.length - 1]).isEqualTo(3000);
        assertThat(s).isSorted().doesNotHaveDuplicates();
        assertThat(s.length).isBetween(25, 31);
        assertThat(RandomComparison.logSizes(5, 30)).containsExactly(1, 2, 3, 4, 5);
        assertThat(RandomComparison.logSizes(1, 30)).containsExactly(1);
    }

    /** Brute force D of a subset: the largest distance of a counted configuration to its nearest member. */
    static double farthest(StructureSimilarity k, int[] subset, boolean[] counted) {
        double far = 0;
        for (int i = 0; i < k.size(); i++) {
            if (counted != null && !counted[i]) continue;
            double md = Double.POSITIVE_INFINITY;
            for (int t : subset) md = Math.min(md, k.distance(i, t));
            far = Math.max(far, md);
        }
        return far;
    }

    @Test
    void randomSubsetsAvoidBansAndCountThemInCoverageExactlyAsFpsDoes() throws Exception {
        AnalysisResult r0 =
                AnalysisSession.update(null, inputs(null, null, FpsConstraints.NONE), fake, 2, ProgressMonitor.NONE);
        int[] banned = new int[12];
        for (int k = 0; k < 12; k++) banned[k] = r0.fps().order()[k + 1]; // far-away points: they matter
        boolean[] counted = new boolean[60];
        Arrays.fill(counted, true);
        for (int b : banned) counted[b] = false;
        for (boolean cover : new boolean[] {true, false}) {
            FpsConstraints c = new FpsConstraints(new int[0], banned, cover);
            AnalysisResult r = AnalysisSession.update(r0, inputs(null, null, c), fake, 2, ProgressMonitor.NONE);
            assertThat(r.maxSubsetSize()).isEqualTo(48);
            assertThat(r.fps().farthestAt(48))
                    .isCloseTo(farthest(r.similarity(), r.fps().order(), cover ? null : counted), within(1e-7));
            RandomComparison cmp = AnalysisSession.compareWithRandom(r, 3, 7, 2, ProgressMonitor.NONE);
            assertThat(AnalysisSession.isCurrent(cmp, r, 3, 7)).isTrue();
            assertThat(AnalysisSession.isCurrent(cmp, r0, 3, 7)).isFalse();
            for (int rep = 0; rep < 3; rep++) {
                int[] order = org.sift.analysis.FpsVsRandom.randomOrder(60, 48, 7 + rep, banned);
                assertThat(order).doesNotContain(banned).doesNotHaveDuplicates();
            }
            for (var row : cmp.rows()) {
                double[] d = new double[3];
                for (int rep = 0; rep < 3; rep++) {
                    int[] sub = org.sift.analysis.FpsVsRandom.randomOrder(60, row.n(), 7 + rep, banned);
                    d[rep] = farthest(r.similarity(), sub, cover ? null : counted);
                }
                assertThat(row.randomFarthestMean()).isCloseTo((d[0] + d[1] + d[2]) / 3, within(1e-7));
            }
            var last = cmp.rows().get(cmp.rows().size() - 1);
            assertThat(last.n()).isEqualTo(48);
            // every selectable configuration in: without the bans counted, FPS and random both cover all
            if (!cover) {
                assertThat(last.randomRepMean()).isCloseTo(100, within(1e-9));
                assertThat(last.randomFarthestMean()).isCloseTo(0, within(1e-12));
                assertThat(r.fps().repAt(48)).isCloseTo(100, within(1e-9));
            } else {
                assertThat(last.randomFarthestMean()).isCloseTo(r.fps().farthestAt(48), within(1e-9));
                assertThat(last.randomFarthestMean()).isPositive();
            }
            assertThat(Arrays.stream(cmp.meanCounts(48)).sum()).isCloseTo(48, within(1e-9));
        }
    }

    @Test
    void randomComparisonCoversTheWholeSetAtN() throws Exception {
        AnalysisResult r =
                AnalysisSession.update(null, inputs(null, null, FpsConstraints.NONE), fake, 2, ProgressMonitor.NONE);
        RandomComparison c = AnalysisSession.compareWithRandom(r, 3, 7, 2, ProgressMonitor.NONE);
        var last = c.rows().get(c.rows().size() - 1);
        assertThat(last.n()).isEqualTo(60);
        assertThat(last.randomFarthestMean()).isCloseTo(0, within(1e-9));
        assertThat(last.randomRepMean()).isCloseTo(100, within(1e-9));
        assertThat(org.sift.figures.Charts.RandomBand.of(c.rows()).n())
                .hasSize(c.rows().size());
        for (int n : new int[] {1, 10, 33, 60}) {
            assertThat(Arrays.stream(c.meanCounts(n)).sum()).isCloseTo(n, within(1e-9));
        }
        double[] all = c.meanCounts(60);
        int[] sizes = r.groups().sizes();
        for (int g = 0; g < sizes.length; g++) assertThat(all[g]).isCloseTo(sizes[g], within(1e-9));
        assertThat(AnalysisSession.isCurrent(c, r, 3, 7)).isTrue();
        assertThat(AnalysisSession.isCurrent(c, r, 4, 7)).isFalse();
    }
}
