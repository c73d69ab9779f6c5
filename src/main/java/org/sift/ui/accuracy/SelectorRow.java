package org.sift.ui.accuracy;

/**
 * One selector of the learning curve at the size compared: coverage of the pool by its subset and the
 * validation error of the surrogate fitted on it.
 *
 * @param selector  the selector's name (as on the command line)
 * @param n         the subset size
 * @param farthest  D(n) over the pool, mean over repeats
 * @param rep       REP(n) over the pool, percent, mean over repeats
 * @param rmse      validation RMSE, meV/atom, mean over repeats
 * @param rmseSd    its sample standard deviation (0 for one repeat)
 * @param seconds   wall time of choosing the subsets of all sizes, per repeat
 */
public record SelectorRow(String selector, int n, double farthest, double rep, double rmse, double rmseSd, double seconds) {}
