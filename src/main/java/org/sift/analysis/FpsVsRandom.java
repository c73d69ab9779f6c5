package org.sift.analysis;

import java.util.ArrayList;
import java.util.List;
import org.sift.concurrent.ProgressMonitor;
import org.sift.selection.Coverage;
import org.sift.selection.DistanceSource;
import org.sift.selection.FpsResult;
import org.sift.selection.RandomSampler;

/**
 * FPS against uniform random subsets of the same size (docs/method.md §5). Repeat r uses the random
 * order {@link #randomOrder randomOrder(N, size, seed + r, banned)}, drawn from the selectable
 * (not banned) configurations only; the random subset of size n is its first n entries, so one
 * coverage pass per repeat serves every size. Banned configurations count in D and REP of the
 * random subsets exactly as in the FPS run ({@code coverBanned}). Mean and sample standard deviation
 * (divisor R - 1; 0 for R = 1) over the R repeats.
 */
public final class FpsVsRandom {

    /**
     * One size.
     *
     * @param fpsComposition       counts per group of the FPS subset
     * @param randomCompositionMean mean counts per group over the random subsets
     */
    public record Row(
            int n,
            double fpsRep,
            double fpsFarthest,
            double randomRepMean,
            double randomRepStd,
            double randomFarthestMean,
            double randomFarthestStd,
            int[] fpsComposition,
            double[] randomCompositionMean) {}

    private FpsVsRandom() {}

    /**
     * The random order of one repeat: {@code size} distinct configurations, never a banned one; for
     * one seed and one set of bans a shorter order is a prefix of a longer one.
     */
    public static int[] randomOrder(int n, int size, long seed, int[] banned) {
        return RandomSampler.sample(n, size, seed, new int[0], banned);
    }

    /**
     * @param fps         an FPS run at least as long as the largest size (sizes beyond it are skipped)
     * @param sizes       subset sizes
     * @param banned      configurations no random subset may contain (those the FPS run excluded)
     * @param coverBanned true: banned configurations still count in D and REP (as in the FPS run)
     */
    public static List<Row> compare(
            DistanceSource source,
            Groups groups,
            FpsResult fps,
            int[] sizes,
            int repeats,
            long seed,
            double epsilon,
            int[] banned,
            boolean coverBanned,
            int threads,
            ProgressMonitor monitor) {
        int n = source.size();
        boolean[] counted = Coverage.counted(n, banned, coverBanned);
        int maxSize = 0;
        for (int s : sizes) {
            if (s <= fps.size()) maxSize = Math.max(maxSize, s);
        }
        RankedComposition fpsComp = new RankedComposition(groups, fps.order());
        double[][][] rnd = new double[repeats][][]; // [r][0]=D, [1]=REP curves
        int[][][] rndCounts = new int[repeats][][];
        for (int r = 0; r < repeats; r++) {
            int[] order = randomOrder(n, maxSize, seed + r, banned);
            Coverage.Curves c = Coverage.along(source, order, epsilon, counted, threads, monitor);
            rnd[r] = new double[][] {c.farthest(), c.rep()};
            RankedComposition rc = new RankedComposition(groups, order);
            rndCounts[r] = new int[sizes.length][];
            for (int k = 0; k < sizes.length; k++) {
                if (sizes[k] <= maxSize) rndCounts[r][k] = rc.counts(sizes[k]);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int k = 0; k < sizes.length; k++) {
            int s = sizes[k];
            if (s > maxSize || s < 1) continue;
            double[] d = new double[repeats];
            double[] p = new double[repeats];
            double[] comp = new double[groups.count()];
            for (int r = 0; r < repeats; r++) {
                d[r] = rnd[r][0][s - 1];
                p[r] = rnd[r][1][s - 1];
                for (int g = 0; g < comp.length; g++) comp[g] += (double) rndCounts[r][k][g] / repeats;
            }
            rows.add(new Row(
                    s, fps.repAt(s), fps.farthestAt(s), mean(p), std(p), mean(d), std(d), fpsComp.counts(s), comp));
        }
        return rows;
    }

    static double mean(double[] a) {
        double s = 0;
        for (double x : a) s += x;
        return a.length == 0 ? Double.NaN : s / a.length;
    }

    static double std(double[] a) {
        if (a.length < 2) return 0;
        double m = mean(a);
        double s = 0;
        for (double x : a) s += (x - m) * (x - m);
        return Math.sqrt(s / (a.length - 1));
    }
}
