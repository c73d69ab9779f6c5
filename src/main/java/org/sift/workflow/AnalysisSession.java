package org.sift.workflow;

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
import org.sift.concurrent.ProgressMonitor;
import org.sift.selection.DistanceSource;
import org.sift.selection.FarthestPointSampler;
import org.sift.selection.FpsOptions;
import org.sift.selection.FpsResult;
import org.sift.selection.FpsRun;
import org.sift.similarity.StructureSimilarity;

/**
 * Use case: the incremental analysis of one dataset, shared by the workbench and {@code sift analyze}
 * (docs/method.md §4-5). {@link #update} brings a previous {@link AnalysisResult} up to date with new
 * {@link AnalysisInputs}, recomputing only what the change invalidates:
 *
 * <ul>
 * <li>dataset or settings changed: everything (similarity, distances, groups, distributions,
 *     diagram, FPS);</li>
 * <li>grouping or pair sampling changed: groups, pair distributions, diagram, ranked composition;</li>
 * <li>reference groups changed: the diagram coordinates only;</li>
 * <li>pins, bans, start or epsilon changed: the FPS run and the ranked composition.</li>
 * </ul>
 * Subset sizes never cause work: any prefix of the one FPS run is read through its ranks. On sets
 * larger than {@link AnalysisInputs#fpsFirst()} the FPS run is progressive: the first update computes
 * that many points (or stops earlier once D(n) &lt; epsilon/2), {@link #extendFps} continues the same
 * run on demand, so the default cost is O(N n), not O(N^2).
 */
public final class AnalysisSession {

    /** Pairs per group above which the pair distribution is a sample (seeded). */
    public static final long MAX_PAIRS = 1_000_000;
    /** REP threshold of the workbench's FPS run. */
    public static final double EPSILON = 0.1;
    /** Points of the first FPS extension in the workbench. */
    public static final int FPS_FIRST = 5000;

    /** Makes the similarity provider for the chosen settings (the SOAP engine in the application). */
    @FunctionalInterface
    public interface ProviderFactory {
        SimilarityProvider create(AnalysisSettings settings);

        /** {@link SimilarityProviders#defaultProvider}. */
        static ProviderFactory standard() {
            return s -> SimilarityProviders.defaultProvider(s.soap(), s.kernel());
        }

        /** Always the same provider (the command line chose it). */
        static ProviderFactory fixed(SimilarityProvider p) {
            Objects.requireNonNull(p);
            return s -> p;
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

    private AnalysisSession() {}

    /** What {@link #update} would recompute for these inputs, given the previous result (may be null). */
    public static Work plan(AnalysisResult prev, AnalysisInputs in) {
        AnalysisInputs p = prev == null ? null : prev.inputs();
        boolean sim = p == null || p.dataset() != in.dataset() || !Objects.equals(p.settings(), in.settings());
        boolean groups = sim
                || !Arrays.equals(p.labels(), in.labels())
                || p.pairSeed() != in.pairSeed()
                || p.maxPairs() != in.maxPairs();
        boolean diagram;
        if (groups) {
            diagram = true;
        } else {
            String[] xy = references(prev.groups(), in.groupX(), in.groupY());
            diagram = !xy[0].equals(prev.diagram().groupX())
                    || !xy[1].equals(prev.diagram().groupY());
        }
        boolean fps = sim
                || !p.constraints().equals(in.constraints())
                || !p.start().equals(in.start())
                || p.epsilon() != in.epsilon();
        return new Work(sim, groups, diagram, fps);
    }

    /**
     * The reference groups to use: the requested ones if they are groups, else the defaults (the
     * two ends of the fixed group order).
     */
    public static String[] references(Groups groups, String x, String y) {
        String[] d = groups.extremes();
        return new String[] {
            x != null && groups.names().contains(x) ? x : d[0],
            y != null && groups.names().contains(y) ? y : d[1]
        };
    }

    /**
     * Brings {@code prev} up to date with {@code in}, reusing what is still valid.
     *
     * @param factory makes the similarity provider (called only when the similarity is recomputed)
     * @param threads worker threads of the analysis steps
     */
    public static AnalysisResult update(
            AnalysisResult prev, AnalysisInputs in, ProviderFactory factory, int threads, ProgressMonitor monitor)
            throws IOException {
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
            dist = SelectSubset.distances(sim, threads, monitor);
        } else {
            sim = prev.similarity();
            dist = prev.distances();
            params = prev.similarityParameters();
        }
        AnalysisInputs stored = new AnalysisInputs(
                in.dataset(),
                in.labels().clone(),
                in.groupX(),
                in.groupY(),
                in.settings(),
                in.constraints(),
                in.start(),
                in.epsilon(),
                in.pairSeed(),
                in.maxPairs(),
                in.fpsFirst());
        Groups groups;
        List<PairDistributions.GroupDistribution> pairs;
        if (w.groups()) {
            groups = Groups.of(in.dataset(), stored.labels());
            pairs = PairDistributions.compute(sim, groups, in.maxPairs(), in.pairSeed(), threads, monitor);
        } else {
            groups = prev.groups();
            pairs = prev.distributions();
        }
        SimilarityDiagram diagram;
        if (w.diagram()) {
            String[] xy = references(groups, in.groupX(), in.groupY());
            diagram = SimilarityDiagram.compute(sim, groups, xy[0], xy[1], threads, monitor);
        } else {
            diagram = prev.diagram();
        }
        FpsRun run;
        FpsResult fps;
        if (w.fps()) {
            run = new FarthestPointSampler().start(dist, fpsOptions(in, threads), monitor);
            boolean progressive = dist.size() > in.fpsFirst();
            fps = run.extend(
                    progressive ? in.fpsFirst() : Integer.MAX_VALUE,
                    progressive ? in.epsilon() / 2 : Double.NaN,
                    monitor);
        } else {
            run = prev.fpsRun();
            fps = prev.fps();
        }
        RankedComposition ranked = w.fps() || w.groups() ? new RankedComposition(groups, fps.order()) : prev.ranked();
        return new AnalysisResult(stored, params, sim, dist, groups, pairs, diagram, fps, ranked, run);
    }

    /** The FPS options of these inputs: their start, epsilon, pins and bans, every point allowed. */
    static FpsOptions fpsOptions(AnalysisInputs in, int threads) {
        return FpsOptions.defaults()
                .withStart(in.start())
                .withEpsilon(in.epsilon())
                .withPinned(in.constraints().pinned())
                .withBanned(in.constraints().banned())
                .withCoverBanned(in.constraints().coverBanned())
                .withThreads(Math.max(1, threads));
    }

    /**
     * Continues the FPS run of {@code r} to {@code size} points (or to its end): the order is exactly
     * that of one uninterrupted run. A cancelled extension throws and leaves {@code r} valid; the run
     * keeps what it computed, and the next extension goes on from there.
     *
     * @return {@code r} if nothing was added, else a result with the longer order
     */
    public static AnalysisResult extendFps(AnalysisResult r, int size, ProgressMonitor monitor) {
        if (r.fpsComplete() || size <= r.fps().size()) {
            return r;
        }
        FpsResult fps = r.fpsRun().extend(size, Double.NaN, monitor);
        monitor.checkCancelled();
        return new AnalysisResult(
                r.inputs(),
                r.similarityParameters(),
                r.similarity(),
                r.distances(),
                r.groups(),
                r.distributions(),
                r.diagram(),
                fps,
                new RankedComposition(r.groups(), fps.order()),
                r.fpsRun());
    }

    /** True if {@code cmp} was computed for this result's distances, groups and FPS prefix with R repeats. */
    public static boolean isCurrent(RandomComparison cmp, AnalysisResult r, int repeats, long seed) {
        return cmp != null
                && r != null
                && cmp.distances() == r.distances()
                && cmp.groups() == r.groups()
                && java.util.Arrays.equals(
                        cmp.constraints().banned(), r.constraints().banned()) // pins do not matter
                && cmp.constraints().coverBanned() == r.constraints().coverBanned()
                && cmp.repeats() == repeats
                && cmp.seed() == seed
                && cmp.upTo() == r.maxSubsetSize();
    }

    /**
     * FPS against R seeded random subsets at about 30 sizes from 1 to the FPS prefix
     * ({@link FpsVsRandom}), plus the group counts of every prefix of each random order.
     */
    public static RandomComparison compareWithRandom(
            AnalysisResult r, int repeats, long seed, int threads, ProgressMonitor monitor) {
        Objects.requireNonNull(r);
        if (repeats < 1) {
            throw new IllegalArgumentException("repeats must be >= 1, got " + repeats);
        }
        int n = r.size();
        FpsConstraints c = r.constraints();
        int[] sizes = RandomComparison.logSizes(r.maxSubsetSize(), 30);
        List<FpsVsRandom.Row> rows = FpsVsRandom.compare(
                r.distances(),
                r.groups(),
                r.fps(),
                sizes,
                repeats,
                seed,
                r.epsilon(),
                c.banned(),
                c.coverBanned(),
                Math.max(1, threads),
                monitor);
        RankedComposition[] orders = new RankedComposition[repeats];
        for (int k = 0; k < repeats; k++) {
            orders[k] = new RankedComposition(
                    r.groups(), FpsVsRandom.randomOrder(n, r.selectableSize(), seed + k, c.banned()));
        }
        return new RandomComparison(
                r.distances(), r.groups(), c, repeats, seed, r.maxSubsetSize(), List.copyOf(rows), orders);
    }
}
