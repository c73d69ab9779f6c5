package org.sift.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesAndLeavesNoTemporary() throws Exception {
        Path f = dir.resolve("a.txt");
        AtomicFiles.writeString(f, "hello\n", false);
        assertThat(Files.readString(f)).isEqualTo("hello\n");
        assertThat(names()).containsExactly("a.txt");
    }

    @Test
    void refusesAnExistingFileWithoutOverwriteAndReplacesItWith() throws Exception {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "mine");
        assertThatThrownBy(() -> AtomicFiles.writeString(f, "new", false)).isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(f)).isEqualTo("mine");
        AtomicFiles.writeString(f, "new", true);
        assertThat(Files.readString(f)).isEqualTo("new");
        assertThat(names()).containsExactly("a.txt");
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporary() throws Exception {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "mine");
        assertThatThrownBy(() -> AtomicFiles.writeStream(f, true, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readString(f)).isEqualTo("mine");
        assertThat(names()).containsExactly("a.txt");
    }

    @Test
    void neverReplacesAFolderWithAFileEvenWithOverwrite() throws Exception {
        Path d = Files.createDirectory(dir.resolve("proj"));
        Files.writeString(d.resolve("data.extxyz"), "precious");
        assertThatThrownBy(() -> AtomicFiles.writeString(d, "x", true))
                .isInstanceOf(FileAlreadyExistsException.class).hasMessageContaining("is a folder");
        assertThat(Files.readString(d.resolve("data.extxyz"))).isEqualTo("precious");
    }

    @Test
    void gzipTargetsAreCompressedWhileStreaming() throws Exception {
        Path f = dir.resolve("a.txt.gz");
        AtomicFiles.writeString(f, "x".repeat(100_000), false);
        assertThat(Files.size(f)).isLessThan(2_000);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("x".repeat(100_000));
        }
    }

    @Test
    void ofTwoConcurrentWritersToOneNewNameExactlyOneSucceeds() throws Exception {
        Path f = dir.resolve("out.txt");
        CountDownLatch bothWritten = new CountDownLatch(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (String content : List.of("first", "second")) {
                results.add(pool.submit(() -> {
                    try {
                        AtomicFiles.writeStream(f, false, out -> {
                            out.write(content.getBytes(StandardCharsets.UTF_8));
                            bothWritten.countDown();
                            try {
                                bothWritten.await(); // both have checked that the name is free
                            } catch (InterruptedException e) {
                                throw new IOException(e);
                            }
                        });
                        return content;
                    } catch (FileAlreadyExistsException e) {
                        return "refused";
                    }
                }));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> r : results) outcomes.add(r.get());
            assertThat(outcomes).containsOnlyOnce("refused");
            String winner = outcomes.get(0).equals("refused") ? outcomes.get(1) : outcomes.get(0);
            assertThat(Files.readString(f)).isEqualTo(winner);
            assertThat(names()).containsExactly("out.txt");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void foldersAreReplacedOnlyWhenTheCheckAcceptsThem() throws Exception {
        Path d = dir.resolve("dp");
        AtomicFiles.writeFolder(d, false, p -> "never", tmp -> Files.writeString(Files.createDirectory(tmp).resolve("x"), "1"));
        assertThat(Files.readString(d.resolve("x"))).isEqualTo("1");
        assertThatThrownBy(() -> AtomicFiles.writeFolder(d, true, p -> "it holds your files", tmp -> Files.createDirectory(tmp)))
                .isInstanceOf(FileAlreadyExistsException.class).hasMessageContaining("it holds your files");
        assertThat(Files.readString(d.resolve("x"))).isEqualTo("1");
        AtomicFiles.writeFolder(d, true, p -> null, tmp -> Files.writeString(Files.createDirectory(tmp).resolve("y"), "2"));
        assertThat(Files.exists(d.resolve("x"))).isFalse();
        assertThat(Files.readString(d.resolve("y"))).isEqualTo("2");
        assertThat(names()).containsExactly("dp");
    }

    @Test
    void staleTemporariesOfDeadProcessesAreRemovedOthersKept() throws Exception {
        long dead = deadPid();
        long alive = ProcessHandle.current().pid();
        Path old = Files.writeString(dir.resolve(".sift-tmp-" + dead + "-1-data.extxyz"), "half");
        Path legacy = Files.writeString(dir.resolve(".data.extxyz.tmp-" + dead + "-77"), "half");
        Path legacyDir = Files.createDirectory(dir.resolve(".dp.tmp-" + dead + "-78"));
        Files.writeString(legacyDir.resolve("type.raw"), "0\n");
        Path young = Files.writeString(dir.resolve(".sift-tmp-" + dead + "-2-young.extxyz"), "half");
        Path live = Files.writeString(dir.resolve(".sift-tmp-" + alive + "-3-live.extxyz"), "half");
        Path user = Files.writeString(dir.resolve(".data.extxyz.tmp-notapid"), "user's");
        FileTime longAgo = FileTime.fromMillis(System.currentTimeMillis() - 10 * AtomicFiles.STALE_AGE_MILLIS);
        for (Path p : List.of(old, legacy, legacyDir, live, user)) Files.setLastModifiedTime(p, longAgo);
        List<Path> removed = AtomicFiles.removeStaleTemporaries(dir);
        assertThat(removed).containsExactlyInAnyOrder(old, legacy, legacyDir);
        assertThat(names()).containsExactlyInAnyOrder(young.getFileName().toString(), live.getFileName().toString(),
                user.getFileName().toString());
    }

    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        long pid = p.pid();
        assertThat(ProcessHandle.of(pid)).isEmpty();
        return pid;
    }
}
