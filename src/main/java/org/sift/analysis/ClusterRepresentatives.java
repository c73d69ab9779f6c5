package org.sift.analysis;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.sift.concurrent.ProgressMonitor;

/**
 * Cluster representatives, DIRECT-style: principal component analysis of the feature vectors,
 * k-means in the leading components, and per cluster the one member nearest its centre.
 *
 * <p>Steps. (1) Centred PCA of the N x d rows ({@link PrincipalCoordinates}); keep the smallest
 * number m of leading components whose explained variance reaches {@link Options#variance()}, at
 * most {@link Options#maxComponents()}. (2) k-means++ seeding with
 * {@code java.util.SplittableRandom(seed)}: the first centre is a uniformly random point, each next
 * one a point drawn with probability proportional to its squared distance to the nearest centre
 * (when every point coincides with a centre, the lowest index not yet a centre). (3) Lloyd
 * iterations: assign each point to its nearest centre (lowest cluster index on ties), move each
 * centre to its members' mean, until no assignment changes or {@link Options#maxIterations()};
 * an empty cluster is re-seated on the point farthest from its own centre. (4) The representative
 * of a cluster is its member nearest the centre (lowest index on ties).
 *
 * <p>Result ordered by cluster size, largest first (ties: lower representative index). With
 * k &gt;= N every point is returned. Deterministic given the seed; cost O(N k m) per iteration.
 */
public final class ClusterRepresentatives {

    /**
     * @param variance      explained-variance share that fixes the number of PCA components, in (0, 1]
     * @param maxComponents upper bound on the PCA components, &gt;= 1
     * @param maxIterations Lloyd iterations at most, &gt;= 1
     * @param seed          seed of the k-means++ draws
     */
    public record Options(double variance, int maxComponents, int maxIterations, long seed) {
        public Options {
            if (!(variance > 0 && variance <= 1))
                throw new IllegalArgumentException("explained variance must be in (0, 1], got " + variance);
            if (maxComponents < 1)
                throw new IllegalArgumentException("maxComponents must be >= 1, got " + maxComponents);
            if (maxIterations < 1)
                throw new IllegalArgumentException("maxIterations must be >= 1, got " + maxIterations);
        }

        /** 99 % of the variance in at most 50 components, 100 iterations. */
        public static Options defaults(long seed) {
            return new Options(0.99, 50, 100, seed);
        }
    }

    /**
     * @param representatives one configuration per non-empty cluster, largest cluster first
     * @param clusterOf       cluster of every point (in the order of {@code representatives})
     * @param components      PCA components used
     * @param iterations      Lloyd iterations run
     */
    public record Result(int[] representatives, int[] clusterOf, int components, int iterations) {}

    private ClusterRepresentatives() {}

    /** Principal coordinates of the rows, truncated as the options ask (see class comment). */
    public static double[][] reduce(double[][] x, Options o) {
        PrincipalCoordinates pc = PrincipalCoordinates.of(x, true, PrincipalCoordinates.EXACT, o.maxComponents());
        int m = 0;
        double acc = 0;
        while (m < pc.components() && (m == 0 || acc < o.variance() - 1e-12)) {
            acc += pc.explained(m);
            m++;
        }
        double[][] y = new double[x.length][];
        for (int i = 0; i < x.length; i++) y[i] = Arrays.copyOf(pc.coordinates()[i], m);
        return y;
    }

    /** k representatives of the rows {@code x} (N x d, not modified). */
    public static Result select(double[][] x, int k, Options o, ProgressMonitor monitor) {
        if (k < 0) throw new IllegalArgumentException("negative number of clusters " + k);
        return cluster(reduce(x, o), k, o, monitor);
    }

    /** k-means++ and Lloyd on given coordinates (N x m), then the representatives. */
    public static Result cluster(double[][] y, int k, Options o, ProgressMonitor monitor) {
        int n = y.length;
        int m = n == 0 ? 0 : y[0].length;
        k = Math.min(k, n);
        if (k == 0) return new Result(new int[0], new int[n], m, 0);
        double[][] c = seed(y, k, new SplittableRandom(o.seed()));
        int[] assign = new int[n];
        Arrays.fill(assign, -1);
        double[] dist = new double[n];
        int it = 0;
        monitor.begin("k-means", o.maxIterations());
        while (it < o.maxIterations()) {
            monitor.checkCancelled();
            it++;
            boolean changed = false;
            for (int i = 0; i < n; i++) {
                int best = 0;
                double bd = sq(y[i], c[0]);
                for (int j = 1; j < k; j++) {
                    double dd = sq(y[i], c[j]);
                    if (dd < bd) {
                        bd = dd;
                        best = j;
                    }
                }
                dist[i] = bd;
                if (assign[i] != best) {
                    assign[i] = best;
                    changed = true;
                }
            }
            // centres = means; an empty cluster takes the point farthest from its centre
            double[][] sum = new double[k][m];
            int[] count = new int[k];
            for (int i = 0; i < n; i++) {
                count[assign[i]]++;
                for (int a = 0; a < m; a++) sum[assign[i]][a] += y[i][a];
            }
            for (int j = 0; j < k; j++) {
                if (count[j] == 0) {
                    int far = -1;
                    for (int i = 0; i < n; i++) {
                        if (count[assign[i]] > 1 && (far < 0 || dist[i] > dist[far])) far = i;
                    }
                    if (far < 0 || dist[far] == 0) continue; // no distinct point left to take
                    count[assign[far]]--;
                    for (int a = 0; a < m; a++) sum[assign[far]][a] -= y[far][a];
                    assign[far] = j;
                    dist[far] = 0;
                    count[j] = 1;
                    sum[j] = y[far].clone();
                    changed = true;
                }
            }
            for (int j = 0; j < k; j++) {
                if (count[j] > 0) for (int a = 0; a < m; a++) c[j][a] = sum[j][a] / count[j];
            }
            monitor.worked(1);
            if (!changed) break;
        }
        // representatives: nearest member to each centre
        int[] rep = new int[k];
        int[] size = new int[k];
        Arrays.fill(rep, -1);
        double[] rd = new double[k];
        for (int i = 0; i < n; i++) {
            int j = assign[i];
            size[j]++;
            double dd = sq(y[i], c[j]);
            if (rep[j] < 0 || dd < rd[j]) {
                rep[j] = i;
                rd[j] = dd;
            }
        }
        Integer[] byCluster = new Integer[k];
        for (int j = 0; j < k; j++) byCluster[j] = j;
        Arrays.sort(
                byCluster,
                (p, q) -> size[p] != size[q] ? Integer.compare(size[q], size[p]) : Integer.compare(rep[p], rep[q]));
        int nonEmpty = 0;
        for (int j = 0; j < k; j++) if (size[j] > 0) nonEmpty++;
        int[] reps = new int[nonEmpty];
        int[] rank = new int[k];
        for (int a = 0; a < nonEmpty; a++) {
            reps[a] = rep[byCluster[a]];
            rank[byCluster[a]] = a;
        }
        int[] clusterOf = new int[n];
        for (int i = 0; i < n; i++) clusterOf[i] = rank[assign[i]];
        return new Result(reps, clusterOf, m, it);
    }

    /** k-means++ seeding (Arthur and Vassilvitskii 2007). */
    private static double[][] seed(double[][] y, int k, SplittableRandom rnd) {
        int n = y.length;
        double[][] c = new double[k][];
        boolean[] chosen = new boolean[n];
        int first = rnd.nextInt(n);
        c[0] = y[first].clone();
        chosen[first] = true;
        double[] d2 = new double[n];
        for (int i = 0; i < n; i++) d2[i] = sq(y[i], c[0]);
        for (int j = 1; j < k; j++) {
            double total = 0;
            for (double v : d2) total += v;
            int pick = -1;
            if (total > 0) {
                double u = rnd.nextDouble() * total;
                double acc = 0;
                for (int i = 0; i < n; i++) {
                    if (d2[i] <= 0) continue;
                    acc += d2[i];
                    pick = i;
                    if (acc > u) break;
                }
            }
            if (pick < 0) {
                pick = 0;
                while (chosen[pick]) pick++;
            }
            chosen[pick] = true;
            c[j] = y[pick].clone();
            for (int i = 0; i < n; i++) d2[i] = Math.min(d2[i], sq(y[i], c[j]));
        }
        return c;
    }

    private static double sq(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double t = a[i] - b[i];
            s += t * t;
        }
        return s;
    }
}
