package org.sift.ui.distributions;

/**
 * Summary of the pairwise similarity within one group.
 *
 * @param group     group name
 * @param members   configurations in the group
 * @param pairs     m (m - 1) / 2
 * @param sampled   true if the statistics come from a random sample of the pairs
 * @param median    median K over the pairs (NaN without pairs)
 * @param above99   fraction of pairs with K &gt; 0.99, percent (NaN without pairs)
 */
public record DistributionRow(String group, int members, long pairs, boolean sampled, double median, double above99) {
}
