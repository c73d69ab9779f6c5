package org.sift.descriptor;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sift.model.Configuration;

/**
 * SOAP power spectra (docs/method.md §2) of the atoms of a configuration.
 *
 * <p>For atom i and species a, the neighbour density is
 * rho^a(r) = sum_{j of species a, |r_ij| &lt; r_c} f_c(|r_ij|) exp(-|r - r_ij|^2 / (2 sigma^2)) plus,
 * in the channel of i's own species, w_center exp(-|r|^2 / (2 sigma^2)). Its coefficients in the
 * orthonormal basis g_nl(r) Y_lm(r^) ({@link RadialBasis}) are c^a_nlm = sum_j f_c(d_j) R_nl(d_j) Y_lm(u_j)
 * (+ w_center R_n0(0) Y_00 for the centre), and the power spectrum is
 * p^{ab}_{nn'l} = sqrt(8 pi^2 / (2l+1)) sum_m c^a_nlm c^b_n'lm. Only the independent entries are stored,
 * with weights that keep the dot product equal to the full sum over a, b, n, n':
 * species pairs a &lt; b (list order) carry all n, n' times sqrt(2) (p^{ba}_{n'nl} = p^{ab}_{nn'l});
 * a = b carries n &lt;= n' with sqrt(2) on n &lt; n'. Order of entries: (a, b) pairs, then l, then n, n'.
 * Then p . p' equals the rotation-integrated squared overlap of the two densities (with the
 * 8 pi^2 volume of SO(3)) up to the angular truncation at l_max.
 *
 * <p><b>Flat coefficient layout</b> (one {@code double[]} per thread): the coefficients of each l form one
 * block of 2l+1 rows, one row per m (in the order of {@link SphericalHarmonics}, m = -l..l); a row holds
 * the S n_l values c^a_nlm with column a n_l + n (species a in list order, then n), padded with zeros to
 * a multiple of 4; the blocks follow one another for l = 0..l_max. A neighbour of species a adds
 * f_c R_nl Y_lm to columns a n_l .. a n_l + n_l - 1 of every row of every block. The power spectrum of l
 * is then one small dense product G_l = C_l^T C_l over the rows (Gram matrix of the columns (a, n)):
 * only its upper triangle (a, n) &lt;= (b, n') is computed, in 4 x 4 register tiles with the sum over m
 * innermost, which covers a = b with n &lt;= n' and a &lt; b with all n, n'. Its entries, times their weights,
 * are gathered into p in the order above.
 *
 * <p>f_c(d) = 1 for d &lt; r_c - w, 0.5 (1 + cos(pi (d - r_c + w) / w)) for r_c - w &le; d &lt; r_c, else 0.
 *
 * <p>Instances are immutable and thread-safe; computation uses a per-thread {@link Workspace}.
 */
public final class SoapCalculator {

    private final SoapParameters parameters;
    private final List<String> species;
    private final Map<String, Integer> speciesIndex = new HashMap<>();
    private final RadialBasis basis;
    private final int lmax;
    private final int[] counts;
    /** W_l = S n_l: length of one row (fixed l, m) of the coefficient block of l. */
    private final int[] widths;
    /** Padded row length of the Gram block of l: W_l rounded up to a multiple of 4. */
    private final int[] padded;
    /** Start of the coefficient block of l in the flat coefficient array. */
    private final int[] cOffsets;
    /** Start of the padded Gram block of l (padded[l]^2 entries) in the Gram workspace. */
    private final int[] gOffsets;

    private final int cSize;
    private final int gSize;
    private final int dimension;
    /** p[k] = gram[gramIndex[k]] * gramWeight[k]: the stored entries in their documented order. */
    private final int[] gramIndex;

    private final double[] gramWeight;
    private final double[] centre; // w_center R_n0(0) Y_00

    /**
     * @param parameters SOAP parameters
     * @param species    species channels, in this order (normally the dataset's species, sorted)
     */
    public SoapCalculator(SoapParameters parameters, List<String> species) {
        this(parameters, species, RadialBasis.of(parameters));
    }

    /** With an explicit radial basis (tests of convergence). */
    public SoapCalculator(SoapParameters parameters, List<String> species, RadialBasis basis) {
        if (species.isEmpty()) {
            throw new IllegalArgumentException("need at least one species");
        }
        if (!basis.parameters().equals(parameters)) {
            throw new IllegalArgumentException("radial basis was built for other parameters");
        }
        this.parameters = parameters;
        this.species = List.copyOf(species);
        for (int i = 0; i < this.species.size(); i++) {
            if (speciesIndex.put(this.species.get(i), i) != null) {
                throw new IllegalArgumentException("species listed twice: " + this.species.get(i));
            }
        }
        this.basis = basis;
        this.lmax = parameters.lMax();
        int s = this.species.size();
        counts = new int[lmax + 1];
        widths = new int[lmax + 1];
        padded = new int[lmax + 1];
        cOffsets = new int[lmax + 2];
        gOffsets = new int[lmax + 2];
        int perPair = 0;
        int perSame = 0;
        for (int l = 0; l <= lmax; l++) {
            counts[l] = basis.count(l);
            widths[l] = s * counts[l];
            padded[l] = (widths[l] + 3) & ~3;
            cOffsets[l + 1] = cOffsets[l] + (2 * l + 1) * padded[l];
            gOffsets[l + 1] = gOffsets[l] + padded[l] * padded[l];
            perPair += counts[l] * counts[l];
            perSame += counts[l] * (counts[l] + 1) / 2;
        }
        cSize = cOffsets[lmax + 1];
        gSize = gOffsets[lmax + 1];
        dimension = s * perSame + s * (s - 1) / 2 * perPair;
        gramIndex = new int[dimension];
        gramWeight = new double[dimension];
        final double sqrt2 = Math.sqrt(2.0);
        int pos = 0;
        for (int a = 0; a < s; a++) {
            for (int b = a; b < s; b++) {
                for (int l = 0; l <= lmax; l++) {
                    int kl = counts[l];
                    double scale = Math.sqrt(8 * Math.PI * Math.PI / (2 * l + 1));
                    double off = scale * sqrt2;
                    for (int n1 = 0; n1 < kl; n1++) {
                        for (int n2 = a == b ? n1 : 0; n2 < kl; n2++) {
                            gramIndex[pos] = gOffsets[l] + (a * kl + n1) * padded[l] + b * kl + n2;
                            gramWeight[pos] = a == b && n1 == n2 ? scale : off;
                            pos++;
                        }
                    }
                }
            }
        }
        double[] r0 = new double[basis.total()];
        basis.evaluate(0, r0);
        centre = new double[counts[0]];
        for (int n = 0; n < counts[0]; n++) {
            centre[n] = parameters.centerWeight() * r0[basis.offset(0) + n] / Math.sqrt(4 * Math.PI);
        }
    }

    public SoapParameters parameters() {
        return parameters;
    }

    public List<String> species() {
        return species;
    }

    public RadialBasis basis() {
        return basis;
    }
    /** D, the length of one power-spectrum vector. */
    public int dimension() {
        return dimension;
    }

    /** Index of a species in {@link #species()}, or -1. */
    public int speciesIndex(String s) {
        Integer i = speciesIndex.get(s);
        return i == null ? -1 : i;
    }

    /** Cosine cutoff f_c(d) of docs/method.md §2. */
    public static double cutoffFunction(double d, double rc, double w) {
        if (d >= rc) return 0;
        if (d < rc - w) return 1;
        return 0.5 * (1 + Math.cos(Math.PI * (d - rc + w) / w));
    }

    /** Reusable buffers for one thread. */
    public final class Workspace {
        final SphericalHarmonics sh = new SphericalHarmonics(lmax);
        final double[] ylm = new double[(lmax + 1) * (lmax + 1)];
        final double[] rad = new double[basis.total()];
        final double[] c = new double[cSize];
        final double[] gram = new double[gSize];
        final double[] p = new double[dimension];
        int[] types = new int[0];
        /** Per neighbour inside r_c of the current atom: Y_lm, f_c R_nl, species; grown as needed. */
        double[] yAll = new double[0];

        double[] rAll = new double[0];
        int[] found = new int[0];
        int[] order = new int[0];
        final int[] speciesStart = new int[species.size() + 1];
        final int[] speciesFill = new int[species.size()];

        void ensure(int neighbours) {
            if (found.length < neighbours) {
                int cap = Math.max(neighbours, 2 * found.length);
                yAll = new double[cap * ylm.length];
                rAll = new double[cap * rad.length];
                found = new int[cap];
                order = new int[cap];
            }
        }
    }

    public Workspace newWorkspace() {
        return new Workspace();
    }

    /** Per-atom normalised power spectra of a configuration (allocates its result). */
    public LocalDescriptors compute(Configuration config) {
        return compute(config, newWorkspace());
    }

    /** Per-atom normalised power spectra of a configuration. */
    public LocalDescriptors compute(Configuration config, Workspace ws) {
        int n = config.size();
        double[] out = new double[n * dimension];
        int[] types = types(config);
        forEachAtom(config, ws, types, (i, p) -> System.arraycopy(p, 0, out, i * dimension, dimension));
        return new LocalDescriptors(n, dimension, out, types.clone());
    }

    /**
     * The mean of the normalised local vectors, m = (1/n) sum_i p^_i, into {@code out} (length D);
     * with {@code separateCentralSpecies} the sums are split by central species into S consecutive
     * blocks of length D, still divided by the total n (so that m_A . m_B is the average kernel with
     * k = 0 across central species).
     */
    public void mean(Configuration config, Workspace ws, boolean separateCentralSpecies, double[] out) {
        mean(config, null, ws, separateCentralSpecies, out);
    }

    /**
     * As {@link #mean(Configuration, Workspace, boolean, double[])} with a neighbour list built beforehand
     * (cutoff at least r_c; {@code null}: build it here).
     */
    public void mean(
            Configuration config,
            NeighbourList neighbours,
            Workspace ws,
            boolean separateCentralSpecies,
            double[] out) {
        int blocks = separateCentralSpecies ? species.size() : 1;
        if (out.length != blocks * dimension) {
            throw new IllegalArgumentException(
                    "mean buffer has length " + out.length + ", expected " + blocks * dimension);
        }
        Arrays.fill(out, 0);
        int n = config.size();
        if (n == 0) {
            return;
        }
        int[] types = types(config);
        double inv = 1.0 / n;
        forEachAtom(config, neighbours, ws, types, (i, p) -> {
            int o = separateCentralSpecies ? types[i] * dimension : 0;
            for (int k = 0; k < dimension; k++) {
                out[o + k] += inv * p[k];
            }
        });
    }

    private int[] types(Configuration config) {
        String[] sp = config.species();
        int[] t = new int[sp.length];
        for (int i = 0; i < sp.length; i++) {
            Integer k = speciesIndex.get(sp[i]);
            if (k == null) {
                throw new IllegalArgumentException(
                        "species " + sp[i] + " of atom " + i + " is not in the descriptor's species list " + species);
            }
            t[i] = k;
        }
        return t;
    }

    /** The raw (unnormalised) power spectrum p of one atom; for tests and diagnostics. */
    public double[] rawVector(Configuration config, int atom) {
        double[] out = new double[dimension];
        forEachAtom(
                config,
                null,
                newWorkspace(),
                types(config),
                (i, p) -> {
                    if (i == atom) System.arraycopy(p, 0, out, 0, dimension);
                },
                false);
        return out;
    }

    /** Receives the normalised vector of atom i (the buffer is reused: copy it). */
    interface AtomConsumer {
        void accept(int atom, double[] normalisedVector);
    }

    void forEachAtom(Configuration config, Workspace ws, int[] types, AtomConsumer sink) {
        forEachAtom(config, null, ws, types, sink, true);
    }

    void forEachAtom(Configuration config, NeighbourList neighbours, Workspace ws, int[] types, AtomConsumer sink) {
        forEachAtom(config, neighbours, ws, types, sink, true);
    }

    void forEachAtom(
            Configuration config,
            NeighbourList neighbours,
            Workspace ws,
            int[] types,
            AtomConsumer sink,
            boolean normalise) {
        double rc = parameters.cutoff();
        double w = parameters.transitionWidth();
        NeighbourList nl = neighbours != null ? neighbours : NeighbourList.build(config, rc);
        if (nl.atoms() != config.size()) {
            throw new IllegalArgumentException(
                    "neighbour list has " + nl.atoms() + " atoms, configuration " + config.size());
        }
        int[] offsets = nl.offsets();
        int[] index = nl.index();
        double[] vec = nl.vectors();
        double[] dist = nl.distances();
        double[] c = ws.c;
        double[] ylm = ws.ylm;
        double[] rad = ws.rad;
        double[] p = ws.p;
        int total = basis.total();
        int nY = ylm.length;
        int sCount = species.size();
        for (int i = 0; i < config.size(); i++) {
            Arrays.fill(c, 0);
            // neighbours inside r_c: Y_lm(u_j) and f_c R_nl(d_j), grouped by species (counting sort)
            ws.ensure(offsets[i + 1] - offsets[i]);
            double[] yAll = ws.yAll;
            double[] rAll = ws.rAll;
            int[] start = ws.speciesStart;
            Arrays.fill(start, 0);
            int found = 0;
            for (int q = offsets[i]; q < offsets[i + 1]; q++) {
                double d = dist[q];
                if (d >= rc) {
                    continue;
                }
                double fc = cutoffFunction(d, rc, w);
                if (fc == 0) {
                    continue;
                }
                if (d > 1e-12) {
                    double inv = 1 / d;
                    ws.sh.compute(vec[3 * q] * inv, vec[3 * q + 1] * inv, vec[3 * q + 2] * inv, ylm);
                } else {
                    ws.sh.compute(0, 0, 1, ylm);
                }
                System.arraycopy(ylm, 0, yAll, found * nY, nY);
                basis.evaluate(d, rad);
                int ro = found * total;
                for (int k = 0; k < total; k++) {
                    rAll[ro + k] = rad[k] * fc;
                }
                int a = types[index[q]];
                ws.found[found] = a;
                start[a + 1]++;
                found++;
            }
            for (int a = 0; a < sCount; a++) {
                start[a + 1] += start[a];
            }
            int[] order = ws.order;
            int[] fill = ws.speciesFill;
            System.arraycopy(start, 0, fill, 0, sCount);
            for (int j = 0; j < found; j++) {
                order[fill[ws.found[j]]++] = j;
            }
            // c[row(l, m) + a n_l + n] += sum_j Y_lm(u_j) f_c R_nl(d_j), four neighbours of species a at a time
            for (int a = 0; a < sCount; a++) {
                int j0 = start[a];
                int j1 = start[a + 1];
                for (int l = 0; l <= lmax; l++) {
                    int kl = counts[l];
                    int rl = basis.offset(l);
                    int co = cOffsets[l] + a * kl;
                    int yo = l * l;
                    int pl = padded[l];
                    int jj = j0;
                    for (; jj + 4 <= j1; jj += 4) {
                        int q0 = order[jj], q1 = order[jj + 1], q2 = order[jj + 2], q3 = order[jj + 3];
                        int r0 = q0 * total + rl, r1 = q1 * total + rl, r2 = q2 * total + rl, r3 = q3 * total + rl;
                        for (int m = 0, row = co; m <= 2 * l; m++, row += pl) {
                            double y0 = yAll[q0 * nY + yo + m];
                            double y1 = yAll[q1 * nY + yo + m];
                            double y2 = yAll[q2 * nY + yo + m];
                            double y3 = yAll[q3 * nY + yo + m];
                            for (int nn = 0; nn < kl; nn++) {
                                c[row + nn] += (y0 * rAll[r0 + nn] + y1 * rAll[r1 + nn])
                                        + (y2 * rAll[r2 + nn] + y3 * rAll[r3 + nn]);
                            }
                        }
                    }
                    for (; jj < j1; jj++) {
                        int q0 = order[jj];
                        int r0 = q0 * total + rl;
                        for (int m = 0, row = co; m <= 2 * l; m++, row += pl) {
                            double y0 = yAll[q0 * nY + yo + m];
                            for (int nn = 0; nn < kl; nn++) {
                                c[row + nn] += y0 * rAll[r0 + nn];
                            }
                        }
                    }
                }
            }
            int cc = types[i] * counts[0]; // l = 0, m = 0 row, columns of the central species
            for (int nn = 0; nn < counts[0]; nn++) {
                c[cc + nn] += centre[nn];
            }
            powerSpectrum(c, ws.gram, p);
            double norm2 = sumOfSquares(p, dimension);
            if (normalise && norm2 > 0) {
                double s = 1 / Math.sqrt(norm2);
                for (int k = 0; k < dimension; k++) {
                    p[k] *= s;
                }
            }
            sink.accept(i, p);
        }
    }

    /** sum_k x[k]^2 over k &lt; n, in four partial sums (k mod 4), combined as (s0 + s1) + (s2 + s3). */
    private static double sumOfSquares(double[] x, int n) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int k = 0;
        for (; k + 3 < n; k += 4) {
            s0 += x[k] * x[k];
            s1 += x[k + 1] * x[k + 1];
            s2 += x[k + 2] * x[k + 2];
            s3 += x[k + 3] * x[k + 3];
        }
        for (; k < n; k++) {
            s0 += x[k] * x[k];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /**
     * p from the coefficients: per l, the upper triangle of the Gram matrix G_l = sum_m r_m r_m^T of the
     * rows r_m (length W_l, padded to a multiple of 4) of the block of l, in 4 x 4 register tiles over
     * (row, column) with the sum over m innermost and in order (tiles on the diagonal also fill a few
     * entries below it, which are not used), then the stored entries gathered with their weights.
     */
    private void powerSpectrum(double[] c, double[] gram, double[] p) {
        for (int l = 0; l <= lmax; l++) {
            int w = widths[l];
            int pl = padded[l];
            int mCount = 2 * l + 1;
            int co = cOffsets[l];
            int go = gOffsets[l];
            for (int i1 = 0; i1 < w; i1 += 4) {
                for (int i2 = i1; i2 < w; i2 += 4) {
                    double s00 = 0, s01 = 0, s02 = 0, s03 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0;
                    double s20 = 0, s21 = 0, s22 = 0, s23 = 0, s30 = 0, s31 = 0, s32 = 0, s33 = 0;
                    for (int m = 0, r = co; m < mCount; m++, r += pl) {
                        double x0 = c[r + i1];
                        double x1 = c[r + i1 + 1];
                        double x2 = c[r + i1 + 2];
                        double x3 = c[r + i1 + 3];
                        double y0 = c[r + i2];
                        double y1 = c[r + i2 + 1];
                        double y2 = c[r + i2 + 2];
                        double y3 = c[r + i2 + 3];
                        s00 += x0 * y0;
                        s01 += x0 * y1;
                        s02 += x0 * y2;
                        s03 += x0 * y3;
                        s10 += x1 * y0;
                        s11 += x1 * y1;
                        s12 += x1 * y2;
                        s13 += x1 * y3;
                        s20 += x2 * y0;
                        s21 += x2 * y1;
                        s22 += x2 * y2;
                        s23 += x2 * y3;
                        s30 += x3 * y0;
                        s31 += x3 * y1;
                        s32 += x3 * y2;
                        s33 += x3 * y3;
                    }
                    int g0 = go + i1 * pl + i2;
                    gram[g0] = s00;
                    gram[g0 + 1] = s01;
                    gram[g0 + 2] = s02;
                    gram[g0 + 3] = s03;
                    g0 += pl;
                    gram[g0] = s10;
                    gram[g0 + 1] = s11;
                    gram[g0 + 2] = s12;
                    gram[g0 + 3] = s13;
                    g0 += pl;
                    gram[g0] = s20;
                    gram[g0 + 1] = s21;
                    gram[g0 + 2] = s22;
                    gram[g0 + 3] = s23;
                    g0 += pl;
                    gram[g0] = s30;
                    gram[g0 + 1] = s31;
                    gram[g0 + 2] = s32;
                    gram[g0 + 3] = s33;
                }
            }
        }
        for (int k = 0; k < dimension; k++) {
            p[k] = gram[gramIndex[k]] * gramWeight[k];
        }
    }
}
