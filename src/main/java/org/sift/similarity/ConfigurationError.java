package org.sift.similarity;

/**
 * A configuration whose descriptor cannot be computed (a cell too thin for the cutoff, far too
 * many neighbours): the index in the list given to {@link SimilarityEngine} and the problem. The
 * caller, who knows where the configuration was read, names the file and line
 * ({@code Dataset.where}).
 */
public final class ConfigurationError extends IllegalArgumentException {

    private final int index;
    private final String problem;

    public ConfigurationError(int index, String problem, Throwable cause) {
        super("configuration " + index + ": " + problem, cause);
        this.index = index;
        this.problem = problem;
    }

    /** Index of the configuration in the list computed (0-based). */
    public int index() {
        return index;
    }

    /** What is wrong, without the configuration. */
    public String problem() {
        return problem;
    }
}
