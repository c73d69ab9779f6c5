package org.sift.io;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sift.concurrent.AtomicFiles;
import org.sift.concurrent.ProgressMonitor;
import org.sift.model.Configuration;
import org.sift.model.Dataset;

/**
 * The ordered list of known formats. Chooses a format by id, by file name (extension or name
 * pattern, ignoring {@code .gz}) or by sniffing the content, and performs safe writes (see
 * {@link #write}). A target whose name ends in {@code .gz} is written gzip-compressed.
 */
public final class FormatRegistry {

    private final List<StructureFormat> formats;

    public FormatRegistry(List<StructureFormat> formats) {
        this.formats = List.copyOf(formats);
    }

    /** Every format Sift knows, in sniffing order. */
    public static FormatRegistry standard() {
        return new FormatRegistry(StandardFormats.all());
    }

    public List<StructureFormat> formats() {
        return formats;
    }

    public List<StructureFormat> readable() {
        return formats.stream().filter(StructureFormat::canRead).toList();
    }

    public List<StructureFormat> writable() {
        return formats.stream().filter(StructureFormat::canWrite).toList();
    }

    public Optional<StructureFormat> byId(String id) {
        return formats.stream().filter(f -> f.id().equalsIgnoreCase(id)).findFirst();
    }

    /** The format whose extension or name pattern matches the file name (ignoring {@code .gz}). */
    public Optional<StructureFormat> byName(Path path) {
        String name = TextInput.baseName(path).toLowerCase(Locale.ROOT);
        for (StructureFormat f : formats) {
            for (String ext : f.extensions()) {
                String e = ext.toLowerCase(Locale.ROOT);
                if (name.equals(e) || name.endsWith("." + e) || name.startsWith(e + ".") || name.startsWith(e + "_")) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The format of an existing file or folder: by name first, confirmed or overridden by sniffing.
     *
     * @throws FormatException if no format recognises it
     */
    public StructureFormat detect(Path path) throws IOException {
        if (!Files.exists(path)) {
            throw new java.nio.file.NoSuchFileException(path.toString());
        }
        byte[] head = TextInput.head(path, 4096);
        Optional<StructureFormat> named = byName(path);
        if (named.isPresent() && named.get().canRead() && named.get().sniff(path, head)) {
            return named.get();
        }
        for (StructureFormat f : formats) {
            if (f.canRead() && f.isDirectoryFormat() == Files.isDirectory(path) && f.sniff(path, head)) {
                return f;
            }
        }
        if (named.isPresent() && named.get().canRead()) {
            return named.get();
        }
        if (!Files.isDirectory(path) && head.length == 0) {
            throw new FormatException(path.toString(), 0, "file is empty");
        }
        throw new FormatException(path.toString(), 0, "unknown format; known formats: " + ids(readable()));
    }

    /** Reads a file or folder with the detected format (or the given one) into a dataset. */
    public Dataset read(Path path, StructureFormat format, ReadOptions options, ProgressMonitor monitor)
            throws IOException {
        StructureFormat f = format != null ? format : detect(path);
        if (!f.canRead()) {
            throw new IOException("format " + f.id() + " cannot be read");
        }
        ReadLog.FrameLines lines = new ReadLog.FrameLines(options.log());
        List<Configuration> configs = f.read(path, options.withLog(lines), monitor);
        // labels stored under other names (dft_energy, REF_forces, ...): see LabelKeys
        configs = options.labelKeys().apply(configs, path.toString(), options.log());
        if (configs.isEmpty()) {
            throw new FormatException(path.toString(), 0, "no configurations found (format " + f.id() + ")");
        }
        long[] at = lines.lines(configs.size());
        return Dataset.of(path.toString(), ConfigurationChecks.checked(path.toString(), configs, at, options), at);
    }

    public Dataset read(Path path) throws IOException {
        return read(path, null, ReadOptions.defaults(), ProgressMonitor.NONE);
    }

    /**
     * Writes through {@link AtomicFiles}: a temporary beside {@code target}, forced to disk, then
     * created exclusively (or, with {@code overwrite}, renamed over the old file), so a failed or
     * concurrent write never leaves a half-written or clobbered file. A {@code .gz} target is
     * compressed while it is written. A file never replaces a folder; a folder format replaces an
     * existing folder only if it holds nothing but that format's files
     * ({@link StructureFormat#whyNotReplaceable}). Returns the format's warnings about labels it
     * could not hold.
     */
    public List<String> write(
            Path target,
            StructureFormat format,
            List<Configuration> configurations,
            WriteOptions options,
            boolean overwrite)
            throws IOException {
        StructureFormat f = writerFor(target, format);
        if (!f.multiFrame() && configurations.size() != 1) {
            throw new IOException("format " + f.id() + " holds one configuration, got " + configurations.size());
        }
        checkTarget(target, f, overwrite);
        if (f.isDirectoryFormat()) {
            return AtomicFiles.writeFolder(
                    target, overwrite, f::whyNotReplaceable, tmp -> f.write(tmp, configurations, options));
        }
        return AtomicFiles.writeFile(target, overwrite, tmp -> f.write(tmp, configurations, options));
    }

    /** The given format, or the one named by the target's file name; it must be writable. */
    public StructureFormat writerFor(Path target, StructureFormat format) throws IOException {
        StructureFormat f = format;
        if (f == null) {
            f = byName(target)
                    .orElseThrow(() -> new IOException("cannot tell the format of " + target
                            + " from its name; known formats: " + ids(writable())));
        }
        if (!f.canWrite()) {
            throw new IOException("format " + f.id() + " cannot be written");
        }
        return f;
    }

    /**
     * Refuses, before any work, a target that {@link #write} would refuse: an existing one without
     * {@code overwrite}, a folder where a file would go, a file where a folder would go, or a
     * folder that does not hold only this format's files.
     */
    public void checkTarget(Path target, StructureFormat format, boolean overwrite) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        if (!Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!overwrite) {
            throw new FileAlreadyExistsException(abs.toString(), null, "exists (use --force to overwrite)");
        }
        boolean folder = Files.isDirectory(abs, LinkOption.NOFOLLOW_LINKS);
        if (format.isDirectoryFormat() && !folder) {
            throw new FileAlreadyExistsException(
                    abs.toString(), null, "is a file; refusing to replace it with a " + format.id() + " folder");
        }
        if (!format.isDirectoryFormat() && folder) {
            throw new FileAlreadyExistsException(
                    abs.toString(),
                    null,
                    "is a folder; refusing to replace a folder with a " + format.id() + " file (even with --force)");
        }
        if (folder) {
            boolean empty;
            try (var s = Files.list(abs)) {
                empty = s.findAny().isEmpty();
            }
            String why = empty ? null : format.whyNotReplaceable(abs);
            if (why != null) {
                throw new FileAlreadyExistsException(abs.toString(), null, "refusing to replace it: " + why);
            }
        }
    }

    private static String ids(List<StructureFormat> fs) {
        List<String> ids = new ArrayList<>();
        for (StructureFormat f : fs) {
            ids.add(f.id());
        }
        return String.join(", ", ids);
    }
}
