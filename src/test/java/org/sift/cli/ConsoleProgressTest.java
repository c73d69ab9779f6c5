package org.sift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleProgressTest {

    private final StringWriter text = new StringWriter();
    private final AtomicLong now = new AtomicLong();

    private ConsoleProgress progress(ConsoleProgress.Mode mode) {
        return new ConsoleProgress(new PrintWriter(text, true), mode, now::get);
    }

    /** 1000 units over 12 s, one unit every 12 ms. */
    private void work(ConsoleProgress p) {
        p.begin("Descriptors", 1000);
        for (int i = 0; i < 1000; i++) {
            now.addAndGet(12_000_000L);
            p.worked(1);
        }
        p.finish();
    }

    @Test
    void withoutATerminalProgressIsALineEveryFiveSecondsAndOneAtTheEnd() {
        work(progress(ConsoleProgress.Mode.LOG));
        assertThat(text.toString()).doesNotContain("\r").doesNotContain("#");
        assertThat(text.toString().lines().toList())
                .containsExactly(
                        "Descriptors: 41 % (417/1000)",
                        "Descriptors: 83 % (834/1000)", "Descriptors: 100 % (1000/1000)");
    }

    @Test
    void onATerminalTheBarIsRedrawnInPlaceAtMostTenTimesASecond() {
        work(progress(ConsoleProgress.Mode.BAR));
        String s = text.toString();
        long redraws = s.chars().filter(c -> c == '\r').count();
        assertThat(redraws).isBetween(100L, 122L); // 12 s at <= 10 a second, plus the last unit and finish
        assertThat(s).endsWith("Descriptors [" + "#".repeat(30) + "] 100 %" + System.lineSeparator());
    }

    @Test
    void quietWritesNothing() {
        work(progress(ConsoleProgress.Mode.OFF));
        assertThat(text.toString()).isEmpty();
    }

    @Test
    void similarityQuietWritesNoProgressAndWithoutATerminalNoBar(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("three.extxyz");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            sb.append("2\nLattice=\"5 0 0 0 5 0 0 0 5\" Properties=species:S:1:pos:R:3 pbc=\"T T T\"\n")
                    .append("Si 0 0 0\nSi 1.2 ")
                    .append(1.1 + 0.2 * i)
                    .append(" 0.3\n");
        }
        Files.writeString(f, sb);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SiftCli.commandLine(new PrintWriter(out), new PrintWriter(err))
                .execute("similarity", f.toString(), "--row", "0", "--quiet");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("# j K(0,j) d(0,j)");
        assertThat(err.toString()).isEmpty();

        StringWriter err2 = new StringWriter();
        code = SiftCli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err2))
                .execute("similarity", f.toString(), "--row", "0");
        assertThat(code).isZero();
        assertThat(System.console()).as("tests run without a terminal").isNull();
        assertThat(err2.toString()).contains("100 %").doesNotContain("\r").doesNotContain("#");
    }
}
