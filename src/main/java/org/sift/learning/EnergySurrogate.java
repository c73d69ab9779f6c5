package org.sift.learning;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.sift.concurrent.ParallelRows;
import org.sift.concurrent.ProgressMonitor;

/**
 * A surrogate energy model fitted on a training subset: per-element reference energies, then kernel
 * ridge regression on what they leave.
 *
 * <p><b>Model.</b> On the training configurations T: (1) reference energies mu by least squares on
 * the total energies ({@link ElementBaseline}); (2) residual energy per atom r_i = (E_i - c_i . mu) / N_i
 * and its mean r0 over T; (3) alpha = (k_TT + lambda I)^-1 (r_T - r0) with k = K^zeta
 * ({@link KernelMatrix}, {@link KernelRidge}). Prediction, eV/atom:
 * e(x) = c_x . mu / N_x + r0 + sum_j k(x, t_j) alpha_j.
 *
 * <p><b>Regularisation.</b> lambda is chosen from {@link Options#lambdas()} by k-fold cross-validation
 * inside T only: the positions of T are shuffled with {@code SplittableRandom(seed)}, position p goes
 * to fold p mod k (k = min(folds, |T|)); for every fold, steps (1)-(3) are redone on the other folds and
 * the held-out fold is predicted; the lambda with the smallest total squared error per atom wins,
 * ties to the larger lambda. Configurations outside T are never looked at. With |T| &lt; 2 there is
 * nothing to cross-validate and the middle lambda of the list is used. The (fold, lambda) fits run on
 * {@code threads} threads; the result does not depend on their number.
 */
public final class EnergySurrogate {

    /** The default lambda grid: 1e-8 ... 1e-1, one per decade (kernel values are at most 1). */
    public static final double[] DEFAULT_LAMBDAS = {1e-8, 1e-7, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1};

    /**
     * @param zeta    exponent of the regression kernel K^zeta (the workflow offers 1, 2, 4)
     * @param folds   k of the k-fold cross-validation, &gt;= 2
     * @param lambdas candidate regularisers, each &gt; 0
     * @param seed    seed of the fold assignment
     * @param threads threads for the cross-validation fits
     */
    public record Options(int zeta, int folds, double[] lambdas, long seed, int threads) {
        public Options {
            if (zeta < 1) throw new IllegalArgumentException("zeta must be >= 1, got " + zeta);
            if (folds < 2) throw new IllegalArgumentException("folds must be >= 2, got " + folds);
            if (lambdas == null || lambdas.length == 0) throw new IllegalArgumentException("no lambda to choose from");
            lambdas = lambdas.clone();
            for (double l : lambdas) {
                if (!(l > 0)) throw new IllegalArgumentException("lambda must be > 0, got " + l);
            }
            if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }

        public static Options defaults() {
            return new Options(1, 5, DEFAULT_LAMBDAS, 0, Runtime.getRuntime().availableProcessors());
        }

        public Options withZeta(int z) {
            return new Options(z, folds, lambdas, seed, threads);
        }

        public Options withThreads(int t) {
            return new Options(zeta, folds, lambdas, seed, t);
        }
    }

    /**
     * A fitted model.
     *
     * @param train      training configurations (indices into the labels and kernel)
     * @param baseline   reference energies
     * @param offset     r0, eV/atom
     * @param alpha      KRR weights, one per training configuration
     * @param lambda     the regulariser chosen
     * @param cvRmse     cross-validated RMSE at that lambda, eV/atom (NaN without cross-validation)
     */
    public record Model(int[] train, ElementBaseline baseline, double offset, double[] alpha, double lambda, double cvRmse) { }

    private EnergySurrogate() {
    }

    /** Fits on {@code train} (distinct indices), lambda by cross-validation inside {@code train}. */
    public static Model fit(EnergyLabels labels, KernelMatrix kernel, int[] train, Options o, ProgressMonitor monitor) {
        if (train.length == 0) {
            throw new IllegalArgumentException("empty training set");
        }
        double[][] ktt = kernel.block(train, train);
        double lambda = o.lambdas()[(o.lambdas().length - 1) / 2];
        double cv = Double.NaN;
        if (train.length >= 2) {
            double[] sse = crossValidate(labels, ktt, train, o, monitor);
            int best = 0;
            for (int l = 1; l < sse.length; l++) {
                if (sse[l] < sse[best] || (sse[l] == sse[best] && o.lambdas()[l] > o.lambdas()[best])) best = l;
            }
            lambda = o.lambdas()[best];
            cv = Math.sqrt(sse[best] / train.length);
        }
        int[] all = new int[train.length];
        for (int a = 0; a < all.length; a++) all[a] = a;
        Partial p = fitPart(labels, ktt, train, all, lambda);
        return new Model(train.clone(), p.baseline, p.offset, p.alpha, lambda, cv);
    }

    /** Predicted energy per atom (eV/atom) of each of {@code targets}. */
    public static double[] predict(Model m, EnergyLabels labels, KernelMatrix kernel, int[] targets) {
        double[] out = new double[targets.length];
        double[] row = new double[m.train().length];
        for (int a = 0; a < targets.length; a++) {
            int x = targets[a];
            for (int j = 0; j < row.length; j++) row[j] = kernel.kernel(x, m.train()[j]);
            out[a] = m.baseline().predict(labels.counts()[x]) / labels.atoms()[x] + m.offset() + KernelRidge.predict(row, m.alpha());
        }
        return out;
    }

    /** Total squared error per atom (eV/atom)^2 over all held-out folds, one entry per lambda. */
    static double[] crossValidate(EnergyLabels labels, double[][] ktt, int[] train, Options o, ProgressMonitor monitor) {
        int n = train.length;
        int k = Math.min(o.folds(), n);
        int[] perm = new int[n];
        for (int a = 0; a < n; a++) perm[a] = a;
        SplittableRandom rnd = new SplittableRandom(o.seed());
        for (int a = n - 1; a > 0; a--) {
            int b = rnd.nextInt(a + 1);
            int t = perm[a];
            perm[a] = perm[b];
            perm[b] = t;
        }
        int[] foldOf = new int[n];
        for (int p = 0; p < n; p++) foldOf[perm[p]] = p % k;
        int nl = o.lambdas().length;
        double[][] sse = new double[k][nl];
        ProgressMonitor cancelOnly = new ProgressMonitor() {
            @Override public void begin(String task, long totalUnits) { }
            @Override public void worked(long units) { }
            @Override public boolean isCancelled() { return monitor.isCancelled(); }
        };
        ParallelRows.forEach(k * nl, 0, o.threads(), cancelOnly, (task, unused) -> {
            int f = task / nl;
            int l = task % nl;
            int[] in = positions(foldOf, f, false);
            int[] out = positions(foldOf, f, true);
            Partial p = fitPart(labels, ktt, train, in, o.lambdas()[l]);
            double s = 0;
            double[] row = new double[in.length];
            for (int b : out) {
                int x = train[b];
                for (int j = 0; j < in.length; j++) row[j] = ktt[b][in[j]];
                double pred = p.baseline.predict(labels.counts()[x]) / labels.atoms()[x] + p.offset + KernelRidge.predict(row, p.alpha);
                double e = pred - labels.perAtom(x);
                s += e * e;
            }
            sse[f][l] = s;
        });
        double[] total = new double[nl];
        for (int f = 0; f < k; f++) {
            for (int l = 0; l < nl; l++) total[l] += sse[f][l];
        }
        return total;
    }

    private static int[] positions(int[] foldOf, int f, boolean inFold) {
        int c = 0;
        for (int x : foldOf) if ((x == f) == inFold) c++;
        int[] r = new int[c];
        c = 0;
        for (int a = 0; a < foldOf.length; a++) if ((foldOf[a] == f) == inFold) r[c++] = a;
        return r;
    }

    private record Partial(ElementBaseline baseline, double offset, double[] alpha) { }

    /** Steps (1)-(3) on the training positions {@code use} (into {@code train} and {@code ktt}). */
    private static Partial fitPart(EnergyLabels labels, double[][] ktt, int[] train, int[] use, double lambda) {
        int m = use.length;
        double[][] c = new double[m][];
        double[] e = new double[m];
        for (int a = 0; a < m; a++) {
            c[a] = labels.counts()[train[use[a]]];
            e[a] = labels.energies()[train[use[a]]];
        }
        ElementBaseline b = ElementBaseline.fit(c, e);
        double[] r = new double[m];
        double mean = 0;
        for (int a = 0; a < m; a++) {
            int x = train[use[a]];
            r[a] = (e[a] - b.predict(c[a])) / labels.atoms()[x];
            mean += r[a];
        }
        mean /= m;
        for (int a = 0; a < m; a++) r[a] -= mean;
        double[][] k = new double[m][m];
        for (int a = 0; a < m; a++) {
            double[] src = ktt[use[a]];
            for (int j = 0; j < m; j++) k[a][j] = src[use[j]];
        }
        return new Partial(b, mean, KernelRidge.weights(k, r, lambda));
    }

    /**
     * Errors of predicted against true energies per atom, in meV/atom, overall and per group.
     *
     * @param rmse       root mean square error
     * @param mae        mean absolute error
     * @param groupRmse  per group (NaN for a group without configurations)
     * @param groupMae   per group
     * @param groupCount configurations per group
     */
    public record Errors(double rmse, double mae, double[] groupRmse, double[] groupMae, int[] groupCount) { }

    /**
     * @param predicted eV/atom
     * @param truth     eV/atom
     * @param groupOf   group index of each entry, in 0..groups-1
     */
    public static Errors errors(double[] predicted, double[] truth, int[] groupOf, int groups) {
        if (predicted.length != truth.length || groupOf.length != truth.length) {
            throw new IllegalArgumentException("predictions, truth and groups differ in length");
        }
        double[] sq = new double[groups];
        double[] ab = new double[groups];
        int[] cnt = new int[groups];
        double s2 = 0;
        double s1 = 0;
        for (int i = 0; i < truth.length; i++) {
            double e = 1000.0 * (predicted[i] - truth[i]);
            s2 += e * e;
            s1 += Math.abs(e);
            sq[groupOf[i]] += e * e;
            ab[groupOf[i]] += Math.abs(e);
            cnt[groupOf[i]]++;
        }
        double[] gr = new double[groups];
        double[] ga = new double[groups];
        for (int g = 0; g < groups; g++) {
            gr[g] = cnt[g] == 0 ? Double.NaN : Math.sqrt(sq[g] / cnt[g]);
            ga[g] = cnt[g] == 0 ? Double.NaN : ab[g] / cnt[g];
        }
        int n = truth.length;
        return new Errors(n == 0 ? Double.NaN : Math.sqrt(s2 / n), n == 0 ? Double.NaN : s1 / n, gr, ga, cnt);
    }

    /** The true energy per atom, eV/atom, of each of {@code targets}. */
    public static double[] truth(EnergyLabels labels, int[] targets) {
        return Arrays.stream(targets).mapToDouble(labels::perAtom).toArray();
    }
}
