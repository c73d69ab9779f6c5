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

    /**
     * All N^2 distances computed once and held in memory (8 N^2 bytes), using symmetry: N (N - 1) / 2
     * kernel evaluations, in parallel. Worth it when the medoid and a long FPS run would otherwise read
     * 2 N full rows (4 times as many kernel evaluations); use for N up to a few thousand.
     */
    public static org.sift.selection.MatrixDistances cached(StructureSimilarity similarity, int threads,
                                                            org.sift.concurrent.ProgressMonitor monitor) {
        int n = similarity.size();
        double[][] d = new double[n][n];
        monitor.begin("Distance matrix", n);
        ParallelRows.forEach(n, 0, threads, monitor, (i, unused) -> {
            for (int j = i + 1; j < n; j++) {
                d[i][j] = Math.sqrt(Math.max(0.0, 2.0 - 2.0 * similarity.kernel(i, j)));
            }
        });
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                d[i][j] = d[j][i];
            }
        }
        return new org.sift.selection.MatrixDistances(d);
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
