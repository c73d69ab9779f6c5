package org.sift.concurrent;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * The one way Sift writes an output, file or folder:
 * <ol>
 *   <li>the content is written to a temporary {@code .sift-tmp-PID-NANO-NAME} in the target's own
 *       folder (same file system, so the final step is a rename; the temporary keeps the target's
 *       name as its suffix, so a {@code .gz} target is compressed while it is written);</li>
 *   <li>the temporary is forced to disk ({@code fsync});</li>
 *   <li>without overwrite the final name is created exclusively (a hard link, or for a folder an
 *       exclusive {@code mkdir} then a rename over that empty folder), so of two concurrent writers
 *       to one new name exactly one succeeds and the other fails with
 *       {@link FileAlreadyExistsException}; with overwrite the temporary is renamed over the
 *       target atomically;</li>
 *   <li>on any failure the temporary is removed and an existing target is left as it was.</li>
 * </ol>
 * A file never replaces a folder, a folder never replaces a file, and an existing non-empty folder
 * is replaced only if the caller's {@link Replaceable} check accepts its content (Sift replaces
 * only what it wrote itself). Before the first write into a folder, temporaries left there by
 * processes of this machine that no longer run (killed during a write) are removed.
 */
public final class AtomicFiles {

    /** How long a dead process's temporary must have been left untouched before it is removed. */
    static final long STALE_AGE_MILLIS = 60_000;

    private static final String TMP = ".sift-tmp-";
    private static final String OLD = ".sift-old-";
    /** {@code .sift-tmp-PID-NANO-NAME} and {@code .sift-old-PID-NANO-NAME}. */
    private static final Pattern OURS = Pattern.compile("\\.sift-(?:tmp|old)-(\\d+)-\\d+-.+");
    /** The temporaries of Sift 0.1.0: {@code .NAME.tmp-PID-NANO}, possibly followed by {@code .gz}. */
    private static final Pattern LEGACY = Pattern.compile("\\..+\\.tmp-(\\d+)-\\d+(?:\\.gz)?");
    private static final Set<Path> CLEANED = ConcurrentHashMap.newKeySet();

    private AtomicFiles() {
    }

    /** Writes the content of a temporary file, given its path. */
    @FunctionalInterface
    public interface PathWriter<T> {
        T write(Path temporary) throws IOException;
    }

    /** Writes the content of a file to a stream (closed by the caller). */
    @FunctionalInterface
    public interface StreamWriter {
        void write(OutputStream out) throws IOException;
    }

    /** Decides whether an existing, non-empty folder may be replaced. */
    @FunctionalInterface
    public interface Replaceable {
        /** @return null if {@code folder} may be replaced, else why not (completes "refusing to replace FOLDER: ...") */
        String whyNot(Path folder) throws IOException;
    }

    /**
     * Writes a file. {@code body} gets a path in the target's folder that does not exist yet and
     * writes the whole content there (a {@code .gz} name is the body's to compress: see
     * {@link #newOutputStream(Path)}).
     *
     * @param overwrite replace an existing file (never a folder)
     * @return what {@code body} returned
     * @throws FileAlreadyExistsException if the target exists and {@code overwrite} is false, or
     *                                    another writer created it first
     */
    public static <T> T writeFile(Path target, boolean overwrite, PathWriter<T> body) throws IOException {
        return writeFile(target, overwrite, true, body);
    }

    private static <T> T writeFile(Path target, boolean overwrite, boolean durable, PathWriter<T> body) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        checkTarget(abs, overwrite, false);
        Path tmp = temporary(abs, TMP);
        try {
            T result = body.write(tmp);
            if (!Files.isRegularFile(tmp, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException("writing " + abs + " produced no file");
            }
            if (durable) {
                fsync(tmp, false);
            }
            if (overwrite) {
                if (Files.isDirectory(abs, LinkOption.NOFOLLOW_LINKS)) {
                    throw folderInTheWay(abs);
                }
                rename(tmp, abs);
            } else {
                createExclusively(tmp, abs);
            }
            if (durable) {
                fsyncFolder(abs.getParent());
            }
            return result;
        } finally {
            deleteTree(tmp);
        }
    }

    /** Writes a file from a stream, gzip-compressed while streaming when the name ends in {@code .gz}. */
    public static void writeStream(Path target, boolean overwrite, StreamWriter body) throws IOException {
        writeFile(target, overwrite, tmp -> {
            try (OutputStream out = newOutputStream(tmp)) {
                body.write(out);
            }
            return null;
        });
    }

    /**
     * Writes a cache entry: like {@link #writeStream} with overwrite, but not forced to disk (after
     * a crash the entry is whole or absent, and an absent entry only costs its recomputation).
     */
    public static void writeCacheEntry(Path target, StreamWriter body) throws IOException {
        writeFile(target, true, false, tmp -> {
            try (OutputStream out = newOutputStream(tmp)) {
                body.write(out);
            }
            return null;
        });
    }

    /** Writes UTF-8 text. */
    public static void writeString(Path target, String content, boolean overwrite) throws IOException {
        writeStream(target, overwrite, out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A buffered stream to a new file that is gzip-compressed when the file name ends in
     * {@code .gz} (as the temporaries of {@link #writeFile} do when their target's name does).
     */
    public static OutputStream newOutputStream(Path file) throws IOException {
        OutputStream raw = Files.newOutputStream(file);
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
            return new GZIPOutputStream(new BufferedOutputStream(raw, 1 << 16), 1 << 16);
        }
        return new BufferedOutputStream(raw, 1 << 16);
    }

    /**
     * Writes a folder. {@code body} gets a path in the target's parent folder that does not exist
     * yet and creates the folder there with its whole content. An existing target folder is
     * replaced only if {@code overwrite} and it is empty or {@code replaceable} accepts it; the
     * old folder is then moved aside, the new one renamed into place, and the old one deleted.
     */
    public static <T> T writeFolder(Path target, boolean overwrite, Replaceable replaceable, PathWriter<T> body)
            throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        checkTarget(abs, overwrite, true);
        if (Files.isDirectory(abs, LinkOption.NOFOLLOW_LINKS) && !isEmptyFolder(abs)) {
            String why = replaceable.whyNot(abs);
            if (why != null) {
                throw new FileAlreadyExistsException(abs.toString(), null, "refusing to replace it: " + why);
            }
        }
        Path tmp = temporary(abs, TMP);
        Path old = null;
        try {
            T result = body.write(tmp);
            if (!Files.isDirectory(tmp, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException("writing " + abs + " produced no folder");
            }
            fsync(tmp, true);
            boolean claimed = false;
            if (!Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectory(abs); // exclusive: a concurrent writer fails here
                claimed = true;
            } else if (!overwrite) {
                throw new FileAlreadyExistsException(abs.toString(), null, "exists (use --force to overwrite)");
            } else if (!Files.isDirectory(abs, LinkOption.NOFOLLOW_LINKS)) {
                throw new FileAlreadyExistsException(abs.toString(), null, "is a file; refusing to replace it with a folder");
            }
            if (!isEmptyFolder(abs)) {
                String why = replaceable.whyNot(abs);
                if (why != null) {
                    throw new FileAlreadyExistsException(abs.toString(), null, "refusing to replace it: " + why);
                }
                old = temporary(abs, OLD);
                Files.move(abs, old, StandardCopyOption.ATOMIC_MOVE);
                Files.createDirectory(abs);
                claimed = true;
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE); // POSIX rename replaces an empty folder
            } catch (AtomicMoveNotSupportedException | DirectoryNotEmptyException | FileAlreadyExistsException e) {
                if (!claimed || !isEmptyFolder(abs)) {
                    throw e;
                }
                Files.delete(abs);
                Files.move(tmp, abs);
            } catch (IOException e) {
                if (old != null) {
                    Files.deleteIfExists(abs);
                    Files.move(old, abs, StandardCopyOption.ATOMIC_MOVE);
                    old = null;
                }
                throw e;
            }
            fsyncFolder(abs.getParent());
            return result;
        } finally {
            deleteTree(tmp);
            if (old != null) {
                deleteTree(old);
            }
        }
    }

    /**
     * Removes, from {@code folder}, Sift temporaries of processes of this machine that no longer
     * run and that nobody touched for a minute (what a write killed with {@code kill -9} leaves
     * behind). Anything else is left alone.
     *
     * @return the paths removed
     */
    public static List<Path> removeStaleTemporaries(Path folder) throws IOException {
        List<Path> removed = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return removed;
        }
        long now = System.currentTimeMillis();
        long self = ProcessHandle.current().pid();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.toList()) {
                String name = p.getFileName().toString();
                Matcher m = OURS.matcher(name);
                if (!m.matches()) {
                    m = LEGACY.matcher(name);
                    if (!m.matches()) {
                        continue;
                    }
                }
                long pid;
                try {
                    pid = Long.parseLong(m.group(1));
                } catch (NumberFormatException e) {
                    continue;
                }
                if (pid == self || ProcessHandle.of(pid).isPresent()) {
                    continue;
                }
                FileTime t = Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS);
                if (now - t.toMillis() < STALE_AGE_MILLIS) {
                    continue;
                }
                deleteTree(p);
                removed.add(p);
            }
        }
        return removed;
    }

    private static void checkTarget(Path abs, boolean overwrite, boolean folder) throws IOException {
        Path dir = abs.getParent();
        if (dir == null) {
            throw new IOException("cannot write to " + abs + ": it is a root folder");
        }
        boolean exists = Files.exists(abs, LinkOption.NOFOLLOW_LINKS);
        if (exists && !overwrite) {
            throw new FileAlreadyExistsException(abs.toString(), null, "exists (use --force to overwrite)");
        }
        if (exists && !folder && Files.isDirectory(abs, LinkOption.NOFOLLOW_LINKS)) {
            throw folderInTheWay(abs);
        }
        if (exists && folder && !Files.isDirectory(abs, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(abs.toString(), null, "is a file; refusing to replace it with a folder");
        }
        Files.createDirectories(dir);
        if (CLEANED.add(dir)) {
            removeStaleTemporaries(dir);
        }
    }

    private static FileAlreadyExistsException folderInTheWay(Path abs) {
        return new FileAlreadyExistsException(abs.toString(), null,
                "is a folder; refusing to replace a folder with a file (even with --force)");
    }

    private static Path temporary(Path abs, String kind) {
        return abs.getParent().resolve(kind + ProcessHandle.current().pid() + "-" + System.nanoTime() + "-"
                + abs.getFileName());
    }

    private static void createExclusively(Path tmp, Path abs) throws IOException {
        try {
            Files.createLink(abs, tmp); // fails atomically if abs exists
            return;
        } catch (FileAlreadyExistsException e) {
            throw new FileAlreadyExistsException(abs.toString(), null, "exists (created by another writer meanwhile)");
        } catch (UnsupportedOperationException | FileSystemException e) {
            if (e instanceof FileSystemException f && Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
                throw new FileAlreadyExistsException(abs.toString(), null, "exists (created by another writer meanwhile)");
            }
            // no hard links here (FAT, some network shares): a plain move refuses an existing target
        }
        Files.move(tmp, abs);
    }

    private static void rename(Path tmp, Path abs) throws IOException {
        try {
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static boolean isEmptyFolder(Path p) throws IOException {
        try (Stream<Path> s = Files.list(p)) {
            return s.findAny().isEmpty();
        }
    }

    /** Forces a file, or every file of a folder and the folder itself, to disk. */
    private static void fsync(Path p, boolean folder) throws IOException {
        if (!folder) {
            try (FileChannel c = FileChannel.open(p, StandardOpenOption.WRITE)) {
                c.force(true);
            }
            return;
        }
        List<Path> all;
        try (Stream<Path> s = Files.walk(p)) {
            all = s.toList();
        }
        for (Path q : all) {
            if (Files.isRegularFile(q, LinkOption.NOFOLLOW_LINKS)) {
                fsync(q, false);
            } else {
                fsyncFolder(q);
            }
        }
    }

    /** Best effort: not every platform can open a folder to force its entries. */
    private static void fsyncFolder(Path dir) {
        try (FileChannel c = FileChannel.open(dir, StandardOpenOption.READ)) {
            c.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // the entries are then as durable as the platform makes them
        }
    }

    /** Deletes a file or a folder tree that this class created (never follows links). */
    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            List<Path> children;
            try (Stream<Path> s = Files.list(p)) {
                children = s.toList();
            }
            for (Path c : children) {
                deleteTree(c);
            }
        }
        try {
            Files.deleteIfExists(p);
        } catch (NoSuchFileException e) {
            // already gone
        }
    }
}
