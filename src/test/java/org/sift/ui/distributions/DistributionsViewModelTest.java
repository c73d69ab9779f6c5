package org.sift.ui.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.junit.jupiter.api.Test;
import org.sift.model.Dataset;
import org.sift.testutil.FakeProviders;
import org.sift.testutil.TestData;
import org.sift.ui.analysis.AnalysisViewModel;
import org.sift.ui.analysis.SyncJobRunner;
import org.sift.workflow.AnalysisResult;

class DistributionsViewModelTest {

    @Test
    void oneCurveAndRowPerGroupInThePaletteColours() {
        SyncJobRunner runner = new SyncJobRunner();
        AnalysisViewModel analysis = new AnalysisViewModel(runner, new FakeProviders(), 2, 0);
        DistributionsViewModel vm = new DistributionsViewModel(analysis);
        Dataset data = TestData.lisi(60, 5);
        analysis.datasetProperty().set(data);
        analysis.labelsProperty().set(data.formulaGroups());
        runner.drain();
        AnalysisResult r = analysis.getResult();
        var plot = vm.chartProperty().get().getXYPlot();
        assertThat(plot.getDataset().getSeriesCount()).isEqualTo(3);
        XYItemRenderer ren = plot.getRenderer();
        for (int s = 0; s < 3; s++) {
            String g = String.valueOf(plot.getDataset().getSeriesKey(s));
            assertThat(ren.getSeriesPaint(s))
                    .isEqualTo(org.sift.figures.GroupPalette.of(r.groups()).of(g));
        }
        assertThat(vm.rows())
                .extracting(DistributionRow::group)
                .containsExactlyElementsOf(r.groups().names());
        int[] sizes = r.groups().sizes();
        for (int g = 0; g < 3; g++) {
            DistributionRow row = vm.rows().get(g);
            assertThat(row.pairs()).isEqualTo((long) sizes[g] * (sizes[g] - 1) / 2);
            double[] v = r.distributions().get(g).sortedValues();
            assertThat(row.median()).isCloseTo(v[(int) Math.round(0.5 * (v.length - 1))], within(0.0));
        }
        var chart = vm.chartProperty().get();
        // FPS re-runs do not rebuild the chart
        analysis.constraintsProperty().set(analysis.constraintsProperty().get().pin(3));
        runner.drain();
        assertThat(vm.chartProperty().get()).isSameAs(chart);
    }
}
