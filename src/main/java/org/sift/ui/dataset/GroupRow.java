package org.sift.ui.dataset;

/**
 * One group of the dataset panel.
 *
 * @param label   group label (reduced formula or the text of an info key)
 * @param count   number of configurations in the group
 * @param percent share of the dataset, %
 */
public record GroupRow(String label, int count, double percent) {
}
