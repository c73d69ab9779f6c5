package org.sift.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.sift.concurrent.ProgressMonitor;
import org.sift.model.Configuration;

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
     * Writes the configurations to {@code path} (which the caller has chosen; {@link FormatRegistry}
     * handles temporary files and renaming). Returns warnings, one per label that the format could
     * not hold, each naming the label; empty if nothing was dropped.
     */
    List<String> write(Path path, List<Configuration> configurations, WriteOptions options) throws IOException;
}
