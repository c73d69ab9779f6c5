package org.sift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sift.io.FormatRegistry;
import org.sift.model.Dataset;
import org.sift.testutil.TestData;
import org.sift.testutil.TestFormat;
import org.sift.workflow.Manifest;
import picocli.CommandLine;

class SelectAnalyzeCommandTest {

    @TempDir
    Path dir;

    private final FormatRegistry registry = TestFormat.registry();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Object command, String... args) {
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setExecutionExceptionHandler(new SiftCli.Errors());
        return cl.execute(args);
    }

    private Path data() throws Exception {
        Path f = dir.resolve("in.tsf");
        registry.write(f, null, TestData.lisi(70, 5).configurations(), null, false);
        return f;
    }

    @Test
    void selectWritesSubsetComplementManifestAndRefusesOverwrite() throws Exception {
        Path in = data();
        Path sub = dir.resolve("sub.tsf");
        Path pins = dir.resolve("pins.txt");
        Files.writeString(pins, "3, 8\n# comment\n11\n");
        int code = run(
                new SelectCommand(registry, () -> TestData.vectors(2, 0.5)),
                in.toString(),
                "-n",
                "15",
                "-o",
                sub.toString(),
                "--pin-file",
                pins.toString(),
                "--ban",
                "0,1",
                "--complement",
                dir.resolve("rest.tsf").toString(),
                "--manifest",
                dir.resolve("m.json").toString(),
                "--quiet");
        assertThat(code).as(err.toString()).isEqualTo(0);
        Dataset s = registry.read(sub);
        assertThat(s.size()).isEqualTo(15);
        assertThat(registry.read(dir.resolve("rest.tsf")).size()).isEqualTo(55);
        Manifest m = Manifest.read(dir.resolve("m.json"));
        assertThat(m.order()).startsWith(3, 8, 11).doesNotContain(0, 1).hasSize(15);
        assertThat(out.toString()).contains("selected 15 of 70 configurations (fps, stop: size)");

        int again = run(
                new SelectCommand(registry, () -> TestData.vectors(2, 0.5)),
                in.toString(),
                "-n",
                "5",
                "-o",
                sub.toString(),
                "--quiet");
        assertThat(again).isEqualTo(SiftCli.BAD_INPUT);
        assertThat(err.toString()).contains("exists (use --force to overwrite)");
        assertThat(registry.read(sub).size()).isEqualTo(15);

        int random = run(
                new SelectCommand(registry, () -> TestData.vectors(2, 0.5)),
                in.toString(),
                "-n",
                "5",
                "-o",
                sub.toString(),
                "--method",
                "random",
                "--seed",
                "4",
                "--force");
        assertThat(random).isEqualTo(0);
        assertThat(registry.read(sub).size()).isEqualTo(5);
        assertThat(err.toString()).contains("%"); // progress bar on stderr
    }

    @Test
    void selectStopsAtAThreshold() throws Exception {
        Path in = data();
        int code = run(
                new SelectCommand(registry, () -> TestData.vectors(2, 0.5)),
                in.toString(),
                "-o",
                dir.resolve("t.tsf").toString(),
                "--threshold",
                "0.3",
                "--manifest",
                dir.resolve("m.json").toString(),
                "--quiet");
        assertThat(code).as(err.toString()).isEqualTo(0);
        Manifest m = Manifest.read(dir.resolve("m.json"));
        assertThat(m.stopReason()).isEqualTo("THRESHOLD");
        assertThat(m.farthest()[m.farthest().length - 1]).isLessThanOrEqualTo(0.3);
        assertThat(m.farthest()[m.farthest().length - 2]).isGreaterThan(0.3);
    }

    @Test
    void analyzeWritesAllFiles() throws Exception {
        Path in = data();
        Path outDir = dir.resolve("an");
        int code = run(
                new AnalyzeCommand(registry, () -> TestData.vectors(2, 0.5)),
                in.toString(),
                "--out",
                outDir.toString(),
                "--sizes",
                "5,10,20",
                "--random-repeats",
                "2",
                "--quiet");
        assertThat(code).as(err.toString()).isEqualTo(0);
        for (String n : new String[] {
            "diagram.csv", "distributions.csv", "fps_curve.csv", "composition.csv", "fps_vs_random.csv", "summary.json"
        }) {
            assertThat(outDir.resolve(n)).exists();
        }
        assertThat(Files.readAllLines(outDir.resolve("fps_vs_random.csv"))).hasSize(4);
        assertThat(out.toString()).contains("diagram groups Li1Si3 / Li3Si1");
    }

    @Test
    void sizeIsACountOrAFractionOfTheDataset() throws Exception {
        Path in = data();
        Path sub = dir.resolve("f.tsf");
        int code = run(
                new SelectCommand(registry, () -> TestData.vectors(2, 0.5)),
                in.toString(),
                "-n",
                "0.1",
                "-o",
                sub.toString(),
                "--quiet");
        assertThat(code).as(err.toString()).isEqualTo(0);
        assertThat(registry.read(sub).size()).isEqualTo(7); // 10 % of 70
        code = run(
                new SelectCommand(registry, () -> TestData.vectors(2, 0.5)),
                in.toString(),
                "-n",
                "0.01",
                "-o",
                sub.toString(),
                "--method",
                "random",
                "--quiet",
                "--force");
        assertThat(code).as(err.toString()).isEqualTo(0);
        assertThat(registry.read(sub).size()).isEqualTo(1); // 0.7 rounds to 1

        for (String bad : new String[] {"0", "-3", "1.5", "abc"}) {
            code = run(
                    new SelectCommand(registry, () -> TestData.vectors(2, 0.5)),
                    in.toString(),
                    "-n",
                    bad,
                    "-o",
                    dir.resolve("bad.tsf").toString(),
                    "--quiet");
            assertThat(code).as(bad).isEqualTo(SiftCli.USAGE);
            assertThat(err.toString()).contains("'" + bad + "'");
        }
        code = run(
                new SelectCommand(registry, () -> TestData.vectors(2, 0.5)),
                in.toString(),
                "-n",
                "71",
                "-o",
                dir.resolve("bad.tsf").toString(),
                "--quiet");
        assertThat(code).isEqualTo(SiftCli.BAD_INPUT);
        assertThat(err.toString()).contains("subset size 71 exceeds the 70 configurations");
        assertThat(dir.resolve("bad.tsf")).doesNotExist();
    }

    @Test
    void commandsAreRegistered() {
        assertThat(SiftCli.subcommandNames()).contains("select", "analyze");
    }
}
