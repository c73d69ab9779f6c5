package org.sift.selection;

import java.util.Arrays;

/**
 * Shares of a subset size over groups by the largest-remainder rule: group g of m_g members (M in
 * all) gets floor(n m_g / M), and the places left over go to the groups with the largest fractional
 * parts, ties to the lower group index; no group gets more than it has. The counts sum to
 * min(n, M).
 */
public final class Quotas {

    private Quotas() {
    }

    /** @param sizes members per group */
    public static int[] proportional(int[] sizes, int n) {
        long total = 0;
        for (int s : sizes) {
            if (s < 0) throw new IllegalArgumentException("negative group size " + s);
            total += s;
        }
        if (n < 0) throw new IllegalArgumentException("negative subset size " + n);
        int target = (int) Math.min(n, total);
        int g = sizes.length;
        int[] q = new int[g];
        double[] rem = new double[g];
        int assigned = 0;
        for (int k = 0; k < g; k++) {
            double x = total == 0 ? 0 : (double) target * sizes[k] / total;
            q[k] = (int) Math.floor(x);
            rem[k] = x - q[k];
            assigned += q[k];
        }
        Integer[] byRem = new Integer[g];
        for (int k = 0; k < g; k++) byRem[k] = k;
        Arrays.sort(byRem, (a, b) -> rem[a] != rem[b] ? Double.compare(rem[b], rem[a]) : Integer.compare(a, b));
        for (int k = 0; assigned < target; k++) {
            int x = byRem[k % g];
            if (q[x] < sizes[x]) {
                q[x]++;
                assigned++;
            }
        }
        return q;
    }

    /** Members of each group, ascending: {@code result[g]} lists the i with {@code groupOf[i] == g}. */
    public static int[][] members(int[] groupOf, int groups) {
        int[] c = new int[groups];
        for (int g : groupOf) {
            if (g < 0 || g >= groups) throw new IllegalArgumentException("group index " + g + " out of range 0.." + (groups - 1));
            c[g]++;
        }
        int[][] m = new int[groups][];
        for (int g = 0; g < groups; g++) m[g] = new int[c[g]];
        int[] f = new int[groups];
        for (int i = 0; i < groupOf.length; i++) m[groupOf[i]][f[groupOf[i]]++] = i;
        return m;
    }
}
