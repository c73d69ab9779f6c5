package org.sift.ui.analysis;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sift.analysis.FpsVsRandom;
import org.sift.analysis.Groups;
import org.sift.analysis.PairDistributions;
import org.sift.analysis.RankedComposition;
import org.sift.analysis.SimilarityDiagram;
import org.sift.analysis.SimilarityDistances;
import org.sift.concurrent.ProgressMonitor;
import org.sift.figures.GroupPalette;
import org.sift.selection.DistanceSource;
import org.sift.selection.FarthestPointSampler;
import org.sift.selection.FpsOptions;
import org.sift.selection.FpsResult;
import org.sift.selection.RandomSampler;
import org.sift.similarity.StructureSimilarity;
import org.sift.workflow.SelectSubset;
import org.sift.workflow.SimilarityProvider;

/**
 * The analysis steps of the workbench as plain functions (no JavaFX), run in the background by
 * {@link AnalysisViewModel}. {@link #update} recomputes only what the changed inputs invalidate:
 *
 * <ul>
 * <li>dataset or settings changed: everything (similarity, distances, groups, distributions,
 *     diagram, FPS);</li>
 * <li>grouping changed: groups, palette, pair distributions, diagram, ranked composition;</li>
 * <li>reference groups changed: the diagram coordinates only (N kernel rows);</li>
 * <li>pins or bans changed: the FPS run and the ranked composition.</li>
 * </ul>
 * Subset sizes never cause work: any prefix of the one FPS run is read through its ranks.
 */
public final class Pipeline {

    /** Pairs per group above which the pair distribution is a sample (seeded). */
    public static final long MAX_PAIRS = 1_000_000;
    /** REP threshold of the FPS run. */
    public static final double EPSILON = 0.1;

    /** Makes the similarity provider for the chosen settings (the SOAP engine in the application). */
    @FunctionalInterface
    public interface ProviderFactory {
        SimilarityProvider create(org.sift.ui.settings.AnalysisSettings settings);

        /** {@link org.sift.workflow.SimilarityProviders#defaultProvider}. */
        static ProviderFactory standard() {
            return s -> org.sift.workflow.SimilarityProviders.defaultProvider(s.soap(), s.kernel());
        }
    }

    /** What an update has to recompute. */
    public record Work(boolean similarity, boolean groups, boolean diagram, boolean fps) {
        public boolean any() {
            return similarity || groups || diagram || fps;
        }

        /** A short name for the status line. */
        public String describe(String datasetName) {
            if (similarity) return "Analysing " + datasetName;
            if (groups) return "Regrouping " + datasetName;
            if (fps && diagram) return "Updating the analysis";
            if (fps) return "Farthest point sampling";
            return "Similarity diagram";
        }
    }

    private Pipeline() {
    }

    /** What {@link #update} would recompute for these inputs, given the previous result (may be null). */
    public static Work plan(AnalysisResult prev, AnalysisInputs in) {
        boolean sim = prev == null || prev.dataset() != in.dataset() || !prev.settings().equals(in.settings());
        boolean groups = sim || !Arrays.equals(prev.labels(), in.labels());
        boolean diagram;
        if (groups) {
            diagram = true;
        } else {
            String[] xy = references(prev.groups(), in.groupX(), in.groupY());
            diagram = !xy[0].equals(prev.diagram().groupX()) || !xy[1].equals(prev.diagram().groupY());
        }
        boolean fps = sim || !prev.constraints().equals(in.constraints());
        return new Work(sim, groups, diagram, fps);
    }

    /**
     * The reference groups to use: the requested ones if they are groups, else the defaults (the
     * two ends of the fixed group order).
     */
    public static String[] references(Groups groups, String x, String y) {
        String[] d = groups.extremes();
        return new String[] {x != null && groups.names().contains(x) ? x : d[0], y != null && groups.names().contains(y) ? y : d[1]};
    }

    /**
     * Brings {@code prev} up to date with {@code in}, reusing what is still valid.
     *
     * @param factory makes the similarity provider (called only when the similarity is recomputed)
     * @param threads worker threads of the analysis steps
     */
    public static AnalysisResult update(AnalysisResult prev, AnalysisInputs in, ProviderFactory factory, int threads,
                                        ProgressMonitor monitor) throws IOException {
        Work w = plan(prev, in);
        if (!w.any()) {
            return prev;
        }
        StructureSimilarity sim;
        DistanceSource dist;
        Map<String, Object> params;
        if (w.similarity()) {
            SimilarityProvider p = factory.create(in.settings());
            sim = p.compute(in.dataset(), monitor);
            if (sim.size() != in.dataset().size()) {
                throw new IllegalStateException("the similarity has " + sim.size() + " configurations, the dataset "
                        + in.dataset().size());
            }
            params = Map.copyOf(p.parameters());
            monitor.checkCancelled();
            dist = distances(sim, threads, monitor);
        } else {
            sim = prev.similarity();
            dist = prev.distances();
            params = prev.similarityParameters();
        }
        Groups groups;
        GroupPalette palette;
        List<PairDistributions.GroupDistribution> pairs;
        String[] labels;
        if (w.groups()) {
            labels = in.labels().clone();
            groups = Groups.of(in.dataset(), labels);
            palette = new GroupPalette(groups.names());
            pairs = PairDistributions.compute(sim, groups, MAX_PAIRS, 0, threads, monitor);
        } else {
            labels = prev.labels();
            groups = prev.groups();
            palette = prev.palette();
            pairs = prev.distributions();
        }
        SimilarityDiagram diagram;
        if (w.diagram()) {
            String[] xy = references(groups, in.groupX(), in.groupY());
            diagram = SimilarityDiagram.compute(sim, groups, xy[0], xy[1], threads, monitor);
        } else {
            diagram = prev.diagram();
        }
        FpsResult fps = w.fps() ? fps(dist, in.constraints(), threads, monitor) : prev.fps();
        RankedComposition ranked = w.fps() || w.groups() ? new RankedComposition(groups, fps.order()) : prev.ranked();
        return new AnalysisResult(in.dataset(), in.settings(), params, sim, dist, labels, groups, palette, pairs, diagram,
                in.constraints(), fps, ranked);
    }

    /** Cached matrix up to {@link SelectSubset#CACHE_LIMIT}, kernel rows on demand above. */
    static DistanceSource distances(StructureSimilarity sim, int threads, ProgressMonitor monitor) {
        return sim.size() <= SelectSubset.CACHE_LIMIT ? SimilarityDistances.cached(sim, threads, monitor)
                : new SimilarityDistances(sim);
    }

    /** One FPS run over every selectable configuration: medoid start, epsilon 0.1, with pins and bans. */
    public static FpsResult fps(DistanceSource d, FpsConstraints c, int threads, ProgressMonitor monitor) {
        FpsOptions o = FpsOptions.defaults().withEpsilon(EPSILON).withPinned(c.pinned()).withBanned(c.banned())
                .withThreads(Math.max(1, threads));
        return new FarthestPointSampler().run(d, o, monitor);
    }

    /** True if {@code cmp} was computed for this result's distances and groups with R repeats. */
    public static boolean isCurrent(RandomComparison cmp, AnalysisResult r, int repeats, long seed) {
        return cmp != null && r != null && cmp.distances() == r.distances() && cmp.groups() == r.groups()
                && cmp.repeats() == repeats && cmp.seed() == seed;
    }

    /**
     * FPS against R seeded random subsets at about 30 sizes from 1 to the largest FPS subset
     * ({@link FpsVsRandom}), plus the group counts of every prefix of each random order.
     */
    public static RandomComparison compareWithRandom(AnalysisResult r, int repeats, long seed, int threads,
                                                     ProgressMonitor monitor) {
        Objects.requireNonNull(r);
        if (repeats < 1) {
            throw new IllegalArgumentException("repeats must be >= 1, got " + repeats);
        }
        int n = r.size();
        int[] sizes = RandomComparison.logSizes(r.maxSubsetSize(), 30);
        List<FpsVsRandom.Row> rows = FpsVsRandom.compare(r.distances(), r.groups(), r.fps(), sizes, repeats, seed,
                r.epsilon(), Math.max(1, threads), monitor);
        RankedComposition[] orders = new RankedComposition[repeats];
        for (int k = 0; k < repeats; k++) {
            orders[k] = new RankedComposition(r.groups(), RandomSampler.sample(n, n, seed + k));
        }
        return new RandomComparison(r.distances(), r.groups(), repeats, seed, List.copyOf(rows), orders);
    }
}
