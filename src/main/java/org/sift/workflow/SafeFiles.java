package org.sift.workflow;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sift.concurrent.AtomicFiles;

/**
 * The checks every command makes on its outputs before any work starts, and text outputs (index
 * lists, JSON, manifests) written through {@link AtomicFiles}.
 */
public final class SafeFiles {

    private SafeFiles() {
    }

    /** Throws if {@code target} exists and {@code force} is false. */
    public static void checkWritable(Path target, boolean force) throws IOException {
        if (target != null && Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !force) {
            throw new FileAlreadyExistsException(target.toAbsolutePath().toString(), null, "exists (use --force to overwrite)");
        }
    }

    /**
     * Refuses outputs that would overwrite or swallow an input, or each other: an output that is
     * an input, contains one (a folder output around an input file) or lies inside one (a file
     * inside an input folder), and two outputs that are the same path or one inside the other.
     * Paths are compared after resolving symbolic links of their existing parts. Null entries
     * are skipped.
     *
     * @param outputs each with the option that named it (for the message), e.g. {@code "-o"}
     */
    public static void checkOutputs(List<Path> inputs, List<Output> outputs) throws IOException {
        List<Path> in = new ArrayList<>();
        for (Path p : inputs) {
            if (p != null) {
                in.add(real(p));
            }
        }
        List<Output> outs = outputs.stream().filter(o -> o.path() != null).toList();
        List<Path> resolved = new ArrayList<>();
        for (Output o : outs) {
            Path r = real(o.path());
            for (int k = 0; k < in.size(); k++) {
                Path i = in.get(k);
                if (r.equals(i)) {
                    throw new IllegalArgumentException(o.option() + " " + o.path() + " is the input " + inputs.get(k)
                            + "; refusing to overwrite an input");
                }
                if (i.startsWith(r)) {
                    throw new IllegalArgumentException(o.option() + " " + o.path() + " contains the input " + inputs.get(k)
                            + "; refusing to write over a folder that holds an input");
                }
                if (r.startsWith(i)) {
                    throw new IllegalArgumentException(o.option() + " " + o.path() + " lies inside the input "
                            + inputs.get(k) + "; refusing to write into an input");
                }
            }
            for (int k = 0; k < resolved.size(); k++) {
                Path other = resolved.get(k);
                if (r.equals(other) || r.startsWith(other) || other.startsWith(r)) {
                    throw new IllegalArgumentException(o.option() + " " + o.path() + " and " + outs.get(k).option() + " "
                            + outs.get(k).path() + " are the same output (or one lies inside the other)");
                }
            }
            resolved.add(r);
        }
    }

    /** An output path and the option that named it. */
    public record Output(String option, Path path) {
        public Output {
            Objects.requireNonNull(option);
        }
    }

    /** Writes UTF-8 text atomically; refuses an existing target unless {@code force}. */
    public static void writeString(Path target, String content, boolean force) throws IOException {
        AtomicFiles.writeString(target, content, force);
    }

    /** The real path of the longest existing prefix, followed by the rest as given. */
    static Path real(Path p) throws IOException {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        List<Path> rest = new ArrayList<>();
        while (existing != null && !Files.exists(existing)) {
            rest.add(0, existing.getFileName());
            existing = existing.getParent();
        }
        Path r = existing == null ? abs.getRoot() : existing.toRealPath();
        for (Path q : rest) {
            r = r.resolve(q);
        }
        return r;
    }
}
