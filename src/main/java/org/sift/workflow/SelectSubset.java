package org.sift.workflow;

import java.io.IOException;
import org.sift.analysis.SimilarityDistances;
import org.sift.concurrent.ProgressMonitor;
import org.sift.model.Dataset;
import org.sift.selection.Coverage;
import org.sift.selection.DistanceSource;
import org.sift.selection.FarthestPointSampler;
import org.sift.selection.FpsResult;
import org.sift.selection.RandomSampler;
import org.sift.similarity.StructureSimilarity;

/**
 * Use case: select a subset by FPS or uniformly at random (docs/method.md §4-5). Both methods report
 * D(n) and REP(n) along the selection order, so the similarity is computed in both cases.
 */
public final class SelectSubset {

    private final int threads;

    public SelectSubset() {
        this(Runtime.getRuntime().availableProcessors());
    }

    public SelectSubset(int threads) {
        this.threads = threads;
    }

    public Selection run(Dataset dataset, SimilarityProvider provider, SelectOptions options, ProgressMonitor monitor)
            throws IOException {
        StructureSimilarity sim = provider.compute(dataset, monitor);
        if (sim.size() != dataset.size()) {
            throw new IllegalStateException(
                    "similarity has " + sim.size() + " configurations, dataset " + dataset.size());
        }
        return run(distances(sim, threads, monitor), options, monitor);
    }

    /** Distance matrices are cached up to this N (8 N^2 bytes: 340 MB at 6500). */
    public static final int CACHE_LIMIT = 6500;

    /** Cached matrix for N &lt;= {@link #CACHE_LIMIT} (half the kernel evaluations), kernel rows on demand above. */
    static DistanceSource distances(StructureSimilarity sim, int threads, ProgressMonitor monitor) {
        return sim.size() <= CACHE_LIMIT
                ? SimilarityDistances.cached(sim, threads, monitor)
                : new SimilarityDistances(sim);
    }

    /** Selection on precomputed distances (index i = configuration i of the dataset). */
    public Selection run(DistanceSource distances, SelectOptions options, ProgressMonitor monitor) {
        if (options.method() == SelectOptions.Method.FPS) {
            FpsResult r = new FarthestPointSampler().run(distances, options.toFpsOptions(threads), monitor);
            return new Selection(options, r.order(), r.farthest(), r.rep(), r, r.stop());
        }
        int[] forced = new int[options.warmStart().length + options.pinned().length];
        System.arraycopy(options.warmStart(), 0, forced, 0, options.warmStart().length);
        System.arraycopy(options.pinned(), 0, forced, options.warmStart().length, options.pinned().length);
        int[] order = RandomSampler.sample(
                distances.size(),
                Math.min(options.size(), distances.size() - options.banned().length),
                options.seed(),
                forced,
                options.banned());
        boolean[] counted = Coverage.counted(distances.size(), options.banned(), options.coverBanned());
        Coverage.Curves c = Coverage.along(distances, order, options.epsilon(), counted, threads, monitor);
        return new Selection(options, order, c.farthest(), c.rep(), null, FpsResult.StopReason.SIZE);
    }
}
