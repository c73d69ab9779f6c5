package org.sift.ui.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.sift.figures.Charts;
import org.sift.model.Dataset;
import org.sift.testutil.CompositionCheck;
import org.sift.testutil.FakeProviders;
import org.sift.testutil.TestData;
import org.sift.ui.analysis.AnalysisViewModel;
import org.sift.ui.analysis.SyncJobRunner;
import org.sift.workflow.AnalysisResult;
import org.sift.workflow.FpsConstraints;

class SamplingViewModelTest {

    final SyncJobRunner runner = new SyncJobRunner();
    final AnalysisViewModel analysis = new AnalysisViewModel(runner, new FakeProviders(), 2, 0);
    final SamplingViewModel vm = new SamplingViewModel(analysis);
    final Dataset data = TestData.lisi(60, 5);

    void open() {
        analysis.datasetProperty().set(data);
        analysis.labelsProperty().set(data.formulaGroups());
        runner.drain();
    }

    @Test
    void theCompositionDAndRepFollowN() {
        open();
        AnalysisResult r = analysis.getResult();
        assertThat(vm.maxNProperty().get()).isEqualTo(60);
        for (int n : new int[] {1, 2, 13, 40, 60}) {
            vm.nProperty().set(n);
            int[] prefix = Arrays.copyOf(r.fps().order(), n);
            int[] expected = CompositionCheck.counts(r.groups(), prefix);
            assertThat(vm.rows())
                    .extracting(CompositionRow::count)
                    .containsExactly(expected[0], expected[1], expected[2]);
            assertThat(vm.rows().stream().mapToDouble(CompositionRow::percent).sum())
                    .isCloseTo(100, within(1e-9));
            assertThat(vm.rows().get(0).wholePercent())
                    .isCloseTo(100.0 * r.groups().sizes()[0] / 60, within(1e-12));
            assertThat(vm.subsetProperty().get()).containsExactly(prefix);
            assertThat(vm.farthestTextProperty().get())
                    .isEqualTo(String.format(Locale.ROOT, "D(n) = %.4f", r.fps().farthestAt(n)));
            assertThat(vm.repTextProperty().get())
                    .isEqualTo(String.format(
                            Locale.ROOT, "REP(n) = %.1f %%", r.fps().repAt(n)));
            assertThat(Charts.currentN(vm.coverageChartProperty().get())).isEqualTo(n);
            assertThat(vm.rows()).allMatch(row -> Double.isNaN(row.randomCount()));
        }
        vm.nProperty().set(1000);
        assertThat(vm.nProperty().get()).isEqualTo(60);
        vm.nProperty().set(-3);
        assertThat(vm.nProperty().get()).isEqualTo(1);
        assertThat(runner.started).hasSize(1); // moving n never computes
    }

    @Test
    void onALargerSetOnlyAPrefixIsComputedAndMoreOnRequest() {
        SyncJobRunner wholeRunner = new SyncJobRunner();
        AnalysisViewModel whole = new AnalysisViewModel(wholeRunner, new FakeProviders(), 2, 0);
        whole.datasetProperty().set(data);
        whole.labelsProperty().set(data.formulaGroups());
        wholeRunner.drain();
        int[] order = whole.getResult().fps().order();

        analysis.fpsFirstProperty().set(10);
        open();
        int first = vm.maxNProperty().get();
        assertThat(first).isBetween(1, 10);
        assertThat(vm.extendableProperty().get()).isTrue();
        assertThat(vm.maxNTextProperty().get()).isEqualTo("of " + first + " computed (N = 60)");
        assertThat(vm.subsetProperty().get())
                .containsExactly(Arrays.copyOf(order, vm.nProperty().get()));

        vm.extendFps(); // twice as many, n stays
        runner.drain();
        int n = vm.nProperty().get();
        assertThat(vm.maxNProperty().get()).isEqualTo(2 * first);
        assertThat(analysis.getResult().fps().order()).containsExactly(Arrays.copyOf(order, 2 * first));
        assertThat(vm.nProperty().get()).isEqualTo(n);
        assertThat(runner.started).last().asString().startsWith("Farthest point sampling to n = ");

        vm.nProperty().set(45); // typed beyond the computed prefix: computed, then shown
        runner.drain();
        assertThat(vm.nProperty().get()).isEqualTo(45);
        assertThat(vm.maxNProperty().get()).isGreaterThanOrEqualTo(45);
        assertThat(vm.subsetProperty().get()).containsExactly(Arrays.copyOf(order, 45));
        int[] expected = CompositionCheck.counts(analysis.getResult().groups(), Arrays.copyOf(order, 45));
        assertThat(vm.rows()).extracting(CompositionRow::count).containsExactly(expected[0], expected[1], expected[2]);

        vm.nProperty().set(60);
        runner.drain();
        assertThat(vm.nProperty().get()).isEqualTo(60);
        assertThat(vm.extendableProperty().get()).isFalse();
        assertThat(vm.maxNTextProperty().get()).isEqualTo("of 60");
        assertThat(analysis.getResult().fps().order()).containsExactly(order);
    }

    @Test
    void smallestNForTheRepTargetIsTheFirstSizeReachingIt() {
        open();
        double[] rep = analysis.getResult().fps().rep();
        double target = rep[29] - 1e-9; // reached at n = 30 at the latest
        vm.repTargetProperty().set(target);
        OptionalInt k = vm.smallestNForTarget();
        assertThat(k).isPresent();
        int n = k.getAsInt();
        assertThat(n).isLessThanOrEqualTo(30);
        assertThat(rep[n - 1]).isGreaterThanOrEqualTo(target);
        if (n > 1) assertThat(rep[n - 2]).isLessThan(target);
        assertThat(vm.nProperty().get()).isEqualTo(n);
        assertThat(vm.messageProperty().get()).contains("n = " + n);
        vm.repTargetProperty().set(100.5);
        assertThat(vm.smallestNForTarget()).isEmpty();
        assertThat(vm.nProperty().get()).isEqualTo(n);
        assertThat(vm.messageProperty().get()).startsWith("REP never reaches 100.5 %");
    }

    @Test
    void pinsAndBansRerunFpsAndUndoRedoThem() {
        open();
        int[] before = analysis.getResult().fps().order().clone();
        int last = before[59];
        vm.nProperty().set(10);
        vm.pin(last);
        runner.drain();
        assertThat(analysis.getResult().fps().order()[0]).isEqualTo(last);
        assertThat(vm.subsetProperty().get()).contains(last).hasSize(10);
        assertThat(vm.constraintsTextProperty().get()).isEqualTo("1 pinned, 0 banned");
        vm.ban(before[0]);
        runner.drain();
        assertThat(analysis.getResult().fps().order()).doesNotContain(before[0]).hasSize(59);
        assertThat(vm.maxNProperty().get()).isEqualTo(59);
        vm.undo();
        runner.drain();
        assertThat(analysis.constraintsProperty().get()).isEqualTo(FpsConstraints.NONE.pin(last));
        vm.undo();
        runner.drain();
        assertThat(analysis.constraintsProperty().get()).isEqualTo(FpsConstraints.NONE);
        assertThat(analysis.getResult().fps().order()).containsExactly(before);
        assertThat(vm.canUndoProperty().get()).isFalse();
        vm.redo();
        runner.drain();
        assertThat(analysis.getResult().fps().order()[0]).isEqualTo(last);
        assertThat(vm.nProperty().get()).isEqualTo(10); // the size survives an FPS re-run
    }

    @Test
    void randomColumnsAppearWithTheComparison() {
        open();
        vm.nProperty().set(20);
        analysis.compareRandomProperty().set(true);
        runner.drain();
        assertThat(vm.rows()).noneMatch(r -> Double.isNaN(r.randomCount()));
        assertThat(vm.rows().stream().mapToDouble(CompositionRow::randomCount).sum())
                .isCloseTo(20, within(1e-9));
        assertThat(vm.rows().stream().mapToDouble(CompositionRow::randomPercent).sum())
                .isCloseTo(100, within(1e-9));
        // the chart gains the two bands (datasets 2 and 3)
        assertThat(vm.coverageChartProperty().get().getXYPlot().getDatasetCount())
                .isGreaterThanOrEqualTo(4);
        assertThat(vm.coverageChartProperty().get().getXYPlot().getDataset(2)).isNotNull();
        analysis.compareRandomProperty().set(false);
        runner.drain();
        assertThat(vm.rows()).allMatch(r -> Double.isNaN(r.randomCount()));
        assertThat(vm.coverageChartProperty().get().getXYPlot().getDataset(2)).isNull();
    }
}
