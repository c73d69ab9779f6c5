package org.sift.ui.dataset;

/**
 * One row of the configuration table.
 *
 * @param index   index in the dataset (0-based, the identity of the configuration everywhere)
 * @param group   its group under the current grouping
 * @param formula full formula ({@code Li240Si64})
 * @param atoms   number of atoms
 * @param energy  total energy, eV, or {@code null}
 * @param origin  file and frame
 */
public record ConfigurationRow(int index, String group, String formula, int atoms, Double energy, String origin) {
}
