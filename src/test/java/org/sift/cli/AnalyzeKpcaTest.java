package org.sift.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sift.analysis.KernelPca;
import org.sift.concurrent.ProgressMonitor;
import org.sift.io.FormatRegistry;
import org.sift.testutil.TestData;
import org.sift.testutil.TestFormat;
import picocli.CommandLine;

/** {@code sift analyze --kpca} writes the kernel PCA map of the similarity it analysed. */
class AnalyzeKpcaTest {

    @TempDir
    Path dir;

    @Test
    void writesKpcaCsvWithTheMapOfTheSimilarity() throws Exception {
        FormatRegistry registry = TestFormat.registry();
        Path in = dir.resolve("in.tsf");
        registry.write(in, null, TestData.lisi(40, 2).configurations(), null, false);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new AnalyzeCommand(registry, () -> TestData.vectors(3, 0.4)));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setExecutionExceptionHandler(new SiftCli.Errors());
        int code = cl.execute(
                in.toString(),
                "--out",
                dir.resolve("a").toString(),
                "--sizes",
                "5,10",
                "--kpca",
                "--figures",
                "none",
                "--quiet");
        assertThat(code).as(err.toString()).isZero();
        List<String> lines = Files.readAllLines(dir.resolve("a").resolve("kpca.csv"));
        assertThat(lines.get(0)).isEqualTo("index,group,pc1,pc2,explained1,explained2,method");
        assertThat(lines).hasSize(41);
        KernelPca ref = KernelPca.of(
                TestData.vectors(3, 0.4).compute(registry.read(in), ProgressMonitor.NONE), 1, ProgressMonitor.NONE);
        for (int i = 0; i < 40; i++) {
            String[] f = lines.get(i + 1).split(",");
            assertThat(Integer.parseInt(f[0])).isEqualTo(i);
            assertThat(Double.parseDouble(f[2])).isCloseTo(ref.x()[i], within(1e-7));
            assertThat(Double.parseDouble(f[3])).isCloseTo(ref.y()[i], within(1e-7));
            assertThat(f[6]).isEqualTo("kernel");
        }
        assertThat(out.toString()).contains("kernel PCA (centred kernel): explained variance");
    }
}
