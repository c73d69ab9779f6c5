package org.sift.workflow;

import org.sift.selection.FpsResult;

/**
 * A selected subset with its coverage curves.
 *
 * @param options  what was asked
 * @param order    selected indices in order of selection
 * @param farthest D(n) after the first n, index n-1
 * @param rep      REP(n) in percent, index n-1
 * @param fps      the full FPS result (null for random selection)
 * @param stop     why the selection stopped ({@code SIZE} for random)
 */
public record Selection(SelectOptions options, int[] order, double[] farthest, double[] rep, FpsResult fps,
                        FpsResult.StopReason stop) {

    public int size() {
        return order.length;
    }

    /** The configurations not selected, ascending. */
    public int[] complement(int n) {
        boolean[] in = new boolean[n];
        for (int i : order) in[i] = true;
        int[] c = new int[n - order.length];
        int k = 0;
        for (int i = 0; i < n; i++) if (!in[i]) c[k++] = i;
        return c;
    }
}
