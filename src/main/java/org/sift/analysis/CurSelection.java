package org.sift.analysis;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.sift.concurrent.ProgressMonitor;

/**
 * CUR selection of configurations (rows) on their feature vectors, deterministic (no seed).
 *
 * <p><b>Leverage.</b> With X = U S V^T the singular value decomposition of the N x d matrix of
 * rows, the leverage of row i on the top k singular directions is pi_i = sum over j &lt; k of U_ij^2
 * (U's columns are the right singular vectors of X^T, the sample-selection convention of
 * scikit-matter). It is computed as pi_i = sum_j (x_i . w_j)^2 / lambda_j from the top eigenpairs
 * (lambda_j, w_j) of X^T X in the principal coordinates of X ({@link PrincipalCoordinates}, EJML
 * symmetric eigen-decomposition; uncentred, as CUR is).
 *
 * <p><b>{@link Mode#GREEDY} (default)</b>, as scikit-matter's {@code CUR} for samples with
 * {@code recompute_every = 1}: pick the row of largest leverage of the current residual matrix,
 * then orthogonalise every row against it, x_i &lt;- x_i - (x_i . v) v with v = x_c / |x_c|, and
 * recompute the leverage. A row that is an exact copy (or a multiple) of a picked one has residual
 * 0 and is never picked while other directions remain. When the residual has no direction left
 * (rank of X exhausted; all eigenvalues at or below {@code 1e-12} of the first one), the
 * residual is reset to the original rows of the configurations not yet picked and the greedy
 * continues from there; if even those are all zero, the rest follow in increasing index.
 *
 * <p><b>{@link Mode#TOP_LEVERAGE}</b>: the n rows of largest leverage of X itself, no
 * orthogonalisation (copies of a high-leverage row are all picked).
 *
 * <p>Ties (leverages equal within a relative 1e-10) go to the lowest index. Cost: one eigen
 * decomposition of the min(N, d) Gram matrix, then per greedy step the top k eigenpairs of the
 * r x r residual Gram matrix (r the rank of X) and O(N r + r^2) updates. Up to r = 200 those come
 * from a full EJML decomposition; above, from block subspace iteration warm-started from the
 * previous step (stopped at a residual of 1e-8 of the largest eigenvalue or after 300 iterations, so
 * where leverages nearly tie on a clustered spectrum a pick may differ from the exact greedy;
 * tested against the full decomposition).
 */
public final class CurSelection {

    /** How rows are picked from the leverage scores. */
    public enum Mode {
        /** largest leverage, orthogonalise, recompute (scikit-matter CUR) */
        GREEDY,
        /** the n largest leverages of X, once */
        TOP_LEVERAGE
    }

    /**
     * @param k    singular directions in the leverage, &gt;= 1 (scikit-matter's default 1)
     * @param mode greedy with orthogonalisation, or plain top leverage
     */
    public record Options(int k, Mode mode) {
        public Options {
            if (k < 1) throw new IllegalArgumentException("CUR needs k >= 1 singular directions, got " + k);
            if (mode == null) throw new IllegalArgumentException("no CUR mode");
        }

        public static Options defaults() {
            return new Options(1, Mode.GREEDY);
        }
    }

    /**
     * @param order    the picked rows, in the order picked
     * @param leverage leverage of each picked row when it was picked (0 after a rank reset fallback)
     */
    public record Result(int[] order, double[] leverage) {}

    private static final double TIE = 1e-10;
    /** Rank up to which every greedy step decomposes the r x r residual Gram matrix completely. */
    static final int DIRECT_LIMIT = 200;
    /** Relative residual |G q - theta q| / theta_1 at which subspace iteration stops. */
    private static final double SUBSPACE_TOL = 1e-8;

    private static final int SUBSPACE_MAX_ITERATIONS = 300;
    private static final double RANK_TOL = 1e-12;

    private CurSelection() {}

    /**
     * Picks min(n, N) rows.
     *
     * @param x N rows of length d (not modified)
     */
    public static Result select(double[][] x, int n, Options o, ProgressMonitor monitor) {
        if (n < 0) throw new IllegalArgumentException("negative subset size " + n);
        int size = x.length;
        int m = Math.min(n, size);
        PrincipalCoordinates pc = PrincipalCoordinates.of(x, false, RANK_TOL, Integer.MAX_VALUE);
        return o.mode() == Mode.TOP_LEVERAGE ? top(pc, m, o.k()) : greedy(pc, m, o.k(), DIRECT_LIMIT, monitor);
    }

    /** As {@link #select}, with the rank above which the greedy steps use subspace iteration (tests). */
    static Result select(double[][] x, int n, Options o, int directLimit, ProgressMonitor monitor) {
        PrincipalCoordinates pc = PrincipalCoordinates.of(x, false, RANK_TOL, Integer.MAX_VALUE);
        return greedy(pc, Math.min(n, x.length), o.k(), directLimit, monitor);
    }

    /** pi_i from the principal coordinates of X: y_ij = U_ij s_j, so U_ij^2 = y_ij^2 / lambda_j. */
    private static Result top(PrincipalCoordinates pc, int m, int k) {
        double[][] y = pc.coordinates();
        int size = y.length;
        double[] pi = new double[size];
        int kk = Math.min(k, pc.components());
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < kk; j++) pi[i] += y[i][j] * y[i][j] / pc.eigenvalues()[j];
        }
        boolean[] taken = new boolean[size];
        int[] order = new int[m];
        double[] lev = new double[m];
        for (int s = 0; s < m; s++) {
            int c = argmax(pi, taken);
            order[s] = c;
            lev[s] = pi[c];
            taken[c] = true;
        }
        return new Result(order, lev);
    }

    private static Result greedy(PrincipalCoordinates pc, int m, int k, int directLimit, ProgressMonitor monitor) {
        double[][] orig = pc.coordinates();
        int size = orig.length;
        int r = pc.components();
        double[] y = new double[size * r];
        for (int i = 0; i < size; i++) System.arraycopy(orig[i], 0, y, i * r, r);
        double[] g = gram(y, size, r);
        double lambda0 = r == 0 ? 0 : pc.eigenvalues()[0];
        boolean[] taken = new boolean[size];
        int[] order = new int[m];
        double[] lev = new double[m];
        double[] pi = new double[size];
        monitor.begin("CUR selection", m);
        boolean resetDone = false;
        Subspace sub = r > directLimit ? new Subspace(r, k) : null;
        for (int s = 0; s < m; s++) {
            monitor.checkCancelled();
            double[][] top = sub != null ? sub.top(g, lambda0) : topEigen(g, r, k, lambda0);
            if (top.length == 0 && !resetDone) {
                // rank exhausted: start again from the original rows of the configurations not picked
                for (int i = 0; i < size; i++) {
                    if (taken[i]) Arrays.fill(y, i * r, (i + 1) * r, 0.0);
                    else System.arraycopy(orig[i], 0, y, i * r, r);
                }
                g = gram(y, size, r);
                if (sub != null) sub = new Subspace(r, k);
                top = sub != null ? sub.top(g, lambda0) : topEigen(g, r, k, lambda0);
                resetDone = top.length > 0;
            }
            if (top.length == 0) {
                int c = 0;
                while (taken[c]) c++;
                order[s] = c;
                taken[c] = true;
                monitor.worked(1);
                continue;
            }
            resetDone = false;
            Arrays.fill(pi, 0);
            for (double[] w : top) {
                double inv = 1.0 / w[r];
                for (int i = 0; i < size; i++) {
                    if (taken[i]) continue;
                    double p = 0;
                    for (int a = 0; a < r; a++) p += y[i * r + a] * w[a];
                    pi[i] += p * p * inv;
                }
            }
            int c = argmax(pi, taken);
            order[s] = c;
            lev[s] = pi[c];
            taken[c] = true;
            orthogonalise(y, g, size, r, c);
            monitor.worked(1);
        }
        return new Result(order, lev);
    }

    /** G = Y^T Y, r x r row-major. */
    private static double[] gram(double[] y, int size, int r) {
        double[] g = new double[r * r];
        for (int i = 0; i < size; i++) {
            int o = i * r;
            for (int a = 0; a < r; a++) {
                double ya = y[o + a];
                if (ya == 0) continue;
                for (int b = a; b < r; b++) g[a * r + b] += ya * y[o + b];
            }
        }
        for (int a = 0; a < r; a++) for (int b = 0; b < a; b++) g[a * r + b] = g[b * r + a];
        return g;
    }

    /**
     * Y &lt;- Y (I - v v^T) with v = y_c / |y_c|; G &lt;- (I - v v^T) G (I - v v^T)
     * = G - g v^T - v g^T + (v . g) v v^T with g = G v.
     */
    private static void orthogonalise(double[] y, double[] g, int size, int r, int c) {
        double[] v = Arrays.copyOfRange(y, c * r, (c + 1) * r);
        double norm = 0;
        for (double t : v) norm += t * t;
        norm = Math.sqrt(norm);
        if (norm == 0) return;
        for (int a = 0; a < r; a++) v[a] /= norm;
        for (int i = 0; i < size; i++) {
            int o = i * r;
            double p = 0;
            for (int a = 0; a < r; a++) p += y[o + a] * v[a];
            if (p == 0) continue;
            for (int a = 0; a < r; a++) y[o + a] -= p * v[a];
        }
        Arrays.fill(y, c * r, (c + 1) * r, 0.0);
        double[] gv = new double[r];
        for (int a = 0; a < r; a++) {
            double s = 0;
            for (int b = 0; b < r; b++) s += g[a * r + b] * v[b];
            gv[a] = s;
        }
        double vgv = 0;
        for (int a = 0; a < r; a++) vgv += v[a] * gv[a];
        for (int a = 0; a < r; a++) {
            for (int b = 0; b < r; b++) g[a * r + b] += -gv[a] * v[b] - v[a] * gv[b] + vgv * v[a] * v[b];
        }
    }

    /** Top k eigenpairs of G above RANK_TOL * lambda0, each as w[0..r) plus lambda at w[r]. */
    private static double[][] topEigen(double[] g, int r, int k, double lambda0) {
        if (r == 0) return new double[0][];
        DMatrixRMaj a = new DMatrixRMaj(r, r);
        System.arraycopy(g, 0, a.data, 0, r * r);
        PrincipalCoordinates.Symmetric eig = PrincipalCoordinates.symmetric(a);
        Integer[] idx = new Integer[r];
        double[] val = eig.values();
        for (int j = 0; j < r; j++) idx[j] = j;
        Arrays.sort(idx, (p, q) -> val[p] != val[q] ? Double.compare(val[q], val[p]) : Integer.compare(p, q));
        int keep = 0;
        while (keep < Math.min(k, r) && val[idx[keep]] > RANK_TOL * lambda0 && val[idx[keep]] > 0) keep++;
        double[][] out = new double[keep][];
        for (int j = 0; j < keep; j++) {
            double[] w = Arrays.copyOf(eig.vectors()[idx[j]], r + 1);
            w[r] = val[idx[j]];
            out[j] = w;
        }
        return out;
    }

    /**
     * The top k eigenpairs of the residual Gram matrix by block subspace iteration with
     * Rayleigh-Ritz (block b = k + 8), warm-started from the previous step's Ritz vectors: one
     * r x r x b product per iteration instead of a full r x r decomposition per step. Stops when the
     * residual |G q_j - theta_j q_j| of each of the top k is at most 1e-8 theta_1 (or after 300 iterations).
     */
    private static final class Subspace {
        private final int r;
        private final int k;
        private double[][] q;

        Subspace(int r, int k) {
            this.r = r;
            this.k = k;
            int b = Math.min(r, k + 8);
            q = new double[b][r];
            for (int a = 0; a < b; a++) q[a][a] = 1; // principal axes: the eigenvectors of the first Gram matrix
        }

        double[][] top(double[] g, double lambda0) {
            double[][] basis = start();
            double[][] w = mult(g, basis);
            double[] theta = new double[0];
            for (int it = 0; it < SUBSPACE_MAX_ITERATIONS; it++) {
                int b = basis.length;
                if (b == 0) break;
                // Rayleigh-Ritz in span(basis): T = B G B^T, T = S diag(theta) S^T
                DMatrixRMaj t = new DMatrixRMaj(b, b);
                for (int a = 0; a < b; a++) for (int c = 0; c < b; c++) t.set(a, c, dot(basis[a], w[c]));
                for (int a = 0; a < b; a++)
                    for (int c = 0; c < a; c++) {
                        double avg = 0.5 * (t.get(a, c) + t.get(c, a));
                        t.set(a, c, avg);
                        t.set(c, a, avg);
                    }
                PrincipalCoordinates.Symmetric eig = PrincipalCoordinates.symmetric(t);
                Integer[] idx = new Integer[b];
                double[] val = eig.values();
                for (int j = 0; j < b; j++) idx[j] = j;
                java.util.Arrays.sort(
                        idx,
                        (p1, p2) -> val[p1] != val[p2] ? Double.compare(val[p2], val[p1]) : Integer.compare(p1, p2));
                double[][] nb = new double[b][r];
                double[][] nw = new double[b][r];
                theta = new double[b];
                for (int j = 0; j < b; j++) {
                    double[] sv = eig.vectors()[idx[j]];
                    theta[j] = val[idx[j]];
                    for (int a = 0; a < b; a++) {
                        double c = sv[a];
                        for (int i = 0; i < r; i++) {
                            nb[j][i] += c * basis[a][i];
                            nw[j][i] += c * w[a][i];
                        }
                    }
                }
                basis = nb;
                w = nw;
                double scale = Math.max(theta[0], RANK_TOL * lambda0);
                boolean done = true;
                for (int j = 0; j < Math.min(k, b) && done; j++) {
                    if (theta[j] <= RANK_TOL * lambda0) break;
                    double res = 0;
                    for (int i = 0; i < r; i++) {
                        double e = w[j][i] - theta[j] * basis[j][i];
                        res += e * e;
                    }
                    done = Math.sqrt(res) <= SUBSPACE_TOL * scale;
                }
                if (done) break;
                basis = orthonormal(w);
                w = mult(g, basis);
            }
            q = basis;
            int keep = 0;
            while (keep < Math.min(k, basis.length) && theta[keep] > RANK_TOL * lambda0 && theta[keep] > 0) keep++;
            double[][] out = new double[keep][];
            for (int j = 0; j < keep; j++) {
                out[j] = java.util.Arrays.copyOf(basis[j], r + 1);
                out[j][r] = theta[j];
            }
            return out;
        }

        /** The previous Ritz vectors, topped up with coordinate axes to the block size, orthonormal. */
        private double[][] start() {
            int b = Math.min(r, k + 8);
            double[][] cand = new double[q.length + r][];
            System.arraycopy(q, 0, cand, 0, q.length);
            for (int a = 0; a < r; a++) {
                cand[q.length + a] = new double[r];
                cand[q.length + a][a] = 1;
            }
            double[][] o = orthonormal(cand);
            return java.util.Arrays.copyOf(o, Math.min(b, o.length));
        }

        /** G v for every v, G r x r row-major. */
        private double[][] mult(double[] g, double[][] v) {
            double[][] out = new double[v.length][r];
            for (int i = 0; i < r; i++) {
                int o = i * r;
                for (int a = 0; a < v.length; a++) {
                    double s = 0;
                    double[] va = v[a];
                    for (int c = 0; c < r; c++) s += g[o + c] * va[c];
                    out[a][i] = s;
                }
            }
            return out;
        }

        /** Modified Gram-Schmidt, twice; vectors that vanish are dropped. */
        private double[][] orthonormal(double[][] v) {
            java.util.List<double[]> out = new java.util.ArrayList<>();
            double max = 0;
            for (double[] x : v) max = Math.max(max, Math.sqrt(dot(x, x)));
            for (double[] x0 : v) {
                double[] x = x0.clone();
                for (int pass = 0; pass < 2; pass++) {
                    for (double[] u : out) {
                        double p = dot(u, x);
                        for (int i = 0; i < r; i++) x[i] -= p * u[i];
                    }
                }
                double nrm = Math.sqrt(dot(x, x));
                if (nrm > 1e-13 * max && nrm > 0) {
                    for (int i = 0; i < r; i++) x[i] /= nrm;
                    out.add(x);
                }
            }
            return out.toArray(new double[0][]);
        }
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    /** The untaken index of the largest value; values within a relative TIE of the best tie, lowest index wins. */
    private static int argmax(double[] v, boolean[] taken) {
        int best = -1;
        for (int i = 0; i < v.length; i++) {
            if (taken[i]) continue;
            if (best < 0 || v[i] > v[best] * (1 + TIE) + Double.MIN_NORMAL) best = i;
        }
        return best;
    }
}
