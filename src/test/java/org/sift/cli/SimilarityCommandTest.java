package org.sift.cli;

import org.sift.workflow.SimilarityMatrix;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimilarityCommandTest {

    @Test
    void npyFileFollowsTheFormatSpecification(@TempDir Path dir) throws Exception {
        double[][] m = {{1, 0.25, -3.5}, {0.25, 1, 1e-300}, {-3.5, 1e-300, 1}};
        Path f = dir.resolve("k.npy");
        SimilarityMatrix.write(f, m, false);
        byte[] b = Files.readAllBytes(f);
        assertThat(b[0] & 0xff).isEqualTo(0x93);
        assertThat(new String(b, 1, 5, StandardCharsets.US_ASCII)).isEqualTo("NUMPY");
        assertThat(b[6]).isEqualTo((byte) 1);
        int hlen = (b[8] & 0xff) | (b[9] & 0xff) << 8;
        assertThat((10 + hlen) % 64).isZero();
        String header = new String(b, 10, hlen, StandardCharsets.US_ASCII);
        assertThat(header).contains("'descr': '<f8'").contains("'fortran_order': False").contains("'shape': (3, 3)").endsWith("\n");
        ByteBuffer data = ByteBuffer.wrap(b, 10 + hlen, b.length - 10 - hlen).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(b.length - 10 - hlen).isEqualTo(72);
        for (double[] row : m) for (double x : row) assertThat(data.getDouble()).isEqualTo(x);
        try (var s = Files.list(dir)) {
            assertThat(s.toList()).containsExactly(f); // no temporary file left behind
        }
    }

    @Test
    void csvRoundTripsExactly(@TempDir Path dir) throws Exception {
        double[][] m = {{1, 0.1 + 0.2}, {0.1 + 0.2, 1}};
        Path f = dir.resolve("k.csv");
        SimilarityMatrix.write(f, m, false);
        List<String> lines = Files.readAllLines(f);
        assertThat(lines).hasSize(2);
        assertThat(Double.parseDouble(lines.get(0).split(",")[1])).isEqualTo(0.1 + 0.2);
    }

    @Test
    void registeredAndReportsBadInput(@TempDir Path dir) {
        assertThat(SiftCli.isSubcommand("similarity")).isTrue();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SiftCli.commandLine(new PrintWriter(out), new PrintWriter(err))
                .execute("similarity", dir.resolve("missing.extxyz").toString(), "--row", "0");
        assertThat(code).isEqualTo(SiftCli.BAD_INPUT);
        assertThat(err.toString()).contains("missing.extxyz");
        code = SiftCli.commandLine(new PrintWriter(out), new PrintWriter(err)).execute("similarity", "x.extxyz");
        assertThat(code).isEqualTo(SiftCli.USAGE);
    }
}
