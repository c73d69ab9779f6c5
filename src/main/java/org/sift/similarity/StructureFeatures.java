package org.sift.similarity;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.sift.concurrent.ProgressMonitor;
import org.sift.descriptor.LocalDescriptors;

/**
 * The structure similarity of a list of configurations (METHOD.md §3), immutable.
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

    private final int n;
    private final int dim;
    private final double[] unit;
    private final double[] norms;
    private final KernelOptions options;
    private final List<LocalDescriptors> locals;
    private final double[] selfRaw;
    private final double compressionError;
    private final int originalDimension;

    StructureFeatures(int n, int dim, double[] unit, double[] norms, KernelOptions options,
                      List<LocalDescriptors> locals, double[] selfRaw, double compressionError, int originalDimension) {
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
        IntStream.range(0, chunks).parallel().forEach(c -> rowRange(oi, c * chunk, Math.min(n, (c + 1) * chunk), out, raw, i));
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
            // zeta = 1: panels of 16 rows (in L2) against streamed rows j; inside, tiles of 4 rows share
            // the loads of row j (in L1). Every entry is computed as dot() computes it.
            final int panel = 16;
            int panels = (n + panel - 1) / panel;
            IntStream.range(0, workers).parallel().forEach(t -> {
                int pi;
                while ((pi = next.getAndIncrement()) < panels) {
                    monitor.checkCancelled();
                    int p0 = panel * pi;
                    int p1 = Math.min(n, p0 + panel);
                    for (int j = p0; j < n; j++) {
                        int oj = j * dim;
                        int i0 = p0;
                        for (; i0 + 4 <= p1; i0 += 4) {
                            dot4(unit, i0 * dim, oj, dim, m, i0, j);
                        }
                        for (; i0 < p1; i0++) {
                            m[i0][j] = dot(unit, i0 * dim, unit, oj, dim);
                        }
                    }
                    monitor.worked(p1 - p0);
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
     * m[i0 + r][j] = x_{i0+r} . x_j for r = 0..3 (rows of length len at offsets oi + r len and oj). Each of
     * the four sums is accumulated exactly as {@link #dot} does (four partial sums over k mod 4, tail into
     * the first, combined as (s0 + s1) + (s2 + s3)), so the result equals {@code dot} bit for bit; the
     * tile only shares the loads of x_j between four rows.
     */
    private static void dot4(double[] x, int oi, int oj, int len, double[][] m, int i0, int j) {
        double a0 = 0, a1 = 0, a2 = 0, a3 = 0, b0 = 0, b1 = 0, b2 = 0, b3 = 0;
        double c0 = 0, c1 = 0, c2 = 0, c3 = 0, d0 = 0, d1 = 0, d2 = 0, d3 = 0;
        int o1 = oi + len, o2 = oi + 2 * len, o3 = oi + 3 * len;
        int k = 0;
        for (; k + 3 < len; k += 4) {
            double y0 = x[oj + k];
            double y1 = x[oj + k + 1];
            double y2 = x[oj + k + 2];
            double y3 = x[oj + k + 3];
            a0 += x[oi + k] * y0;
            a1 += x[oi + k + 1] * y1;
            a2 += x[oi + k + 2] * y2;
            a3 += x[oi + k + 3] * y3;
            b0 += x[o1 + k] * y0;
            b1 += x[o1 + k + 1] * y1;
            b2 += x[o1 + k + 2] * y2;
            b3 += x[o1 + k + 3] * y3;
            c0 += x[o2 + k] * y0;
            c1 += x[o2 + k + 1] * y1;
            c2 += x[o2 + k + 2] * y2;
            c3 += x[o2 + k + 3] * y3;
            d0 += x[o3 + k] * y0;
            d1 += x[o3 + k + 1] * y1;
            d2 += x[o3 + k + 2] * y2;
            d3 += x[o3 + k + 3] * y3;
        }
        for (; k < len; k++) {
            double y0 = x[oj + k];
            a0 += x[oi + k] * y0;
            b0 += x[o1 + k] * y0;
            c0 += x[o2 + k] * y0;
            d0 += x[o3 + k] * y0;
        }
        m[i0][j] = (a0 + a1) + (a2 + a3);
        m[i0 + 1][j] = (b0 + b1) + (b2 + b3);
        m[i0 + 2][j] = (c0 + c1) + (c2 + c3);
        m[i0 + 3][j] = (d0 + d1) + (d2 + d3);
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
