package org.sift.analysis;

import java.util.Arrays;

/**
 * Composition and membership of the FPS prefix of any size n, without re-running anything: with
 * rank[i] = position of i in the FPS order, subset(n) = {i : rank[i] &lt; n}. For each group the
 * sorted ranks of its members are stored, so the count of group g in subset(n) is a binary search:
 * {@link #counts(int)} costs O(groups log N), {@link #mask(int, boolean[])} O(N).
 */
public final class RankedComposition {

    private final Groups groups;
    private final int[] rank;
    private final int[][] sortedRanks;

    /** @param order an FPS order (distinct indices of the groups' configurations) */
    public RankedComposition(Groups groups, int[] order) {
        this.groups = groups;
        this.rank = new int[groups.size()];
        Arrays.fill(rank, Integer.MAX_VALUE);
        for (int k = 0; k < order.length; k++) {
            rank[order[k]] = k;
        }
        int[] sizes = new int[groups.count()];
        for (int i : order) {
            sizes[groups.groupOf()[i]]++;
        }
        sortedRanks = new int[groups.count()][];
        for (int g = 0; g < sizes.length; g++) {
            sortedRanks[g] = new int[sizes[g]];
        }
        int[] fill = new int[groups.count()];
        for (int k = 0; k < order.length; k++) {
            int g = groups.groupOf()[order[k]];
            sortedRanks[g][fill[g]++] = k; // ascending by construction
        }
    }

    /** Members of each group among the first n of the order, in group order. */
    public int[] counts(int n) {
        int[] c = new int[sortedRanks.length];
        for (int g = 0; g < c.length; g++) {
            int pos = Arrays.binarySearch(sortedRanks[g], n);
            c[g] = pos >= 0 ? pos : -pos - 1;
        }
        return c;
    }

    public CompositionTable table(int n) {
        return CompositionTable.fromCounts(groups, counts(n));
    }

    /** Fills {@code out[i] = rank[i] < n} (length N) and returns it. */
    public boolean[] mask(int n, boolean[] out) {
        for (int i = 0; i < rank.length; i++) {
            out[i] = rank[i] < n;
        }
        return out;
    }

    /** rank[i], or Integer.MAX_VALUE if i is not in the order. */
    public int rank(int i) {
        return rank[i];
    }
}
