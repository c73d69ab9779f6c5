package org.sift.similarity;

/**
 * Normalised structure similarity K(A, B) between the configurations of one dataset (docs/method.md §3),
 * indexed 0..size()-1 like the dataset. Implementations never need an N x N matrix.
 */
public interface StructureSimilarity {

    /** Number of configurations. */
    int size();

    /** K(i, j), in [-1, 1] (in [0, 1] for SOAP), with K(i, i) = 1. */
    double kernel(int i, int j);

    /** Fills {@code out[j] = K(i, j)} for all j; {@code out.length == size()}. */
    default void kernelRow(int i, double[] out) {
        if (out.length != size()) {
            throw new IllegalArgumentException("row buffer has length " + out.length + ", expected " + size());
        }
        for (int j = 0; j < out.length; j++) {
            out[j] = kernel(i, j);
        }
    }

    /** d(i, j) = sqrt(2 - 2 K(i, j)), clamped at 0. */
    default double distance(int i, int j) {
        return Math.sqrt(Math.max(0.0, 2.0 - 2.0 * kernel(i, j)));
    }
}
