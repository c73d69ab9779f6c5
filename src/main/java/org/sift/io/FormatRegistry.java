package org.sift.io;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sift.concurrent.ProgressMonitor;
import org.sift.model.Configuration;
import org.sift.model.Dataset;

/**
 * The ordered list of known formats. Chooses a format by id, by file name (extension or name
 * pattern, ignoring {@code .gz}) or by sniffing the content, and performs safe writes (temporary
 * file, then rename; never overwriting unless asked). A target whose name ends in {@code .gz} is
 * written gzip-compressed.
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
    public Dataset read(Path path, StructureFormat format, ReadOptions options, ProgressMonitor monitor) throws IOException {
        StructureFormat f = format != null ? format : detect(path);
        if (!f.canRead()) {
            throw new IOException("format " + f.id() + " cannot be read");
        }
        List<Configuration> configs = f.read(path, options, monitor);
        // labels stored under other names (dft_energy, REF_forces, ...): see LabelKeys
        configs = options.labelKeys().apply(configs, path.toString(), options.log());
        if (configs.isEmpty()) {
            throw new FormatException(path.toString(), 0, "no configurations found (format " + f.id() + ")");
        }
        return Dataset.of(path.toString(), configs);
    }

    public Dataset read(Path path) throws IOException {
        return read(path, null, ReadOptions.defaults(), ProgressMonitor.NONE);
    }

    /**
     * Writes to a temporary file beside {@code target} and renames it into place, so that a failed
     * write never leaves a half-written or clobbered file. Refuses an existing target unless
     * {@code overwrite}. Returns the format's warnings about labels it could not hold.
     */
    public List<String> write(Path target, StructureFormat format, List<Configuration> configurations,
                              WriteOptions options, boolean overwrite) throws IOException {
        StructureFormat f = format;
        if (f == null) {
            f = byName(target).orElseThrow(() -> new IOException(
                    "cannot tell the format of " + target + " from its name; known formats: " + ids(writable())));
        }
        if (!f.canWrite()) {
            throw new IOException("format " + f.id() + " cannot be written");
        }
        if (!f.multiFrame() && configurations.size() != 1) {
            throw new IOException("format " + f.id() + " holds one configuration, got " + configurations.size());
        }
        Path abs = target.toAbsolutePath();
        if (Files.exists(abs) && !overwrite) {
            throw new FileAlreadyExistsException(abs.toString(), null, "exists (use --force to overwrite)");
        }
        Path dir = abs.getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve("." + abs.getFileName() + ".tmp-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        try {
            List<String> warnings = f.write(tmp, configurations, options);
            if (!f.isDirectoryFormat() && abs.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
                Path gz = dir.resolve(tmp.getFileName() + ".gz");
                try (var in = Files.newInputStream(tmp);
                     var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz), 1 << 16)) {
                    in.transferTo(out);
                }
                Files.move(gz, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            if (Files.isDirectory(abs) && overwrite) {
                deleteRecursively(abs);
            }
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return warnings;
        } finally {
            if (Files.exists(tmp)) {
                deleteRecursively(tmp);
            }
        }
    }

    private static void deleteRecursively(Path p) throws IOException {
        if (Files.isDirectory(p)) {
            try (var s = Files.list(p)) {
                for (Path c : s.toList()) {
                    deleteRecursively(c);
                }
            }
        }
        Files.deleteIfExists(p);
    }

    private static String ids(List<StructureFormat> fs) {
        List<String> ids = new ArrayList<>();
        for (StructureFormat f : fs) {
            ids.add(f.id());
        }
        return String.join(", ", ids);
    }
}
