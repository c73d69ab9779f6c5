package org.sift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command's own checks; writing the file needs the extxyz writer and is exercised end to end elsewhere. */
class SynthCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return SiftCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void isRegistered() {
        assertThat(SiftCli.isSubcommand("synth")).isTrue();
    }

    @Test
    void outputIsRequired() {
        assertThat(run("synth", "-n", "10")).isEqualTo(SiftCli.USAGE);
        assertThat(err.toString()).contains("--output");
    }

    @Test
    void refusesToOverwriteWithoutForce() throws Exception {
        Path target = dir.resolve("data.extxyz");
        Files.writeString(target, "keep me");
        assertThat(run("synth", "-n", "10", "-o", target.toString())).isEqualTo(SiftCli.BAD_INPUT);
        assertThat(err.toString()).contains("--force");
        assertThat(Files.readString(target)).isEqualTo("keep me");
    }

    @Test
    void badCountIsBadInput() {
        assertThat(run("synth", "-n", "0", "-o", dir.resolve("x.extxyz").toString())).isEqualTo(SiftCli.BAD_INPUT);
        assertThat(err.toString()).contains("count must be at least 1");
        assertThat(run("synth", "--shares", "1,2", "-o", dir.resolve("x.extxyz").toString())).isEqualTo(SiftCli.BAD_INPUT);
        assertThat(Files.exists(dir.resolve("x.extxyz"))).isFalse();
    }
}
