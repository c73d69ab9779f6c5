package org.sift.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as a real process ({@code java -cp <test classpath> org.sift.Launcher ...}):
 * exit codes that only a process shows, signals and the start without a display.
 */
class CliProcessTest {

    @TempDir
    Path tmp;

    /** A started process with its standard error collected line by line (progress bars split at \r). */
    private record Run(Process process, StringBuffer err, CountDownLatch working, CompletableFuture<Void> drained) {
        int waitFor(long seconds) throws Exception {
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("still running after " + seconds + " s; stderr: " + err);
            }
            drained.get(10, TimeUnit.SECONDS);
            return process.exitValue();
        }
    }

    private Run start(String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx512m");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("org.sift.Launcher");
        cmd.addAll(List.of(args));
        ProcessBuilder pb =
                new ProcessBuilder(cmd).directory(tmp.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Process p = pb.start();
        StringBuffer err = new StringBuffer();
        CountDownLatch working = new CountDownLatch(1);
        CompletableFuture<Void> drained = CompletableFuture.runAsync(() -> {
            try (BufferedReader r =
                    new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                int c;
                while ((c = r.read()) != -1) {
                    err.append((char) c);
                    if (err.indexOf("SOAP descriptors") >= 0) { // a bar on a terminal, a log line every 5 s elsewhere
                        working.countDown();
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
        return new Run(p, err, working, drained);
    }

    private Path sample() throws Exception {
        Path s = Path.of("sample-data", "synthetic-lisi.extxyz.gz").toAbsolutePath();
        assertThat(s).exists();
        return s;
    }

    private List<String> leftovers() throws IOException {
        try (var s = Files.list(tmp)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private void signalDuringSelectExitsCancelled(String signal) throws Exception {
        Run run = start(
                "select", sample().toString(), "-n", "2000", "-o", "subset.extxyz", "--complement", "rest.extxyz.gz");
        assertThat(run.working().await(120, TimeUnit.SECONDS))
                .as(run.err().toString())
                .isTrue();
        if (signal.equals("TERM")) {
            // SIGTERM on Unix; Process.destroy() would also close the stream the error text is read from
            run.process().toHandle().destroy();
        } else {
            Process kill = new ProcessBuilder(
                            "kill", "-" + signal, String.valueOf(run.process().pid()))
                    .start();
            assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
        int code = run.waitFor(30);
        String err = run.err().toString();
        assertThat(code).as(err).isEqualTo(SiftCli.CANCELLED);
        assertThat(err).contains("sift: cancelled").doesNotContain("Exception").doesNotContain("internal error");
        assertThat(leftovers()).as("no output, no temporary file").isEmpty();
    }

    @Test
    void sigtermDuringALongSelectExitsWithCancelled() throws Exception {
        assumeTrue(!System.getProperty("os.name").toLowerCase().contains("win"), "signals are Unix");
        signalDuringSelectExitsCancelled("TERM");
    }

    @Test
    void ctrlCDuringALongSelectExitsWithCancelled() throws Exception {
        assumeTrue(
                Files.isExecutable(Path.of("/bin/kill")) || Files.isExecutable(Path.of("/usr/bin/kill")), "needs kill");
        signalDuringSelectExitsCancelled("INT");
    }

    @Test
    void aMistypedSubcommandWithoutADisplayIsAUsageError() throws Exception {
        Run run = start("selct", "data.extxyz", "-n", "5");
        int code = run.waitFor(60);
        String err = run.err().toString();
        assertThat(code).as(err).isEqualTo(SiftCli.USAGE);
        assertThat(err)
                .contains("Unmatched argument")
                .contains("Did you mean: sift select?")
                .doesNotContain("Exception")
                .doesNotContain("javafx");
    }

    @Test
    void aFileWithoutADisplayIsAUsageErrorNamingTheMissingDisplay() throws Exception {
        Run run = start("data.extxyz");
        int code = run.waitFor(60);
        String err = run.err().toString();
        assertThat(code).as(err).isEqualTo(SiftCli.USAGE);
        assertThat(err).contains("no display").contains("data.extxyz").doesNotContain("Exception");
    }

    @Test
    void aMalformedFileIsBadInputAndACompletedRunExitsZero() throws Exception {
        Path bad = Files.writeString(tmp.resolve("bad.extxyz"), "2\nProperties=species:S:1:pos:R:3\nSi 0 0 0\n");
        assertThat(start("info", bad.toString()).waitFor(60)).isEqualTo(SiftCli.BAD_INPUT);
        Path good = Files.writeString(tmp.resolve("good.extxyz"), "1\nProperties=species:S:1:pos:R:3\nSi 0 0 0\n");
        assertThat(start("info", good.toString()).waitFor(60)).isZero();
    }
}
