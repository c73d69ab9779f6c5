package org.sift.ui.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import org.jfree.chart.plot.SeriesRenderingOrder;
import org.junit.jupiter.api.Test;
import org.sift.model.Dataset;
import org.sift.testutil.TestData;
import org.sift.ui.analysis.AnalysisViewModel;
import org.sift.ui.analysis.FakeProviders;
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
        assertThat(vm.chartProperty().get().getXYPlot().getSeriesRenderingOrder()).isEqualTo(SeriesRenderingOrder.FORWARD);
        sampling.nProperty().set(17);
        assertThat(points.highlighted()).containsExactly(analysis.getResult().fps().prefix(17));
        assertThat(vm.highlightedCountProperty().get()).isEqualTo(17);
        // the reference groups change: a new chart over new coordinates, same highlight
        var before = vm.chartProperty().get();
        analysis.groupXProperty().set("Li1Si1");
        runner.drain();
        assertThat(vm.chartProperty().get()).isNotSameAs(before);
        assertThat(vm.points().highlighted()).hasSize(17);
        assertThat(vm.chartProperty().get().getXYPlot().getDomainAxis().getLabel()).isEqualTo("mean K to Li1Si1");
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
        assertThat(vm.describe(9)).startsWith("Configuration 9\nGroup: " + data.formulaGroups()[9])
                .contains("Energy: ").contains("FPS rank: ");
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
}
