package org.sift.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sift.analysis.CompositionTable;
import org.sift.analysis.Groups;
import org.sift.analysis.SimilarityDistances;
import org.sift.concurrent.ProgressMonitor;
import org.sift.io.FormatRegistry;
import org.sift.io.ReadOptions;
import org.sift.model.Dataset;
import org.sift.selection.Coverage;
import org.sift.testutil.TestData;
import org.sift.testutil.TestFormat;

class SelectExportReplayTest {

    @TempDir
    Path dir;

    private final FormatRegistry registry = TestFormat.registry();

    private Dataset source(Path file, int n, long seed) throws IOException {
        Dataset d = TestData.lisi(n, seed);
        registry.write(file, null, d.configurations(), null, false);
        return registry.read(file);
    }

    @Test
    void manifestRoundTripReproducesTheSubsetAndRefusesAChangedSource() throws IOException {
        Path src = dir.resolve("data.tsf");
        Dataset d = source(src, 80, 1);
        SimilarityProvider provider = TestData.vectors(7, 0.5);
        SelectOptions o = new SelectOptions(SelectOptions.Method.FPS, 20, 3, "random", new int[] {5, 9}, new int[] {0, 1},
                null, null, null, 0.1, true);
        Selection s = new SelectSubset(2).run(d, provider, o, ProgressMonitor.NONE);
        assertThat(s.order()).hasSize(20).startsWith(5, 9).doesNotContain(0, 1);
        Path manifest = dir.resolve("m.json");
        new ExportSubset(registry).run(d, List.of(src), s, provider.parameters(),
                ExportSubset.Options.subsetOnly(dir.resolve("sub.tsf")).withManifest(manifest));

        Manifest m = Manifest.read(manifest);
        assertThat(m.schemaVersion()).isEqualTo(1);
        assertThat(m.sources()).hasSize(1);
        assertThat(m.sources().get(0).sha256()).hasSize(64).isEqualTo(Manifest.sha256(src));
        assertThat(m.selection()).isEqualTo(o);
        assertThat(m.order()).containsExactly(s.order());
        assertThat(m.farthest()).containsExactly(s.farthest());

        ReplayManifest.Result r = new ReplayManifest(registry, new SelectSubset(1)).run(manifest, provider, ReadOptions.defaults(), ProgressMonitor.NONE);
        assertThat(r.identical()).isTrue();
        assertThat(r.selection().order()).containsExactly(s.order());

        assertThatThrownBy(() -> new ReplayManifest(registry, new SelectSubset(1))
                .run(manifest, TestData.vectors(8, 0.5), ReadOptions.defaults(), ProgressMonitor.NONE))
                .hasMessageContaining("similarity parameters");
        Files.writeString(src, Files.readString(src).replaceFirst("frame 4 -", "frame 4 -1"));
        assertThatThrownBy(() -> new ReplayManifest(registry, new SelectSubset(1)).run(manifest, provider, ReadOptions.defaults(), ProgressMonitor.NONE))
                .isInstanceOf(IOException.class).hasMessageContaining("SHA-256").hasMessageContaining("changed");
    }

    @Test
    void exportWritesEveryPartKeepsLabelsAndRefusesToOverwrite() throws IOException {
        Path src = dir.resolve("data.tsf");
        Dataset d = source(src, 60, 2);
        SimilarityProvider provider = TestData.vectors(3, 0.5);
        Selection s = new SelectSubset(1).run(d, provider, SelectOptions.fps(25), ProgressMonitor.NONE);
        ExportSubset.Options o = ExportSubset.Options.subsetOnly(dir.resolve("sub.tsf"))
                .withComplement(dir.resolve("rest.tsf")).withSplit(dir.resolve("train.tsf"), dir.resolve("val.tsf"), 0.5, 4)
                .withIndices(dir.resolve("idx.txt"), dir.resolve("idx.json")).withManifest(dir.resolve("m.json"));
        ExportSubset.Result r = new ExportSubset(registry).run(d, List.of(src), s, provider.parameters(), o);
        assertThat(r.written()).hasSize(7);
        Dataset sub = registry.read(dir.resolve("sub.tsf"));
        assertThat(sub.configurations()).containsExactlyElementsOf(d.subset("x", s.order()).configurations());
        assertThat(sub.get(0).info()).containsKey("config_type");
        assertThat(sub.get(0).energy()).isEqualTo(d.get(s.order()[0]).energy());
        Dataset rest = registry.read(dir.resolve("rest.tsf"));
        assertThat(rest.size()).isEqualTo(35);
        assertThat(rest.configurations()).containsExactlyElementsOf(d.subset("x", s.complement(60)).configurations());
        Dataset train = registry.read(dir.resolve("train.tsf"));
        Dataset val = registry.read(dir.resolve("val.tsf"));
        assertThat(train.size() + val.size()).isEqualTo(25);
        assertThat(train.size()).isEqualTo(13);
        assertThat(Files.readAllLines(dir.resolve("idx.txt")).stream().mapToInt(Integer::parseInt).toArray()).containsExactly(s.order());
        assertThat(Manifest.MAPPER.readValue(dir.resolve("idx.json").toFile(), int[].class)).containsExactly(s.order());

        byte[] before = Files.readAllBytes(dir.resolve("sub.tsf"));
        Selection other = new SelectSubset(1).run(d, provider, SelectOptions.random(10, 1), ProgressMonitor.NONE);
        Path fresh = dir.resolve("fresh.tsf");
        ExportSubset.Options clash = ExportSubset.Options.subsetOnly(fresh).withComplement(dir.resolve("rest.tsf"));
        assertThatThrownBy(() -> new ExportSubset(registry).run(d, List.of(src), other, provider.parameters(), clash))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(fresh).doesNotExist(); // checked before anything is written
        assertThat(Files.readAllBytes(dir.resolve("sub.tsf"))).isEqualTo(before);
        new ExportSubset(registry).run(d, List.of(src), other, provider.parameters(),
                ExportSubset.Options.subsetOnly(dir.resolve("sub.tsf")).overwriting(true));
        assertThat(registry.read(dir.resolve("sub.tsf")).size()).isEqualTo(10);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".tmp-"));
        }
    }

    @Test
    void randomSelectionHasPinsFirstAndCurvesOfItsOrder() throws IOException {
        Dataset d = TestData.lisi(50, 3);
        SimilarityProvider provider = TestData.vectors(3, 0.5);
        SelectOptions o = new SelectOptions(SelectOptions.Method.RANDOM, 12, 9, null, new int[] {4}, new int[] {7}, null,
                null, null, 0.1, true);
        Selection s = new SelectSubset(1).run(d, provider, o, ProgressMonitor.NONE);
        assertThat(s.order()).hasSize(12).startsWith(4).doesNotContain(7);
        Coverage.Curves c = Coverage.of(new SimilarityDistances(provider.compute(d, ProgressMonitor.NONE)), s.order(), 0.1);
        assertThat(s.farthest()[11]).isEqualTo(c.farthestDistance());
        assertThat(s.fps()).isNull();
    }

    @Test
    void analysisReportAndFilesAreConsistent() throws IOException {
        Dataset d = TestData.lisi(120, 4);
        AnalyzeDataset.Options o = new AnalyzeDataset.Options(null, null, null, new int[] {5, 20, 500}, 2, 1, 0.1, "medoid", 50);
        AnalyzeDataset.Report r = new AnalyzeDataset(2).run(d, TestData.vectors(1, 0.5), o, ProgressMonitor.NONE);
        assertThat(r.groups().names()).containsExactly("Li1Si3", "Li1Si1", "Li3Si1");
        assertThat(r.diagram().groupX()).isEqualTo("Li1Si3");
        assertThat(r.diagram().groupY()).isEqualTo("Li3Si1");
        assertThat(r.fps().size()).isEqualTo(120);
        assertThat(r.fps().repAt(120)).isEqualTo(100.0);
        assertThat(r.sizes()).containsExactly(5, 20);
        for (CompositionTable t : r.compositions()) {
            assertThat(Arrays.stream(t.counts()).sum()).isEqualTo(t.total());
        }
        assertThat(r.compositions().get(1).counts()).containsExactly(CompositionTable.of(r.groups(), r.fps().prefix(20)).counts());
        assertThat(r.fpsVsRandom()).hasSize(2);
        assertThat(r.distributions()).allMatch(g -> g.sampled() == (g.totalPairs() > 50));
        List<Path> files = AnalysisFiles.write(r, d, dir.resolve("out"), false);
        assertThat(files).hasSize(6);
        assertThat(Files.readAllLines(dir.resolve("out/fps_curve.csv"))).hasSize(121).first().isEqualTo("n,index,D,REP");
        assertThat(Files.readAllLines(dir.resolve("out/diagram.csv"))).hasSize(121);
        assertThat(Files.readString(dir.resolve("out/summary.json"))).contains("\"diagramGroups\"");
        assertThatThrownBy(() -> AnalysisFiles.write(r, d, dir.resolve("out"), false)).isInstanceOf(FileAlreadyExistsException.class);
        Groups byType = Groups.of(d, "config_type");
        assertThat(byType.names()).containsExactlyInAnyOrder("md0", "md1");
    }
}
