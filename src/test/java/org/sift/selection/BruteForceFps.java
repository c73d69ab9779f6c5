package org.sift.selection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Reference FPS for tests: the definitions of docs/method.md §4 taken literally, O(N^2) work per step,
 * no incremental state shared with the production code.
 */
final class BruteForceFps {

    record Out(int[] order, double[] selDist, double[] far, double[] rep, double[] minDist, FpsResult.StopReason stop) { }

    static double minTo(DistanceSource s, int i, List<Integer> sel) {
        double m = Double.POSITIVE_INFINITY;
        for (int j : sel) {
            m = Math.min(m, s.distance(i, j));
        }
        if (sel.contains(i)) {
            m = 0;
        }
        return m;
    }

    static Out run(DistanceSource s, FpsOptions o) {
        int n = s.size();
        boolean[] banned = new boolean[n];
        for (int b : o.banned()) banned[b] = true;
        List<Integer> sel = new ArrayList<>();
        List<Double> selDist = new ArrayList<>();
        List<Double> far = new ArrayList<>();
        List<Double> rep = new ArrayList<>();
        List<Integer> forced = new ArrayList<>();
        for (int w : o.warmStart()) forced.add(w);
        for (int p : o.pinned()) forced.add(p);
        if (n - o.banned().length == 0) {
            double[] inf = new double[n];
            java.util.Arrays.fill(inf, Double.POSITIVE_INFINITY);
            return new Out(new int[0], new double[0], new double[0], new double[0], inf, FpsResult.StopReason.EXHAUSTED);
        }
        if (forced.isEmpty()) {
            forced.add(first(s, o, banned));
        }
        int limit = Math.min(o.maxSize(), n - o.banned().length);
        FpsResult.StopReason stop = FpsResult.StopReason.EXHAUSTED;
        while (true) {
            int next;
            if (sel.size() < forced.size()) {
                next = forced.get(sel.size());
            } else {
                next = -1;
                double best = -1;
                for (int c = 0; c < n; c++) {
                    if (banned[c] || sel.contains(c)) continue;
                    double m = minTo(s, c, sel);
                    if (m > best) {
                        best = m;
                        next = c;
                    }
                }
            }
            selDist.add(sel.isEmpty() ? Double.POSITIVE_INFINITY : minTo(s, next, sel));
            sel.add(next);
            double d = Double.NEGATIVE_INFINITY;
            int cnt = 0;
            int counted = 0;
            for (int i = 0; i < n; i++) {
                if (banned[i] && !o.coverBanned()) continue;
                counted++;
                double m = minTo(s, i, sel);
                d = Math.max(d, m);
                if (m < o.epsilon()) cnt++;
            }
            far.add(counted == 0 ? Double.NaN : d);
            rep.add(counted == 0 ? Double.NaN : 100.0 * cnt / counted);
            if (sel.size() < forced.size()) continue;
            if (sel.size() >= o.maxSize()) { stop = FpsResult.StopReason.SIZE; break; }
            if (!Double.isNaN(o.distanceThreshold()) && d <= o.distanceThreshold()) { stop = FpsResult.StopReason.THRESHOLD; break; }
            if (!Double.isNaN(o.repTarget()) && rep.get(rep.size() - 1) >= o.repTarget()) { stop = FpsResult.StopReason.REP_TARGET; break; }
            if (sel.size() >= limit) { stop = FpsResult.StopReason.EXHAUSTED; break; }
        }
        double[] md = new double[n];
        for (int i = 0; i < n; i++) md[i] = minTo(s, i, sel);
        return new Out(sel.stream().mapToInt(Integer::intValue).toArray(), toArray(selDist), toArray(far),
                toArray(rep), md, stop);
    }

    static int first(DistanceSource s, FpsOptions o, boolean[] banned) {
        int n = s.size();
        if (o.start() instanceof FpsOptions.Index idx) return idx.index();
        if (o.start() instanceof FpsOptions.Random r) {
            List<Integer> ok = new ArrayList<>();
            for (int i = 0; i < n; i++) if (!banned[i]) ok.add(i);
            return ok.get(new SplittableRandom(r.seed()).nextInt(ok.size()));
        }
        int best = -1;
        double bestMean = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            if (banned[i]) continue;
            double sum = 0;
            for (int j = 0; j < n; j++) if (j != i) sum += s.distance(i, j);
            double mean = n > 1 ? sum / (n - 1) : 0;
            if (mean < bestMean) { bestMean = mean; best = i; }
        }
        return best;
    }

    private static double[] toArray(List<Double> l) {
        return l.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static String describe(Out o) {
        return Arrays.toString(o.order);
    }
}
