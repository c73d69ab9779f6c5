package org.sift.learning;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * Kernel ridge regression: the weights alpha = (K + lambda I)^-1 y for an n x n symmetric positive
 * semi-definite training kernel K and targets y, by Cholesky decomposition (EJML); a prediction is
 * f(x) = sum_j k(x, x_j) alpha_j.
 */
public final class KernelRidge {

    private KernelRidge() {
    }

    /**
     * Solves (K + lambda I) alpha = y.
     *
     * @param k      n x n kernel (not modified)
     * @param y      n targets (not modified)
     * @param lambda regulariser, &gt; 0
     * @return alpha, length n
     * @throws IllegalArgumentException for shapes that do not match, lambda &lt;= 0, or a K + lambda I that
     *                                  is not positive definite (K not a kernel matrix)
     */
    public static double[] weights(double[][] k, double[] y, double lambda) {
        int n = y.length;
        if (k.length != n) {
            throw new IllegalArgumentException("kernel has " + k.length + " rows for " + n + " targets");
        }
        if (!(lambda > 0)) {
            throw new IllegalArgumentException("lambda must be > 0, got " + lambda);
        }
        if (n == 0) {
            return new double[0];
        }
        DMatrixRMaj a = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            if (k[i].length != n) {
                throw new IllegalArgumentException("kernel row " + i + " has length " + k[i].length + ", expected " + n);
            }
            System.arraycopy(k[i], 0, a.data, i * n, n);
            a.data[i * n + i] += lambda;
        }
        LinearSolverDense<DMatrixRMaj> chol = LinearSolverFactory_DDRM.chol(n);
        if (!chol.setA(a)) {
            throw new IllegalArgumentException("K + lambda I is not positive definite (lambda = " + lambda + ")");
        }
        DMatrixRMaj b = DMatrixRMaj.wrap(n, 1, y.clone());
        DMatrixRMaj x = new DMatrixRMaj(n, 1);
        chol.solve(b, x);
        return x.data;
    }

    /** sum_j kRow[j] alpha[j]. */
    public static double predict(double[] kRow, double[] alpha) {
        if (kRow.length != alpha.length) {
            throw new IllegalArgumentException(kRow.length + " kernel values for " + alpha.length + " weights");
        }
        double s = 0;
        for (int j = 0; j < alpha.length; j++) s += kRow[j] * alpha[j];
        return s;
    }
}
