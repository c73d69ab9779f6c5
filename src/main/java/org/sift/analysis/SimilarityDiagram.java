package org.sift.analysis;

import org.sift.concurrent.ParallelRows;
import org.sift.concurrent.ProgressMonitor;
import org.sift.similarity.StructureFeatures;
import org.sift.similarity.StructureSimilarity;

/**
 * Similarity-diagram coordinates (docs/method.md §5): x_A = mean over B in G_x of K(A, B) and
 * y_A = mean over B in G_y of K(A, B), B running over all members of the group (A itself included
 * when A is a member, with its stored K(A, A)).
 *
 * <p><b>Cost.</b> For SOAP features with zeta = 1, normalised ({@link StructureFeatures} holding unit
 * mean vectors u), K(A, B) = u_A . u_B, so the sum over a group is one dot product with the group's
 * summed vector: x_A = u_A . (sum over B in G_x of u_B) / |G_x|. That costs O(N D) instead of
 * N |G| kernel evaluations and equals the pairwise mean up to rounding (the term B = A is
 * u_A . u_A in both, so nothing has to be excluded or added back). Any other similarity (zeta &gt; 1,
 * unnormalised kernels, test stand-ins) takes the pairwise path: N kernel rows, in parallel.
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
        if (similarity instanceof StructureFeatures f && isDotProduct(f)) {
            return byMeanVectors(f, gx, gy, mx, my, threads, monitor);
        }
        return pairwise(similarity, gx, gy, mx, my, threads, monitor);
    }

    /** True if K(A, B) is the dot product of the stored vectors (zeta = 1, normalised). */
    static boolean isDotProduct(StructureFeatures f) {
        return f.options().zeta() == 1 && f.options().normalise();
    }

    /** The definition: N kernel rows, each averaged over the two groups' members. */
    static SimilarityDiagram pairwise(StructureSimilarity similarity, String gx, String gy, int[] mx, int[] my,
                                      int threads, ProgressMonitor monitor) {
        int n = similarity.size();
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

    /** x_A = u_A . s_x / |G_x| with s_x the sum of the members' unit vectors; O(N D). */
    static SimilarityDiagram byMeanVectors(StructureFeatures f, String gx, String gy, int[] mx, int[] my,
                                           int threads, ProgressMonitor monitor) {
        int n = f.size();
        double[] sx = sum(f, mx);
        double[] sy = sum(f, my);
        double[] x = new double[n];
        double[] y = new double[n];
        monitor.begin("Similarity diagram", n);
        ParallelRows.forEach(n, 0, threads, monitor, (a, unused) -> {
            double[] u = f.vector(a);
            x[a] = mx.length == 0 ? Double.NaN : dot(u, sx) / mx.length;
            y[a] = my.length == 0 ? Double.NaN : dot(u, sy) / my.length;
        });
        return new SimilarityDiagram(gx, gy, x, y);
    }

    private static double[] sum(StructureFeatures f, int[] members) {
        double[] s = new double[f.dimension()];
        for (int b : members) {
            double[] u = f.vector(b);
            for (int k = 0; k < s.length; k++) s[k] += u[k];
        }
        return s;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) s += a[k] * b[k];
        return s;
    }

    private static double mean(double[] row, int[] members) {
        double s = 0;
        for (int b : members) s += row[b];
        return members.length == 0 ? Double.NaN : s / members.length;
    }
}
