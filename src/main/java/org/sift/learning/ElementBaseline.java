package org.sift.learning;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * Per-element reference energies mu_s, fitted by linear least squares to total energies:
 * minimise sum_i (E_i - sum_s c_is mu_s)^2 over the given configurations, with c_is the number of
 * atoms of element s in configuration i (eV for E and mu).
 *
 * <p>Solved through the singular value decomposition of the M x S count matrix C, with singular
 * values below {@code eps * max(M, S) * s_max} treated as zero, so a rank-deficient C (e.g. one
 * composition only, where only one combination of the mu_s is determined) gets the minimum-norm
 * solution, the same as {@code numpy.linalg.lstsq(C, E, rcond=None)}.
 *
 * @param mu reference energy per element, eV, in the order of the count columns
 */
public record ElementBaseline(double[] mu) {

    public ElementBaseline {
        mu = mu.clone();
    }

    /**
     * @param counts   M x S atom counts, row i for configuration i (not modified)
     * @param energies M total energies, eV (not modified)
     * @throws IllegalArgumentException for ragged rows, mismatched lengths or non-finite values
     */
    public static ElementBaseline fit(double[][] counts, double[] energies) {
        int m = counts.length;
        if (energies.length != m) {
            throw new IllegalArgumentException(m + " count rows but " + energies.length + " energies");
        }
        if (m == 0) {
            throw new IllegalArgumentException("no configurations to fit reference energies on");
        }
        int s = counts[0].length;
        DMatrixRMaj c = new DMatrixRMaj(m, s);
        for (int i = 0; i < m; i++) {
            if (counts[i].length != s) {
                throw new IllegalArgumentException("count row " + i + " has length " + counts[i].length + ", expected " + s);
            }
            if (!Double.isFinite(energies[i])) {
                throw new IllegalArgumentException("energy " + i + " is not finite: " + energies[i]);
            }
            for (int k = 0; k < s; k++) {
                c.set(i, k, counts[i][k]);
            }
        }
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(m, s, true, true, true);
        if (!svd.decompose(c)) {
            throw new IllegalStateException("SVD of the " + m + " x " + s + " count matrix failed");
        }
        DMatrixRMaj u = svd.getU(null, false);
        DMatrixRMaj v = svd.getV(null, false);
        double[] sv = svd.getSingularValues();
        int r = svd.numberOfSingularValues();
        double smax = 0;
        for (int k = 0; k < r; k++) smax = Math.max(smax, sv[k]);
        double cut = Math.ulp(1.0) * Math.max(m, s) * smax;
        double[] mu = new double[s];
        for (int k = 0; k < r; k++) {
            if (sv[k] <= cut) continue;
            double proj = 0;
            for (int i = 0; i < m; i++) proj += u.get(i, k) * energies[i];
            double w = proj / sv[k];
            for (int e = 0; e < s; e++) mu[e] += w * v.get(e, k);
        }
        return new ElementBaseline(mu);
    }

    /** sum_s counts[s] mu_s, eV. */
    public double predict(double[] counts) {
        if (counts.length != mu.length) {
            throw new IllegalArgumentException(counts.length + " counts for " + mu.length + " elements");
        }
        double e = 0;
        for (int k = 0; k < mu.length; k++) e += counts[k] * mu[k];
        return e;
    }
}
