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
        return Configuration.of(
                new String[] {"Si", "Si"},
                new double[] {0, 0, 0, 1.3575, 1.3575, 1.3575},
                Cell.periodic(0, 2.715, 2.715, 2.715, 0, 2.715, 2.715, 2.715, 0));
    }

    /** Line numbers (1-based) of the lines of a resource that satisfy the test, read independently of the readers. */
    private static long[] linesWhere(Path file, java.util.function.Predicate<String> test) throws Exception {
        List<String> lines = Files.readAllLines(file);
        return java.util.stream.IntStream.range(0, lines.size())
                .filter(i -> test.test(lines.get(i)))
                .mapToLong(i -> i + 1)
                .toArray();
    }

    private static Path resource(String name) throws Exception {
        return Path.of(
                FormatRegistryTest.class.getResource("/data/formats/" + name).toURI());
    }

    @Test
    void originsNameTheLineEachFrameStartsOn() throws Exception {
        FormatRegistry r = FormatRegistry.standard();
        // extended XYZ written by dscribe: a frame starts on a line holding only its atom count
        Path xyz = resource("dscribe__examples__multiple.extxyz");
        List<String> text = Files.readAllLines(xyz);
        List<Long> starts = new java.util.ArrayList<>();
        for (int i = 0; i < text.size(); i += Integer.parseInt(text.get(i).strip()) + 2) {
            starts.add((long) i + 1);
        }
        assertThat(r.read(xyz).origins())
                .extracting(org.sift.model.Origin::line)
                .containsExactlyElementsOf(starts);
        // LAMMPS dump: each frame starts at its ITEM: TIMESTEP
        Path dump = resource("dpdata__lammps__traj.dump");
        Dataset d = r.read(
                dump, null, ReadOptions.withTypeMap(List.of("O", "H")), org.sift.concurrent.ProgressMonitor.NONE);
        assertThat(d.origins())
                .extracting(org.sift.model.Origin::line)
                .containsExactly(java.util.Arrays.stream(linesWhere(dump, l -> l.startsWith("ITEM: TIMESTEP")))
                        .boxed()
                        .toArray(Long[]::new));
        // OUTCAR: at the POSITION ... TOTAL-FORCE block of each ionic step
        Path outcar = resource("dpdata__poscars__OUTCAR.h2o.md");
        assertThat(r.read(outcar).origins())
                .extracting(org.sift.model.Origin::line)
                .containsExactly(java.util.Arrays.stream(
                                linesWhere(outcar, l -> l.contains("POSITION") && l.contains("TOTAL-FORCE")))
                        .boxed()
                        .toArray(Long[]::new));
        // MTP: at BEGIN_CFG; POSCAR: line 1
        Path cfg = dir.resolve("two.cfg");
        r.write(cfg, null, List.of(si2(), si2(), si2()), WriteOptions.defaults(), false);
        Dataset m = r.read(cfg, null, ReadOptions.withTypeMap(List.of("Si")), org.sift.concurrent.ProgressMonitor.NONE);
        assertThat(m.origins())
                .extracting(org.sift.model.Origin::line)
                .containsExactly(
                        java.util.Arrays.stream(linesWhere(cfg, l -> l.strip().equals("BEGIN_CFG")))
                                .boxed()
                                .toArray(Long[]::new));
        assertThat(r.read(resource("dpdata__poscars__POSCAR.SiC"))
                        .origins()
                        .get(0)
                        .line())
                .isEqualTo(1);
        assertThat(m.where(2)).isEqualTo(cfg + ":" + m.origins().get(2).line() + ": configuration 2");
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
        assertThatThrownBy(
                        () -> r.write(dir.resolve("x.unknown"), null, List.of(si2()), WriteOptions.defaults(), false))
                .hasMessageContaining("cannot tell the format");
        Path empty = dir.resolve("empty.dat");
        Files.writeString(empty, "");
        assertThatThrownBy(() -> r.read(empty))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("empty");
        Path junk = dir.resolve("junk.dat");
        Files.writeString(junk, "this is not a structure\n");
        assertThatThrownBy(() -> r.read(junk))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("unknown format");
    }

    /** No test file's content is claimed by two readers' sniffers: detection never depends on order. */
    @Test
    void atMostOneReaderSniffsEachTestFile() throws Exception {
        FormatRegistry r = FormatRegistry.standard();
        Path formats =
                Path.of(FormatRegistryTest.class.getResource("/data/formats").toURI());
        int files = 0;
        try (var s = Files.list(formats)) {
            for (Path p : s.sorted().toList()) {
                byte[] head = TextInput.head(p, 4096);
                List<String> claim = r.readable().stream()
                        .filter(f -> f.isDirectoryFormat() == Files.isDirectory(p) && f.sniff(p, head))
                        .map(StructureFormat::id)
                        .toList();
                assertThat(claim).as(p.getFileName().toString()).hasSizeLessThanOrEqualTo(1);
                files += claim.size();
            }
        }
        assertThat(files).isGreaterThanOrEqualTo(20);
    }
}
