package org.sift.similarity;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.sift.concurrent.ProgressMonitor;
import org.sift.descriptor.LocalDescriptors;

/**
 * The structure similarity of a list of configurations (docs/method.md §3), immutable.
 *
 * <p><b>zeta = 1.</b> K_raw(A, B) = m_A . m_B with m_A the mean of A's normalised local power
 * spectra (split by central species if asked); K(A, B) = K_raw / sqrt(K_raw(A,A) K_raw(B,B)) is
 * the cosine of the mean vectors. The unit vectors m_A / |m_A| are stored as one contiguous
 * N x d row-major array, so {@link #kernelRow} is N dot products of length d. When the vectors
 * were compressed (see {@link SimilarityEngine}), d is the dimension of their principal subspace and
 * K is exact to the stated {@link #compressionError()}.
 *
 * <p><b>zeta &gt; 1.</b> K_raw(A, B) = 1/(n_A n_B) sum_ij (p^_i . p^_j)^zeta over all environment
 * pairs (0 across central species when separated), evaluated exactly per pair of configurations
 * as a blocked matrix product; K_raw(A, A) is precomputed.
 *
 * <p>A configuration whose vectors are all zero (no atoms) has K = 0 with everything but itself.
 */
public final class StructureFeatures implements StructureSimilarity {

    /** Largest N for which {@link #fullMatrix} builds an N x N array. */
    public static final int FULL_MATRIX_LIMIT = 20_000;

    /** Columns per block of {@link #fullMatrix} (zeta = 1): D x BLOCK doubles stay in L2. */
    private static final int BLOCK = 64;

    private final int n;
    private final int dim;
    private final double[] unit;
    private final double[] norms;
    private final KernelOptions options;
    private final List<LocalDescriptors> locals;
    private final double[] selfRaw;
    private final double compressionError;
    private final int originalDimension;

    StructureFeatures(
            int n,
            int dim,
            double[] unit,
            double[] norms,
            KernelOptions options,
            List<LocalDescriptors> locals,
            double[] selfRaw,
            double compressionError,
            int originalDimension) {
        this.n = n;
        this.dim = dim;
        this.unit = unit;
        this.norms = norms;
        this.options = options;
        this.locals = locals;
        this.selfRaw = selfRaw;
        this.compressionError = compressionError;
        this.originalDimension = originalDimension;
    }

    @Override
    public int size() {
        return n;
    }

    public KernelOptions options() {
        return options;
    }

    /** d: length of the stored vectors (zeta = 1), after compression. */
    public int dimension() {
        return dim;
    }

    /** Length of the mean vectors before compression. */
    public int originalDimension() {
        return originalDimension;
    }

    /** Upper bound on |K_stored - K_exact| from compression (0 if not compressed). */
    public double compressionError() {
        return compressionError;
    }

    /**
     * Bound e on |d(i, j) - |u_i - u_j|| for i != j, where d = sqrt(max(0, 2 - 2 K)) is computed from
     * the stored rows u (zeta = 1, normalised; the Euclidean distance between the stored vectors is a
     * metric, a configuration without atoms counting as a unit vector orthogonal to all others). With
     * u = 2^-53 and d the stored dimension: the dot product errs by at most d u, each |u_i|^2 differs
     * from 1 by at most (d + 6) u, so the radicand errs by at most (4 d + 16) u and the square root by
     * at most its square root; e = sqrt(8 (d + 8) u) + 1e-15 keeps a factor of two in hand (5.6e-7 at
     * d = 351). {@code +Infinity} for zeta &gt; 1 or unnormalised kernels (no bound claimed).
     */
    public double distanceErrorBound() {
        if (locals != null || !options.normalise()) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.sqrt(8.0 * (dim + 8) * 0x1p-53) + 1e-15;
    }

    /** Copy of the stored unit mean vector of configuration i (zeta = 1). */
    public double[] vector(int i) {
        checkIndex(i);
        double[] v = new double[dim];
        System.arraycopy(unit, i * dim, v, 0, dim);
        return v;
    }

    private void checkIndex(int i) {
        if (i < 0 || i >= n) {
            throw new IndexOutOfBoundsException("configuration " + i + " of " + n);
        }
    }

    @Override
    public double kernel(int i, int j) {
        checkIndex(i);
        checkIndex(j);
        if (locals == null) {
            double d = dot(unit, i * dim, unit, j * dim, dim);
            return options.normalise() ? d : d * norms[i] * norms[j];
        }
        double raw = rawPair(i, j);
        if (!options.normalise()) {
            return raw;
        }
        double s = Math.sqrt(selfRaw[i] * selfRaw[j]);
        return s > 0 ? raw / s : (i == j ? 1 : 0);
    }

    /** The unnormalised average kernel K_raw(i, j). */
    public double rawKernel(int i, int j) {
        checkIndex(i);
        checkIndex(j);
        if (locals == null) {
            return dot(unit, i * dim, unit, j * dim, dim) * norms[i] * norms[j];
        }
        return rawPair(i, j);
    }

    @Override
    public void kernelRow(int i, double[] out) {
        checkIndex(i);
        if (out.length != n) {
            throw new IllegalArgumentException("row buffer has length " + out.length + ", expected " + n);
        }
        if (locals != null) {
            for (int j = 0; j < n; j++) {
                out[j] = kernel(i, j);
            }
            return;
        }
        final int oi = i * dim;
        final boolean raw = !options.normalise();
        if ((long) n * dim < 4_000_000L) {
            rowRange(oi, 0, n, out, raw, i);
            return;
        }
        int chunk = 2048;
        int chunks = (n + chunk - 1) / chunk;
        IntStream.range(0, chunks)
                .parallel()
                .forEach(c -> rowRange(oi, c * chunk, Math.min(n, (c + 1) * chunk), out, raw, i));
    }

    private void rowRange(int oi, int from, int to, double[] out, boolean raw, int i) {
        for (int j = from; j < to; j++) {
            double d = dot(unit, oi, unit, j * dim, dim);
            out[j] = raw ? d * norms[i] * norms[j] : d;
        }
    }

    /** K for rows x cols, {@code result[a][b] = K(rows[a], cols[b])}. */
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
     * The full N x N matrix K, rows computed in parallel, with progress in rows and cancellation
     * between rows.
     *
     * @throws IllegalArgumentException if N exceeds {@link #FULL_MATRIX_LIMIT}
     */
    public double[][] fullMatrix(ProgressMonitor monitor) {
        if (n > FULL_MATRIX_LIMIT) {
            throw new IllegalArgumentException("a full similarity matrix of " + n + " configurations needs "
                    + String.format("%.1f", 8.0 * n * n / 1e9) + " GB; the limit is " + FULL_MATRIX_LIMIT
                    + " configurations (use rows or blocks instead)");
        }
        monitor.begin("similarity matrix", n);
        double[][] m = new double[n][n];
        AtomicInteger next = new AtomicInteger();
        int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
        if (locals == null) {
            // zeta = 1: blocks of BLOCK rows j, transposed (k-major) into a per-thread buffer; against each,
            // tiles of 4 rows i <= the block's last j (upper triangle) accumulate x_i[k] x_j[k] into 4 x 4
            // vector accumulators over the block (k mod 4 as in dot(), tail into the first), so the
            // inner loop over j is a plain multiply-add the JIT vectorises. Every entry equals dot().
            final int blocks = (n + BLOCK - 1) / BLOCK;
            IntStream.range(0, workers).parallel().forEach(t -> {
                double[] bt = new double[dim * BLOCK];
                double[][] acc = new double[4][4 * BLOCK];
                int bi;
                while ((bi = next.getAndIncrement()) < blocks) {
                    monitor.checkCancelled();
                    int b = blocks - 1 - bi; // the largest blocks first
                    int j0 = b * BLOCK;
                    int w = Math.min(n, j0 + BLOCK) - j0;
                    for (int jj = 0; jj < BLOCK; jj++) {
                        int oj = (j0 + jj) * dim;
                        for (int k = 0; k < dim; k++) {
                            bt[k * BLOCK + jj] = jj < w ? unit[oj + k] : 0;
                        }
                    }
                    for (int i0 = 0; i0 < j0 + w; i0 += 4) {
                        int rows = Math.min(4, n - i0);
                        int last = i0 + rows - 1;
                        tile4(
                                unit,
                                i0 * dim,
                                Math.min(i0 + 1, last) * dim,
                                Math.min(i0 + 2, last) * dim,
                                Math.min(i0 + 3, last) * dim,
                                dim,
                                bt,
                                acc);
                        for (int r = 0; r < rows; r++) {
                            int i = i0 + r;
                            double[] a = acc[r];
                            double[] mi = m[i];
                            for (int jj = Math.max(0, i - j0); jj < w; jj++) {
                                mi[j0 + jj] = (a[jj] + a[BLOCK + jj]) + (a[2 * BLOCK + jj] + a[3 * BLOCK + jj]);
                            }
                        }
                    }
                    monitor.worked(w);
                }
            });
            if (!options.normalise()) {
                for (int i = 0; i < n; i++) {
                    for (int j = i; j < n; j++) {
                        m[i][j] *= norms[i] * norms[j];
                    }
                }
            }
        } else {
            // upper triangle by rows: each (i, j >= i) computed once
            IntStream.range(0, workers).parallel().forEach(t -> {
                int i;
                while ((i = next.getAndIncrement()) < n) {
                    monitor.checkCancelled();
                    for (int j = i; j < n; j++) {
                        m[i][j] = kernel(i, j);
                    }
                    monitor.worked(1);
                }
            });
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                m[i][j] = m[j][i];
            }
        }
        return m;
    }

    private double rawPair(int i, int j) {
        LocalDescriptors a = locals.get(i);
        LocalDescriptors b = locals.get(j);
        if (a.atoms() == 0 || b.atoms() == 0) {
            return 0;
        }
        return averagePower(a, b, options.zeta(), options.separateCentralSpecies());
    }

    /** 1/(n_A n_B) sum_ij (p^_i . p^_j)^zeta (pairs of different central species skipped if {@code separate}). */
    static double averagePower(LocalDescriptors a, LocalDescriptors b, int zeta, boolean separate) {
        int d = a.dimension();
        DMatrixRMaj ma = DMatrixRMaj.wrap(a.atoms(), d, a.vectors());
        DMatrixRMaj mb = DMatrixRMaj.wrap(b.atoms(), d, b.vectors());
        DMatrixRMaj k = new DMatrixRMaj(a.atoms(), b.atoms());
        CommonOps_DDRM.multTransB(ma, mb, k);
        int[] sa = a.centralSpecies();
        int[] sb = b.centralSpecies();
        double sum = 0;
        for (int i = 0; i < a.atoms(); i++) {
            int row = i * b.atoms();
            for (int j = 0; j < b.atoms(); j++) {
                if (separate && sa[i] != sb[j]) continue;
                double x = k.data[row + j];
                double p = x;
                for (int z = 1; z < zeta; z++) p *= x;
                sum += p;
            }
        }
        return sum / ((double) a.atoms() * b.atoms());
    }

    /**
     * acc[r][q BLOCK + jj] = sum over k = q (mod 4) of x_{i_r}[k] bt[k BLOCK + jj] for the rows i_r at offsets
     * o0..o3 (length len) and the BLOCK columns of bt, with k in increasing order and the tail k &gt;= 4 floor(len/4)
     * added to q = 0: the partial sums of {@link #dot}, so (acc[r][jj] + acc[r][BLOCK + jj]) + (acc[r][2 BLOCK + jj]
     * + acc[r][3 BLOCK + jj]) equals dot(x_{i_r}, column jj) bit for bit.
     */
    private static void tile4(double[] x, int o0, int o1, int o2, int o3, int len, double[] bt, double[][] acc) {
        for (double[] a : acc) {
            java.util.Arrays.fill(a, 0);
        }
        int k = 0;
        for (; k + 3 < len; k += 4) {
            for (int q = 0; q < 4; q++) {
                int kk = k + q;
                axpy4(x[o0 + kk], x[o1 + kk], x[o2 + kk], x[o3 + kk], bt, kk * BLOCK, acc, q * BLOCK);
            }
        }
        for (; k < len; k++) {
            axpy4(x[o0 + k], x[o1 + k], x[o2 + k], x[o3 + k], bt, k * BLOCK, acc, 0);
        }
    }

    /** acc[r][ao + jj] += a_r bt[bo + jj] for jj &lt; BLOCK, r = 0..3. */
    private static void axpy4(double a0, double a1, double a2, double a3, double[] bt, int bo, double[][] acc, int ao) {
        double[] c0 = acc[0];
        double[] c1 = acc[1];
        double[] c2 = acc[2];
        double[] c3 = acc[3];
        for (int jj = 0; jj < BLOCK; jj++) {
            double y = bt[bo + jj];
            c0[ao + jj] += a0 * y;
            c1[ao + jj] += a1 * y;
            c2[ao + jj] += a2 * y;
            c3[ao + jj] += a3 * y;
        }
    }

    /** Dot product with four independent accumulators (lets the CPU pipeline the multiply-adds). */
    static double dot(double[] x, int ox, double[] y, int oy, int len) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int k = 0;
        for (; k + 3 < len; k += 4) {
            s0 += x[ox + k] * y[oy + k];
            s1 += x[ox + k + 1] * y[oy + k + 1];
            s2 += x[ox + k + 2] * y[oy + k + 2];
            s3 += x[ox + k + 3] * y[oy + k + 3];
        }
        for (; k < len; k++) {
            s0 += x[ox + k] * y[oy + k];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
