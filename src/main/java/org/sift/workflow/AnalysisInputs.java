package org.sift.workflow;

import java.util.Objects;
import org.sift.model.Dataset;
import org.sift.selection.FpsOptions;

/**
 * Everything the analysis of a dataset depends on, as chosen in the workbench or on the command line.
 *
 * @param dataset     the dataset
 * @param labels      group label of every configuration (length N, not modified)
 * @param groupX      reference group X of the diagram, or null for the default
 * @param groupY      reference group Y, or null for the default
 * @param settings    SOAP and kernel settings the similarity provider is made for, or null where the
 *                    caller supplies a fixed provider (the command line)
 * @param constraints pins and bans of the FPS run
 * @param start       first point of the FPS run (without pins)
 * @param epsilon     REP threshold on the distance
 * @param pairSeed    seed of the pair sample of large groups
 * @param maxPairs    pairs per group above which the pair distribution is a sample
 * @param fpsFirst    points of the first FPS extension on sets larger than this ({@link AnalysisSession#FPS_FIRST}
 *                    in the workbench); {@link Integer#MAX_VALUE}: the whole order at once
 */
public record AnalysisInputs(
        Dataset dataset,
        String[] labels,
        String groupX,
        String groupY,
        AnalysisSettings settings,
        FpsConstraints constraints,
        FpsOptions.Start start,
        double epsilon,
        long pairSeed,
        long maxPairs,
        int fpsFirst) {

    public AnalysisInputs {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(labels, "labels");
        constraints = constraints == null ? FpsConstraints.NONE : constraints;
        start = start == null ? new FpsOptions.Medoid() : start;
        if (labels.length != dataset.size()) {
            throw new IllegalArgumentException(
                    labels.length + " group labels for " + dataset.size() + " configurations");
        }
        if (!(epsilon > 0)) {
            throw new IllegalArgumentException("epsilon must be > 0, got " + epsilon);
        }
        if (maxPairs < 1 || fpsFirst < 1) {
            throw new IllegalArgumentException("maxPairs and fpsFirst must be >= 1");
        }
    }

    /** The workbench's inputs: medoid start, epsilon 0.1, pair seed 0, progressive FPS. */
    public AnalysisInputs(
            Dataset dataset,
            String[] labels,
            String groupX,
            String groupY,
            AnalysisSettings settings,
            FpsConstraints constraints) {
        this(
                dataset,
                labels,
                groupX,
                groupY,
                Objects.requireNonNull(settings, "settings"),
                constraints,
                new FpsOptions.Medoid(),
                AnalysisSession.EPSILON,
                0,
                AnalysisSession.MAX_PAIRS,
                AnalysisSession.FPS_FIRST);
    }

    /** The same inputs with another size of the first FPS extension. */
    public AnalysisInputs withFpsFirst(int first) {
        return new AnalysisInputs(
                dataset, labels, groupX, groupY, settings, constraints, start, epsilon, pairSeed, maxPairs, first);
    }
}
