package org.sift.ui.analysis;

import java.util.List;
import java.util.Map;
import org.sift.analysis.Groups;
import org.sift.analysis.PairDistributions;
import org.sift.analysis.RankedComposition;
import org.sift.analysis.SimilarityDiagram;
import org.sift.figures.GroupPalette;
import org.sift.model.Dataset;
import org.sift.selection.DistanceSource;
import org.sift.selection.FpsResult;
import org.sift.similarity.StructureSimilarity;
import org.sift.ui.settings.AnalysisSettings;

/**
 * The outcome of the analysis pipeline, kept so that cheap changes (reference groups, subset size,
 * pins) reuse the expensive parts (similarity, distances).
 *
 * @param dataset              the dataset analysed
 * @param settings             the settings the similarity was computed with
 * @param similarityParameters the provider's parameters (for manifests)
 * @param similarity           K(i, j)
 * @param distances            d(i, j) = sqrt(2 - 2 K), cached as a matrix for N up to
 *                             {@link org.sift.workflow.SelectSubset#CACHE_LIMIT}
 * @param labels               the group labels the groups were built from
 * @param groups               groups in their fixed order
 * @param palette              colours of the groups, shared by every chart and table
 * @param distributions        K over the pairs of each group, sorted
 * @param diagram              similarity-diagram coordinates for the chosen reference groups
 * @param constraints          pins and bans of the FPS run
 * @param fps                  one FPS run over all selectable configurations: D(n), REP(n) for every n
 * @param ranked               group counts of every FPS prefix
 */
public record AnalysisResult(Dataset dataset, AnalysisSettings settings, Map<String, Object> similarityParameters,
                             StructureSimilarity similarity, DistanceSource distances, String[] labels, Groups groups,
                             GroupPalette palette, List<PairDistributions.GroupDistribution> distributions,
                             SimilarityDiagram diagram, FpsConstraints constraints, FpsResult fps,
                             RankedComposition ranked) {

    /** Number of configurations N. */
    public int size() {
        return dataset.size();
    }

    /** Largest subset size on offer: N minus the banned configurations. */
    public int maxSubsetSize() {
        return fps.size();
    }

    /** REP threshold epsilon of the FPS run. */
    public double epsilon() {
        return fps.epsilon();
    }
}
