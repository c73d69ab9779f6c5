package org.sift.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sift.concurrent.ProgressMonitor;
import org.sift.io.FormatRegistry;
import org.sift.model.Dataset;
import org.sift.selection.DistanceSource;
import org.sift.selection.FarthestPointSampler;
import org.sift.selection.FpsOptions;
import org.sift.selection.FpsResult;
import org.sift.similarity.StructureSimilarity;
import org.sift.testutil.TestData;
import org.sift.testutil.TestFormat;
import picocli.CommandLine;

/** {@code sift compare} end to end on a test dataset with energies and a test similarity. */
class CompareCommandTest {

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

    @Test
    void tablesEverySelectorAndSizeWithFpsCurveOfTheSampler() throws Exception {
        Dataset d = TestData.lisi(80, 3);
        Path in = dir.resolve("in.tsf");
        registry.write(in, null, d.configurations(), null, false);
        Path o = dir.resolve("cmp");
        int code = run(
                new CompareCommand(registry, () -> TestData.vectors(2, 0.5)),
                in.toString(),
                "-n",
                "5,10,30",
                "--seed",
                "4",
                "-o",
                o.toString(),
                "--quiet");
        assertThat(code).as(err.toString()).isZero();
        List<String> csv = Files.readAllLines(o.resolve("compare.csv"));
        assertThat(csv.get(0)).isEqualTo("selector,n,D,REP,rmse,mae,seconds");
        assertThat(csv).hasSize(1 + 6 * 3);
        assertThat(Files.size(o.resolve("compare.png"))).isPositive();

        // the FPS rows are the D(n) and REP(n) of farthest point sampling on the same distances
        StructureSimilarity sim = TestData.vectors(2, 0.5).compute(registry.read(in), ProgressMonitor.NONE);
        DistanceSource ds = new DistanceSource() {
            @Override
            public int size() {
                return sim.size();
            }

            @Override
            public double distance(int a, int b) {
                return sim.distance(a, b);
            }
        };
        FpsResult fps = new FarthestPointSampler().run(ds, FpsOptions.defaults().withMaxSize(30), ProgressMonitor.NONE);
        JsonNode j = new ObjectMapper().readTree(o.resolve("compare.json").toFile());
        assertThat(j.get("schemaVersion").asInt()).isEqualTo(1);
        JsonNode curves = j.get("curves");
        assertThat(curves).hasSize(6);
        JsonNode f = curves.get(0);
        assertThat(f.get("selector").asText()).isEqualTo("fps");
        int[] ns = {5, 10, 30};
        for (int k = 0; k < 3; k++) {
            JsonNode row = f.get("rows").get(k);
            assertThat(row.get("n").asInt()).isEqualTo(ns[k]);
            assertThat(row.get("D").asDouble()).isCloseTo(fps.farthest()[ns[k] - 1], within(1e-12));
        }
        for (JsonNode c : curves) {
            for (JsonNode row : c.get("rows")) {
                assertThat(row.get("REP").asDouble()).isBetween(0.0, 100.0);
                assertThat(row.get("rmse").isNumber())
                        .as(c.get("selector").asText())
                        .isTrue();
            }
        }
        assertThat(out.toString()).contains("kmedoids").contains("cur").contains("validated on");
    }

    @Test
    void unknownSelectorIsAnInputError() throws Exception {
        Path in = dir.resolve("in.tsf");
        registry.write(in, null, TestData.lisi(20, 1).configurations(), null, false);
        int code = run(
                new CompareCommand(registry, () -> TestData.vectors(2, 0.5)),
                in.toString(),
                "-n",
                "5",
                "--selectors",
                "fps,nope",
                "-o",
                dir.resolve("x").toString(),
                "--quiet");
        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("unknown selector 'nope'");
    }
}
