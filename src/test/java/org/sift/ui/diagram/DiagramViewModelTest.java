package org.sift.ui.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import org.jfree.chart.plot.SeriesRenderingOrder;
import org.junit.jupiter.api.Test;
import org.sift.model.Dataset;
import org.sift.testutil.FakeProviders;
import org.sift.testutil.TestData;
import org.sift.ui.analysis.AnalysisViewModel;
import org.sift.ui.analysis.SyncJobRunner;
import org.sift.ui.sampling.SamplingViewModel;

class DiagramViewModelTest {

    final SyncJobRunner runner = new SyncJobRunner();
    final AnalysisViewModel analysis = new AnalysisViewModel(runner, new FakeProviders(), 2, 0);
    final SamplingViewModel sampling = new SamplingViewModel(analysis);
    final DiagramViewModel vm = new DiagramViewModel(analysis, sampling);
    final Dataset data = TestData.lisi(60, 5);

    void open() {
        analysis.datasetProperty().set(data);
        analysis.labelsProperty().set(data.formulaGroups());
        runner.drain();
    }

    @Test
    void theChartShowsEveryPointAndTheSubsetOfSizeNOnTop() {
        open();
        var points = vm.points();
        int total = 0;
        for (int s = 0; s < points.groupCount(); s++) total += points.getItemCount(s);
        assertThat(total).isEqualTo(60);
        assertThat(vm.chartProperty().get().getXYPlot().getSeriesRenderingOrder())
                .isEqualTo(SeriesRenderingOrder.FORWARD);
        sampling.nProperty().set(17);
        assertThat(points.highlighted())
                .containsExactly(analysis.getResult().fps().prefix(17));
        assertThat(vm.highlightedCountProperty().get()).isEqualTo(17);
        // the reference groups change: a new chart over new coordinates, same highlight
        var before = vm.chartProperty().get();
        analysis.groupXProperty().set("Li1Si1");
        runner.drain();
        assertThat(vm.chartProperty().get()).isNotSameAs(before);
        assertThat(vm.points().highlighted()).hasSize(17);
        assertThat(vm.chartProperty().get().getXYPlot().getDomainAxis().getLabel())
                .isEqualTo("mean K to Li1Si1");
    }

    @Test
    void markingByBoxLassoAndClickThenPinning() {
        open();
        double[] x = analysis.getResult().diagram().x();
        double[] y = analysis.getResult().diagram().y();
        double mx = java.util.Arrays.stream(x).average().orElseThrow();
        vm.selectBox(Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, mx, Double.POSITIVE_INFINITY, false);
        int expected = (int) java.util.Arrays.stream(x).filter(v -> v <= mx).count();
        assertThat(vm.selectionCountProperty().get()).isEqualTo(expected).isPositive();
        assertThat(vm.selectedRows()).hasSize(expected);
        vm.selectLasso(new double[] {-10, 10, 10}, new double[] {-10, -10, 10}, false); // everything below y = x
        int below = 0;
        for (int i = 0; i < 60; i++) if (y[i] < x[i]) below++;
        assertThat(vm.selectionCountProperty().get()).isEqualTo(below);
        vm.selectPoint(5, false);
        vm.selectPoint(9, true);
        vm.selectPoint(5, true); // toggles 5 off
        assertThat(vm.selectionProperty().get()).containsExactly(9);
        assertThat(vm.describe(9))
                .startsWith("Configuration 9\nGroup: " + data.formulaGroups()[9])
                .contains("Energy: ")
                .contains("FPS rank: ");
        vm.pinSelection();
        runner.drain();
        assertThat(analysis.getResult().fps().order()[0]).isEqualTo(9);
        assertThat(vm.selectedRows().get(0).status()).isEqualTo("pinned");
        assertThat(sampling.subsetProperty().get()).contains(9);
        int nearest = vm.nearest(x[9], y[9], 1e-4, 1e-4);
        assertThat(nearest).isEqualTo(9);
        vm.hover(9);
        assertThat(vm.hoverTextProperty().get()).contains("pinned");
    }

    @Test
    void pinsAndBansAreMarkedOnTheMapListedAndReleasable() {
        open();
        assertThat(vm.constrainedRows()).isEmpty();
        assertThat(vm.constrainedTextProperty().get()).isEqualTo("No pins or bans");
        vm.setSelection(new int[] {4, 11});
        vm.pinSelection();
        runner.drain();
        vm.setSelection(new int[] {20});
        vm.banSelection();
        runner.drain();
        assertThat(vm.pinnedMarks().highlighted()).containsExactly(4, 11);
        assertThat(vm.bannedMarks().highlighted()).containsExactly(20);
        var legend = vm.chartProperty().get().getXYPlot().getLegendItems();
        java.util.List<String> labels = new java.util.ArrayList<>();
        for (int k = 0; k < legend.getItemCount(); k++) labels.add(legend.get(k).getLabel());
        assertThat(labels).contains("pinned", "banned");
        assertThat(vm.constrainedRows())
                .extracting(DiagramViewModel.PointRow::index)
                .containsExactly(4, 11, 20);
        assertThat(vm.constrainedRows())
                .extracting(DiagramViewModel.PointRow::status)
                .containsExactly("pinned", "pinned", "banned");
        assertThat(vm.constrainedRows().get(0).group()).isEqualTo(data.formulaGroups()[4]);
        assertThat(vm.constrainedTextProperty().get()).isEqualTo("2 pinned, 1 banned");

        vm.jumpTo(20);
        assertThat(vm.selectionProperty().get()).containsExactly(20);
        assertThat(vm.focusProperty().get()).containsExactly(20);
        vm.releaseConstrained(11, 20);
        runner.drain();
        assertThat(vm.constrainedRows())
                .extracting(DiagramViewModel.PointRow::index)
                .containsExactly(4);
        assertThat(vm.bannedMarks().highlighted()).isEmpty();
        assertThat(analysis.getResult().fps().order()[0]).isEqualTo(4);
        sampling.undo();
        runner.drain();
        assertThat(vm.constrainedRows()).hasSize(3);

        // a new dataset: no markers, no list
        Dataset other = TestData.lisi(30, 8);
        analysis.datasetProperty().set(other);
        analysis.labelsProperty().set(other.formulaGroups());
        assertThat(vm.constrainedRows()).isEmpty();
        runner.drain();
        assertThat(vm.pinnedMarks().highlighted()).isEmpty();
        assertThat(vm.bannedMarks().highlighted()).isEmpty();
    }
}
