package org.sift.analysis;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;

/**
 * Coordinates of N points in their principal axes: rows y_i (length r) with y_i . y_j = x_i . x_j
 * (after centring, if asked) up to the discarded directions, sorted by decreasing variance.
 *
 * <p>Formula. With X the N x d matrix of the rows (centred: x_i - mean), the smaller of the Gram
 * matrices is diagonalised by EJML's symmetric eigen-decomposition: for d &lt;= N, X^T X = W L W^T and
 * Y = X W; otherwise X X^T = V L V^T and Y = V L^(1/2). Components with eigenvalue
 * lambda_j &lt;= relTol * lambda_max are dropped. Both ways give the same Y up to the sign of each
 * column; {@link #eigenvalues} are the squared singular values of X (N times the variances when
 * centred) and {@link #total} is trace(X^T X).
 *
 * @param coordinates N x r, row i the coordinates of point i (not copied)
 * @param eigenvalues r eigenvalues, decreasing
 * @param total       sum of all eigenvalues (kept or not): sum_i |x_i|^2 after centring
 */
public record PrincipalCoordinates(double[][] coordinates, double[] eigenvalues, double total) {

    /** Relative eigenvalue threshold that keeps every direction carrying signal in double precision. */
    public static final double EXACT = 1e-12;

    public int components() {
        return eigenvalues.length;
    }

    /** lambda_j / total: the share of the squared norm (variance, when centred) along axis j. */
    public double explained(int j) {
        return total > 0 ? eigenvalues[j] / total : 0;
    }

    /**
     * @param x             N rows of equal length d (not modified)
     * @param centre        subtract the mean row first (PCA) or not (uncentred, as CUR uses)
     * @param relTol        drop eigenvalues at or below relTol * largest
     * @param maxComponents keep at most this many (&gt;= 1)
     * @throws IllegalArgumentException for ragged rows
     */
    public static PrincipalCoordinates of(double[][] x, boolean centre, double relTol, int maxComponents) {
        int n = x.length;
        int d = n == 0 ? 0 : x[0].length;
        if (maxComponents < 1) throw new IllegalArgumentException("maxComponents must be >= 1, got " + maxComponents);
        DMatrixRMaj m = new DMatrixRMaj(n, d);
        double[] mean = new double[d];
        for (int i = 0; i < n; i++) {
            if (x[i].length != d)
                throw new IllegalArgumentException("row " + i + " has length " + x[i].length + ", expected " + d);
            if (centre) for (int k = 0; k < d; k++) mean[k] += x[i][k] / n;
        }
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < d; k++) m.data[i * d + k] = x[i][k] - mean[k];
        }
        if (n == 0 || d == 0) return new PrincipalCoordinates(new double[n][0], new double[0], 0);
        if (d <= n) {
            DMatrixRMaj g = new DMatrixRMaj(d, d);
            CommonOps_DDRM.multTransA(m, m, g);
            Eigen e = eigen(g, relTol, maxComponents);
            double[][] y = new double[n][e.values.length];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < e.values.length; j++) {
                    double s = 0;
                    for (int k = 0; k < d; k++) s += m.data[i * d + k] * e.vectors[j][k];
                    y[i][j] = s;
                }
            }
            return new PrincipalCoordinates(y, e.values, e.total);
        }
        DMatrixRMaj g = new DMatrixRMaj(n, n);
        CommonOps_DDRM.multTransB(m, m, g);
        return ofGram(g, relTol, maxComponents);
    }

    /**
     * Coordinates from a Gram (kernel) matrix: K = V L V^T, Y = V L^(1/2), so that y_i . y_j = K_ij
     * on the kept components. K must be symmetric positive semi-definite (negative eigenvalues are
     * dropped); it is not modified.
     */
    public static PrincipalCoordinates ofGram(double[][] k, double relTol, int maxComponents) {
        int n = k.length;
        DMatrixRMaj g = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            if (k[i].length != n)
                throw new IllegalArgumentException(
                        "Gram matrix row " + i + " has length " + k[i].length + ", expected " + n);
            System.arraycopy(k[i], 0, g.data, i * n, n);
        }
        return ofGram(g, relTol, maxComponents);
    }

    private static PrincipalCoordinates ofGram(DMatrixRMaj g, double relTol, int maxComponents) {
        int n = g.numRows;
        if (n == 0) return new PrincipalCoordinates(new double[0][0], new double[0], 0);
        Eigen e = eigen(g, relTol, maxComponents);
        double[][] y = new double[n][e.values.length];
        for (int j = 0; j < e.values.length; j++) {
            double s = Math.sqrt(e.values[j]);
            for (int i = 0; i < n; i++) y[i][j] = e.vectors[j][i] * s;
        }
        return new PrincipalCoordinates(y, e.values, e.total);
    }

    /** All eigenpairs of a symmetric matrix, unsorted: values[j] with unit vectors[j]. */
    record Symmetric(double[] values, double[][] vectors) {}

    /**
     * Eigen-decomposition of a symmetric matrix (not modified) through EJML's SVD, which converges
     * on the strongly clustered spectra of feature Gram matrices where the symmetric QR iteration
     * gives up: A = U S V^T, eigenvalue j = s_j sign(u_j . v_j), eigenvector u_j.
     */
    static Symmetric symmetric(DMatrixRMaj a) {
        int n = a.numRows;
        if (a.numCols != n) throw new IllegalArgumentException("not square: " + n + " x " + a.numCols);
        org.ejml.interfaces.decomposition.SingularValueDecomposition_F64<DMatrixRMaj> svd =
                DecompositionFactory_DDRM.svd(n, n, true, true, false);
        if (!svd.decompose(a.copy()))
            throw new IllegalStateException("singular value decomposition failed (" + n + " x " + n + ")");
        double[] s = svd.getSingularValues();
        DMatrixRMaj u = svd.getU(null, false);
        DMatrixRMaj v = svd.getV(null, false);
        double[] values = new double[n];
        double[][] vectors = new double[n][n];
        for (int j = 0; j < n; j++) {
            double d = 0;
            for (int i = 0; i < n; i++) {
                vectors[j][i] = u.get(i, j);
                d += u.get(i, j) * v.get(i, j);
            }
            values[j] = d < 0 ? -s[j] : s[j];
        }
        return new Symmetric(values, vectors);
    }

    /** Kept eigenpairs of a symmetric matrix, decreasing, vectors as rows; total = trace. */
    private record Eigen(double[] values, double[][] vectors, double total) {}

    private static Eigen eigen(DMatrixRMaj g, double relTol, int maxComponents) {
        int n = g.numRows;
        double trace = 0;
        for (int i = 0; i < n; i++) trace += g.get(i, i);
        Symmetric eig = symmetric(g);
        Integer[] idx = new Integer[n];
        double[] val = eig.values;
        for (int j = 0; j < n; j++) idx[j] = j;
        Arrays.sort(idx, (a, b) -> val[a] != val[b] ? Double.compare(val[b], val[a]) : Integer.compare(a, b));
        double max = val[idx[0]];
        int keep = 0;
        while (keep < n && keep < maxComponents && val[idx[keep]] > 0 && val[idx[keep]] > relTol * max) keep++;
        double[] values = new double[keep];
        double[][] vectors = new double[keep][];
        for (int j = 0; j < keep; j++) {
            values[j] = val[idx[j]];
            double[] w = eig.vectors[idx[j]].clone();
            // fix the sign: the largest-magnitude component positive (lowest index on ties)
            int arg = 0;
            for (int i = 1; i < n; i++) if (Math.abs(w[i]) > Math.abs(w[arg]) + 1e-12) arg = i;
            if (w[arg] < 0) for (int i = 0; i < n; i++) w[i] = -w[i];
            vectors[j] = w;
        }
        return new Eigen(values, vectors, trace);
    }
}
