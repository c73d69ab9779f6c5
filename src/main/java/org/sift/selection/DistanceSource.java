package org.sift.selection;

/**
 * Distances between N points, indexed 0..size()-1. FPS and the coverage curves work on this and
 * know nothing of what the points are.
 */
public interface DistanceSource {

    int size();

    double distance(int i, int j);

    /** Fills {@code out[j] = d(i, j)} for all j. Implementations may override with a faster path. */
    default void distanceRow(int i, double[] out) {
        for (int j = 0; j < out.length; j++) {
            out[j] = distance(i, j);
        }
    }
}
