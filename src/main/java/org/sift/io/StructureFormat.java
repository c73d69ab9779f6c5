package org.sift.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.sift.concurrent.ProgressMonitor;
import org.sift.model.Cell;
import org.sift.model.Configuration;
import org.sift.model.Property;

/**
 * One file format, declared: its id, extensions, what it holds, whether it reads and writes, and a
 * header sniffer. Formats are registered in {@link FormatRegistry}; nothing else branches on format.
 */
public interface StructureFormat {

    /** Short id used on the command line ({@code extxyz}, {@code deepmd-npy}, ...). */
    String id();

    /** Human-readable name for file dialogs. */
    String description();

    /** Lower-case file extensions without the dot; file-name patterns like {@code OUTCAR} allowed. */
    List<String> extensions();

    /** True if one file (or folder) may hold many configurations. */
    boolean multiFrame();

    /** True if the path is a folder rather than a file (DeePMD systems). */
    default boolean isDirectoryFormat() {
        return false;
    }

    boolean canRead();

    boolean canWrite();

    Capabilities capabilities();

    /**
     * True if the writer writes these lattice vectors so that reading gives them back (the
     * periodic flags are {@link Capabilities#pbcPerAxis()}'s business). Default:
     * {@link Capabilities#cell()}. A format that stores only the vectors of periodic axes (MTP)
     * says so here; a cell it does not hold is named ({@code 'cell'}) in the writer's warnings.
     */
    default boolean holdsCell(Cell cell) {
        return capabilities().cell();
    }

    /**
     * True if the writer writes these periodic flags so that reading gives them back. Default:
     * {@link Capabilities#pbcPerAxis()}, or flags that are all equal (all periodic or none).
     */
    default boolean holdsPbc(boolean[] pbc) {
        return capabilities().pbcPerAxis() || (pbc[0] == pbc[1] && pbc[1] == pbc[2]);
    }

    /**
     * True if the writer writes this per-configuration property so that reading gives it back
     * (same name, same number of values, numbers equal, text equal). Everything else in
     * {@code info} is named in the writer's warnings (see {@link LabelWarnings#check(StructureFormat, List)}).
     * Default: {@link Capabilities#info()} for every property. A format that keeps only some keys
     * (POSCAR: {@code comment}) or some kinds of values (DeePMD: numbers) says so here.
     */
    default boolean holdsInfo(Property p) {
        return capabilities().info();
    }

    /**
     * True if the writer writes this per-atom property so that reading gives it back as a per-atom
     * property with the same values. Default: {@link Capabilities#perAtomArrays()}.
     */
    default boolean holdsArray(Property p) {
        return capabilities().perAtomArrays();
    }

    /**
     * True if {@code head} (the first bytes of the decompressed file, up to 4 KiB) looks like this
     * format. For folder formats {@code head} is empty and {@code path} is the folder.
     */
    boolean sniff(Path path, byte[] head);

    /**
     * Reads every configuration, streaming (the file is never held in memory as a whole).
     * Gzip-compressed files are read transparently (use {@link TextInput}).
     *
     * @throws FormatException naming file, line or frame, and what was expected
     */
    List<Configuration> read(Path path, ReadOptions options, ProgressMonitor monitor) throws IOException;

    /**
     * For a folder format: null if the existing, non-empty {@code folder} holds only what this
     * format writes (so {@code --force} may replace it), else why not, naming the first file that
     * is not this format's. Default: a folder is never replaced.
     */
    default String whyNotReplaceable(Path folder) throws IOException {
        return "it is not a folder of " + id() + " files";
    }

    /**
     * Writes the configurations to {@code path} (which the caller has chosen; {@link FormatRegistry}
     * handles temporary files and renaming). Returns warnings, one per label that the format could
     * not hold, each naming the label; empty if nothing was dropped.
     */
    List<String> write(Path path, List<Configuration> configurations, WriteOptions options) throws IOException;
}
