package org.sift.workflow;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.sift.analysis.Groups;
import org.sift.analysis.TrainValidationSplit;
import org.sift.concurrent.ProgressMonitor;
import org.sift.learning.EnergyLabels;
import org.sift.learning.KernelMatrix;
import org.sift.model.Dataset;
import org.sift.selection.Coverage;
import org.sift.selection.DistanceSource;
import org.sift.similarity.StructureSimilarity;
import org.sift.workflow.LearningCurveOptions.Selector;

/**
 * Use case: selectors side by side ({@code sift compare}). For every selector and size n, the
 * subset of n configurations it chooses from the whole dataset and that subset's coverage of the
 * dataset: D(n) = max over i of min over the subset of d_ij and REP(n) (docs/method.md §4), and the
 * wall time the selector took for all sizes.
 *
 * <p>When every configuration has an energy, the energy RMSE per atom at each n comes from the
 * surrogate learning curve ({@link LearningCurve}, one repeat, kernel K^1, 5-fold CV): the same
 * selector chooses n configurations from a seeded group-preserving half of the data (the pool) and
 * the fit is validated on the other half. Those RMSE subsets are therefore chosen from the pool,
 * not the whole dataset, so that no validation configuration is ever trained on.
 *
 * <p>The selectors share one similarity, one distance source and one set of feature rows.
 */
public final class CompareSelectors {

    /**
     * @param sizes     subset sizes (clipped to N, ascending, duplicates merged)
     * @param selectors in the order of the tables
     * @param seed      seed of the seeded selectors and of the pool/validation split
     * @param epsilon   REP threshold
     * @param groupBy   per-configuration property for groups, or null for the reduced formula
     * @param threads   worker threads
     */
    public record Options(
            int[] sizes, List<Selector> selectors, long seed, double epsilon, String groupBy, int threads) {
        public Options {
            if (sizes == null || sizes.length == 0) throw new IllegalArgumentException("no subset size given");
            for (int s : sizes) if (s < 1) throw new IllegalArgumentException("subset sizes must be >= 1, got " + s);
            sizes = sizes.clone();
            if (selectors == null || selectors.isEmpty()) throw new IllegalArgumentException("no selector given");
            selectors = List.copyOf(selectors);
            if (!(epsilon > 0)) throw new IllegalArgumentException("epsilon must be > 0, got " + epsilon);
            if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }

        /** The learning-curve options of the RMSE column. */
        LearningCurveOptions learning() {
            return LearningCurveOptions.defaults()
                    .withSizes(sizes)
                    .withSelectors(selectors)
                    .withRepeats(1)
                    .withSeed(seed)
                    .withGroupBy(groupBy)
                    .withThreads(threads);
        }
    }

    /**
     * @param n        subset size
     * @param farthest D(n) over the whole dataset
     * @param rep      REP(n) over the whole dataset, percent
     * @param rmse     validation RMSE of the energy per atom, meV/atom (NaN without energies or when n exceeds the pool)
     * @param mae      validation MAE, meV/atom (NaN likewise)
     */
    public record Row(int n, double farthest, double rep, double rmse, double mae) {}

    /** @param seconds wall time of choosing the subsets of all sizes from the whole dataset */
    public record Curve(Selector selector, List<Row> rows, double seconds) {}

    /**
     * @param size        configurations in the dataset
     * @param sizes       sizes computed
     * @param curves      one per selector, in the order asked
     * @param learning    the learning curve behind the RMSE column, or null
     * @param noRmse      why there is no RMSE column (null if there is one)
     */
    public record Result(
            int size, int[] sizes, List<Curve> curves, LearningCurve.Result learning, String noRmse, Options options) {
        public boolean hasRmse() {
            return learning != null;
        }
    }

    public Result run(Dataset dataset, SimilarityProvider provider, Options o, ProgressMonitor monitor)
            throws IOException {
        int n = dataset.size();
        if (n < 2) throw new IllegalArgumentException("comparing selectors needs at least 2 configurations, got " + n);
        Groups groups = Groups.of(dataset, o.groupBy());
        StructureSimilarity sim = provider.compute(dataset, monitor);
        KernelMatrix kernel = KernelMatrix.of(sim, 1, o.threads(), monitor);
        int[] all = new int[n];
        for (int i = 0; i < n; i++) all[i] = i;
        DistanceSource dist = kernel.distances(all);
        Supplier<double[][]> features = FeatureRows.memoised(sim, all);
        TreeSet<Integer> sz = new TreeSet<>();
        for (int s : o.sizes()) sz.add(Math.min(s, n));
        int[] sizes = sz.stream().mapToInt(Integer::intValue).toArray();
        LearningCurveOptions lo = o.learning();

        String noRmse = missingEnergy(dataset);
        LearningCurve.Result learning = null;
        if (noRmse == null) {
            int[] every = all.clone();
            TrainValidationSplit.Split s = TrainValidationSplit.split(groups, every, lo.poolFraction(), o.seed());
            if (s.train().length < 2 || s.validation().length == 0) {
                noRmse = "too few configurations for a pool and a validation set";
            } else {
                learning = new LearningCurve()
                        .run(EnergyLabels.of(dataset), kernel, groups, s.train(), s.validation(), lo, monitor);
            }
        }

        List<Curve> curves = new ArrayList<>();
        for (Selector sel : o.selectors()) {
            monitor.checkCancelled();
            long t0 = System.nanoTime();
            int[][] subsets = LearningCurve.choose(
                    sel, dist, groups.groupOf(), groups.count(), sizes, o.seed(), lo, features, monitor);
            double seconds = (System.nanoTime() - t0) / 1e9;
            List<Row> rows = new ArrayList<>();
            for (int k = 0; k < sizes.length; k++) {
                Coverage.Curves c = Coverage.of(dist, subsets[k], o.epsilon());
                double rmse = Double.NaN;
                double mae = Double.NaN;
                if (learning != null) {
                    var p = learning.curve(sel).at(Math.min(sizes[k], learning.poolSize()));
                    if (p.isPresent() && sizes[k] <= learning.poolSize()) {
                        rmse = p.get().rmseMean();
                        mae = p.get().maeMean();
                    }
                }
                rows.add(new Row(sizes[k], c.farthestDistance(), c.representativeness(), rmse, mae));
            }
            curves.add(new Curve(sel, List.copyOf(rows), seconds));
        }
        return new Result(n, sizes, List.copyOf(curves), learning, noRmse, o);
    }

    /** Null if every configuration has a finite energy, else why not. */
    static String missingEnergy(Dataset d) {
        for (int i = 0; i < d.size(); i++) {
            Double e = d.get(i).energy();
            if (e == null || !Double.isFinite(e) || d.get(i).size() == 0) {
                return "configuration " + i + " (" + d.origins().get(i) + ") has no usable energy";
            }
        }
        return null;
    }
}
