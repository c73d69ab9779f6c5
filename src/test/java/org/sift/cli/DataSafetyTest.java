package org.sift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sift.io.FormatRegistry;

/** The data-loss scenarios of the hostile-user review, each replayed exactly. */
class DataSafetyTest {

    @TempDir
    Path tmp;

    Path proj;
    Path data;
    final StringWriter err = new StringWriter();

    @BeforeEach
    void project() throws Exception {
        proj = Files.createDirectory(tmp.resolve("proj"));
        data = proj.resolve("data.extxyz.gz");
        Files.copy(Path.of(getClass().getResource("/data/lisi-dftb/LixSi64-dftb.extxyz.gz").toURI()), data);
        Files.writeString(proj.resolve("notes.txt"), "my notes");
    }

    private int run(String... args) {
        return SiftCli.commandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)).execute(args);
    }

    private List<String> projFiles() throws Exception {
        try (var s = Files.list(proj)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void selectIntoTheFolderOfTheInputWithForceIsRefused() throws Exception {
        int code = run("select", data.toString(), "-n", "5", "-o", proj.toString(), "--to", "deepmd-npy", "--force", "--quiet");
        assertThat(code).isEqualTo(SiftCli.BAD_INPUT);
        assertThat(err.toString()).contains("contains the input");
        assertThat(projFiles()).containsExactly("data.extxyz.gz", "notes.txt");
    }

    @Test
    void convertOntoTheFolderOfTheInputWithForceIsRefused() throws Exception {
        int code = run("convert", data.toString(), proj.toString(), "--to", "extxyz", "--force");
        assertThat(code).isEqualTo(SiftCli.BAD_INPUT);
        assertThat(projFiles()).containsExactly("data.extxyz.gz", "notes.txt");
    }

    @Test
    void aFileNeverReplacesAFolderEvenWithForce() throws Exception {
        Path other = Files.createDirectory(tmp.resolve("other"));
        Files.writeString(other.resolve("keep.txt"), "keep");
        int code = run("convert", data.toString(), other.toString(), "--to", "extxyz", "--force");
        assertThat(code).isEqualTo(SiftCli.BAD_INPUT);
        assertThat(err.toString()).contains("is a folder");
        assertThat(Files.readString(other.resolve("keep.txt"))).isEqualTo("keep");
    }

    @Test
    void aDeepmdFolderWithTheUsersFilesIsNotReplaced() throws Exception {
        Path dp = tmp.resolve("dp");
        assertThat(run("convert", data.toString(), dp.toString(), "--to", "deepmd-npy")).as(err.toString()).isZero();
        Files.writeString(dp.resolve("README.md"), "my own file");
        int code = run("select", data.toString(), "-n", "5", "-o", dp.toString(), "--to", "deepmd-npy", "--force", "--quiet");
        assertThat(code).isEqualTo(SiftCli.BAD_INPUT);
        assertThat(err.toString()).contains("README.md").contains("not part of a DeePMD system");
        assertThat(Files.readString(dp.resolve("README.md"))).isEqualTo("my own file");
        assertThat(FormatRegistry.standard().read(dp).size()).isEqualTo(107);
    }

    @Test
    void aDeepmdFolderOfOnlyDeepmdFilesIsReplacedWithForce() throws Exception {
        Path dp = tmp.resolve("dp");
        Path one = tmp.resolve("one.extxyz");
        assertThat(run("convert", data.toString(), dp.toString(), "--to", "deepmd-raw")).as(err.toString()).isZero();
        assertThat(run("convert", data.toString(), dp.toString(), "--to", "deepmd-npy")).isEqualTo(SiftCli.BAD_INPUT);
        assertThat(run("convert", data.toString(), dp.toString(), "--to", "deepmd-npy", "--force")).as(err.toString()).isZero();
        assertThat(FormatRegistry.standard().read(dp).size()).isEqualTo(107);
        try (var s = Files.walk(dp)) {
            assertThat(s.anyMatch(p -> p.toString().endsWith(".npy"))).isTrue();
        }
        try (var s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly("dp", "proj");
        }
        assertThat(one).doesNotExist();
    }

    @Test
    void anOutputThatIsTheInputOrLiesInsideAnInputFolderIsRefused() throws Exception {
        assertThat(run("convert", data.toString(), data.toString(), "--to", "extxyz", "--force")).isEqualTo(SiftCli.BAD_INPUT);
        assertThat(err.toString()).contains("is the input");
        Path dp = tmp.resolve("dp");
        assertThat(run("convert", data.toString(), dp.toString(), "--to", "deepmd-npy")).isZero();
        assertThat(run("convert", dp.toString(), dp.resolve("inside.extxyz").toString())).isEqualTo(SiftCli.BAD_INPUT);
        assertThat(err.toString()).contains("lies inside the input");
        assertThat(Files.exists(dp.resolve("inside.extxyz"))).isFalse();
        assertThat(Files.readAllBytes(data)).isEqualTo(Files.readAllBytes(
                Path.of(getClass().getResource("/data/lisi-dftb/LixSi64-dftb.extxyz.gz").toURI())));
    }

    @Test
    void outputAndComplementOnTheSamePathFailBeforeComputing() throws Exception {
        Path x = tmp.resolve("x.extxyz");
        int code = run("select", data.toString(), "-n", "5", "-o", x.toString(), "--complement", x.toString(), "--quiet");
        assertThat(code).isEqualTo(SiftCli.BAD_INPUT);
        assertThat(err.toString()).contains("--complement").contains("same output");
        assertThat(x).doesNotExist();
    }

    @Test
    void twoConvertsToOneNewTargetDoNotBothSucceed() throws Exception {
        Path out = tmp.resolve("out.extxyz");
        assertThat(run("convert", data.toString(), out.toString())).isZero();
        byte[] first = Files.readAllBytes(out);
        assertThat(run("convert", proj.resolve("data.extxyz.gz").toString(), out.toString())).isEqualTo(SiftCli.BAD_INPUT);
        assertThat(Files.readAllBytes(out)).isEqualTo(first);
    }

    @Test
    void gzipOutputsAreWrittenCompressed() throws Exception {
        Path out = tmp.resolve("out.extxyz.gz");
        assertThat(run("convert", data.toString(), out.toString())).as(err.toString()).isZero();
        byte[] head = Files.readAllBytes(out);
        assertThat(head[0] & 0xff).isEqualTo(0x1f);
        assertThat(head[1] & 0xff).isEqualTo(0x8b);
        assertThat(FormatRegistry.standard().read(out).size()).isEqualTo(107);
    }
}
