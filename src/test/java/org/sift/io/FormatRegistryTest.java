package org.sift.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sift.model.Cell;
import org.sift.model.Configuration;
import org.sift.model.Dataset;

class FormatRegistryTest {

    @TempDir
    Path dir;

    private static Configuration si2() {
        return Configuration.of(new String[] {"Si", "Si"}, new double[] {0, 0, 0, 1.3575, 1.3575, 1.3575},
                Cell.periodic(0, 2.715, 2.715, 2.715, 0, 2.715, 2.715, 2.715, 0));
    }

    @Test
    void gzipTargetsAreCompressedAndReadBackTransparently() throws Exception {
        FormatRegistry r = FormatRegistry.standard();
        Path gz = dir.resolve("si.extxyz.gz");
        r.write(gz, null, List.of(si2(), si2()), WriteOptions.defaults(), false);
        byte[] head = Files.readAllBytes(gz);
        assertThat(head[0] & 0xff).isEqualTo(0x1f);
        assertThat(head[1] & 0xff).isEqualTo(0x8b);
        Dataset d = r.read(gz);
        assertThat(d.size()).isEqualTo(2);
        assertThat(d.get(1).positions()).containsExactly(si2().positions());
        assertThat(r.detect(gz).id()).isEqualTo("extxyz");
    }

    @Test
    void existingFilesAreNeverOverwrittenUnlessAskedAndNoTemporaryFilesRemain() throws Exception {
        FormatRegistry r = FormatRegistry.standard();
        Path out = dir.resolve("a.extxyz");
        Files.writeString(out, "keep me");
        assertThatThrownBy(() -> r.write(out, null, List.of(si2()), WriteOptions.defaults(), false))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(out)).isEqualTo("keep me");
        r.write(out, null, List.of(si2()), WriteOptions.defaults(), true);
        assertThat(r.read(out).size()).isEqualTo(1);
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("a.extxyz");
        }
    }

    @Test
    void unknownNamesAndEmptyFilesGiveClearErrors() throws Exception {
        FormatRegistry r = FormatRegistry.standard();
        assertThatThrownBy(() -> r.write(dir.resolve("x.unknown"), null, List.of(si2()), WriteOptions.defaults(), false))
                .hasMessageContaining("cannot tell the format");
        Path empty = dir.resolve("empty.dat");
        Files.writeString(empty, "");
        assertThatThrownBy(() -> r.read(empty)).isInstanceOf(FormatException.class).hasMessageContaining("empty");
        Path junk = dir.resolve("junk.dat");
        Files.writeString(junk, "this is not a structure\n");
        assertThatThrownBy(() -> r.read(junk)).isInstanceOf(FormatException.class).hasMessageContaining("unknown format");
    }
}
