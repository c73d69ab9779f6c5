package org.sift.workflow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Text output written to a temporary file beside the target, then renamed; no overwrite unless forced. */
public final class SafeFiles {

    private SafeFiles() {
    }

    /** Throws if {@code target} exists and {@code force} is false. */
    public static void checkWritable(Path target, boolean force) throws IOException {
        if (target != null && Files.exists(target) && !force) {
            throw new FileAlreadyExistsException(target.toAbsolutePath().toString(), null, "exists (use --force to overwrite)");
        }
    }

    public static void writeString(Path target, String content, boolean force) throws IOException {
        Path abs = target.toAbsolutePath();
        checkWritable(abs, force);
        Files.createDirectories(abs.getParent());
        Path tmp = abs.getParent().resolve("." + abs.getFileName() + ".tmp-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Writes bytes to an output stream; the stream is closed by the caller. */
    public interface Output {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    /** Binary output (figures), written like {@link #writeString}: temporary file beside the target, then renamed. */
    public static void write(Path target, boolean force, Output content) throws IOException {
        Path abs = target.toAbsolutePath();
        checkWritable(abs, force);
        Files.createDirectories(abs.getParent());
        Path tmp = abs.getParent().resolve("." + abs.getFileName() + ".tmp-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        try {
            try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp))) {
                content.writeTo(out);
            }
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
