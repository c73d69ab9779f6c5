package org.sift.descriptor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Special functions, quadrature and the radial basis against closed forms and integral definitions. */
class SoapMathTest {

    @Test
    void gaussLegendreIntegratesPolynomialsExactlyAndGaussians() {
        GaussLegendre gl = GaussLegendre.on(10, -1, 3);
        for (int k = 0; k <= 19; k++) {
            double s = 0;
            for (int i = 0; i < 10; i++) {
                s += gl.weights()[i] * Math.pow(gl.nodes()[i], k);
            }
            double exact = (Math.pow(3, k + 1) - Math.pow(-1, k + 1)) / (k + 1);
            assertThat(s).isCloseTo(exact, org.assertj.core.data.Offset.offset(1e-12 * Math.max(1, Math.abs(exact))));
        }
        GaussLegendre g2 = GaussLegendre.on(80, -8, 8);
        double s = 0;
        for (int i = 0; i < 80; i++) {
            s += g2.weights()[i] * Math.exp(-g2.nodes()[i] * g2.nodes()[i]);
        }
        assertThat(s).isCloseTo(Math.sqrt(Math.PI), org.assertj.core.data.Offset.offset(1e-13));
    }

    @Test
    void scaledBesselMatchesClosedFormsAndTheIntegralDefinition() {
        double[] out = new double[23];
        for (double x : new double[] {1e-8, 1e-3, 0.1, 0.7, 1.999, 2.0, 2.001, 5, 17.3, 60, 101.25, 400}) {
            SphericalBessel.scaledI(22, x, out);
            double e = Math.exp(-x);
            if (x > 1e-2) {
                double sh = -Math.expm1(-2 * x) / 2; // e^{-x} sinh x
                double ch = (1 + Math.exp(-2 * x)) / 2;
                assertThat(out[0]).isCloseTo(sh / x, rel(1e-14));
                assertThat(out[1]).isCloseTo((x * ch - sh) / (x * x), rel(1e-12));
                assertThat(out[2]).isCloseTo(((x * x + 3) * sh - 3 * x * ch) / (x * x * x), rel(1e-10));
            } else {
                assertThat(out[0]).isCloseTo(e * (1 + x * x / 6), rel(1e-14));
                assertThat(out[1]).isCloseTo(e * x / 3, rel(1e-6));
            }
            // e^{-x} i_l(x) = 1/2 int_{-1}^{1} e^{x (t - 1)} P_l(t) dt
            GaussLegendre gl = GaussLegendre.on(600, -1, 1);
            for (int l = 0; l <= 22; l++) {
                double s = 0;
                for (int k = 0; k < 600; k++) {
                    double t = gl.nodes()[k];
                    s += gl.weights()[k] * Math.exp(x * (t - 1)) * legendre(l, t);
                }
                s *= 0.5;
                assertThat(out[l])
                        .as("l=%d x=%g", l, x)
                        .isCloseTo(s, org.assertj.core.data.Offset.offset(1e-13 + 1e-10 * Math.abs(s)));
            }
        }
    }

    @Test
    void sphericalHarmonicsAreOrthonormalAndObeyTheAdditionTheorem() {
        int lmax = 12;
        SphericalHarmonics sh = new SphericalHarmonics(lmax);
        int n = sh.size();
        GaussLegendre gl = GaussLegendre.on(30, -1, 1);
        int nphi = 40;
        double[][] gram = new double[n][n];
        double[] y = new double[n];
        for (int i = 0; i < 30; i++) {
            double z = gl.nodes()[i];
            double s = Math.sqrt(1 - z * z);
            for (int k = 0; k < nphi; k++) {
                double phi = 2 * Math.PI * (k + 0.3) / nphi;
                sh.compute(s * Math.cos(phi), s * Math.sin(phi), z, y);
                double w = gl.weights()[i] * 2 * Math.PI / nphi;
                for (int a = 0; a < n; a++) {
                    for (int b = 0; b < n; b++) {
                        gram[a][b] += w * y[a] * y[b];
                    }
                }
            }
        }
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                assertThat(gram[a][b])
                        .as("<Y%d,Y%d>", a, b)
                        .isCloseTo(a == b ? 1 : 0, org.assertj.core.data.Offset.offset(1e-12));
            }
        }
        Random rnd = new Random(1);
        double[] y2 = new double[n];
        for (int trial = 0; trial < 20; trial++) {
            double[] u = unit(rnd);
            double[] v = unit(rnd);
            sh.compute(u[0], u[1], u[2], y);
            sh.compute(v[0], v[1], v[2], y2);
            double cos = u[0] * v[0] + u[1] * v[1] + u[2] * v[2];
            for (int l = 0; l <= lmax; l++) {
                double s = 0;
                for (int m = -l; m <= l; m++) {
                    s += y[l * l + l + m] * y2[l * l + l + m];
                }
                assertThat(s)
                        .isCloseTo(
                                (2 * l + 1) / (4 * Math.PI) * legendre(l, cos),
                                org.assertj.core.data.Offset.offset(1e-13));
            }
        }
    }

    @Test
    void radialBasisRecoversTheGaussianSelfOverlap() {
        // sum_l (2l+1)/(4 pi) sum_n R_nl(d)^2 -> (pi sigma^2)^{3/2} as l grows (one Gaussian's norm); at a
        // residual tolerance of 1e-7 per l (radialAccuracy 1e-8) the 21 channels lose at most 2.1e-6 of it
        SoapParameters p = SoapParameters.STUDY.withLMax(20).withSigma(0.5).withRadialAccuracy(1e-8);
        RadialBasis rb = RadialBasis.of(p);
        double[] out = new double[rb.total()];
        for (double d : new double[] {0, 0.37, 1.0, 1.5}) {
            rb.evaluate(d, out);
            double s = 0;
            for (int l = 0; l <= 20; l++) {
                for (int n = 0; n < rb.count(l); n++) {
                    double v = out[rb.offset(l) + n];
                    s += (2 * l + 1) / (4 * Math.PI) * v * v;
                }
            }
            assertThat(s).as("d=%g", d).isCloseTo(Math.pow(Math.PI * 0.25, 1.5), rel(1e-6));
        }
    }

    /** An absolute offset (the values compared are O(1) or smaller). */
    static org.assertj.core.data.Offset<Double> rel(double r) {
        return org.assertj.core.data.Offset.offset(r);
    }

    static double[] unit(Random rnd) {
        double x = rnd.nextGaussian();
        double y = rnd.nextGaussian();
        double z = rnd.nextGaussian();
        double n = Math.sqrt(x * x + y * y + z * z);
        return new double[] {x / n, y / n, z / n};
    }

    static double legendre(int l, double t) {
        double p0 = 1;
        if (l == 0) return 1;
        double p1 = t;
        for (int k = 2; k <= l; k++) {
            double p2 = ((2 * k - 1) * t * p1 - (k - 1) * p0) / k;
            p0 = p1;
            p1 = p2;
        }
        return p1;
    }
}
