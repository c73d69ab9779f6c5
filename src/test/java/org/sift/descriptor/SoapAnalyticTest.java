package org.sift.descriptor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.sift.model.Cell;
import org.sift.model.Configuration;

/**
 * The power-spectrum kernel against the basis-free definition of docs/method.md §2: the overlap of two
 * Gaussian sums is analytic, sum_ij w_i w'_j (pi sigma^2)^{3/2} exp(-|r_i - R r'_j|^2 / (4 sigma^2)),
 * and its square is integrated over SO(3) by quadrature (Gauss–Legendre in cos beta, uniform alpha,
 * gamma). The central atom's Gaussian at the origin is part of both sides.
 */
class SoapAnalyticTest {

    /** An environment: centre species and neighbours (species, position relative to the centre). */
    record Env(String centre, String[] species, double[][] r) {
        Configuration configuration() {
            String[] sp = new String[species.length + 1];
            double[] pos = new double[3 * sp.length];
            sp[0] = centre;
            for (int i = 0; i < species.length; i++) {
                sp[i + 1] = species[i];
                System.arraycopy(r[i], 0, pos, 3 * (i + 1), 3);
            }
            // shift everything so the test also covers a centre away from the origin
            for (int i = 0; i < sp.length; i++) {
                pos[3 * i] += 1.25;
                pos[3 * i + 1] -= 0.5;
                pos[3 * i + 2] += 3.0;
            }
            return Configuration.of(sp, pos, Cell.none());
        }
    }

    static double[] point(Random rnd, double rmin, double rmax) {
        double[] u = SoapMathTest.unit(rnd);
        double d = rmin + (rmax - rmin) * rnd.nextDouble();
        return new double[] {d * u[0], d * u[1], d * u[2]};
    }

    static Env randomEnv(Random rnd, String centre, int n, double rmin, double rmax, String... pool) {
        String[] sp = new String[n];
        double[][] r = new double[n][];
        for (int i = 0; i < n; i++) {
            sp[i] = pool[rnd.nextInt(pool.length)];
            r[i] = point(rnd, rmin, rmax);
        }
        return new Env(centre, sp, r);
    }

    /** Rotation-integrated squared overlap (normalised Haar measure) by quadrature over Euler angles. */
    static double integratedOverlap(Env x, Env y, SoapParameters p, int nAngle, int nBeta) {
        // Gaussian sums: centre with weight w_center, neighbours with f_c
        int nx = x.species.length + 1;
        int ny = y.species.length + 1;
        double[][] px = new double[nx][];
        double[][] py = new double[ny][];
        double[] wx = new double[nx];
        double[] wy = new double[ny];
        String[] sx = new String[nx];
        String[] sy = new String[ny];
        fill(x, p, px, wx, sx);
        fill(y, p, py, wy, sy);
        double s2 = p.sigma() * p.sigma();
        double pre = Math.pow(Math.PI * s2, 1.5);
        GaussLegendre gl = GaussLegendre.on(nBeta, -1, 1);
        double total = 0;
        double[] rot = new double[9];
        double[] ry = new double[3];
        for (int ia = 0; ia < nAngle; ia++) {
            double al = 2 * Math.PI * ia / nAngle;
            for (int ib = 0; ib < nBeta; ib++) {
                double cb = gl.nodes()[ib];
                double sb = Math.sqrt(1 - cb * cb);
                for (int ig = 0; ig < nAngle; ig++) {
                    double ga = 2 * Math.PI * ig / nAngle;
                    euler(al, cb, sb, ga, rot);
                    double ov = 0;
                    for (int j = 0; j < ny; j++) {
                        ry[0] = rot[0] * py[j][0] + rot[1] * py[j][1] + rot[2] * py[j][2];
                        ry[1] = rot[3] * py[j][0] + rot[4] * py[j][1] + rot[5] * py[j][2];
                        ry[2] = rot[6] * py[j][0] + rot[7] * py[j][1] + rot[8] * py[j][2];
                        for (int i = 0; i < nx; i++) {
                            if (!sx[i].equals(sy[j])) continue;
                            double dx = px[i][0] - ry[0];
                            double dy = px[i][1] - ry[1];
                            double dz = px[i][2] - ry[2];
                            ov += wx[i] * wy[j] * pre * Math.exp(-(dx * dx + dy * dy + dz * dz) / (4 * s2));
                        }
                    }
                    total += gl.weights()[ib] * ov * ov;
                }
            }
        }
        return total / (2.0 * nAngle * nAngle);
    }

    private static void fill(Env e, SoapParameters p, double[][] pos, double[] w, String[] sp) {
        pos[0] = new double[3];
        w[0] = p.centerWeight();
        sp[0] = e.centre;
        for (int i = 0; i < e.species.length; i++) {
            pos[i + 1] = e.r[i];
            double d = Math.sqrt(e.r[i][0] * e.r[i][0] + e.r[i][1] * e.r[i][1] + e.r[i][2] * e.r[i][2]);
            w[i + 1] = SoapCalculator.cutoffFunction(d, p.cutoff(), p.transitionWidth());
            sp[i + 1] = e.species[i];
        }
    }

    /** R = Rz(alpha) Ry(beta) Rz(gamma), row-major. */
    private static void euler(double a, double cb, double sb, double g, double[] r) {
        double ca = Math.cos(a), sa = Math.sin(a), cg = Math.cos(g), sg = Math.sin(g);
        r[0] = ca * cb * cg - sa * sg;
        r[1] = -ca * cb * sg - sa * cg;
        r[2] = ca * sb;
        r[3] = sa * cb * cg + ca * sg;
        r[4] = -sa * cb * sg + ca * cg;
        r[5] = sa * sb;
        r[6] = -sb * cg;
        r[7] = sb * sg;
        r[8] = cb;
    }

    static double normalisedReference(Env a, Env b, SoapParameters p) {
        double ab = integratedOverlap(a, b, p, 56, 40);
        double aa = integratedOverlap(a, a, p, 56, 40);
        double bb = integratedOverlap(b, b, p, 56, 40);
        return ab / Math.sqrt(aa * bb);
    }

    static double soap(Env a, Env b, SoapParameters p, List<String> species) {
        SoapCalculator calc = new SoapCalculator(p, species);
        LocalDescriptors da = calc.compute(a.configuration());
        LocalDescriptors db = calc.compute(b.configuration());
        return da.dot(0, db, 0);
    }

    @Test
    void oneSpeciesEnvironmentsWithCutoffTransitionMatchTheRotationIntegral() {
        // r_c = 2, w = 0.5: neighbours at 1.1-1.9 Å feel the cosine transition; sigma = 0.5 keeps l > 20 negligible
        SoapParameters p = new SoapParameters(2.0, 0.5, 0.5, 20, 1.0, 1e-9);
        Random rnd = new Random(7);
        for (int trial = 0; trial < 3; trial++) {
            Env a = randomEnv(rnd, "Si", 1 + trial, 1.1, 1.9, "Si");
            Env b = randomEnv(rnd, "Si", 2 + trial, 1.1, 1.9, "Si");
            double ref = normalisedReference(a, b, p);
            double k = soap(a, b, p, List.of("Si"));
            assertThat(k).as("trial %d", trial).isCloseTo(ref, Offset.offset(1e-6));
            assertThat(ref).isLessThan(0.9999); // a real test: the environments differ
        }
    }

    @Test
    void twoSpeciesAtStudySigmaMatchTheRotationIntegral() {
        // study r_c, w, sigma; neighbours within 1.35 Å so that l > 20 is negligible; mixed centres
        SoapParameters p = SoapParameters.STUDY.withLMax(20).withRadialAccuracy(1e-9).withCenterWeight(0.7);
        Random rnd = new Random(11);
        List<String> species = List.of("Li", "Si");
        for (int trial = 0; trial < 3; trial++) {
            Env a = randomEnv(rnd, trial == 2 ? "Li" : "Si", 2 + trial, 0.8, 1.35, "Li", "Si");
            Env b = randomEnv(rnd, "Si", 4 - trial, 0.8, 1.35, "Li", "Si");
            double ref = normalisedReference(a, b, p);
            double k = soap(a, b, p, species);
            assertThat(k).as("trial %d", trial).isCloseTo(ref, Offset.offset(1e-6));
        }
    }

    @Test
    void rawPowerSpectrumDotEqualsTheIntegralTimesHaarVolume() {
        // p . p' = 8 pi^2 x (normalised-measure integral): checks the sqrt(8 pi^2/(2l+1)) and sqrt(2) weights
        SoapParameters p = new SoapParameters(2.0, 0.5, 0.5, 20, 1.0, 1e-9);
        Random rnd = new Random(3);
        Env a = randomEnv(rnd, "Li", 3, 1.0, 1.8, "Li", "Si");
        Env b = randomEnv(rnd, "Si", 3, 1.0, 1.8, "Li", "Si");
        double ref = integratedOverlap(a, b, p, 56, 40) * 8 * Math.PI * Math.PI;
        SoapCalculator calc = new SoapCalculator(p, List.of("Li", "Si"));
        double[] pa = rawVector(calc, a.configuration());
        double[] pb = rawVector(calc, b.configuration());
        double dot = 0;
        for (int k = 0; k < pa.length; k++) dot += pa[k] * pb[k];
        assertThat(dot).isCloseTo(ref, Offset.offset(1e-6 * Math.abs(ref)));
    }

    private static double[] rawVector(SoapCalculator calc, Configuration c) {
        return calc.rawVector(c, 0);
    }
}
