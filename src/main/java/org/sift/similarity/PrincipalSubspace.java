package org.sift.similarity;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;
import org.sift.concurrent.ProgressMonitor;
import org.sift.concurrent.Workers;

/**
 * Exact compression of unit mean vectors (zeta = 1): the vectors u_A are rotated to their principal
 * subspace. The D x D second-moment matrix of up to
 * {@value #COMPRESS_SAMPLE} evenly spaced rows is diagonalised (EJML SVD of the symmetric matrix), eigenvectors are kept (largest first)
 * until the discarded eigenvalues sum to at most 1e-11 x rows, and every row is projected,
 * y_A = U^T u_A, with its exact residual r_A = 1 - |y_A|^2. If every r_A &le; 4e-10, the stored rows
 * are y_A / |y_A|, for which |K_stored(A, B) - K(A, B)| &le; sqrt(r_A r_B) + (r_A + r_B) / 2 &le; 8e-10
 * (reported by {@link StructureFeatures#compressionError()}). If some residual is larger, the discarded
 * mass is tightened to 1e-12 and then 1e-13 x rows (same eigenvectors, more of them kept); residuals of
 * 2000 held-out rows are checked before all rows are projected. If none passes, or more than 80 % of the
 * directions would be kept, nothing is compressed.
 */
public final class PrincipalSubspace {

    /** Most rows of the second-moment sample. */
    public static final int COMPRESS_SAMPLE = 6000;
    /** Largest residual 1 - |y_A|^2 accepted for any row. */
    static final double RESIDUAL_LIMIT = 4e-10;

    private final KernelOptions kernel;
    private final int threads;

    /** @param kernel the options the compressed features carry; @param threads workers of the projection */
    public PrincipalSubspace(KernelOptions kernel, int threads) {
        this.kernel = kernel;
        this.threads = threads;
    }

    /**
     * The rows of {@code unit} (n x dim, row-major, each of length 1 or 0) in the principal subspace, with their
     * norms {@code norms} kept for the caller; null if no exact compression exists (see the class comment).
     * {@code unit} is not modified.
     */
    public StructureFeatures compress(int n, int dim, double[] unit, double[] norms, ProgressMonitor monitor) {
        int rows = Math.min(n, COMPRESS_SAMPLE);
        DMatrixRMaj sample = new DMatrixRMaj(rows, dim);
        for (int r = 0; r < rows; r++) {
            int src = (int) ((long) r * n / rows);
            System.arraycopy(unit, src * dim, sample.data, r * dim, dim);
        }
        monitor.checkCancelled();
        DMatrixRMaj cov = new DMatrixRMaj(dim, dim);
        CommonOps_DDRM.multTransA(sample, sample, cov);
        sample = null;
        monitor.checkCancelled();
        // symmetric PSD: singular vectors = eigenvectors, singular values = eigenvalues. (EJML's symmetric
        // QR eigen-solver fails to converge on these matrices: many eigenvalues near round-off.)
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(dim, dim, false, true, true);
        if (!svd.decompose(cov)) {
            return null;
        }
        double[] ev = svd.getSingularValues().clone();
        DMatrixRMaj vt = svd.getV(null, true); // rows: eigenvectors
        Integer[] order = new Integer[dim];
        for (int k = 0; k < dim; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> Double.compare(ev[b], ev[a]));
        // the tail threshold is tightened (more directions kept) when some row's residual is too large
        int tried = -1;
        for (double fraction : TAIL_FRACTIONS) {
            double tail = 0;
            int keep = dim;
            while (keep > 1 && tail + Math.max(0, ev[order[keep - 1]]) <= fraction * rows) {
                tail += Math.max(0, ev[order[keep - 1]]);
                keep--;
            }
            if (keep > dim * 0.8) {
                return null;
            }
            if (keep == tried) {
                continue;
            }
            tried = keep;
            StructureFeatures f = project(n, dim, unit, norms, vt, order, keep, rows, monitor);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /** Relative discarded eigenvalue mass tried in turn (x sampled rows). */
    private static final double[] TAIL_FRACTIONS = {1e-11, 1e-12, 1e-13};

    /**
     * Projects onto the {@code keep} leading eigenvectors: checks residuals on held-out rows first, then
     * projects every row; null if some residual exceeds {@link #RESIDUAL_LIMIT}.
     */
    private StructureFeatures project(
            int n,
            int dim,
            double[] unit,
            double[] norms,
            DMatrixRMaj vt,
            Integer[] order,
            int keep,
            int rows,
            ProgressMonitor monitor) {
        final int kk = keep;
        double[] basis = new double[keep * dim]; // row k = eigenvector k
        for (int k = 0; k < keep; k++) {
            System.arraycopy(vt.data, order[k] * dim, basis, k * dim, dim);
        }
        // cheap early rejection: residuals of up to 2000 rows half-way between the sampled ones
        int checks = Math.min(2000, n - rows);
        for (int r = 0; r < checks; r++) {
            int i = (int) ((2L * r + 1) * n / (2L * checks));
            if (project(basis, kk, unit, i, dim, null) > RESIDUAL_LIMIT) {
                return null;
            }
            monitor.checkCancelled();
        }
        double[] out = new double[n * keep];
        double[] resid = new double[n];
        java.util.concurrent.atomic.AtomicBoolean failed = new java.util.concurrent.atomic.AtomicBoolean();
        monitor.begin("compressing feature vectors", n);
        Workers.forEach(n, threads, "sift-compress", monitor, () -> null, (ws, i) -> {
            if (failed.get()) {
                return; // the result will be discarded
            }
            resid[i] = project(basis, kk, unit, i, dim, out);
            if (resid[i] > RESIDUAL_LIMIT) {
                failed.set(true);
            }
        });
        if (failed.get()) {
            return null;
        }
        double maxRes = 0;
        for (double r : resid) maxRes = Math.max(maxRes, r);
        return new StructureFeatures(n, keep, out, norms, kernel, null, null, 2 * maxRes, dim);
    }

    /**
     * y = U^T u_i (U: kk basis rows of length dim); writes y / |y| into row i of {@code out} (if not null)
     * and returns the residual max(0, |u_i|^2 - |y|^2).
     */
    private static double project(double[] basis, int kk, double[] unit, int i, int dim, double[] out) {
        double y2 = 0;
        double[] y = new double[kk];
        for (int k = 0; k < kk; k++) {
            double v = StructureFeatures.dot(basis, k * dim, unit, i * dim, dim);
            y[k] = v;
            y2 += v * v;
        }
        double total = StructureFeatures.dot(unit, i * dim, unit, i * dim, dim);
        if (out != null) {
            if (y2 > 0) {
                double s = 1 / Math.sqrt(y2);
                for (int k = 0; k < kk; k++) out[i * kk + k] = y[k] * s;
            } else {
                for (int k = 0; k < kk; k++) out[i * kk + k] = y[k];
            }
        }
        return Math.max(0, total - y2);
    }
}
