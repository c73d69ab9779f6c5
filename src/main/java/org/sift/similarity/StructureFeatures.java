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
            // zeta = 1: tiles of 4 rows share each streamed row j (4 dot products per load of j)
            int tiles = (n + 3) / 4;
            IntStream.range(0, workers).parallel().forEach(t -> {
                int tile;
                while ((tile = next.getAndIncrement()) < tiles) {
                    monitor.checkCancelled();
                    int i0 = 4 * tile;
                    int rows = Math.min(4, n - i0);
                    for (int j = i0; j < n; j++) {
                        if (rows == 4) {
                            dot4(unit, i0 * dim, j * dim, dim, m, i0, j);
                        } else {
                            for (int r = 0; r < rows; r++) {
                                m[i0 + r][j] = dot(unit, (i0 + r) * dim, unit, j * dim, dim);
                            }
                        }
                    }
                    monitor.worked(rows);
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

    /** m[i0 + r][j] = x_{i0+r} . x_j for r = 0..3 (rows of length len at offsets oi + r len and oj). */
    private static void dot4(double[] x, int oi, int oj, int len, double[][] m, int i0, int j) {
        double a0 = 0, a1 = 0, b0 = 0, b1 = 0, c0 = 0, c1 = 0, d0 = 0, d1 = 0;
        int o1 = oi + len, o2 = oi + 2 * len, o3 = oi + 3 * len;
        int k = 0;
        for (; k + 1 < len; k += 2) {
            double y0 = x[oj + k];
            double y1 = x[oj + k + 1];
            a0 += x[oi + k] * y0;
            a1 += x[oi + k + 1] * y1;
            b0 += x[o1 + k] * y0;
            b1 += x[o1 + k + 1] * y1;
            c0 += x[o2 + k] * y0;
            c1 += x[o2 + k + 1] * y1;
            d0 += x[o3 + k] * y0;
            d1 += x[o3 + k + 1] * y1;
        }
        if (k < len) {
            double y0 = x[oj + k];
            a0 += x[oi + k] * y0;
            b0 += x[o1 + k] * y0;
            c0 += x[o2 + k] * y0;
            d0 += x[o3 + k] * y0;
        }
        m[i0][j] = a0 + a1;
        m[i0 + 1][j] = b0 + b1;
        m[i0 + 2][j] = c0 + c1;
        m[i0 + 3][j] = d0 + d1;
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
