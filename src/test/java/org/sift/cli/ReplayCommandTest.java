package org.sift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sift.concurrent.ProgressMonitor;
import org.sift.io.FormatRegistry;
import org.sift.model.Dataset;
import org.sift.similarity.StructureSimilarity;
import org.sift.testutil.TestData;
import org.sift.testutil.TestFormat;
import org.sift.workflow.Manifest;
import org.sift.workflow.SimilarityProvider;
import picocli.CommandLine;

/** {@code sift replay}: a manifest written by {@code sift select} recomputed, refused or proved. */
class ReplayCommandTest {

    @TempDir
    Path dir;

    private final FormatRegistry registry = TestFormat.registry();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path in;
    private Path manifest;
    private Path subset;

    private int run(Object command, String... args) {
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setExecutionExceptionHandler(new SiftCli.Errors());
        return cl.execute(args);
    }

    /** {@code similarity} computing, but reporting {@code parameters} as its own. */
    private static Function<Map<String, Object>, SimilarityProvider> computingWith(SimilarityProvider similarity) {
        return parameters -> new SimilarityProvider() {
            @Override
            public StructureSimilarity compute(Dataset dataset, ProgressMonitor monitor) throws IOException {
                return similarity.compute(dataset, monitor);
            }

            @Override
            public Map<String, Object> parameters() {
                return parameters;
            }
        };
    }

    @BeforeEach
    void select() throws Exception {
        in = dir.resolve("in.tsf");
        registry.write(in, null, TestData.lisi(60, 5).configurations(), null, false);
        manifest = dir.resolve("m.json");
        subset = dir.resolve("sub.tsf");
        int code = run(
                new SelectCommand(registry, () -> TestData.vectors(2, 0.5)),
                in.toString(),
                "-n",
                "12",
                "--pin",
                "7",
                "--ban",
                "0,1",
                "-o",
                subset.toString(),
                "--manifest",
                manifest.toString(),
                "--quiet");
        assertThat(code).as(err.toString()).isZero();
    }

    @Test
    void replayRecomputesTheSameOrderAndWritesTheSameSubset() throws Exception {
        Path again = dir.resolve("again.tsf");
        int code = run(
                new ReplayCommand(registry, computingWith(TestData.vectors(2, 0.5))),
                manifest.toString(),
                "-o",
                again.toString(),
                "--quiet");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("replayed 12 of 60 configurations: the same order");
        Dataset a = registry.read(subset);
        Dataset b = registry.read(again);
        assertThat(b.size()).isEqualTo(12);
        for (int i = 0; i < a.size(); i++) {
            assertThat(b.configurations().get(i).positions())
                    .containsExactly(a.configurations().get(i).positions());
        }
        assertThat(Manifest.read(manifest).order()).hasSize(12).startsWith(7);
    }

    @Test
    void changedSoapOptionsAreRefusedNamingWhatChanged() {
        Path again = dir.resolve("again.tsf");
        int code = run(
                new ReplayCommand(registry, computingWith(TestData.vectors(2, 0.5))),
                manifest.toString(),
                "-o",
                again.toString(),
                "--rc",
                "4.0",
                "--quiet");
        assertThat(code).isEqualTo(SiftCli.BAD_INPUT);
        assertThat(err.toString()).contains("cutoff_A 4.0").contains("refusing to replay");
        assertThat(again).doesNotExist();
    }

    @Test
    void aChangedSourceIsRefused() throws Exception {
        Files.writeString(in, Files.readString(in) + "\n");
        int code = run(
                new ReplayCommand(registry, computingWith(TestData.vectors(2, 0.5))), manifest.toString(), "--quiet");
        assertThat(code).isEqualTo(SiftCli.BAD_INPUT);
        assertThat(err.toString()).contains(in.toString()).contains("SHA-256").contains("changed");
    }

    @Test
    void aDifferentOrderIsAnErrorNamingThePosition() {
        int code = run(
                new ReplayCommand(registry, computingWith(TestData.vectors(3, 0.5))), manifest.toString(), "--quiet");
        assertThat(code).isEqualTo(SiftCli.BAD_INPUT);
        assertThat(err.toString()).contains("replayed order differs").contains("position ");
        assertThat(out.toString()).doesNotContain("same order");
    }

    @Test
    void theStandardCommandLineKnowsReplay() {
        assertThat(SiftCli.isSubcommand("replay")).isTrue();
    }

    @Test
    void recordedSoapParametersReadBackAsTheSameProvider() {
        var soap = org.sift.descriptor.SoapParameters.STUDY.withCutoff(4.5).withLMax(6);
        var kernel = new org.sift.similarity.KernelOptions(2, true, true);
        Map<String, Object> p = org.sift.workflow.SimilarityProviders.parameters(soap, kernel);
        assertThat(org.sift.workflow.SimilarityProviders.fromParameters(p).parameters())
                .isEqualTo(p);
    }
}
