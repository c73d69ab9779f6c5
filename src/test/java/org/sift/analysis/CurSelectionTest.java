package org.sift.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sift.concurrent.ProgressMonitor;

/**
 * CUR against a direct numpy implementation of scikit-matter's sample CUR (full SVD of the residual
 * at every step, Debian's python3-numpy run by /usr/bin/python3; fails without numpy when CI is set,
 * skipped otherwise), and analytic properties: copies never picked twice, rotation invariance.
 */
class CurSelectionTest {

    private static final String PYTHON = "/usr/bin/python3";
    private static final String GREEDY = String.join(
            "\n",
            "import numpy as np, sys",
            "X = np.loadtxt(sys.argv[1], ndmin=2); n = int(sys.argv[2]); k = int(sys.argv[3])",
            "R = X.copy(); sel = []",
            "for s in range(n):",
            "    U, S, Vt = np.linalg.svd(R, full_matrices=False)",
            "    pi = (U[:, :k] ** 2).sum(axis=1)",
            "    pi[sel] = 0",
            "    c = int(np.argmax(pi)); sel.append(c)",
            "    v = R[c] / np.linalg.norm(R[c])",
            "    R = R - np.outer(R @ v, v)",
            "open(sys.argv[4], 'w').write(' '.join(map(str, sel)))",
            "");
    private static final String TOP = String.join(
            "\n",
            "import numpy as np, sys",
            "X = np.loadtxt(sys.argv[1], ndmin=2); n = int(sys.argv[2]); k = int(sys.argv[3])",
            "U, S, Vt = np.linalg.svd(X, full_matrices=False)",
            "pi = (U[:, :k] ** 2).sum(axis=1)",
            "sel = np.argsort(-pi, kind='stable')[:n]",
            "open(sys.argv[4], 'w').write(' '.join(map(str, sel)))",
            "");

    @TempDir
    static Path tmp;

    @BeforeAll
    static void requireNumpy() throws Exception {
        boolean ok;
        try {
            Process p = new ProcessBuilder(PYTHON, "-c", "import numpy")
                    .redirectErrorStream(true)
                    .redirectOutput(tmp.resolve("probe.log").toFile())
                    .start();
            ok = p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            ok = false;
        }
        if (!ok) {
            String msg = "numpy is not importable by " + PYTHON + " (install the Debian package python3-numpy)";
            if (System.getenv("CI") != null) fail(msg);
            Assumptions.assumeTrue(false, msg);
        }
    }

    private static int[] numpy(String script, double[][] x, int n, int k, String name) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (double[] row : x) {
            for (double v : row) sb.append(String.format(Locale.ROOT, "%.17g ", v));
            sb.append('\n');
        }
        Path in = tmp.resolve(name + ".txt");
        Path out = tmp.resolve(name + ".out");
        Path log = tmp.resolve(name + ".log");
        Files.writeString(in, sb.toString());
        Process p = new ProcessBuilder(PYTHON, "-c", script, in.toString(), "" + n, "" + k, out.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0)
                .as(Files.readString(log))
                .isTrue();
        String[] t = Files.readString(out).trim().split(" ");
        int[] r = new int[t.length];
        for (int a = 0; a < t.length; a++) r[a] = Integer.parseInt(t[a]);
        return r;
    }

    private static double[][] random(int n, int d, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] x = new double[n][d];
        for (double[] row : x) for (int a = 0; a < d; a++) row[a] = r.nextGaussian() * (1 + a % 3);
        return x;
    }

    private static int[] cur(double[][] x, int n, int k, CurSelection.Mode mode) {
        return CurSelection.select(x, n, new CurSelection.Options(k, mode), ProgressMonitor.NONE)
                .order();
    }

    @Test
    void greedyEqualsNumpyScikitMatterCur() throws Exception {
        for (int k : new int[] {1, 2, 3}) {
            // more rows than features, and more features than rows
            double[][] tall = random(40, 7, 11 + k);
            int nt = 7 - k + 1; // while the residual still has k directions
            assertThat(cur(tall, nt, k, CurSelection.Mode.GREEDY))
                    .as("tall, k = %d", k)
                    .containsExactly(numpy(GREEDY, tall, nt, k, "tall" + k));
            double[][] wide = random(12, 30, 21 + k);
            int nw = 12 - k; // one step more and the k rows left all have leverage 1: a tie
            assertThat(cur(wide, nw, k, CurSelection.Mode.GREEDY))
                    .as("wide, k = %d", k)
                    .containsExactly(numpy(GREEDY, wide, nw, k, "wide" + k));
        }
    }

    @Test
    void subspaceIterationPicksAsTheFullDecomposition() {
        double[][] x = random(300, 60, 31);
        for (int k : new int[] {1, 3}) {
            CurSelection.Options o = new CurSelection.Options(k, CurSelection.Mode.GREEDY);
            int[] direct = CurSelection.select(x, 50, o, Integer.MAX_VALUE, ProgressMonitor.NONE)
                    .order();
            int[] iterative =
                    CurSelection.select(x, 50, o, 0, ProgressMonitor.NONE).order();
            assertThat(iterative).as("k = %d", k).containsExactly(direct);
        }
    }

    @Test
    void topLeverageEqualsNumpy() throws Exception {
        double[][] x = random(50, 9, 5);
        for (int k : new int[] {1, 4}) {
            assertThat(cur(x, 20, k, CurSelection.Mode.TOP_LEVERAGE)).containsExactly(numpy(TOP, x, 20, k, "top" + k));
        }
    }

    @Test
    void copiesAreNeverBothPickedWhileOtherDirectionsRemain() {
        double[][] base = random(6, 10, 3);
        double[][] x = new double[18][];
        for (int i = 0; i < 6; i++) {
            x[i] = base[i];
            x[i + 6] = base[i].clone();
            x[i + 12] = base[i].clone();
            for (int a = 0; a < 10; a++) x[i + 12][a] *= -2.5; // a multiple spans the same direction
        }
        int[] order = cur(x, 6, 1, CurSelection.Mode.GREEDY);
        Set<Integer> originals = new HashSet<>();
        for (int c : order) originals.add(c % 6);
        assertThat(originals).hasSize(6);
        // then the rank is exhausted and the rest are still distinct configurations
        int[] all = cur(x, 18, 1, CurSelection.Mode.GREEDY);
        assertThat(new HashSet<>(java.util.Arrays.stream(all).boxed().toList())).hasSize(18);
        // plain top leverage ranks exact copies side by side (equal leverage, lower index first)
        int[] top = cur(x, 18, 1, CurSelection.Mode.TOP_LEVERAGE);
        int[] pos = new int[18];
        for (int a = 0; a < 18; a++) pos[top[a]] = a;
        for (int i = 0; i < 6; i++)
            assertThat(pos[i + 6]).as("copy of row %d", i).isEqualTo(pos[i] + 1);
    }

    @Test
    void orthogonalRowsOfLargeNormComeFirst() {
        // three orthogonal directions of large norm among small rows in their span
        double[][] x = new double[12][];
        SplittableRandom r = new SplittableRandom(8);
        for (int i = 0; i < 12; i++) {
            x[i] = new double[] {0.1 * r.nextDouble(), 0.1 * r.nextDouble(), 0.1 * r.nextDouble()};
        }
        x[4] = new double[] {10, 0, 0};
        x[7] = new double[] {0, 9, 0};
        x[10] = new double[] {0, 0, 8};
        assertThat(cur(x, 3, 1, CurSelection.Mode.GREEDY)).containsExactly(4, 7, 10);
    }

    @Test
    void invariantUnderRotationAndDeterministic() {
        double[][] x = random(30, 5, 17);
        // a rotation: Q from Gram-Schmidt of a random matrix
        double[][] q = random(5, 5, 99);
        for (int a = 0; a < 5; a++) {
            for (int b = 0; b < a; b++) {
                double p = 0;
                for (int c = 0; c < 5; c++) p += q[a][c] * q[b][c];
                for (int c = 0; c < 5; c++) q[a][c] -= p * q[b][c];
            }
            double nn = 0;
            for (int c = 0; c < 5; c++) nn += q[a][c] * q[a][c];
            for (int c = 0; c < 5; c++) q[a][c] /= Math.sqrt(nn);
        }
        double[][] xr = new double[30][5];
        for (int i = 0; i < 30; i++)
            for (int a = 0; a < 5; a++) for (int c = 0; c < 5; c++) xr[i][a] += x[i][c] * q[a][c];
        int[] o = cur(x, 5, 2, CurSelection.Mode.GREEDY);
        assertThat(cur(xr, 5, 2, CurSelection.Mode.GREEDY)).containsExactly(o);
        assertThat(cur(x, 5, 2, CurSelection.Mode.GREEDY)).containsExactly(o);
        assertThat(cur(x, 0, 1, CurSelection.Mode.GREEDY)).isEmpty();
        assertThat(cur(x, 100, 1, CurSelection.Mode.GREEDY)).hasSize(30);
    }
}
