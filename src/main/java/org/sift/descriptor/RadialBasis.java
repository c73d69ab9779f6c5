package org.sift.descriptor;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * The converged radial part of SOAP: radial integrals R_nl(d) of one Gaussian neighbour at
 * distance d (Å) in an optimal orthonormal radial basis, tabulated and interpolated.
 *
 * <p><b>Exact limit.</b> The angular projection of a Gaussian of width sigma centred at distance d is
 * rho_lm(r) = phi_l(r; d) Y_lm(u), phi_l(r; d) = 4 pi exp(-(r - d)^2 / (2 sigma^2)) e^{-x} i_l(x),
 * x = r d / sigma^2. Inner products of densities are sum_lm int_0^inf r^2 rho_lm rho'_lm dr. With
 * Gauss–Legendre nodes r_q and weights w_q on [0, r_c + 6 sigma] the vector
 * v_l(d)_q = sqrt(w_q) r_q phi_l(r_q; d) reproduces these integrals (the Gaussians are whole: they
 * reach past r_c; beyond 6 sigma they are below e^{-18}).
 *
 * <p><b>Compression.</b> The power spectrum is invariant under orthogonal changes of the radial basis,
 * so per l the Q quadrature values are rotated onto the eigenvectors U_l of the covariance
 * C_l = sum_g v_l(d_g) v_l(d_g)^T over a fine grid of neighbour distances d_g in [0, r_c] (the
 * "optimal radial basis" of Goscinski et al. 2021), and only the leading n_l eigenvectors are kept:
 * R_nl(d) = U_l[:, n] . v_l(d). n_l is the smallest count for which, for every d_g, the discarded
 * part of one Gaussian's l-channel, (2l+1)/(4 pi) |(1 - P) v_l(d_g)|^2, is below
 * {@code tolerance} times its total self-overlap (pi sigma^2)^{3/2}. Because P is an orthogonal
 * projection, density inner products (and hence kernels) err only by the product of two such
 * residuals, i.e. to second order.
 *
 * <p><b>Interpolation.</b> R_nl and dR_nl/dd (analytic: d/dd phi_l uses
 * i_l' = (l i_{l-1} + (l+1) i_{l+1}) / (2l+1)) are tabulated on d_g = g h, and evaluated by cubic
 * Hermite interpolation (error O(h^4)).
 */
public final class RadialBasis {

    private static final Map<SoapParameters, RadialBasis> CACHE = new ConcurrentHashMap<>();

    private final SoapParameters parameters;
    private final int lmax;
    private final int quadraturePoints;
    private final double gridStep;
    private final double tolerance;
    private final double rMax;
    private final int[] counts;
    private final int[] offsets;
    private final int total;
    private final int intervals;
    private final double invStep;
    /** coef[(g * total + idx) * 4 + k], idx = offsets[l] + n: cubic in t = (d - g h) / h. */
    private final double[] coef;

    /**
     * Builds the basis.
     *
     * @param p                parameters (cutoff, sigma, lMax)
     * @param quadraturePoints Gauss–Legendre nodes on [0, r_c + 6 sigma]
     * @param gridStep         spacing h of the distance table, Å
     * @param tolerance        relative residual allowed per Gaussian and l (see class comment)
     */
    public RadialBasis(SoapParameters p, int quadraturePoints, double gridStep, double tolerance) {
        if (quadraturePoints < 4) throw new IllegalArgumentException("need at least 4 quadrature points");
        if (!(gridStep > 0)) throw new IllegalArgumentException("grid step must be > 0");
        if (!(tolerance > 0)) throw new IllegalArgumentException("tolerance must be > 0");
        this.parameters = p;
        this.lmax = p.lMax();
        this.quadraturePoints = quadraturePoints;
        this.tolerance = tolerance;
        double sigma = p.sigma();
        double s2 = sigma * sigma;
        this.rMax = p.cutoff() + 6 * sigma;
        this.intervals = Math.max(1, (int) Math.ceil(p.cutoff() / gridStep));
        this.gridStep = p.cutoff() / intervals;
        this.invStep = 1 / this.gridStep;
        int gCount = intervals + 1;
        int qn = quadraturePoints;
        GaussLegendre gl = GaussLegendre.on(qn, 0, rMax);
        double[] r = gl.nodes();
        double[] sw = new double[qn];
        for (int q = 0; q < qn; q++) {
            sw[q] = Math.sqrt(gl.weights()[q]) * r[q];
        }
        // v[l][g][q] and derivative dv[l][g][q]
        double[][][] v = new double[lmax + 1][gCount][qn];
        double[][][] dv = new double[lmax + 1][gCount][qn];
        double[] bes = new double[lmax + 3];
        for (int g = 0; g < gCount; g++) {
            double d = g * this.gridStep;
            for (int q = 0; q < qn; q++) {
                double x = r[q] * d / s2;
                SphericalBessel.scaledI(lmax + 1, x, bes);
                double diff = r[q] - d;
                double gauss = 4 * Math.PI * Math.exp(-diff * diff / (2 * s2)) * sw[q];
                for (int l = 0; l <= lmax; l++) {
                    double il = bes[l];
                    double dil = ((l > 0 ? l * bes[l - 1] : 0) + (l + 1) * bes[l + 1]) / (2 * l + 1);
                    v[l][g][q] = gauss * il;
                    dv[l][g][q] = gauss * (-d / s2 * il + r[q] / s2 * dil);
                }
            }
        }
        double selfOverlap = Math.pow(Math.PI * s2, 1.5);
        double[][][] basis = new double[lmax + 1][][];
        counts = new int[lmax + 1];
        offsets = new int[lmax + 2];
        for (int l = 0; l <= lmax; l++) {
            DMatrixRMaj cov = new DMatrixRMaj(qn, qn);
            for (int g = 0; g < gCount; g++) {
                double[] vg = v[l][g];
                for (int i = 0; i < qn; i++) {
                    double vi = vg[i];
                    if (vi == 0) continue;
                    int row = i * qn;
                    for (int j = 0; j < qn; j++) {
                        cov.data[row + j] += vi * vg[j];
                    }
                }
            }
            EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(qn, true, true);
            if (!eig.decompose(cov)) {
                throw new IllegalStateException("eigen-decomposition of the radial covariance failed (l = " + l + ")");
            }
            Integer[] order = new Integer[qn];
            double[] ev = new double[qn];
            for (int i = 0; i < qn; i++) {
                order[i] = i;
                ev[i] = eig.getEigenvalue(i).real;
            }
            java.util.Arrays.sort(order, (i1, i2) -> Double.compare(ev[i2], ev[i1]));
            double[][] u = new double[qn][];
            for (int k = 0; k < qn; k++) {
                u[k] = eig.getEigenVector(order[k]).data.clone();
            }
            // residual per grid point as vectors are added
            double[] res = new double[gCount];
            for (int g = 0; g < gCount; g++) {
                res[g] = dot(v[l][g], v[l][g]);
            }
            double factor = (2 * l + 1) / (4 * Math.PI) / selfOverlap;
            int k = 0;
            while (k < qn && max(res) * factor > tolerance) {
                for (int g = 0; g < gCount; g++) {
                    double c = dot(u[k], v[l][g]);
                    res[g] -= c * c;
                }
                k++;
            }
            k = Math.max(k, 1);
            counts[l] = k;
            basis[l] = java.util.Arrays.copyOf(u, k);
            offsets[l + 1] = offsets[l] + k;
        }
        total = offsets[lmax + 1];
        coef = new double[intervals * total * 4];
        double[] f = new double[gCount * total];
        double[] df = new double[gCount * total];
        for (int l = 0; l <= lmax; l++) {
            for (int n = 0; n < counts[l]; n++) {
                int idx = offsets[l] + n;
                for (int g = 0; g < gCount; g++) {
                    f[g * total + idx] = dot(basis[l][n], v[l][g]);
                    df[g * total + idx] = dot(basis[l][n], dv[l][g]) * this.gridStep;
                }
            }
        }
        for (int g = 0; g < intervals; g++) {
            for (int idx = 0; idx < total; idx++) {
                double f0 = f[g * total + idx];
                double f1 = f[(g + 1) * total + idx];
                double m0 = df[g * total + idx];
                double m1 = df[(g + 1) * total + idx];
                int o = (g * total + idx) * 4;
                coef[o] = f0;
                coef[o + 1] = m0;
                coef[o + 2] = 3 * (f1 - f0) - 2 * m0 - m1;
                coef[o + 3] = 2 * (f0 - f1) + m0 + m1;
            }
        }
    }

    /**
     * The basis for a parameter set, at the accuracy its {@code radialAccuracy} asks for; built once and
     * shared. Quadrature points, grid step and residual tolerance follow from the accuracy
     * (see {@link #settingsFor}).
     */
    public static RadialBasis of(SoapParameters p) {
        return CACHE.computeIfAbsent(p, RadialBasis::build);
    }

    private static RadialBasis build(SoapParameters p) {
        double[] s = settingsFor(p);
        return new RadialBasis(p, (int) s[0], s[1], s[2]);
    }

    /**
     * {quadrature points, grid step (Å), residual tolerance} for a parameter set: the tolerance is
     * 10 x radialAccuracy (the kernel error is of second order in the residuals: on the Li–Si sample,
     * radialAccuracy 1e-6 gives tolerance 1e-5, n_l = 9, 9, 8, 8, 8, 7, 7 and max |dK| = 3.0e-7 against a
     * much larger basis, RadialConvergenceTest; docs/benchmarks.md lists the scan), the quadrature has about 2.5 x (10 + log10(1/acc)) / 16 nodes per sigma over
     * [0, r_c + 6 sigma], and the table step is sigma / (20 + 2 log10(1/acc)).
     */
    public static double[] settingsFor(SoapParameters p) {
        double digits = Math.max(1, -Math.log10(p.radialAccuracy()));
        double rMax = p.cutoff() + 6 * p.sigma();
        int q = (int) Math.ceil(rMax / p.sigma() * 2.5 * (10 + digits) / 16);
        q = Math.max(q, 24);
        double h = p.sigma() / (20 + 2 * digits);
        return new double[] {q, h, 10 * p.radialAccuracy()};
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double max(double[] a) {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : a) {
            m = Math.max(m, x);
        }
        return m;
    }

    public SoapParameters parameters() {
        return parameters;
    }

    public int lmax() {
        return lmax;
    }

    public int quadraturePoints() {
        return quadraturePoints;
    }

    public double gridStep() {
        return gridStep;
    }

    public double tolerance() {
        return tolerance;
    }
    /** Upper end of the radial quadrature, r_c + 6 sigma, Å. */
    public double rMax() {
        return rMax;
    }
    /** n_l: number of radial functions kept for angular momentum l. */
    public int count(int l) {
        return counts[l];
    }
    /** Index of R_0l in the output of {@link #evaluate}. */
    public int offset(int l) {
        return offsets[l];
    }
    /** Sum over l of n_l: length of the output of {@link #evaluate}. */
    public int total() {
        return total;
    }

    /**
     * Fills {@code out[offset(l) + n] = R_nl(d)} for every l and n &lt; n_l; d in [0, r_c], Å
     * (clamped into that range).
     */
    public void evaluate(double d, double[] out) {
        double s = d * invStep;
        int g = (int) s;
        if (g >= intervals) {
            g = intervals - 1;
        } else if (g < 0) {
            g = 0;
        }
        double t = s - g;
        if (t > 1) t = 1;
        if (t < 0) t = 0;
        int o = g * total * 4;
        final double[] c = coef;
        for (int idx = 0; idx < total; idx++, o += 4) {
            out[idx] = c[o] + t * (c[o + 1] + t * (c[o + 2] + t * c[o + 3]));
        }
    }
}
