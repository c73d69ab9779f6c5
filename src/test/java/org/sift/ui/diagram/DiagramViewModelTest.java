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
    void colouringByAPropertyShowsItsValuesOnAColourBarAndGroupBringsTheGroupsBack() {
        open();
        assertThat(vm.colourChoices())
                .contains(
                        org.sift.analysis.PointProperty.ENERGY,
                        org.sift.analysis.PointProperty.ENERGY_PER_ATOM,
                        org.sift.analysis.PointProperty.fraction("Li"),
                        org.sift.analysis.PointProperty.FPS_RANK)
                .doesNotContain(org.sift.analysis.PointProperty.MAX_FORCE); // no forces in this set
        assertThat(org.sift.figures.Charts.colourBar(vm.chartProperty().get())).isNull();
        vm.colourByProperty().set(org.sift.analysis.PointProperty.ENERGY_PER_ATOM);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < 60; i++) {
            double e = data.get(i).energy() / data.get(i).size();
            assertThat(vm.colourValues()[i]).isEqualTo(e);
            lo = Math.min(lo, e);
            hi = Math.max(hi, e);
        }
        var bar = org.sift.figures.Charts.colourBar(vm.chartProperty().get());
        assertThat(bar.getAxis().getLabel()).isEqualTo("energy per atom (eV/atom)");
        assertThat(bar.getAxis().getRange().getLowerBound()).isEqualTo(lo);
        assertThat(bar.getAxis().getRange().getUpperBound()).isEqualTo(hi);
        sampling.nProperty().set(12);
        assertThat(vm.points().highlighted()).hasSize(12); // the subset stays on the recoloured map

        vm.colourMaxProperty().set(0);
        assertThat(org.sift.figures.Charts.colourBar(vm.chartProperty().get())
                        .getAxis()
                        .getUpperBound())
                .isEqualTo(0);
        vm.colourLogProperty().set(true); // a log scale cannot end at 0: said, range ignored
        assertThat(vm.colourMessageProperty().get()).startsWith("Range ignored");
        vm.colourMaxProperty().set(Double.NaN); // every energy is negative: nothing to show on a log scale
        assertThat(vm.colourMessageProperty().get()).contains("60 values ≤ 0");
        vm.colourLogProperty().set(false);
        assertThat(vm.colourMessageProperty().get()).isEmpty();

        vm.colourByProperty().set(org.sift.analysis.PointProperty.FPS_RANK);
        int[] order = analysis.getResult().fps().order();
        assertThat(vm.colourValues()[order[0]]).isEqualTo(1);
        assertThat(vm.colourValues()[order[59]]).isEqualTo(60);

        vm.colourByProperty().set(null);
        assertThat(org.sift.figures.Charts.colourBar(vm.chartProperty().get())).isNull();
        assertThat(vm.colourValues()).isNull();
        assertThat(vm.chartProperty().get().getXYPlot().getLegendItems().getItemCount())
                .isEqualTo(6);
        assertThat(vm.points().highlighted()).hasSize(12);
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
