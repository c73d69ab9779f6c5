package org.sift.ui.accuracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sift.concurrent.SimpleProgressMonitor;
import org.sift.model.Configuration;
import org.sift.model.Dataset;
import org.sift.testutil.FakeProviders;
import org.sift.testutil.TestData;
import org.sift.ui.analysis.AnalysisViewModel;
import org.sift.ui.analysis.SyncJobRunner;
import org.sift.workflow.AnalysisSettings;
import org.sift.workflow.LearningCurve;
import org.sift.workflow.LearningCurveFiles;
import org.sift.workflow.LearningCurveOptions;
import org.sift.workflow.LearningCurveOptions.Selector;

class AccuracyViewModelTest {

    private final SyncJobRunner runner = new SyncJobRunner();
    private final FakeProviders fake = new FakeProviders();
    private final AnalysisViewModel analysis = new AnalysisViewModel(runner, fake, 2, 0);
    private final AccuracyViewModel vm = new AccuracyViewModel(analysis, runner, 2);

    private void open(Dataset d) {
        analysis.datasetProperty().set(d);
        analysis.labelsProperty().set(d.formulaGroups());
        runner.drain();
    }

    /** The tab's numbers are those of the use case of {@code sift learn} (provider, reduced-formula groups, split). */
    @Test
    void curveMatchesTheCommandLineUseCase() throws Exception {
        Dataset d = TestData.lisi(80, 3);
        open(d);
        vm.currentNProperty().set(12);
        assertThat(vm.canRunProperty().get()).isTrue();
        assertThat(vm.run()).isTrue();
        LearningCurve.Result shown = vm.resultProperty().get();
        assertThat(shown).isNotNull();

        LearningCurveOptions o = vm.options();
        LearningCurve.Result cli = new LearningCurve()
                .run(d, null, fake.create(AnalysisSettings.STUDY), o, new SimpleProgressMonitor());
        assertThat(shown.sizes()).containsExactly(cli.sizes());
        assertThat(shown.sizes()).contains(12);
        assertThat(shown.poolSize()).isEqualTo(cli.poolSize());
        assertThat(shown.fullPool().rmseMean()).isCloseTo(cli.fullPool().rmseMean(), within(1e-9));
        for (Selector s : List.of(Selector.FPS, Selector.RANDOM)) {
            for (int k = 0; k < cli.sizes().length; k++) {
                LearningCurve.Point a = shown.curve(s).points().get(k);
                LearningCurve.Point b = cli.curve(s).points().get(k);
                assertThat(a.rmseMean()).isCloseTo(b.rmseMean(), within(1e-9));
                assertThat(a.rmseSd()).isCloseTo(b.rmseSd(), within(1e-9));
                assertThat(a.repMean()).isCloseTo(b.repMean(), within(1e-9));
            }
        }
        // the table: one row per selector at the slider's n, the use case's figures
        assertThat(vm.rows()).extracting(SelectorRow::selector).containsExactly("fps", "random");
        SelectorRow fps = vm.rows().get(0);
        assertThat(fps.n()).isEqualTo(12);
        assertThat(fps.rmse()).isCloseTo(cli.curve(Selector.FPS).at(12).orElseThrow().rmseMean(), within(1e-9));
        assertThat(fps.farthest())
                .isCloseTo(cli.curve(Selector.FPS).at(12).orElseThrow().farthestMean(), within(1e-9));
        assertThat(vm.rows().get(1).rmseSd()).isGreaterThan(0);
        // the size within tolerance, as sift learn reports it
        OptionalInt within = cli.sizeWithin(Selector.FPS, 0.10);
        assertThat(vm.withinProperty().get())
                .contains(within.isPresent() ? "fps within 10 % of it from n = " + within.getAsInt() : "fps not within 10 %");
        assertThat(vm.atNProperty().get()).startsWith("At n = 12:").contains("fps").contains("random");
        // the chart: one series per selector, one item per size, y the mean RMSE
        var data = vm.chartProperty().get().getXYPlot().getDataset();
        assertThat(data.getSeriesCount()).isEqualTo(2);
        assertThat(data.getItemCount(0)).isEqualTo(cli.sizes().length);
        assertThat(data.getYValue(0, 0)).isCloseTo(cli.curve(Selector.FPS).points().get(0).rmseMean(), within(1e-9));
    }

    @Test
    void movingTheSliderReportsTheNearestComputedSize() {
        open(TestData.lisi(80, 3));
        vm.currentNProperty().set(12);
        vm.run();
        vm.currentNProperty().set(27); // 25 is computed, 27 is not
        assertThat(vm.rows()).allSatisfy(r -> assertThat(r.n()).isEqualTo(25));
        assertThat(vm.atNProperty().get()).contains("nearest computed to the slider's 27");
    }

    @Test
    void aNewDatasetClearsAndANewGroupingMarksStale() {
        Dataset a = TestData.lisi(80, 3);
        open(a);
        vm.run();
        assertThat(vm.resultProperty().get()).isNotNull();
        // regrouping the same dataset: the curve stays, marked out of date
        analysis.labelsProperty().set(a.propertyGroups("config_type"));
        runner.drain();
        assertThat(vm.staleProperty().get()).isTrue();
        assertThat(vm.resultProperty().get()).isNotNull();
        // dataset B: nothing of A is left
        open(TestData.lisi(70, 9));
        assertThat(vm.resultProperty().get()).isNull();
        assertThat(vm.chartProperty().get()).isNull();
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.withinProperty().get()).isEmpty();
        assertThat(vm.staleProperty().get()).isFalse();
        assertThat(vm.canRunProperty().get()).isTrue();
    }

    @Test
    void withoutEnergiesTheTabSaysSoAndDoesNotRun() {
        Dataset e = TestData.lisi(40, 1);
        List<Configuration> cs = new ArrayList<>();
        for (Configuration c : e.configurations()) {
            cs.add(new Configuration(c.species(), c.positions(), c.cell(), null, null, null, null, c.info(), null));
        }
        open(Dataset.of("no-energy", cs));
        assertThat(vm.energiesProperty().get()).isFalse();
        assertThat(vm.canRunProperty().get()).isFalse();
        assertThat(vm.run()).isFalse();
        assertThat(runner.started).doesNotContain("Learning curve");
        assertThat(vm.statusProperty().get()).contains("no energy");
    }

    @Test
    void csvExportIsTheFileOfSiftLearn(@TempDir Path dir) throws Exception {
        open(TestData.lisi(60, 2));
        vm.run();
        Path f = dir.resolve("curve.csv");
        vm.exportCsv(f);
        assertThat(Files.readString(f)).isEqualTo(LearningCurveFiles.csv(vm.resultProperty().get()));
        assertThat(Files.readAllLines(f).get(0)).startsWith("selector,n,");
    }
}
