package org.sift.selection;

import java.util.Arrays;

/**
 * The outcome of one farthest point sampling run. All arrays have length {@link #size()} except
 * {@code minDistance} (length N). Index n-1 of a curve holds the value after n points.
 *
 * @param order             selected indices in order of selection (warm start first, then pins, then max-min)
 * @param selectionDistance min distance of each newly selected point to the points selected before it;
 *                          {@code +Infinity} for the first point
 * @param farthest          D(n) = max over counted i of min over the first n selected j of d_ij
 * @param rep               REP(n) = 100 % * #{counted i : min over the first n selected j of d_ij &lt; epsilon} / #counted
 * @param minDistance       final min over selected j of d_ij for every point i (0 for selected points)
 * @param warmStartCount    how many leading entries of {@code order} came from the warm start
 * @param pinnedCount       how many entries after the warm start were pins
 * @param epsilon           the epsilon of REP
 * @param stop              why the run stopped
 */
public record FpsResult(int[] order, double[] selectionDistance, double[] farthest, double[] rep,
                        double[] minDistance, int warmStartCount, int pinnedCount, double epsilon, StopReason stop) {

    /** Why a run stopped. */
    public enum StopReason {
        /** the requested number of points was reached */
        SIZE,
        /** D(n) fell to the distance threshold */
        THRESHOLD,
        /** REP(n) reached the target */
        REP_TARGET,
        /** no selectable point was left (N reached, or only banned points remain) */
        EXHAUSTED,
        /** a prefix of a longer run: paused before any stop rule fired, extended on demand ({@link FpsRun}) */
        PAUSED
    }

    public FpsResult {
        int m = order.length;
        if (selectionDistance.length != m || farthest.length != m || rep.length != m) {
            throw new IllegalArgumentException("curve lengths differ from the order length " + m);
        }
    }

    public int size() {
        return order.length;
    }

    /** D(n), n in 1..size(). */
    public double farthestAt(int n) {
        return farthest[n - 1];
    }

    /** REP(n) in percent, n in 1..size(). */
    public double repAt(int n) {
        return rep[n - 1];
    }

    /** The first n selected indices, in order of selection. */
    public int[] prefix(int n) {
        return Arrays.copyOf(order, n);
    }

    /** rank[i] = position of i in the order, or Integer.MAX_VALUE if never selected; length N. */
    public int[] ranks() {
        int[] r = new int[minDistance.length];
        Arrays.fill(r, Integer.MAX_VALUE);
        for (int k = 0; k < order.length; k++) {
            r[order[k]] = k;
        }
        return r;
    }
}
