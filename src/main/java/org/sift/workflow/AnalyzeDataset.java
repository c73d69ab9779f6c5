package org.sift.workflow;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.sift.analysis.CompositionTable;
import org.sift.analysis.FpsVsRandom;
import org.sift.analysis.Groups;
import org.sift.analysis.PairDistributions;
import org.sift.analysis.RankedComposition;
import org.sift.analysis.SimilarityDiagram;
import org.sift.concurrent.ProgressMonitor;
import org.sift.model.Dataset;
import org.sift.selection.DistanceSource;
import org.sift.selection.FpsOptions;
import org.sift.selection.FpsResult;

/**
 * Use case: the study's analyses of one dataset (docs/method.md §4-5): similarity diagram, pair
 * distributions per group, one full FPS run (curves D(n), REP(n) for every n), composition tables
 * of the FPS subsets of the given sizes, and FPS against random subsets.
 */
public final class AnalyzeDataset {

    /**
     * @param groupBy       per-configuration property for groups, or null for the reduced formula
     * @param groupX        G_x of the diagram, or null for the default (lowest fraction of the first element)
     * @param groupY        G_y, or null (highest fraction)
     * @param sizes         subset sizes for the tables and the comparison (default 25,50,100,200,400,800,1500)
     * @param randomRepeats random subsets per size (default 3)
     * @param seed          seed of the random subsets and of pair sampling
     * @param epsilon       REP threshold (default 0.1)
     * @param start         FPS first point: medoid, random or an index
     * @param maxPairs      pairs per group above which the pair distribution is sampled (default 1 000 000)
     */
    public record Options(
            String groupBy,
            String groupX,
            String groupY,
            int[] sizes,
            int randomRepeats,
            long seed,
            double epsilon,
            String start,
            long maxPairs) {
        public static Options defaults() {
            return new Options(
                    null, null, null, new int[] {25, 50, 100, 200, 400, 800, 1500}, 3, 0, 0.1, "medoid", 1_000_000);
        }
    }

    /** @param compositions FPS subset composition per size (sizes above N are left out) */
    public record Report(
            Groups groups,
            SimilarityDiagram diagram,
            List<PairDistributions.GroupDistribution> distributions,
            FpsResult fps,
            List<Integer> sizes,
            List<CompositionTable> compositions,
            CompositionTable whole,
            List<FpsVsRandom.Row> fpsVsRandom,
            org.sift.similarity.StructureSimilarity similarity) {}

    private final int threads;

    public AnalyzeDataset() {
        this(Runtime.getRuntime().availableProcessors());
    }

    public AnalyzeDataset(int threads) {
        this.threads = threads;
    }

    public Report run(Dataset dataset, SimilarityProvider provider, Options o, ProgressMonitor monitor)
            throws IOException {
        String[] labels = o.groupBy() == null ? dataset.formulaGroups() : dataset.propertyGroups(o.groupBy());
        Groups named = Groups.of(dataset, labels);
        for (String g : new String[] {o.groupX(), o.groupY()}) {
            if (g != null) {
                named.indexOf(g); // an unknown reference group is an error here, not the default
            }
        }
        AnalysisInputs in = new AnalysisInputs(
                dataset,
                labels,
                o.groupX(),
                o.groupY(),
                null,
                FpsConstraints.NONE,
                FpsOptions.Start.parse(o.start(), o.seed()),
                o.epsilon(),
                o.seed(),
                o.maxPairs(),
                Integer.MAX_VALUE);
        AnalysisResult a =
                AnalysisSession.update(null, in, AnalysisSession.ProviderFactory.fixed(provider), threads, monitor);
        return report(a, o.sizes(), o.randomRepeats(), o.seed(), threads, monitor);
    }

    /**
     * The report of an analysis already computed (the workbench's current one, or {@link #run}'s):
     * composition tables of the FPS subsets of {@code sizes} (sizes beyond the FPS order are left
     * out) and FPS against {@code randomRepeats} random subsets per size, at the analysis' ε. Nothing
     * of {@code a} is recomputed or modified.
     *
     * @param sizes         subset sizes for the tables and the comparison
     * @param randomRepeats random subsets per size (0: no comparison)
     * @param seed          seed of the random subsets
     */
    public static Report report(
            AnalysisResult a, int[] sizes, int randomRepeats, long seed, int threads, ProgressMonitor monitor) {
        Groups groups = a.groups();
        FpsResult fps = a.fps();
        DistanceSource d = a.distances();
        RankedComposition rc = a.ranked();
        List<Integer> kept = new ArrayList<>();
        List<CompositionTable> tables = new ArrayList<>();
        for (int s : sizes) {
            if (s >= 1 && s <= fps.size()) {
                kept.add(s);
                tables.add(rc.table(s));
            }
        }
        List<FpsVsRandom.Row> cmp = randomRepeats > 0
                ? FpsVsRandom.compare(
                        d,
                        groups,
                        fps,
                        sizes,
                        randomRepeats,
                        seed,
                        a.inputs().epsilon(),
                        a.constraints().banned(),
                        a.constraints().coverBanned(),
                        Math.max(1, threads),
                        monitor)
                : List.of();
        CompositionTable whole = CompositionTable.fromCounts(groups, groups.sizes());
        return new Report(groups, a.diagram(), a.distributions(), fps, kept, tables, whole, cmp, a.similarity());
    }
}
