package org.sift.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sift.concurrent.ProgressMonitor;
import org.sift.model.Configuration;
import org.sift.model.Dataset;

/**
 * Files that are valid for ASE but carry something Sift cannot keep: atom lines with more fields
 * than the frame declares (ASE ignores the extra fields; Sift does too and says so, naming the
 * line), and a UTF-8 byte order mark that some editors write (read as if it were absent).
 */
class ReadQuirksTest {

    @TempDir
    Path tmp;

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private final FormatRegistry registry = FormatRegistry.standard();

    private Dataset read(Path p, ReadLog log) throws IOException {
        return registry.read(p, null, ReadOptions.defaults().withLog(log), ProgressMonitor.NONE);
    }

    @Test
    void extraFieldsBeyondPropertiesAreIgnoredWithAWarningNamingTheLine() throws IOException {
        Path p = Files.writeString(
                tmp.resolve("extra.extxyz"),
                "2\nLattice=\"5 0 0 0 5 0 0 0 5\" Properties=species:S:1:pos:R:3\n"
                        + "Si 0 0 0\nSi 1 2 3 0.5 charge\n"
                        + "1\nLattice=\"5 0 0 0 5 0 0 0 5\" Properties=species:S:1:pos:R:3\nLi 4 4 4 9\n");
        ReadLog.Collector log = new ReadLog.Collector();
        Dataset d = read(p, log);
        assertThat(d.size()).isEqualTo(2);
        assertThat(d.configurations().get(0).positions()).containsExactly(0, 0, 0, 1, 2, 3);
        assertThat(d.configurations().get(1).positions()).containsExactly(4, 4, 4);
        assertThat(d.configurations().get(0).arrays()).isEmpty();
        assertThat(log.warnings()).hasSize(1);
        ReadLog.Message w = log.warnings().get(0);
        assertThat(w.file()).isEqualTo(p.toString());
        assertThat(w.text())
                .contains("line 4 ")
                .contains("6 fields")
                .contains("declares 4")
                .contains("2 atom lines")
                .contains("ignored");
    }

    @Test
    void extraFieldsOfPlainXyzAreIgnoredWithAWarning() throws IOException {
        Path p = Files.writeString(tmp.resolve("plain.xyz"), "2\nwater\nO 0 0 0 1\nH 1 0 0\n");
        ReadLog.Collector log = new ReadLog.Collector();
        Dataset d = read(p, log);
        assertThat(d.configurations().get(0).positions()).containsExactly(0, 0, 0, 1, 0, 0);
        assertThat(log.warnings())
                .singleElement()
                .satisfies(w ->
                        assertThat(w.text()).contains("line 3 ").contains("extra columns of 1 atom line were ignored"));
    }

    @Test
    void aFileWithoutExtraFieldsGivesNoWarning() throws IOException {
        ReadLog.Collector log = new ReadLog.Collector();
        read(TestConfigurations.resource(TestConfigurations.DSCRIBE), log);
        assertThat(log.warnings()).isEmpty();
    }

    /** Every single-file text format, from files written by other programs. */
    private static final List<String> TEXT_SAMPLES = List.of(
            TestConfigurations.DSCRIBE,
            TestConfigurations.DPDATA_XYZ,
            "data/formats/dpdata__poscars__POSCAR.SiC",
            "data/formats/dpdata__poscars__OUTCAR.h2o.md",
            "data/formats/dpdata__poscars__vasprun.h2o.md.xml",
            "data/formats/dpdata__lammps__traj.dump");

    @Test
    void aByteOrderMarkIsReadAsIfAbsentByEveryTextReader() throws IOException {
        for (String name : TEXT_SAMPLES) {
            Path original = TestConfigurations.resource(name);
            Path withBom = tmp.resolve("bom-" + original.getFileName());
            byte[] content = Files.readAllBytes(original);
            byte[] marked = new byte[content.length + 3];
            System.arraycopy(BOM, 0, marked, 0, 3);
            System.arraycopy(content, 0, marked, 3, content.length);
            Files.write(withBom, marked);
            List<String> typeMap = name.endsWith(".dump") ? List.of("Fe", "C") : List.of();
            ReadOptions opts = ReadOptions.withTypeMap(typeMap);
            Dataset a = registry.read(original, null, opts, ProgressMonitor.NONE);
            Dataset b = registry.read(withBom, null, opts, ProgressMonitor.NONE);
            assertThat(b.size()).as(name).isEqualTo(a.size());
            for (int i = 0; i < a.size(); i++) {
                Configuration x = a.configurations().get(i);
                Configuration y = b.configurations().get(i);
                assertThat(y.species()).as(name + " frame " + i).containsExactly(x.species());
                assertThat(y.positions()).as(name + " frame " + i).containsExactly(x.positions());
                assertThat(y.energy()).as(name + " frame " + i).isEqualTo(x.energy());
            }
        }
    }

    @Test
    void aByteOrderMarkInsideConcatenatedExtxyzIsSkipped() throws IOException {
        String frame = "1\nLattice=\"5 0 0 0 5 0 0 0 5\" Properties=species:S:1:pos:R:3\nSi 1 1 1\n";
        Path p = tmp.resolve("cat.extxyz");
        Files.writeString(p, frame + "\uFEFF" + frame, StandardCharsets.UTF_8);
        assertThat(read(p, ReadLog.NONE).size()).isEqualTo(2);
    }
}
