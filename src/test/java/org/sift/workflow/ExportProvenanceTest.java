package org.sift.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sift.concurrent.ProgressMonitor;
import org.sift.io.FormatRegistry;
import org.sift.io.ReadOptions;
import org.sift.io.WriteOptions;
import org.sift.model.Dataset;

/** Exported configurations name the file and frame they were read from (sift_source, sift_index). */
class ExportProvenanceTest {

    @TempDir
    Path dir;

    private static String frames(double... z) {
        StringBuilder sb = new StringBuilder();
        for (double v : z) {
            sb.append("1\npbc=\"F F F\"\nH 0 0 ").append(v).append('\n');
        }
        return sb.toString();
    }

    @Test
    void everyWrittenConfigurationTracesBackToItsFileAndFrame() throws IOException {
        FormatRegistry registry = FormatRegistry.standard();
        Path a = dir.resolve("a.extxyz");
        Path b = dir.resolve("b.extxyz");
        Files.writeString(a, frames(0, 1, 2));
        Files.writeString(b, frames(10, 11));
        Dataset d = new LoadDataset(registry).load(List.of(a, b), ReadOptions.defaults(), ProgressMonitor.NONE);
        Dataset part = d.subset("subset", new int[] {4, 1, 3});
        var tagged = ExportSubset.withProvenance(part, registry.byId("extxyz").orElseThrow());
        Path out = dir.resolve("out.extxyz");
        registry.write(out, null, tagged, WriteOptions.defaults(), false);
        Dataset back = registry.read(out);
        // frame 4 of the concatenation is frame 1 of b (z = 11); frame 1 is frame 1 of a; frame 3 is frame 0 of b
        String[] files = {b.toString(), a.toString(), b.toString()};
        long[] frames = {1, 1, 0};
        double[] z = {11, 1, 10};
        for (int i = 0; i < 3; i++) {
            assertThat(back.get(i).info().get("sift_source").asText()).isEqualTo(files[i]);
            assertThat(back.get(i).info().get("sift_index").asText()).isEqualTo(Long.toString(frames[i]));
            assertThat(back.get(i).position(0, 2)).isEqualTo(z[i]);
        }
        // a format that keeps no info (POSCAR holds only 'comment') gets neither key, and no warning about them
        var poscar = ExportSubset.withProvenance(part.subset("one", new int[] {0}), registry.byId("poscar").orElseThrow());
        assertThat(poscar.get(0).info()).doesNotContainKeys("sift_source", "sift_index");
    }
}
