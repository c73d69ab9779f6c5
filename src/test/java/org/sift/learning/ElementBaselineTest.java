package org.sift.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reference energies against numpy.linalg.lstsq (Debian's python3-numpy, run by /usr/bin/python3).
 * Without numpy the test fails when CI is set and is skipped otherwise.
 */
class ElementBaselineTest {

    private static final String PYTHON = "/usr/bin/python3";

    @TempDir
    static Path tmp;

    @BeforeAll
    static void requireNumpy() throws Exception {
        boolean ok;
        String why;
        Path log = tmp.resolve("probe.log");
        try {
            Process p = new ProcessBuilder(PYTHON, "-c", "import numpy").redirectErrorStream(true).redirectOutput(log.toFile()).start();
            ok = p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
            why = ok ? "" : Files.readString(log);
        } catch (IOException e) {
            ok = false;
            why = e.toString();
        }
        if (!ok) {
            String msg = "numpy is not importable by " + PYTHON + " (install the Debian package python3-numpy): " + why.strip();
            if (System.getenv("CI") != null) fail(msg);
            Assumptions.assumeTrue(false, msg);
        }
    }

    /** numpy.linalg.lstsq(C, E, rcond=None)[0], read back with full precision. */
    private static double[] numpyLstsq(double[][] c, double[] e, String name) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < c.length; i++) {
            for (double v : c[i]) sb.append(String.format(Locale.ROOT, "%.17g ", v));
            sb.append(String.format(Locale.ROOT, "%.17g%n", e[i]));
        }
        Path in = tmp.resolve(name + ".txt");
        Path out = tmp.resolve(name + ".out");
        Files.writeString(in, sb.toString());
        String script = "import numpy as np, sys\n"
                + "a = np.loadtxt(sys.argv[1], ndmin=2)\n"
                + "x = np.linalg.lstsq(a[:, :-1], a[:, -1], rcond=None)[0]\n"
                + "open(sys.argv[2], 'w').write(' '.join(repr(float(v)) for v in x))\n";
        Process p = new ProcessBuilder(PYTHON, "-c", script, in.toString(), out.toString()).redirectErrorStream(true)
                .redirectOutput(tmp.resolve(name + ".log").toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0).as(Files.readString(tmp.resolve(name + ".log"))).isTrue();
        String[] t = Files.readString(out).trim().split(" ");
        double[] x = new double[t.length];
        for (int k = 0; k < t.length; k++) x[k] = Double.parseDouble(t[k]);
        return x;
    }

    private static void assertClose(double[] a, double[] b, double tol) {
        assertThat(a).hasSameSizeAs(b);
        for (int k = 0; k < a.length; k++) assertThat(a[k]).as("component %d", k).isCloseTo(b[k], within(tol));
    }

    @Test
    void fullRankFitEqualsNumpy() throws Exception {
        SplittableRandom r = new SplittableRandom(3);
        int m = 40;
        double[][] c = new double[m][3];
        double[] e = new double[m];
        for (int i = 0; i < m; i++) {
            for (int k = 0; k < 3; k++) c[i][k] = r.nextInt(0, 60);
            e[i] = -1.9 * c[i][0] - 5.4 * c[i][1] - 3.1 * c[i][2] + r.nextGaussian() * 0.3;
        }
        double[] mu = ElementBaseline.fit(c, e).mu();
        assertClose(mu, numpyLstsq(c, e, "full"), 1e-9);
    }

    @Test
    void rankDeficientFitIsTheMinimumNormSolutionOfNumpy() throws Exception {
        // one composition only (Li1Si3 cells of 16 and 32 atoms): only mu_Li + 3 mu_Si is determined
        SplittableRandom r = new SplittableRandom(5);
        int m = 12;
        double[][] c = new double[m][];
        double[] e = new double[m];
        for (int i = 0; i < m; i++) {
            int cells = i % 2 == 0 ? 4 : 8;
            c[i] = new double[] {cells, 3 * cells};
            e[i] = cells * (-1.9 - 3 * 5.4) + r.nextGaussian() * 0.05;
        }
        double[] mu = ElementBaseline.fit(c, e).mu();
        assertClose(mu, numpyLstsq(c, e, "deficient"), 1e-9);
        // an element absent from the training set gets 0, as in numpy
        double[][] c3 = new double[m][];
        for (int i = 0; i < m; i++) c3[i] = new double[] {c[i][0], c[i][1], 0};
        double[] mu3 = ElementBaseline.fit(c3, e).mu();
        assertThat(mu3[2]).isEqualTo(0.0);
        assertClose(mu3, numpyLstsq(c3, e, "absent"), 1e-9);
    }

    @Test
    void refusesMismatchedInput() {
        assertThatThrownBy(() -> ElementBaseline.fit(new double[2][1], new double[3])).hasMessageContaining("2 count rows but 3 energies");
        assertThatThrownBy(() -> ElementBaseline.fit(new double[][] {{1}}, new double[] {Double.NaN})).hasMessageContaining("not finite");
        assertThatThrownBy(() -> ElementBaseline.fit(new double[0][], new double[0])).hasMessageContaining("no configurations");
    }
}
