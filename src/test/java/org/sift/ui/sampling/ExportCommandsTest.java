package org.sift.ui.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sift.figures.ChartStyle;
import org.sift.io.FormatRegistry;
import org.sift.io.StructureFormat;
import org.sift.model.Dataset;
import org.sift.testutil.FakeProviders;
import org.sift.testutil.TestData;
import org.sift.ui.analysis.AnalysisViewModel;
import org.sift.ui.analysis.SyncJobRunner;
import org.sift.ui.common.DialogService;
import org.sift.ui.common.ScriptedDialogs;
import org.sift.workflow.Manifest;

/** The File › Export commands with scripted answers: no stage, no chooser. */
class ExportCommandsTest {

    @TempDir
    Path dir;

    final SyncJobRunner runner = new SyncJobRunner();
    final AnalysisViewModel analysis = new AnalysisViewModel(runner, new FakeProviders(), 2, 0);
    final SamplingViewModel sampling = new SamplingViewModel(analysis);
    final FormatRegistry registry = FormatRegistry.standard();
    final ScriptedDialogs dialogs = new ScriptedDialogs();

    ExportCommands analysed() throws Exception {
        Path src = dir.resolve("data.extxyz");
        registry.write(src, null, TestData.lisi(60, 5).configurations(), null, false);
        Dataset data = registry.read(src);
        ExportCommands c = new ExportCommands(
                new ExportViewModel(sampling, registry, () -> List.of(src), runner), sampling, dialogs);
        analysis.datasetProperty().set(data);
        analysis.labelsProperty().set(data.formulaGroups());
        runner.drain();
        sampling.nProperty().set(10);
        return c;
    }

    StructureFormat extxyz() {
        return registry.writable().stream()
                .filter(f -> f.id().equals("extxyz"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aSplitWritesTrainingAndValidationFilesNamedAfterTheChosenFile() throws Exception {
        ExportCommands c = analysed();
        dialogs.options.add(new SubsetExportDialog.Choice(extxyz(), SubsetExportDialog.Part.SPLIT, 0.6));
        Path train = dir.resolve("train-10.extxyz");
        dialogs.filesToSave.add(train);
        assertThat(c.exportSubset()).isTrue();
        runner.drain();
        assertThat(runner.failures).isEmpty();
        assertThat(dialogs.asked.get(0).text()).isEqualTo("Export Subset: FPS subset of n = 10 configurations");
        assertThat(dialogs.asked.get(1).text()).isEqualTo("Export Subset: train-10.extxyz");
        assertThat(dialogs.asked.get(1).filters().get(0).patterns()).contains("*.extxyz");
        Dataset t = registry.read(train);
        Dataset v = registry.read(dir.resolve("validation-10.extxyz"));
        assertThat(t.size() + v.size()).isEqualTo(10);
        assertThat(t.size()).isBetween(5, 7);
    }

    @Test
    void theComplementAndTheTableGoWhereTheUserSays() throws Exception {
        ExportCommands c = analysed();
        dialogs.options.add(new SubsetExportDialog.Choice(extxyz(), SubsetExportDialog.Part.COMPLEMENT, 0.5));
        Path out = dir.resolve("rest.extxyz");
        dialogs.filesToSave.add(out);
        assertThat(c.exportSubset()).isTrue();
        runner.drain();
        assertThat(registry.read(out).size()).isEqualTo(50);
        assertThat(Manifest.read(ExportViewModel.manifestPath(out)).order())
                .containsExactly(analysis.getResult().fps().prefix(10));

        Path csv = dir.resolve("t.csv");
        dialogs.filesToSave.add(csv);
        assertThat(c.exportTable()).isTrue();
        assertThat(Files.readAllLines(csv))
                .hasSize(2 + analysis.getResult().groups().count());
    }

    @Test
    void cancellingAnyQuestionWritesNothing() throws Exception {
        ExportCommands c = analysed();
        assertThat(c.exportSubset()).isFalse(); // options dialog cancelled
        dialogs.options.add(new SubsetExportDialog.Choice(extxyz(), SubsetExportDialog.Part.SUBSET, 0.5));
        assertThat(c.exportSubset()).isFalse(); // file chooser cancelled
        assertThat(c.exportTable()).isFalse();
        assertThat(c.exportFigure(sampling.coverageChartProperty().get(), "coverage"))
                .isFalse();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("data.extxyz");
        }
    }

    @Test
    void aFigureTakesTheChosenPresetAndAStaleResultExportsNothing() throws Exception {
        ExportCommands c = analysed();
        dialogs.options.add(new FigureExportDialog.Choice(ChartStyle.SINGLE_COLUMN, 72));
        Path png = dir.resolve("coverage.png");
        dialogs.filesToSave.add(png);
        assertThat(c.exportFigure(sampling.coverageChartProperty().get(), "coverage"))
                .isTrue();
        assertThat(javax.imageio.ImageIO.read(png.toFile()).getWidth()).isEqualTo(241);

        // regrouped but not yet recomputed: the shown result is stale, nothing is asked or written
        analysis.labelsProperty().set(analysis.getResult().dataset().propertyGroups("config_type"));
        assertThat(analysis.staleProperty().get()).isTrue();
        int asked = dialogs.asked.size();
        assertThat(c.exportSubset()).isFalse();
        assertThat(c.exportTable()).isFalse();
        assertThat(dialogs.asked).hasSize(asked);
        runner.drain();
        assertThat(analysis.staleProperty().get()).isFalse();
    }

    @Test
    void theChosenFiltersExtensionIsAppendedWhenTheNameHasNone() {
        var png = new DialogService.FileFilter("PNG", List.of("*.png"));
        var svg = new DialogService.FileFilter("SVG", List.of("*.svg"));
        assertThat(DialogService.withExtension(Path.of("a/fig"), List.of(png, svg), svg))
                .isEqualTo(Path.of("a/fig.svg"));
        assertThat(DialogService.withExtension(Path.of("a/fig.PNG"), List.of(png, svg), svg))
                .isEqualTo(Path.of("a/fig.PNG"));
        assertThat(ExportCommands.validationPath(Path.of("d/my-train.xyz"))).isEqualTo(Path.of("d/my-validation.xyz"));
        assertThat(ExportCommands.validationPath(Path.of("d/set.xyz"))).isEqualTo(Path.of("d/validation-set.xyz"));
    }
}
