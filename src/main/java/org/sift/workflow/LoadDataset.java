package org.sift.workflow;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sift.concurrent.ProgressMonitor;
import org.sift.io.FormatRegistry;
import org.sift.io.ReadOptions;
import org.sift.model.Dataset;

/** Use case: read one or more files (or DeePMD folders) into one dataset, in the given order. */
public final class LoadDataset {

    private final FormatRegistry registry;

    public LoadDataset(FormatRegistry registry) {
        this.registry = registry;
    }

    public LoadDataset() {
        this(FormatRegistry.standard());
    }

    public Dataset load(List<Path> files, ReadOptions options, ProgressMonitor monitor) throws IOException {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no input files");
        }
        List<Dataset> parts = new ArrayList<>();
        for (Path f : files) {
            monitor.checkCancelled();
            parts.add(registry.read(f, null, options, monitor));
        }
        return parts.size() == 1 ? parts.get(0) : Dataset.merge(parts);
    }
}
