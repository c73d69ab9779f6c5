package org.sift.analysis;

import org.sift.selection.DistanceSource;
import org.sift.similarity.StructureSimilarity;

/**
 * The distance d(i, j) = sqrt(max(0, 2 - 2 K(i, j))) of a structure similarity (METHOD.md §3) as a
 * {@link DistanceSource} for FPS: one kernel row per distance row, nothing of size N^2 stored.
 * {@code distanceRow} is as thread-safe as the similarity's {@code kernelRow}.
 */
public final class SimilarityDistances implements DistanceSource {

    private final StructureSimilarity similarity;

    public SimilarityDistances(StructureSimilarity similarity) {
        this.similarity = similarity;
    }

    @Override
    public int size() {
        return similarity.size();
    }

    @Override
    public double distance(int i, int j) {
        return Math.sqrt(Math.max(0.0, 2.0 - 2.0 * similarity.kernel(i, j)));
    }

    @Override
    public void distanceRow(int i, double[] out) {
        similarity.kernelRow(i, out);
        for (int j = 0; j < out.length; j++) {
            out[j] = Math.sqrt(Math.max(0.0, 2.0 - 2.0 * out[j]));
        }
    }
}
