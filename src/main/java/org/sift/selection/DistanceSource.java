package org.sift.selection;

/**
 * Distances between N points, indexed 0..size()-1. FPS and the coverage curves work on this and
 * know nothing of what the points are. {@code distance} and {@code distanceRow} may be called from
 * several threads at once.
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

    /**
     * A bound e &gt;= 0 on how far the computed distances are from a metric: there is a symmetric
     * function delta satisfying the triangle inequality with |distance(i, j) - delta(i, j)| &lt;= e for
     * all i != j (the diagonal is never used). A finite value also promises that
     * {@code distanceRow(i, out)} fills {@code out[j]} with exactly (bit for bit) {@code distance(i, j)}.
     *
     * <p>With a finite bound, FPS and the coverage curves skip distance evaluations that the triangle
     * inequality shows cannot lower a min distance; every result stays bit for bit what full rows
     * give. Default {@code +Infinity}: nothing is assumed and every added point reads a full row.
     */
    default double metricError() {
        return Double.POSITIVE_INFINITY;
    }
}
