package org.sift.workflow;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sift.learning.EnergySurrogate;

/**
 * Options of the surrogate learning curve ({@link LearningCurve}). Immutable.
 *
 * @param sizes        subset sizes n (clipped to the pool; default the study's 25 ... 1500)
 * @param selectors    how the subsets are chosen from the pool
 * @param repeats      subsets per size for the seeded selectors (random, stratified), R &gt;= 1
 * @param seed         seed of the pool/validation split, the random subsets and the CV folds
 * @param poolFraction share of the dataset in the pool when no test file is given (default 0.5, the
 *                     study's 3092/3091); the rest is the validation set, split group by group
 * @param groupBy      per-configuration property for groups, or null for the reduced formula
 * @param zeta         exponent of the regression kernel K^zeta: 1, 2 or 4
 * @param folds        k of the k-fold cross-validation of lambda inside each training subset
 * @param lambdas      candidate regularisers
 * @param epsilon      REP threshold for the coverage of the pool by each subset
 * @param threads      worker threads
 */
public record LearningCurveOptions(
        int[] sizes,
        List<Selector> selectors,
        int repeats,
        long seed,
        double poolFraction,
        String groupBy,
        int zeta,
        int folds,
        double[] lambdas,
        double epsilon,
        int threads) {

    /** The study's ladder of subset sizes. */
    public static final int[] DEFAULT_SIZES = {25, 50, 100, 200, 400, 800, 1500};

    /** How a training subset of size n is chosen from the pool. */
    public enum Selector {
        /** farthest point sampling from the medoid of the pool (docs/method.md §4) */
        FPS("fps", false),
        /** uniform random, seeded */
        RANDOM("random", true),
        /** uniform random inside each group, each group getting its share of n */
        STRATIFIED("stratified", true),
        /** FPS inside each group, each group getting its share of n */
        GROUP_FPS("group-fps", false),
        /** CUR on the mean feature vectors: greedy leverage with orthogonalisation (analysis.CurSelection) */
        CUR("cur", false),
        /** one representative per k-means cluster in the PCA of the mean vectors (analysis.ClusterRepresentatives), seeded */
        KMEDOIDS("kmedoids", true);

        private final String id;
        private final boolean seeded;

        Selector(String id, boolean seeded) {
            this.id = id;
            this.seeded = seeded;
        }

        /** The name on the command line and in files. */
        public String id() {
            return id;
        }

        /** True if the subsets depend on a seed (then R repeats are drawn). */
        public boolean seeded() {
            return seeded;
        }

        public static Selector parse(String s) {
            String t = s.trim().toLowerCase(Locale.ROOT);
            for (Selector x : values()) {
                if (x.id.equals(t)) return x;
            }
            throw new IllegalArgumentException("unknown selector '" + s + "'; choose from "
                    + String.join(
                            ", ", Arrays.stream(values()).map(Selector::id).toList()));
        }
    }

    public LearningCurveOptions {
        if (sizes == null || sizes.length == 0) sizes = DEFAULT_SIZES;
        sizes = sizes.clone();
        for (int s : sizes) {
            if (s < 1) throw new IllegalArgumentException("subset sizes must be >= 1, got " + s);
        }
        if (selectors == null || selectors.isEmpty()) throw new IllegalArgumentException("no selector given");
        selectors = List.copyOf(selectors);
        if (repeats < 1) throw new IllegalArgumentException("repeats must be >= 1, got " + repeats);
        if (!(poolFraction > 0 && poolFraction < 1)) {
            throw new IllegalArgumentException("pool fraction must be in (0, 1), got " + poolFraction);
        }
        if (zeta != 1 && zeta != 2 && zeta != 4)
            throw new IllegalArgumentException("zeta must be 1, 2 or 4, got " + zeta);
        if (lambdas == null) lambdas = EnergySurrogate.DEFAULT_LAMBDAS;
        lambdas = lambdas.clone();
        if (!(epsilon > 0)) throw new IllegalArgumentException("epsilon must be > 0, got " + epsilon);
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        new EnergySurrogate.Options(zeta, folds, lambdas, seed, threads); // checks folds and lambdas
    }

    /** The study's protocol: FPS and random, 3 repeats, 50/50 split, zeta 1, 5-fold CV. */
    public static LearningCurveOptions defaults() {
        return new LearningCurveOptions(
                DEFAULT_SIZES,
                List.of(Selector.FPS, Selector.RANDOM),
                3,
                0,
                0.5,
                null,
                1,
                5,
                EnergySurrogate.DEFAULT_LAMBDAS,
                0.1,
                Runtime.getRuntime().availableProcessors());
    }

    public LearningCurveOptions withSizes(int... s) {
        return new LearningCurveOptions(
                s, selectors, repeats, seed, poolFraction, groupBy, zeta, folds, lambdas, epsilon, threads);
    }

    public LearningCurveOptions withSelectors(List<Selector> s) {
        return new LearningCurveOptions(
                sizes, s, repeats, seed, poolFraction, groupBy, zeta, folds, lambdas, epsilon, threads);
    }

    public LearningCurveOptions withRepeats(int r) {
        return new LearningCurveOptions(
                sizes, selectors, r, seed, poolFraction, groupBy, zeta, folds, lambdas, epsilon, threads);
    }

    public LearningCurveOptions withSeed(long s) {
        return new LearningCurveOptions(
                sizes, selectors, repeats, s, poolFraction, groupBy, zeta, folds, lambdas, epsilon, threads);
    }

    public LearningCurveOptions withZeta(int z) {
        return new LearningCurveOptions(
                sizes, selectors, repeats, seed, poolFraction, groupBy, z, folds, lambdas, epsilon, threads);
    }

    public LearningCurveOptions withFolds(int k) {
        return new LearningCurveOptions(
                sizes, selectors, repeats, seed, poolFraction, groupBy, zeta, k, lambdas, epsilon, threads);
    }

    public LearningCurveOptions withThreads(int t) {
        return new LearningCurveOptions(
                sizes, selectors, repeats, seed, poolFraction, groupBy, zeta, folds, lambdas, epsilon, t);
    }

    public LearningCurveOptions withGroupBy(String g) {
        return new LearningCurveOptions(
                sizes, selectors, repeats, seed, poolFraction, g, zeta, folds, lambdas, epsilon, threads);
    }

    public LearningCurveOptions withPoolFraction(double f) {
        return new LearningCurveOptions(
                sizes, selectors, repeats, seed, f, groupBy, zeta, folds, lambdas, epsilon, threads);
    }

    /** The surrogate's fitting options. */
    public EnergySurrogate.Options surrogate() {
        return new EnergySurrogate.Options(zeta, folds, lambdas, seed, threads);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LearningCurveOptions x
                && Arrays.equals(sizes, x.sizes)
                && selectors.equals(x.selectors)
                && repeats == x.repeats
                && seed == x.seed
                && poolFraction == x.poolFraction
                && java.util.Objects.equals(groupBy, x.groupBy)
                && zeta == x.zeta
                && folds == x.folds
                && Arrays.equals(lambdas, x.lambdas)
                && epsilon == x.epsilon
                && threads == x.threads;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sizes) * 31 + selectors.hashCode();
    }
}
