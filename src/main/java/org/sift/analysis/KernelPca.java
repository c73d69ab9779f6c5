package org.sift.analysis;

import org.sift.concurrent.ParallelRows;
import org.sift.concurrent.ProgressMonitor;
import org.sift.similarity.StructureFeatures;
import org.sift.similarity.StructureSimilarity;

/**
 * A map of the whole dataset: the first two components of kernel PCA of the structure similarity K.
 *
 * <p>Formula. The centred kernel Kc = H K H with H = I - 11^T/N, i.e.
 * Kc_ij = K_ij - r_i - r_j + g (r_i the mean of row i, g the mean of all entries), is diagonalised
 * by EJML's symmetric eigen-decomposition (largest eigenvalues lambda_1 &gt;= lambda_2); the map
 * coordinates of configuration i are sqrt(lambda_j) v_ij (its projections on the principal axes of
 * the feature space implied by K) and the explained variance of axis j is lambda_j / trace(Kc).
 * Each axis's sign is fixed so that its largest-magnitude coordinate is positive.
 *
 * <p>Above {@link #KERNEL_LIMIT} configurations the N x N decomposition is replaced by centred PCA
 * of the mean vectors ({@link Method#MEAN_VECTORS}): for the normalised SOAP kernel at zeta = 1,
 * K = U U^T with U the unit mean vectors, so this is the same map (same coordinates up to sign,
 * same explained variances) at cost O(N d^2 + d^3).
 *
 * @param x         first coordinate of every configuration
 * @param y         second coordinate (0 when there is only one component)
 * @param explained explained variance share of the two axes
 * @param method    how it was computed
 */
public record KernelPca(double[] x, double[] y, double[] explained, Method method) {

    /** Largest N for the N x N kernel decomposition. */
    public static final int KERNEL_LIMIT = 5000;

    /** How the map was computed. */
    public enum Method {
        /** eigen-decomposition of the centred N x N kernel */
        KERNEL,
        /** centred PCA of the unit mean vectors (same map for zeta = 1) */
        MEAN_VECTORS
    }

    /**
     * Kernel PCA of the similarity, or PCA of the mean vectors above {@link #KERNEL_LIMIT}.
     *
     * @throws IllegalArgumentException above the limit for a similarity without mean vectors
     */
    public static KernelPca of(StructureSimilarity sim, int threads, ProgressMonitor monitor) {
        int n = sim.size();
        if (n <= KERNEL_LIMIT) {
            double[][] k = new double[n][n];
            monitor.begin("Kernel PCA: similarity matrix", n);
            ParallelRows.forEach(n, n, threads, monitor, (i, row) -> sim.kernelRow(i, k[i]));
            return ofKernel(k);
        }
        if (sim instanceof StructureFeatures f
                && f.options().zeta() == 1
                && f.options().normalise()) {
            double[][] x = new double[n][];
            for (int i = 0; i < n; i++) x[i] = f.vector(i);
            return ofVectors(x);
        }
        throw new IllegalArgumentException("kernel PCA of " + n + " configurations (more than " + KERNEL_LIMIT
                + ") needs the mean vectors of the normalised SOAP kernel with zeta = 1");
    }

    /** Kernel PCA of a symmetric positive semi-definite N x N kernel (not modified). */
    public static KernelPca ofKernel(double[][] k) {
        int n = k.length;
        double[] r = new double[n];
        double g = 0;
        for (int i = 0; i < n; i++) {
            if (k[i].length != n)
                throw new IllegalArgumentException(
                        "kernel row " + i + " has length " + k[i].length + ", expected " + n);
            for (int j = 0; j < n; j++) r[i] += k[i][j];
            g += r[i];
            r[i] /= n;
        }
        g /= (double) n * n;
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) c[i][j] = k[i][j] - r[i] - r[j] + g;
        return from(PrincipalCoordinates.ofGram(c, PrincipalCoordinates.EXACT, 2), n, Method.KERNEL);
    }

    /** Centred PCA of N rows (not modified). */
    public static KernelPca ofVectors(double[][] rows) {
        return from(
                PrincipalCoordinates.of(rows, true, PrincipalCoordinates.EXACT, 2), rows.length, Method.MEAN_VECTORS);
    }

    private static KernelPca from(PrincipalCoordinates pc, int n, Method m) {
        double[] x = new double[n];
        double[] y = new double[n];
        double[] e = new double[2];
        for (int j = 0; j < Math.min(2, pc.components()); j++) {
            e[j] = pc.explained(j);
            double[] col = j == 0 ? x : y;
            int arg = 0;
            for (int i = 0; i < n; i++) {
                col[i] = pc.coordinates()[i][j];
                if (Math.abs(col[i]) > Math.abs(col[arg]) * (1 + 1e-9)) arg = i;
            }
            if (col[arg] < 0) for (int i = 0; i < n; i++) col[i] = -col[i];
        }
        return new KernelPca(x, y, e, m);
    }
}
