package org.sift.ui.analysis;

import java.util.Objects;
import org.sift.model.Dataset;
import org.sift.ui.settings.AnalysisSettings;

/**
 * Everything the analysis of a dataset depends on, as chosen in the workbench.
 *
 * @param dataset     the open dataset
 * @param labels      group label of every configuration (length N, not modified)
 * @param groupX      reference group X of the diagram, or null for the default
 * @param groupY      reference group Y, or null for the default
 * @param settings    SOAP and kernel settings
 * @param constraints pins and bans of the FPS run
 */
public record AnalysisInputs(Dataset dataset, String[] labels, String groupX, String groupY, AnalysisSettings settings,
                             FpsConstraints constraints) {

    public AnalysisInputs {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(settings, "settings");
        constraints = constraints == null ? FpsConstraints.NONE : constraints;
        if (labels.length != dataset.size()) {
            throw new IllegalArgumentException(labels.length + " group labels for " + dataset.size() + " configurations");
        }
    }
}
