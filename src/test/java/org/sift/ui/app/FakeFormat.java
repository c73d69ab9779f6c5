package org.sift.ui.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.sift.concurrent.ProgressMonitor;
import org.sift.io.Capabilities;
import org.sift.io.Capabilities.Label;
import org.sift.io.ReadOptions;
import org.sift.io.StructureFormat;
import org.sift.model.Configuration;

/** A declared-only format for testing file-chooser filters; it reads and writes nothing. */
record FakeFormat(String id, String description, List<String> extensions, boolean canRead, boolean isDirectoryFormat)
        implements StructureFormat {
    @Override public boolean multiFrame() { return true; }
    @Override public boolean canWrite() { return false; }
    @Override public Capabilities capabilities() { return Capabilities.of(Label.CELL, Label.PBC_PER_AXIS, Label.ENERGY, Label.FORCES, Label.STRESS, Label.VIRIAL, Label.INFO, Label.PER_ATOM_ARRAYS); }
    @Override public boolean sniff(Path path, byte[] head) { return false; }
    @Override public List<Configuration> read(Path path, ReadOptions options, ProgressMonitor monitor) throws IOException {
        throw new IOException("fake format " + id + " reads nothing");
    }
    @Override public List<String> write(Path path, List<Configuration> configurations, org.sift.io.WriteOptions options) {
        return List.of();
    }
}
