package org.sift.workflow;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.sift.analysis.ClusterRepresentatives;
import org.sift.analysis.CurSelection;
import org.sift.analysis.Groups;
import org.sift.analysis.TrainValidationSplit;
import org.sift.concurrent.ProgressMonitor;
import org.sift.learning.EnergyLabels;
import org.sift.learning.EnergySurrogate;
import org.sift.learning.KernelMatrix;
import org.sift.model.Dataset;
import org.sift.selection.Coverage;
import org.sift.selection.DistanceSource;
import org.sift.selection.FarthestPointSampler;
import org.sift.selection.FpsOptions;
import org.sift.selection.GroupFps;
import org.sift.selection.Quotas;
import org.sift.selection.RandomSampler;
import org.sift.selection.StratifiedSampler;
import org.sift.similarity.StructureSimilarity;
import org.sift.workflow.LearningCurveOptions.Selector;

/**
 * Use case: the surrogate learning curve (docs/learning-curve.md). How well does a subset of n
 * configurations, chosen by each selector, predict the energies of configurations it has not seen?
 *
 * <p>Protocol. The data is split into a pool and a validation set: a given test dataset is the
 * validation set, otherwise a seeded group-preserving split ({@link TrainValidationSplit}, share
 * {@link LearningCurveOptions#poolFraction()} in the pool). For every selector and size n (clipped to
 * the pool), a subset of n pool configurations is chosen, the {@link EnergySurrogate} is fitted on it
 * (lambda by cross-validation inside the subset) and the RMSE and MAE of the energy per atom on the
 * validation set are recorded, overall and per group, with the subset's coverage of the pool (D, REP).
 * Seeded selectors draw R subsets per size (seeds {@code seed + r}); their mean and sample standard
 * deviation are reported. The fit on the whole pool is the reference ("full pool"). A subset that
 * equals one fitted before (for example n = pool size) is not fitted again.
 *
 * <p>A surrogate, not the potential: it says how much of what matters for the energies a subset
 * covers; forces are not modelled.
 */
public final class LearningCurve {

    /**
     * The errors of the subsets of one size chosen by one selector, one entry per repeat.
     *
     * @param rmse      meV/atom
     * @param mae       meV/atom
     * @param groupRmse [repeat][group], meV/atom (NaN for a group absent from the validation set)
     * @param lambda    regulariser chosen by cross-validation
     * @param farthest  D of the subset over the pool
     * @param rep       REP of the subset over the pool, percent
     */
    public record Point(
            int n,
            double[] rmse,
            double[] mae,
            double[][] groupRmse,
            double[] lambda,
            double[] farthest,
            double[] rep) {
        public int repeats() {
            return rmse.length;
        }

        public double rmseMean() {
            return mean(rmse);
        }

        public double rmseSd() {
            return sd(rmse);
        }

        public double maeMean() {
            return mean(mae);
        }

        public double maeSd() {
            return sd(mae);
        }

        public double farthestMean() {
            return mean(farthest);
        }

        public double repMean() {
            return mean(rep);
        }

        /** Mean over repeats of the RMSE of group g. */
        public double groupRmseMean(int g) {
            double[] v = new double[groupRmse.length];
            for (int r = 0; r < v.length; r++) v[r] = groupRmse[r][g];
            return mean(v);
        }
    }

    /**
     * @param selector       how the subsets were chosen
     * @param points         one per size, ascending
     * @param selectSeconds  wall time of choosing the subsets of all sizes, mean over repeats
     */
    public record Curve(Selector selector, List<Point> points, double selectSeconds) {
        /** The point of size n, if computed. */
        public java.util.Optional<Point> at(int n) {
            return points.stream().filter(p -> p.n() == n).findFirst();
        }
    }

    /**
     * @param groups            group names, in their fixed order
     * @param poolSize          configurations the subsets are chosen from
     * @param validationCounts  validation configurations per group
     * @param sizes             the sizes computed (clipped to the pool, ascending)
     * @param fullPool          the fit on the whole pool (one repeat)
     * @param curves            one per selector, in the order asked
     * @param options           what was asked
     * @param fitSeconds        wall time of all fits
     */
    public record Result(
            List<String> groups,
            int poolSize,
            int[] validationCounts,
            int[] sizes,
            Point fullPool,
            List<Curve> curves,
            LearningCurveOptions options,
            double fitSeconds) {

        public int validationSize() {
            return Arrays.stream(validationCounts).sum();
        }

        public Curve curve(Selector s) {
            return curves.stream()
                    .filter(c -> c.selector() == s)
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no curve for " + s.id()));
        }

        /** The computed size closest to n on a logarithmic scale (the larger on a tie). */
        public int nearestSize(int n) {
            int best = sizes[0];
            double d = Double.POSITIVE_INFINITY;
            for (int s : sizes) {
                double e = Math.abs(Math.log(s) - Math.log(Math.max(1, n)));
                if (e <= d) {
                    d = e;
                    best = s;
                }
            }
            return best;
        }

        /**
         * The smallest computed n at which the selector's mean RMSE is within {@code tolerance} (a
         * fraction, 0.1 = 10 %) of the full-pool RMSE: rmse(n) &lt;= (1 + tolerance) rmse(pool).
         */
        public OptionalInt sizeWithin(Selector s, double tolerance) {
            double limit = (1 + tolerance) * fullPool.rmseMean();
            for (Point p : curve(s).points()) {
                if (p.rmseMean() <= limit) return OptionalInt.of(p.n());
            }
            return OptionalInt.empty();
        }
    }

    /**
     * Runs the protocol.
     *
     * @param dataset  the data (the pool and, without {@code test}, the validation set too)
     * @param test     a separate validation set, or null to split {@code dataset}
     * @throws IllegalArgumentException naming a configuration without energy
     */
    public Result run(
            Dataset dataset, Dataset test, SimilarityProvider provider, LearningCurveOptions o, ProgressMonitor monitor)
            throws IOException {
        Dataset all = test == null ? dataset : Dataset.merge(List.of(dataset, test));
        EnergyLabels labels = EnergyLabels.of(all);
        Groups groups = Groups.of(all, o.groupBy());
        int[] pool;
        int[] validation;
        if (test == null) {
            int[] every = new int[all.size()];
            for (int i = 0; i < every.length; i++) every[i] = i;
            TrainValidationSplit.Split s = TrainValidationSplit.split(groups, every, o.poolFraction(), o.seed());
            pool = s.train();
            validation = s.validation();
        } else {
            pool = range(0, dataset.size());
            validation = range(dataset.size(), all.size());
        }
        if (pool.length < 2 || validation.length == 0) {
            throw new IllegalArgumentException(
                    "the learning curve needs at least 2 pool and 1 validation configurations, got " + pool.length
                            + " and " + validation.length);
        }
        StructureSimilarity sim = provider.compute(all, monitor);
        KernelMatrix kernel = KernelMatrix.of(sim, o.zeta(), o.threads(), monitor);
        return run(labels, kernel, groups, pool, validation, o, monitor);
    }

    /**
     * The protocol on a dataset already analysed (the workbench): its structure similarity and its
     * current grouping, split seeded and group-preserving into pool and validation as {@link #run(Dataset,
     * Dataset, SimilarityProvider, LearningCurveOptions, ProgressMonitor)} does without a test file.
     *
     * @throws IllegalArgumentException naming a configuration without energy
     */
    public Result run(
            Dataset dataset, StructureSimilarity sim, Groups groups, LearningCurveOptions o, ProgressMonitor monitor) {
        EnergyLabels labels = EnergyLabels.of(dataset);
        int[] every = range(0, dataset.size());
        TrainValidationSplit.Split s = TrainValidationSplit.split(groups, every, o.poolFraction(), o.seed());
        if (s.train().length < 2 || s.validation().length == 0) {
            throw new IllegalArgumentException(
                    "the learning curve needs at least 2 pool and 1 validation configurations, got "
                            + s.train().length + " and " + s.validation().length);
        }
        KernelMatrix kernel = KernelMatrix.of(sim, o.zeta(), o.threads(), monitor);
        return run(labels, kernel, groups, s.train(), s.validation(), o, monitor);
    }

    /** True if every configuration of {@code d} has a finite total energy (the learning curve can run). */
    public static boolean hasEnergies(Dataset d) {
        if (d == null || d.size() == 0) return false;
        for (int i = 0; i < d.size(); i++) {
            Double e = d.get(i).energy();
            if (e == null || !Double.isFinite(e) || d.get(i).size() == 0) return false;
        }
        return true;
    }

    /** The protocol on given labels, kernel, groups and pool/validation indices. */
    public Result run(
            EnergyLabels labels,
            KernelMatrix kernel,
            Groups groups,
            int[] pool,
            int[] validation,
            LearningCurveOptions o,
            ProgressMonitor monitor) {
        int ng = groups.count();
        int[] poolGroup = new int[pool.length];
        for (int a = 0; a < pool.length; a++) poolGroup[a] = groups.groupOf()[pool[a]];
        int[] valGroup = new int[validation.length];
        int[] valCounts = new int[ng];
        for (int a = 0; a < validation.length; a++) {
            valGroup[a] = groups.groupOf()[validation[a]];
            valCounts[valGroup[a]]++;
        }
        TreeSet<Integer> sz = new TreeSet<>();
        for (int s : o.sizes()) sz.add(Math.min(s, pool.length));
        int[] sizes = sz.stream().mapToInt(Integer::intValue).toArray();
        DistanceSource poolDist = kernel.distances(pool);
        Supplier<double[][]> poolFeatures = FeatureRows.memoised(kernel.structureSimilarity(), pool);

        // choose every subset first (positions into the pool), then fit
        List<int[][][]> subsets = new ArrayList<>(); // [selector][repeat][size] -> positions
        double[] selectSeconds = new double[o.selectors().size()];
        for (int si = 0; si < o.selectors().size(); si++) {
            Selector sel = o.selectors().get(si);
            int reps = sel.seeded() ? o.repeats() : 1;
            int[][][] byRep = new int[reps][][];
            long t0 = System.nanoTime();
            for (int r = 0; r < reps; r++) {
                monitor.checkCancelled();
                byRep[r] = choose(sel, poolDist, poolGroup, ng, sizes, o.seed() + r, o, poolFeatures, monitor);
            }
            selectSeconds[si] = (System.nanoTime() - t0) / 1e9 / reps;
            subsets.add(byRep);
        }

        int fits = 1;
        for (int[][][] s : subsets) fits += s.length * sizes.length;
        monitor.begin("Learning curve: fitting subsets", fits);
        long t0 = System.nanoTime();
        Map<Key, Fit> done = new HashMap<>();
        double[] truth = EnergySurrogate.truth(labels, validation);
        EnergySurrogate.Options so = o.surrogate();
        Fit full = fit(
                range(0, pool.length),
                pool,
                labels,
                kernel,
                validation,
                truth,
                valGroup,
                ng,
                poolDist,
                so,
                o,
                done,
                monitor);
        Point fullPoint = point(pool.length, new Fit[] {full});
        List<Curve> curves = new ArrayList<>();
        for (int si = 0; si < o.selectors().size(); si++) {
            int[][][] byRep = subsets.get(si);
            List<Point> pts = new ArrayList<>();
            for (int k = 0; k < sizes.length; k++) {
                Fit[] f = new Fit[byRep.length];
                for (int r = 0; r < byRep.length; r++) {
                    f[r] = fit(
                            byRep[r][k],
                            pool,
                            labels,
                            kernel,
                            validation,
                            truth,
                            valGroup,
                            ng,
                            poolDist,
                            so,
                            o,
                            done,
                            monitor);
                }
                pts.add(point(sizes[k], f));
            }
            curves.add(new Curve(o.selectors().get(si), List.copyOf(pts), selectSeconds[si]));
        }
        return new Result(
                groups.names(),
                pool.length,
                valCounts,
                sizes,
                fullPoint,
                List.copyOf(curves),
                o,
                (System.nanoTime() - t0) / 1e9);
    }

    /**
     * Subsets of every size (ascending), positions into the pool.
     *
     * @param poolFeatures feature rows of the pool members (for CUR and k-medoids), computed on first use
     */
    static int[][] choose(
            Selector sel,
            DistanceSource poolDist,
            int[] poolGroup,
            int ng,
            int[] sizes,
            long seed,
            LearningCurveOptions o,
            Supplier<double[][]> poolFeatures,
            ProgressMonitor monitor) {
        int max = sizes[sizes.length - 1];
        int[][] out = new int[sizes.length][];
        int[] groupSizes = new int[ng];
        for (int g : poolGroup) groupSizes[g]++;
        switch (sel) {
            case FPS -> {
                int[] order = new FarthestPointSampler()
                        .run(
                                poolDist,
                                FpsOptions.defaults()
                                        .withMaxSize(max)
                                        .withEpsilon(o.epsilon())
                                        .withThreads(o.threads()),
                                monitor)
                        .order();
                for (int k = 0; k < sizes.length; k++) out[k] = Arrays.copyOf(order, Math.min(sizes[k], order.length));
            }
            case RANDOM -> {
                int[] order = RandomSampler.sample(poolDist.size(), max, seed);
                for (int k = 0; k < sizes.length; k++) out[k] = Arrays.copyOf(order, sizes[k]);
            }
            case STRATIFIED -> {
                for (int k = 0; k < sizes.length; k++) out[k] = StratifiedSampler.sample(poolGroup, ng, sizes[k], seed);
            }
            case GROUP_FPS -> {
                GroupFps g = GroupFps.run(
                        poolDist,
                        poolGroup,
                        ng,
                        Quotas.proportional(groupSizes, max),
                        FpsOptions.defaults().withEpsilon(o.epsilon()).withThreads(o.threads()),
                        monitor);
                for (int k = 0; k < sizes.length; k++) out[k] = g.proportional(sizes[k]);
            }
            case CUR -> {
                int[] order = CurSelection.select(poolFeatures.get(), max, CurSelection.Options.defaults(), monitor)
                        .order();
                for (int k = 0; k < sizes.length; k++) out[k] = Arrays.copyOf(order, Math.min(sizes[k], order.length));
            }
            case KMEDOIDS -> {
                ClusterRepresentatives.Options co = ClusterRepresentatives.Options.defaults(seed);
                double[][] reduced = ClusterRepresentatives.reduce(poolFeatures.get(), co);
                for (int k = 0; k < sizes.length; k++) {
                    out[k] = ClusterRepresentatives.cluster(reduced, sizes[k], co, monitor)
                            .representatives();
                }
            }
            default -> throw new IllegalStateException("unknown selector " + sel);
        }
        return out;
    }

    private record Key(int[] sorted) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(sorted, k.sorted);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(sorted);
        }
    }

    private record Fit(EnergySurrogate.Errors errors, double lambda, double farthest, double rep) {}

    private static Fit fit(
            int[] positions,
            int[] pool,
            EnergyLabels labels,
            KernelMatrix kernel,
            int[] validation,
            double[] truth,
            int[] valGroup,
            int ng,
            DistanceSource poolDist,
            EnergySurrogate.Options so,
            LearningCurveOptions o,
            Map<Key, Fit> done,
            ProgressMonitor monitor) {
        monitor.checkCancelled();
        int[] sorted = positions.clone();
        Arrays.sort(sorted);
        Key key = new Key(sorted);
        Fit f = done.get(key);
        if (f == null) {
            int[] train = new int[sorted.length];
            for (int a = 0; a < train.length; a++) train[a] = pool[sorted[a]];
            EnergySurrogate.Model m = EnergySurrogate.fit(labels, kernel, train, so, monitor);
            double[] pred = EnergySurrogate.predict(m, labels, kernel, validation);
            Coverage.Curves c = Coverage.of(poolDist, sorted, o.epsilon());
            f = new Fit(
                    EnergySurrogate.errors(pred, truth, valGroup, ng),
                    m.lambda(),
                    c.farthestDistance(),
                    c.representativeness());
            done.put(key, f);
        }
        monitor.worked(1);
        return f;
    }

    private static Point point(int n, Fit[] f) {
        int r = f.length;
        double[] rmse = new double[r];
        double[] mae = new double[r];
        double[][] g = new double[r][];
        double[] lambda = new double[r];
        double[] far = new double[r];
        double[] rep = new double[r];
        for (int k = 0; k < r; k++) {
            rmse[k] = f[k].errors().rmse();
            mae[k] = f[k].errors().mae();
            g[k] = f[k].errors().groupRmse();
            lambda[k] = f[k].lambda();
            far[k] = f[k].farthest();
            rep[k] = f[k].rep();
        }
        return new Point(n, rmse, mae, g, lambda, far, rep);
    }

    private static int[] range(int from, int to) {
        int[] r = new int[to - from];
        for (int i = 0; i < r.length; i++) r[i] = from + i;
        return r;
    }

    static double mean(double[] a) {
        double s = 0;
        for (double x : a) s += x;
        return a.length == 0 ? Double.NaN : s / a.length;
    }

    /** Sample standard deviation (divisor R - 1), 0 for one value. */
    static double sd(double[] a) {
        if (a.length < 2) return 0;
        double m = mean(a);
        double s = 0;
        for (double x : a) s += (x - m) * (x - m);
        return Math.sqrt(s / (a.length - 1));
    }
}
