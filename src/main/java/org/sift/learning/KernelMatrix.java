package org.sift.learning;

import org.sift.concurrent.ParallelRows;
import org.sift.concurrent.ProgressMonitor;
import org.sift.selection.DistanceSource;
import org.sift.similarity.StructureFeatures;
import org.sift.similarity.StructureSimilarity;

/**
 * The regression kernel k(A, B) = K(A, B)^zeta over the configurations of a dataset, with K the
 * normalised structure similarity (docs/method.md §3), zeta &gt;= 1. For K in [0, 1] every power is again
 * a positive semi-definite kernel (Schur product theorem). Up to {@link #FULL_LIMIT} configurations
 * the N x N matrix of K is computed once and held (8 N^2 bytes, 72 MB at N = 3000), so the many
 * training and validation blocks of a learning curve are lookups; above, entries are evaluated from
 * the similarity on demand.
 *
 * <p>It also offers the distance d = sqrt(2 - 2 K) between members of a subset of the configurations
 * (the selection pool), for the selectors.
 */
public final class KernelMatrix {

    /** Largest N for which the matrix is stored. */
    public static final int FULL_LIMIT = 6500;

    private final StructureSimilarity similarity;
    private final double[][] full;
    private final int zeta;

    private KernelMatrix(StructureSimilarity similarity, double[][] full, int zeta) {
        this.similarity = similarity;
        this.full = full;
        this.zeta = zeta;
    }

    /**
     * @param zeta    exponent, &gt;= 1
     * @param threads threads for the stored matrix (other similarities than SOAP features)
     */
    public static KernelMatrix of(StructureSimilarity similarity, int zeta, int threads, ProgressMonitor monitor) {
        if (zeta < 1) {
            throw new IllegalArgumentException("zeta must be >= 1, got " + zeta);
        }
        int n = similarity.size();
        if (n > FULL_LIMIT) {
            return new KernelMatrix(similarity, null, zeta);
        }
        double[][] m;
        if (similarity instanceof StructureFeatures f) {
            m = f.fullMatrix(monitor);
        } else {
            double[][] k = new double[n][n];
            monitor.begin("Similarity matrix", n);
            ParallelRows.forEach(n, n, threads, monitor, (i, row) -> similarity.kernelRow(i, k[i]));
            m = k;
        }
        return new KernelMatrix(similarity, m, zeta);
    }

    public int size() {
        return similarity.size();
    }

    /** The structure similarity this kernel is built on. */
    public StructureSimilarity structureSimilarity() {
        return similarity;
    }

    public int zeta() {
        return zeta;
    }

    /** K(i, j), the structure similarity itself. */
    public double similarity(int i, int j) {
        return full != null ? full[i][j] : similarity.kernel(i, j);
    }

    /** k(i, j) = K(i, j)^zeta. */
    public double kernel(int i, int j) {
        double x = similarity(i, j);
        double p = x;
        for (int z = 1; z < zeta; z++) p *= x;
        return p;
    }

    /** {@code out[a][b] = k(rows[a], cols[b])}. */
    public double[][] block(int[] rows, int[] cols) {
        double[][] out = new double[rows.length][cols.length];
        for (int a = 0; a < rows.length; a++) {
            for (int b = 0; b < cols.length; b++) {
                out[a][b] = kernel(rows[a], cols[b]);
            }
        }
        return out;
    }

    /**
     * d(a, b) = sqrt(max(0, 2 - 2 K(members[a], members[b]))) between the given configurations,
     * indexed 0..members.length-1 (the array is not copied and must not change).
     */
    public DistanceSource distances(int[] members) {
        return new DistanceSource() {
            @Override
            public int size() {
                return members.length;
            }

            @Override
            public double distance(int a, int b) {
                return Math.sqrt(Math.max(0.0, 2.0 - 2.0 * similarity(members[a], members[b])));
            }
        };
    }
}
