package org.sift.ui.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sift.figures.ChartStyle;
import org.sift.io.FormatRegistry;
import org.sift.model.Dataset;
import org.sift.testutil.FakeProviders;
import org.sift.testutil.TestData;
import org.sift.ui.analysis.AnalysisViewModel;
import org.sift.ui.analysis.SyncJobRunner;
import org.sift.workflow.Manifest;

class ExportViewModelTest {

    @TempDir
    Path dir;

    final SyncJobRunner runner = new SyncJobRunner();
    final AnalysisViewModel analysis = new AnalysisViewModel(runner, new FakeProviders(), 2, 0);
    final SamplingViewModel sampling = new SamplingViewModel(analysis);
    final FormatRegistry registry = FormatRegistry.standard();

    @Test
    void theSubsetAndItsComplementReadBackWithAManifest() throws Exception {
        Path src = dir.resolve("data.extxyz");
        registry.write(src, null, TestData.lisi(60, 5).configurations(), null, false);
        Dataset data = registry.read(src);
        ExportViewModel export = new ExportViewModel(sampling, registry, () -> List.of(src), runner);
        assertThat(export.canExportSubset()).isFalse();
        analysis.datasetProperty().set(data);
        analysis.labelsProperty().set(data.formulaGroups());
        runner.drain();
        sampling.pin(42);
        runner.drain();
        sampling.nProperty().set(12);

        Path out = dir.resolve("out/subset.extxyz");
        assertThat(export.exportSubset(out, "extxyz", false, false)).isTrue();
        assertThat(runner.failures).isEmpty();
        Dataset back = registry.read(out);
        assertThat(back.size()).isEqualTo(12);
        int[] order = analysis.getResult().fps().prefix(12);
        for (int k = 0; k < 12; k++) {
            assertThat(back.get(k).positions())
                    .containsExactly(data.get(order[k]).positions());
        }
        Path mf = ExportViewModel.manifestPath(out);
        assertThat(mf.getFileName().toString()).isEqualTo("subset.manifest.json");
        Manifest m = Manifest.read(mf);
        assertThat(m.order()).containsExactly(order);
        assertThat(m.order()[0]).isEqualTo(42);
        assertThat(m.selection().size()).isEqualTo(12);
        assertThat(m.selection().pinned()).containsExactly(42);
        assertThat(m.sources().get(0).sha256()).isEqualTo(Manifest.sha256(src));
        assertThat(m.similarity()).containsEntry("kind", "fake-vectors");
        assertThat(export.lastExportProperty().get().written()).contains(out, mf);
        assertThat(m.groupBy()).isNull(); // grouped by the reduced formula

        // grouped by a property: the manifest says which
        export.groupByProperty().set("config_type");
        Path byType = dir.resolve("bytype.extxyz");
        assertThat(export.exportSubset(byType, null, false, false)).isTrue();
        assertThat(Manifest.read(ExportViewModel.manifestPath(byType)).groupBy()).isEqualTo("config_type");

        Path comp = dir.resolve("rest.extxyz.gz");
        assertThat(export.exportSubset(comp, null, true, false)).isTrue();
        assertThat(registry.read(comp).size()).isEqualTo(48);
        assertThat(ExportViewModel.manifestPath(comp).getFileName().toString()).isEqualTo("rest.manifest.json");
    }

    @Test
    void aSplitOfTheSubsetKeepsEveryGroupsShareAndAddsUp() throws Exception {
        Path src = dir.resolve("data.extxyz");
        registry.write(src, null, TestData.lisi(60, 5).configurations(), null, false);
        Dataset data = registry.read(src);
        ExportViewModel export = new ExportViewModel(sampling, registry, () -> List.of(src), runner);
        analysis.datasetProperty().set(data);
        analysis.labelsProperty().set(data.formulaGroups());
        runner.drain();
        sampling.nProperty().set(30);
        Path train = dir.resolve("train.extxyz");
        Path validation = dir.resolve("validation.extxyz");
        assertThat(export.exportSplit(train, validation, "extxyz", 0.5, 7, false))
                .isTrue();
        assertThat(runner.failures).isEmpty();
        Dataset t = registry.read(train);
        Dataset v = registry.read(validation);
        assertThat(t.size() + v.size()).isEqualTo(30);
        java.util.Map<String, Integer> subset = Dataset.counts(
                data.subset("s", analysis.getResult().fps().prefix(30)).formulaGroups());
        java.util.Map<String, Integer> tc = Dataset.counts(t.formulaGroups());
        java.util.Map<String, Integer> vc = Dataset.counts(v.formulaGroups());
        subset.forEach((g, c) -> {
            assertThat(tc.getOrDefault(g, 0) + vc.getOrDefault(g, 0)).as(g).isEqualTo(c);
            assertThat(Math.abs(tc.getOrDefault(g, 0) - vc.getOrDefault(g, 0)))
                    .as(g)
                    .isLessThanOrEqualTo(1);
        });
        assertThat(ExportViewModel.manifestPath(train)).exists();
    }

    @Test
    void theCompositionCsvListsEveryGroupAndTheFigureIsWritten() throws Exception {
        Dataset data = TestData.lisi(60, 5);
        ExportViewModel export = new ExportViewModel(sampling, registry, List::of, runner);
        analysis.datasetProperty().set(data);
        analysis.labelsProperty().set(data.formulaGroups());
        runner.drain();
        sampling.nProperty().set(10);
        String csv = export.compositionCsv();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("# subset size n = 10, D(n) = ");
        assertThat(lines.get(1)).isEqualTo("group,count,percent,whole_percent");
        assertThat(lines).hasSize(5);
        int sum = 0;
        for (String l : lines.subList(2, 5)) sum += Integer.parseInt(l.split(",")[1]);
        assertThat(sum).isEqualTo(10);
        analysis.compareRandomProperty().set(true);
        runner.drain();
        assertThat(export.compositionCsv().lines().skip(1).findFirst().orElseThrow())
                .isEqualTo("group,count,percent,whole_percent,random_mean_count,random_percent");
        Path csvFile = dir.resolve("t/composition.csv");
        export.exportCompositionCsv(csvFile);
        assertThat(Files.readString(csvFile)).isEqualTo(export.compositionCsv());

        Path png = dir.resolve("coverage.png");
        export.exportFigure(sampling.coverageChartProperty().get(), png, ChartStyle.SINGLE_COLUMN, 150);
        var img = javax.imageio.ImageIO.read(png.toFile());
        assertThat(img.getWidth())
                .isEqualTo((int) Math.round(Math.round(ChartStyle.SINGLE_COLUMN.widthPt()) * 150 / 72.0));
    }
}
