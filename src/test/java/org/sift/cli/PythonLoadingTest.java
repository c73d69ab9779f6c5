package org.sift.cli;

import org.sift.workflow.SimilarityMatrix;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sift.concurrent.ProgressMonitor;
import org.sift.io.FormatRegistry;
import org.sift.model.Dataset;
import org.sift.similarity.StructureSimilarity;
import org.sift.testutil.TestData;
import org.sift.workflow.Manifest;
import picocli.CommandLine;

/**
 * docs/python/load_outputs.py, the example of docs/python.md, run by /usr/bin/python3 (Debian's
 * python3-numpy, python3-pandas, python3-ase) on outputs this test writes: what Python reads must be
 * what Sift wrote. Skipped without numpy (failed instead when CI is set).
 */
class PythonLoadingTest {

    private static final String PYTHON = "/usr/bin/python3";
    private static final Path SCRIPT = Path.of("docs/python/load_outputs.py");

    @TempDir
    Path dir;

    private final FormatRegistry registry = FormatRegistry.standard();
    private final StringWriter err = new StringWriter();

    private int run(Object command, String... args) {
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        cl.setExecutionExceptionHandler(new SiftCli.Errors());
        return cl.execute(args);
    }

    private static String probe(String imports) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(PYTHON, "-c", imports)
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes());
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0 ? null : out.strip();
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Test
    void theExampleScriptLoadsEveryOutput() throws Exception {
        String missing = probe("import numpy");
        if (missing == null) missing = probe("import numpy, pandas, ase");
        if (missing != null) {
            String msg =
                    PYTHON + " cannot import numpy, pandas and ase (Debian: python3-numpy python3-pandas python3-ase): "
                            + missing;
            if (System.getenv("CI") != null) fail(msg);
            Assumptions.assumeTrue(false, msg);
        }
        Dataset d = TestData.lisi(40, 9);
        Path in = dir.resolve("in.extxyz");
        registry.write(in, null, d.configurations(), null, false);
        Path an = dir.resolve("an");
        Path map = dir.resolve("map.json.gz");
        assertThat(run(
                        new AnalyzeCommand(registry, () -> TestData.vectors(4, 0.5)),
                        in.toString(),
                        "--out",
                        an.toString(),
                        "--sizes",
                        "5,0.25",
                        "--random-repeats",
                        "1",
                        "--chemiscope",
                        map.toString(),
                        "--figures",
                        "none",
                        "--quiet"))
                .as(err.toString())
                .isZero();
        Path sub = dir.resolve("sub.extxyz");
        Path manifest = dir.resolve("m.json");
        assertThat(run(
                        new SelectCommand(registry, () -> TestData.vectors(4, 0.5)),
                        in.toString(),
                        "-n",
                        "0.2",
                        "-o",
                        sub.toString(),
                        "--manifest",
                        manifest.toString(),
                        "--quiet"))
                .as(err.toString())
                .isZero();
        StructureSimilarity k = TestData.vectors(4, 0.5).compute(d, ProgressMonitor.NONE);
        double[][] m = new double[d.size()][d.size()];
        for (int i = 0; i < m.length; i++) k.kernelRow(i, m[i]);
        Path npy = dir.resolve("K.npy");
        SimilarityMatrix.write(npy, m, false);

        List<String> cmd = new ArrayList<>(List.of(
                PYTHON,
                SCRIPT.toAbsolutePath().toString(),
                "--analysis",
                an.toString(),
                "--matrix",
                npy.toString(),
                "--manifest",
                manifest.toString(),
                "--subset",
                sub.toString(),
                "--chemiscope",
                map.toString()));
        Process p = new ProcessBuilder(cmd)
                .redirectError(dir.resolve("py.err").toFile())
                .start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("py.err"))).isZero();
        JsonNode r = JsonMapper.builder()
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .build()
                .readTree(out);

        assertThat(r.at("/matrix/n").asInt()).isEqualTo(40);
        assertThat(r.at("/matrix/k01").asDouble()).isEqualTo(m[0][1]);
        assertThat(r.at("/matrix/d01").asDouble())
                .isCloseTo(Math.sqrt(2 - 2 * m[0][1]), org.assertj.core.data.Offset.offset(1e-15));

        assertThat(r.at("/analysis/n").asInt()).isEqualTo(40);
        assertThat(r.at("/analysis/summary_configurations").asInt()).isEqualTo(40);
        assertThat(r.at("/analysis/groups").toString()).isEqualTo("[\"Li1Si1\",\"Li1Si3\",\"Li3Si1\"]");
        assertThat(r.at("/analysis/composition_sizes").toString()).isEqualTo("[5,10]"); // 0.25 of 40

        Manifest man = Manifest.read(manifest);
        assertThat(r.at("/manifest/order").size()).isEqualTo(8);
        for (int i = 0; i < 8; i++)
            assertThat(r.at("/manifest/order").get(i).asInt()).isEqualTo(man.order()[i]);
        assertThat(r.at("/subset/n").asInt()).isEqualTo(8);
        for (int i = 0; i < 8; i++) {
            var c = d.get(man.order()[i]);
            assertThat(r.at("/subset/energies").get(i).asDouble()).isEqualTo(c.energy());
        }

        assertThat(r.at("/chemiscope/structures").asInt()).isEqualTo(40);
        assertThat(r.at("/chemiscope/name").asText()).isNotEmpty();
        assertThat(r.at("/chemiscope/first").asInt())
                .isEqualTo(r.at("/analysis/order").get(0).asInt());
        assertThat(r.at("/chemiscope/properties").toString()).contains("diagram x", "FPS rank", "group");
    }
}
