package org.sift.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bad configuration is named by file, line and index on every command that meets it: at read
 * time (NaN position, singular cell, impossible density) and in the neighbour search (a cell too
 * thin for the cutoff), which refuses before allocating and without hanging.
 */
class ConfigurationErrorsTest {

    @TempDir
    Path tmp;

    private static final String GOOD = """
            2
            Lattice="5 0 0 0 5 0 0 0 5" Properties=species:S:1:pos:R:3 pbc="T T T"
            Si 0 0 0
            Si 1 1 1
            """;

    private record Result(int code, String out, String err) {}

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SiftCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** A file of one good frame (lines 1-4) and a second frame from line 5 with this lattice and atom line. */
    private Path file(String name, String lattice, String atom) throws Exception {
        Path p = tmp.resolve(name);
        Files.writeString(
                p,
                GOOD + "1\nLattice=\"" + lattice + "\" Properties=species:S:1:pos:R:3 pbc=\"T T T\"\n" + atom + "\n");
        return p;
    }

    private List<Result> everyCommand(Path in) {
        return List.of(
                run("info", in.toString()),
                run("convert", in.toString(), tmp.resolve("out.extxyz").toString()),
                run(
                        "select",
                        in.toString(),
                        "-n",
                        "1",
                        "-o",
                        tmp.resolve("sel.extxyz").toString(),
                        "--quiet"),
                run("analyze", in.toString(), "--out", tmp.resolve("an").toString(), "--quiet", "--figures", "none"));
    }

    @Test
    void aNanPositionIsNamedByFileLineAndFrameOnEveryCommand() throws Exception {
        Path in = file("nan.extxyz", "5 0 0 0 5 0 0 0 5", "Si 0 nan 0");
        for (Result r : everyCommand(in)) {
            assertThat(r.code()).as(r.err()).isEqualTo(SiftCli.BAD_INPUT);
            assertThat(r.err()).contains(in + ":7:").contains("frame 1").contains("not finite");
        }
        assertThat(tmp.resolve("out.extxyz")).doesNotExist();
        assertThat(tmp.resolve("sel.extxyz")).doesNotExist();
    }

    @Test
    void aSingularCellIsNamedByFileLineAndConfigurationOnEveryCommand() throws Exception {
        Path in = file("singular.extxyz", "5 0 0 5 0 0 0 0 5", "Si 0 0 0");
        for (Result r : everyCommand(in)) {
            assertThat(r.code()).as(r.err()).isEqualTo(SiftCli.BAD_INPUT);
            assertThat(r.err()).contains(in + ":5: configuration 1: the periodic cell is singular");
        }
    }

    @Test
    void aMicroAngstromCellAndAHalfAngstromCellAreRefusedAtOnce() throws Exception {
        for (String lattice : List.of("1e-6 0 0 0 1e-6 0 0 0 1e-6", "0.5 0 0 0 0.5 0 0 0 0.5")) {
            Path in = file("small.extxyz", lattice, "Si 0 0 0");
            for (Result r : assertTimeoutPreemptively(Duration.ofSeconds(30), () -> everyCommand(in))) {
                assertThat(r.code()).as(r.err()).isEqualTo(SiftCli.BAD_INPUT);
                assertThat(r.err()).contains(in + ":5: configuration 1: ").contains("atoms/Å³");
            }
        }
    }

    @Test
    void aCellTooThinForTheCutoffIsNamedWhereTheNeighbourSearchMeetsIt() throws Exception {
        // one atom per 1e-4 x 1000 x 1000 Å cell: a normal density (0.01 atoms/Å³), but 2 x 29 999
        // images of the atom itself lie within 3 Å along the first axis
        Path in = file("thin.extxyz", "1e-4 0 0 0 1000 0 0 0 1000", "Si 0 0 0");
        assertThat(run("info", in.toString()).code()).isZero();
        Path other = tmp.resolve("first.extxyz");
        Files.writeString(other, GOOD);
        List<Result> rs = assertTimeoutPreemptively(
                Duration.ofSeconds(60),
                () -> List.of(
                        run(
                                "select",
                                in.toString(),
                                "-n",
                                "1",
                                "-o",
                                tmp.resolve("sel.extxyz").toString(),
                                "--quiet"),
                        run(
                                "analyze",
                                in.toString(),
                                "--out",
                                tmp.resolve("an").toString(),
                                "--quiet",
                                "--figures",
                                "none"),
                        run("similarity", in.toString(), "--row", "0")));
        for (Result r : rs) {
            assertThat(r.code()).as(r.err()).isEqualTo(SiftCli.BAD_INPUT);
            assertThat(r.err())
                    .contains(in + ":5: configuration 1: the periodic cell is too thin for the cutoff 3.00 Å")
                    .contains("images of itself")
                    .doesNotContain("internal error");
        }
        // two inputs: the index counts across them, the frame is the file's own
        Result two = run(
                "select",
                other.toString(),
                in.toString(),
                "-n",
                "1",
                "-o",
                tmp.resolve("sel.extxyz").toString(),
                "--quiet");
        assertThat(two.code()).isEqualTo(SiftCli.BAD_INPUT);
        assertThat(two.err()).contains(in + ":5: configuration 2 (frame 1 of the file): the periodic cell is too thin");
        assertThat(tmp.resolve("sel.extxyz")).doesNotExist();
    }
}
