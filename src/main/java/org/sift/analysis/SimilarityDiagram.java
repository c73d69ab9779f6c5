package org.sift.analysis;

import org.sift.concurrent.ParallelRows;
import org.sift.concurrent.ProgressMonitor;
import org.sift.similarity.StructureSimilarity;

/**
 * Similarity-diagram coordinates (METHOD.md §5): x_A = mean over B in G_x of K(A, B) and
 * y_A = mean over B in G_y of K(A, B), B running over all members of the group (A itself included
 * when A is a member, with K(A, A) = 1). Cost: N kernel rows, in parallel.
 *
 * @param groupX G_x
 * @param groupY G_y
 * @param x      x_A for every configuration A, length N
 * @param y      y_A, length N
 */
public record SimilarityDiagram(String groupX, String groupY, double[] x, double[] y) {

    /**
     * @param groupX G_x, or null for the first group of the fixed order ({@link Groups#extremes()})
     * @param groupY G_y, or null for the last group
     */
    public static SimilarityDiagram compute(StructureSimilarity similarity, Groups groups, String groupX, String groupY,
                                            int threads, ProgressMonitor monitor) {
        int n = similarity.size();
        if (groups.size() != n) {
            throw new IllegalArgumentException(groups.size() + " group labels for " + n + " configurations");
        }
        String gx = groupX != null ? groupX : groups.extremes()[0];
        String gy = groupY != null ? groupY : groups.extremes()[1];
        int[] mx = groups.members(groups.indexOf(gx));
        int[] my = groups.members(groups.indexOf(gy));
        double[] x = new double[n];
        double[] y = new double[n];
        monitor.begin("Similarity diagram", n);
        ParallelRows.forEach(n, n, threads, monitor, (a, row) -> {
            similarity.kernelRow(a, row);
            x[a] = mean(row, mx);
            y[a] = mean(row, my);
        });
        return new SimilarityDiagram(gx, gy, x, y);
    }

    private static double mean(double[] row, int[] members) {
        double s = 0;
        for (int b : members) s += row[b];
        return members.length == 0 ? Double.NaN : s / members.length;
    }
}
