package org.sift.analysis;

import org.sift.concurrent.ParallelRows;
import org.sift.selection.DistanceSource;
import org.sift.similarity.StructureFeatures;
import org.sift.similarity.StructureSimilarity;

/**
 * The distance d(i, j) = sqrt(max(0, 2 - 2 K(i, j))) of a structure similarity (docs/method.md §3) as a
 * {@link DistanceSource} for FPS: one kernel row per distance row, nothing of size N^2 stored.
 * {@code distanceRow} is as thread-safe as the similarity's {@code kernelRow}.
 */
public final class SimilarityDistances implements DistanceSource {

    private final StructureSimilarity similarity;
    private final double metricError;

    /**
     * For SOAP features with zeta = 1 (normalised) the distances are Euclidean distances between stored
     * unit vectors up to {@link StructureFeatures#distanceErrorBound()}, which is passed on as
     * {@link #metricError()} so that FPS can prune by the triangle inequality; other similarities claim
     * nothing.
     */
    public SimilarityDistances(StructureSimilarity similarity) {
        this.similarity = similarity;
        this.metricError = similarity instanceof StructureFeatures f ? f.distanceErrorBound() : Double.POSITIVE_INFINITY;
    }

    @Override
    public double metricError() {
        return metricError;
    }

    /**
     * All N^2 distances computed once and held in memory (8 N^2 bytes). For {@link StructureFeatures}
     * the kernel matrix comes from {@link StructureFeatures#fullMatrix} (blocked, parallel, each entry
     * equal bit for bit to {@code kernel(i, j)}) and is turned into distances in place; other
     * similarities take N (N - 1) / 2 kernel evaluations in parallel. Worth it when the exact medoid
     * (all N^2 distances) or many coverage curves are needed; use for N up to a few thousand.
     */
    public static org.sift.selection.MatrixDistances cached(StructureSimilarity similarity, int threads,
                                                            org.sift.concurrent.ProgressMonitor monitor) {
        int n = similarity.size();
        if (similarity instanceof StructureFeatures f && n <= StructureFeatures.FULL_MATRIX_LIMIT) {
            double[][] d = f.fullMatrix(monitor);
            for (int i = 0; i < n; i++) {
                double[] r = d[i];
                for (int j = 0; j < n; j++) {
                    r[j] = i == j ? 0.0 : Math.sqrt(Math.max(0.0, 2.0 - 2.0 * r[j]));
                }
            }
            return new org.sift.selection.MatrixDistances(d);
        }
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
