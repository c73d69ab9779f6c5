package org.sift.similarity;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Supplier;
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
 * <p><b>Compression (zeta = 1).</b> When N &ge; {@value #COMPRESS_MIN_CONFIGURATIONS}, the unit mean vectors are
 * rotated to their principal subspace by {@link PrincipalSubspace}, exactly to within 8e-10 in K.
 */
public final class SimilarityEngine {

    public static final int COMPRESS_MIN_CONFIGURATIONS = 4000;
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
            StructureFeatures f = new PrincipalSubspace(kernel, threads).compress(n, dim, unit, norms, monitor);
            if (f != null) {
                return f;
            }
        }
        return new StructureFeatures(n, dim, unit, norms, kernel, null, null, 0, dim);
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
