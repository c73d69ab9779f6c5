package org.sift.workflow;

import java.util.List;
import java.util.Map;
import org.sift.analysis.Groups;
import org.sift.analysis.PairDistributions;
import org.sift.analysis.RankedComposition;
import org.sift.analysis.SimilarityDiagram;
import org.sift.model.Dataset;
import org.sift.selection.DistanceSource;
import org.sift.selection.FpsResult;
import org.sift.selection.FpsRun;
import org.sift.similarity.StructureSimilarity;

/**
 * The state of an {@link AnalysisSession}, kept so that cheap changes (reference groups, subset size,
 * pins) reuse the expensive parts (similarity, distances).
 *
 * @param inputs               what was analysed
 * @param similarityParameters the provider's parameters (for manifests)
 * @param similarity           K(i, j)
 * @param distances            d(i, j) = sqrt(2 - 2 K), cached as a matrix for N up to
 *                             {@link SelectSubset#CACHE_LIMIT}
 * @param groups               groups in their fixed order
 * @param distributions        K over the pairs of each group, sorted
 * @param diagram              similarity-diagram coordinates for the chosen reference groups
 * @param fps                  the FPS order computed so far with D(n), REP(n) for each of its prefixes
 * @param ranked               group counts of every prefix of {@code fps}
 * @param fpsRun               the run {@code fps} is a prefix of, extended by {@link AnalysisSession#extendFps}
 */
public record AnalysisResult(
        AnalysisInputs inputs,
        Map<String, Object> similarityParameters,
        StructureSimilarity similarity,
        DistanceSource distances,
        Groups groups,
        List<PairDistributions.GroupDistribution> distributions,
        SimilarityDiagram diagram,
        FpsResult fps,
        RankedComposition ranked,
        FpsRun fpsRun) {

    public Dataset dataset() {
        return inputs.dataset();
    }

    /** The settings of the similarity (null where the provider was given). */
    public AnalysisSettings settings() {
        return inputs.settings();
    }

    /** The group labels the groups were built from. */
    public String[] labels() {
        return inputs.labels();
    }

    /** Pins and bans of the FPS run. */
    public FpsConstraints constraints() {
        return inputs.constraints();
    }

    /** Number of configurations N. */
    public int size() {
        return dataset().size();
    }

    /** Largest subset size computed so far (the FPS prefix). */
    public int maxSubsetSize() {
        return fps.size();
    }

    /** Largest subset size the data allow: N minus the banned configurations. */
    public int selectableSize() {
        return size() - constraints().banned().length;
    }

    /** True if the FPS order is complete (a stop rule fired or every selectable point is in). */
    public boolean fpsComplete() {
        return fps.stop() != FpsResult.StopReason.PAUSED;
    }

    /** REP threshold epsilon of the FPS run. */
    public double epsilon() {
        return fps.epsilon();
    }

    /**
     * The FPS subset of size k as a selection: what {@code sift select -n k} with the same pins and bans
     * gives (FPS is greedy, so the prefix of the run is the run stopped at k); k is clipped to 1..{@link
     * #maxSubsetSize()}.
     */
    public Selection fpsSelection(int k) {
        if (maxSubsetSize() == 0) {
            throw new IllegalStateException("no FPS order to select from");
        }
        int m = Math.max(1, Math.min(maxSubsetSize(), k));
        return new Selection(selectOptions(m), fps.prefix(m), java.util.Arrays.copyOf(fps.farthest(), m),
                java.util.Arrays.copyOf(fps.rep(), m), fps, FpsResult.StopReason.SIZE);
    }

    /**
     * Given configurations (a named subset, in its order) as a selection under this run's constraints:
     * D(n) and REP(n) are the FPS run's when the indices are an FPS prefix, else unknown (NaN).
     */
    public Selection selectionOf(int[] indices) {
        int k = indices.length;
        boolean prefix = k <= maxSubsetSize() && java.util.Arrays.equals(indices, fps.prefix(k));
        double[] far = new double[k];
        double[] rep = new double[k];
        if (prefix) {
            System.arraycopy(fps.farthest(), 0, far, 0, k);
            System.arraycopy(fps.rep(), 0, rep, 0, k);
        } else {
            java.util.Arrays.fill(far, Double.NaN);
            java.util.Arrays.fill(rep, Double.NaN);
        }
        return new Selection(selectOptions(k), indices.clone(), far, rep, fps, FpsResult.StopReason.SIZE);
    }

    /** FPS of k from the medoid with this run's pins, bans and epsilon, as recorded in a manifest. */
    private SelectOptions selectOptions(int k) {
        FpsConstraints c = constraints();
        return new SelectOptions(SelectOptions.Method.FPS, k, 0, "medoid", c.pinned(), c.banned(), null, null, null,
                epsilon(), c.coverBanned());
    }
}
