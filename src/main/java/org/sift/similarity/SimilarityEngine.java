package org.sift.similarity;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;
import org.sift.concurrent.CancelledException;
import org.sift.concurrent.ProgressMonitor;
import org.sift.concurrent.Workers;
import org.sift.descriptor.LocalDescriptors;
import org.sift.descriptor.SoapCalculator;
import org.sift.descriptor.SoapParameters;
import org.sift.model.Configuration;

/**
 * Computes the SOAP descriptors of a list of configurations in parallel and returns their
 * {@link StructureFeatures} (docs/method.md §2-3).
 *
 * <p>Work is distributed one configuration at a time over {@code threads} workers (default: all
 * cores); each configuration is computed by the same sequential code whatever the thread count, so
 * results do not depend on it. Progress counts configurations; cancellation is checked before each
 * configuration, so a cancelled run stops within one configuration's work per worker and throws
 * {@link CancelledException}. Results are looked up in and added to a {@link DescriptorCache}; for
 * zeta = 1 its in-memory part is used only while N x D &lt;= {@link #MEMORY_CACHE_LIMIT} doubles (above,
 * only its directory, if any), and each mean vector is normalised straight into the N x D row array.
 *
 * <p><b>Compression (zeta = 1).</b> When N &ge; {@value #COMPRESS_MIN_CONFIGURATIONS}, the unit mean
 * vectors u_A are rotated to their principal subspace: the D x D second-moment matrix of up to
 * {@value #COMPRESS_SAMPLE} evenly spaced rows is diagonalised (EJML SVD of the symmetric matrix), eigenvectors are kept (largest first)
 * until the discarded eigenvalues sum to at most 1e-11 x rows, and every row is projected,
 * y_A = U^T u_A, with its exact residual r_A = 1 - |y_A|^2. If every r_A &le; 4e-10, the stored rows
 * are y_A / |y_A|, for which |K_stored(A, B) - K(A, B)| &le; sqrt(r_A r_B) + (r_A + r_B) / 2 &le; 8e-10
 * (reported by {@link StructureFeatures#compressionError()}). If some residual is larger, the discarded
 * mass is tightened to 1e-12 and then 1e-13 x rows (same eigenvectors, more of them kept); residuals of
 * 2000 held-out rows are checked before all rows are projected. If none passes, or more than 80 % of the
 * directions would be kept, nothing is compressed.
 */
public final class SimilarityEngine {

    public static final int COMPRESS_MIN_CONFIGURATIONS = 4000;
    public static final int COMPRESS_SAMPLE = 6000;
    static final double RESIDUAL_LIMIT = 4e-10;
    /**
     * Mean vectors (zeta = 1) are kept in the in-memory descriptor cache only while N x D is at most this
     * many doubles (256 MB); above, they go to the cache directory only (if the cache has one), so that
     * N = 100 000 needs the N x D unit vectors (0.77 GB at D = 960) and not twice that.
     */
    public static final long MEMORY_CACHE_LIMIT = 32L << 20;

    private final SoapParameters soap;
    private final KernelOptions kernel;
    private final int threads;
    private final DescriptorCache cache;
    private final boolean compress;
    private final int compressMin;
    private final long memoryCacheLimit;

    public SimilarityEngine(SoapParameters soap, KernelOptions kernel) {
        this(
                soap,
                kernel,
                Runtime.getRuntime().availableProcessors(),
                new DescriptorCache(),
                true,
                COMPRESS_MIN_CONFIGURATIONS);
    }

    private SimilarityEngine(
            SoapParameters soap,
            KernelOptions kernel,
            int threads,
            DescriptorCache cache,
            boolean compress,
            int compressMin) {
        this(soap, kernel, threads, cache, compress, compressMin, MEMORY_CACHE_LIMIT);
    }

    private SimilarityEngine(
            SoapParameters soap,
            KernelOptions kernel,
            int threads,
            DescriptorCache cache,
            boolean compress,
            int compressMin,
            long memoryCacheLimit) {
        this.memoryCacheLimit = memoryCacheLimit;
        this.compressMin = compressMin;
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        this.soap = soap;
        this.kernel = kernel;
        this.threads = threads;
        this.cache = cache;
        this.compress = compress;
    }

    public SimilarityEngine withThreads(int t) {
        return new SimilarityEngine(soap, kernel, t, cache, compress, compressMin, memoryCacheLimit);
    }

    public SimilarityEngine withCache(DescriptorCache c) {
        return new SimilarityEngine(soap, kernel, threads, c, compress, compressMin, memoryCacheLimit);
    }
    /** Turns the exact principal-subspace compression on or off (on by default). */
    public SimilarityEngine withCompression(boolean on) {
        return new SimilarityEngine(soap, kernel, threads, cache, on, compressMin, memoryCacheLimit);
    }
    /** Compression from this many configurations on (tests). */
    SimilarityEngine withCompressionThreshold(int n) {
        return new SimilarityEngine(soap, kernel, threads, cache, compress, n, memoryCacheLimit);
    }
    /** For tests: keep mean vectors in the in-memory cache only while N x D is at most this. */
    SimilarityEngine withMemoryCacheLimit(long doubles) {
        return new SimilarityEngine(soap, kernel, threads, cache, compress, compressMin, doubles);
    }

    public SoapParameters soap() {
        return soap;
    }

    public KernelOptions kernelOptions() {
        return kernel;
    }

    public DescriptorCache cache() {
        return cache;
    }

    /** The species channels for a list of configurations: every species present, sorted. */
    public static List<String> speciesOf(List<Configuration> configurations) {
        TreeSet<String> s = new TreeSet<>();
        for (Configuration c : configurations) {
            s.addAll(Arrays.asList(c.species()));
        }
        return List.copyOf(s);
    }

    /** Descriptors and similarity of {@code configurations}, species channels from the list itself. */
    public StructureFeatures compute(List<Configuration> configurations, ProgressMonitor monitor) {
        return compute(configurations, speciesOf(configurations), monitor);
    }

    /** As {@link #compute(List, ProgressMonitor)} with explicit species channels. */
    public StructureFeatures compute(
            List<Configuration> configurations, List<String> species, ProgressMonitor monitor) {
        if (species.isEmpty()) {
            species = List.of("X");
        }
        SoapCalculator calc = new SoapCalculator(soap, species);
        int n = configurations.size();
        int blocks = kernel.separateCentralSpecies() ? species.size() : 1;
        int dim = blocks * calc.dimension();
        boolean local = kernel.zeta() > 1;
        String kind = local ? "local" : (kernel.separateCentralSpecies() ? "mean-separate" : "mean");
        monitor.begin("SOAP descriptors", n);
        LocalDescriptors[] locals = local ? new LocalDescriptors[n] : null;
        double[] norms = local ? null : new double[n];
        double[] unit = local ? null : new double[n * dim];
        boolean keep = local || (long) n * dim <= memoryCacheLimit;
        List<String> sp = species;
        runParallel(n, monitor, () -> new Scratch(calc.newWorkspace(), new double[dim]), (w, i) -> {
            SoapCalculator.Workspace ws = w.soap();
            Configuration c = configurations.get(i);
            String key = DescriptorCache.key(c, soap, sp, kind);
            double[] hit = cache.get(key, keep);
            if (local) {
                LocalDescriptors d = hit != null ? decodeLocal(hit, calc.dimension()) : null;
                if (d == null) {
                    d = calc.compute(c, ws);
                    cache.put(key, encodeLocal(d));
                }
                locals[i] = d;
            } else {
                double[] m = hit != null && hit.length == dim ? hit : null;
                if (m == null) {
                    m = keep ? new double[dim] : w.mean();
                    calc.mean(c, ws, kernel.separateCentralSpecies(), m);
                    cache.put(key, m, keep);
                }
                // unit row i = m / |m| (0 for a configuration without atoms)
                double s = Math.sqrt(StructureFeatures.dot(m, 0, m, 0, dim));
                norms[i] = s;
                if (s > 0) {
                    int o = i * dim;
                    for (int k = 0; k < dim; k++) {
                        unit[o + k] = m[k] / s;
                    }
                }
            }
        });
        if (local) {
            double[] self = new double[n];
            monitor.begin("self similarities", n);
            runParallel(
                    n,
                    monitor,
                    () -> null,
                    (ws, i) -> self[i] = locals[i].atoms() == 0
                            ? 0
                            : StructureFeatures.averagePower(
                                    locals[i], locals[i], kernel.zeta(), kernel.separateCentralSpecies()));
            return new StructureFeatures(n, 0, null, null, kernel, List.of(locals), self, 0, dim);
        }
        if (compress && n >= compressMin && dim > 16) {
            StructureFeatures f = compressed(n, dim, unit, norms, monitor);
            if (f != null) {
                return f;
            }
        }
        return new StructureFeatures(n, dim, unit, norms, kernel, null, null, 0, dim);
    }

    private StructureFeatures compressed(int n, int dim, double[] unit, double[] norms, ProgressMonitor monitor) {
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
        runParallel(n, monitor, () -> null, (ws, i) -> {
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

    /** A worker's scratch space for the descriptor stage: SOAP workspace and a mean-vector buffer. */
    private record Scratch(SoapCalculator.Workspace soap, double[] mean) { }

    /**
     * {@link Workers#forEach} on this engine's threads; an {@link IllegalArgumentException} thrown for
     * configuration i becomes a {@link ConfigurationError} naming i.
     */
    private <W> void runParallel(int n, ProgressMonitor monitor, Supplier<W> workspace, Workers.IndexTask<W> task) {
        Workers.forEach(n, threads, "sift-soap", monitor, workspace, (ws, i) -> {
            try {
                task.run(ws, i);
            } catch (ConfigurationError e) {
                throw e;
            } catch (IllegalArgumentException e) {
                throw new ConfigurationError(i, e.getMessage(), e);
            }
        });
    }

    private static double[] encodeLocal(LocalDescriptors d) {
        double[] v = new double[1 + d.atoms() + d.vectors().length];
        v[0] = d.atoms();
        for (int i = 0; i < d.atoms(); i++) v[1 + i] = d.centralSpecies()[i];
        System.arraycopy(d.vectors(), 0, v, 1 + d.atoms(), d.vectors().length);
        return v;
    }

    private static LocalDescriptors decodeLocal(double[] v, int dim) {
        int n = (int) v[0];
        if (v.length != 1 + n + (long) n * dim) return null;
        int[] t = new int[n];
        for (int i = 0; i < n; i++) t[i] = (int) v[1 + i];
        return new LocalDescriptors(n, dim, Arrays.copyOfRange(v, 1 + n, v.length), t);
    }
}
