package org.sift.ui.sampling;

/**
 * One line of the composition table (the study's Table S1) for the current subset size n.
 *
 * @param group         group name
 * @param count         configurations of the group in the FPS subset of size n
 * @param percent       100 count / n
 * @param wholePercent  share of the group in the whole dataset, percent
 * @param randomCount   mean count over the random subsets of size n (NaN without a comparison)
 * @param randomPercent 100 randomCount / n (NaN without a comparison)
 */
public record CompositionRow(String group, int count, double percent, double wholePercent, double randomCount,
                             double randomPercent) {
}
