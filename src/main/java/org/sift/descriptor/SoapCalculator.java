package org.sift.descriptor;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sift.model.Configuration;

/**
 * SOAP power spectra (METHOD.md §2) of the atoms of a configuration.
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
    private final int[] cOffsets;
    private final int cSize;
    private final int dimension;
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
        counts = new int[lmax + 1];
        cOffsets = new int[lmax + 2];
        int perPair = 0;
        int perSame = 0;
        for (int l = 0; l <= lmax; l++) {
            counts[l] = basis.count(l);
            cOffsets[l + 1] = cOffsets[l] + (2 * l + 1) * counts[l];
            perPair += counts[l] * counts[l];
            perSame += counts[l] * (counts[l] + 1) / 2;
        }
        cSize = cOffsets[lmax + 1];
        int s = this.species.size();
        dimension = s * perSame + s * (s - 1) / 2 * perPair;
        double[] r0 = new double[basis.total()];
        basis.evaluate(0, r0);
        centre = new double[counts[0]];
        for (int n = 0; n < counts[0]; n++) {
            centre[n] = parameters.centerWeight() * r0[basis.offset(0) + n] / Math.sqrt(4 * Math.PI);
        }
    }

    public SoapParameters parameters() { return parameters; }
    public List<String> species() { return species; }
    public RadialBasis basis() { return basis; }
    /** D, the length of one power-spectrum vector. */
    public int dimension() { return dimension; }

    /** Index of a species in {@link #species()}, or -1. */
    public int speciesIndex(String s) {
        Integer i = speciesIndex.get(s);
        return i == null ? -1 : i;
    }

    /** Cosine cutoff f_c(d) of METHOD.md §2. */
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
        final double[] c = new double[species.size() * cSize];
        final double[] p = new double[dimension];
        int[] types = new int[0];
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
    public void mean(Configuration config, NeighbourList neighbours, Workspace ws, boolean separateCentralSpecies, double[] out) {
        int blocks = separateCentralSpecies ? species.size() : 1;
        if (out.length != blocks * dimension) {
            throw new IllegalArgumentException("mean buffer has length " + out.length + ", expected " + blocks * dimension);
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
                throw new IllegalArgumentException("species " + sp[i] + " of atom " + i + " is not in the descriptor's species list " + species);
            }
            t[i] = k;
        }
        return t;
    }

    /** The raw (unnormalised) power spectrum p of one atom; for tests and diagnostics. */
    public double[] rawVector(Configuration config, int atom) {
        double[] out = new double[dimension];
        forEachAtom(config, null, newWorkspace(), types(config), (i, p) -> {
            if (i == atom) System.arraycopy(p, 0, out, 0, dimension);
        }, false);
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

    void forEachAtom(Configuration config, NeighbourList neighbours, Workspace ws, int[] types, AtomConsumer sink, boolean normalise) {
        double rc = parameters.cutoff();
        double w = parameters.transitionWidth();
        NeighbourList nl = neighbours != null ? neighbours : NeighbourList.build(config, rc);
        if (nl.atoms() != config.size()) {
            throw new IllegalArgumentException("neighbour list has " + nl.atoms() + " atoms, configuration " + config.size());
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
        for (int i = 0; i < config.size(); i++) {
            Arrays.fill(c, 0);
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
                basis.evaluate(d, rad);
                for (int k = 0; k < total; k++) {
                    rad[k] *= fc;
                }
                int cBase = types[index[q]] * cSize;
                for (int l = 0; l <= lmax; l++) {
                    int kl = counts[l];
                    int ro = basis.offset(l);
                    int co = cBase + cOffsets[l];
                    int yo = l * l;
                    for (int m = 0; m <= 2 * l; m++) {
                        double y = ylm[yo + m];
                        int row = co + m * kl;
                        for (int nn = 0; nn < kl; nn++) {
                            c[row + nn] += y * rad[ro + nn];
                        }
                    }
                }
            }
            int cc = types[i] * cSize; // l = 0, m = 0 row of the central species
            for (int nn = 0; nn < counts[0]; nn++) {
                c[cc + nn] += centre[nn];
            }
            powerSpectrum(c, p);
            double norm2 = 0;
            for (int k = 0; k < dimension; k++) {
                norm2 += p[k] * p[k];
            }
            if (normalise && norm2 > 0) {
                double s = 1 / Math.sqrt(norm2);
                for (int k = 0; k < dimension; k++) {
                    p[k] *= s;
                }
            }
            sink.accept(i, p);
        }
    }

    private void powerSpectrum(double[] c, double[] p) {
        int s = species.size();
        final double sqrt2 = Math.sqrt(2.0);
        int pos = 0;
        for (int a = 0; a < s; a++) {
            for (int b = a; b < s; b++) {
                for (int l = 0; l <= lmax; l++) {
                    int kl = counts[l];
                    int mCount = 2 * l + 1;
                    double scale = Math.sqrt(8 * Math.PI * Math.PI / mCount);
                    int oa = a * cSize + cOffsets[l];
                    int ob = b * cSize + cOffsets[l];
                    if (a == b) {
                        double off = scale * sqrt2;
                        for (int n1 = 0; n1 < kl; n1++) {
                            for (int n2 = n1; n2 < kl; n2++) {
                                double sum = 0;
                                for (int m = 0; m < mCount; m++) {
                                    sum += c[oa + m * kl + n1] * c[oa + m * kl + n2];
                                }
                                p[pos++] = sum * (n1 == n2 ? scale : off);
                            }
                        }
                    } else {
                        double sc = scale * sqrt2;
                        for (int n1 = 0; n1 < kl; n1++) {
                            for (int n2 = 0; n2 < kl; n2++) {
                                double sum = 0;
                                for (int m = 0; m < mCount; m++) {
                                    sum += c[oa + m * kl + n1] * c[ob + m * kl + n2];
                                }
                                p[pos++] = sum * sc;
                            }
                        }
                    }
                }
            }
        }
    }
}
