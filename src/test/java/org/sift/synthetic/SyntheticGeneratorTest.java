package org.sift.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sift.model.Configuration;
import org.sift.model.Property;
import org.sift.model.Values;

class SyntheticGeneratorTest {

    private static final String[] GROUPS = {"Li1Si64", "Li1Si3", "Li1Si1", "Li13Si4", "Li54Si1"};

    private static SyntheticGenerator generator;
    private static List<Configuration> data;

    @BeforeAll
    static void generate3000() {
        generator = new SyntheticGenerator(SyntheticOptions.defaults(3000, 42));
        data = generator.generate().configurations();
    }

    // ------------------------------------------------------------------ groups and shares

    /** Counts by the reduced formula of the atoms (not by the generator's own label), in GROUPS order. */
    private static int[] formulaCounts(List<Configuration> configs) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (Configuration c : configs) {
            m.merge(c.composition().reducedFormula(), 1, Integer::sum);
        }
        assertThat(GROUPS).containsAll(m.keySet());
        int[] out = new int[GROUPS.length];
        for (int i = 0; i < GROUPS.length; i++) {
            out[i] = m.getOrDefault(GROUPS[i], 0);
        }
        return out;
    }

    @Test
    void groupCountsAreTheLargestRemainderApportionment() {
        // Shares 9/9/63/9/9 sum to 99 and are normalised. Hand-computed quotas:
        // N=10: 0.909 x4, 6.364 -> floors 0,0,6,0,0; 4 units to the four 0.909 remainders.
        assertThat(formulaCounts(new SyntheticGenerator(SyntheticOptions.defaults(10, 1)).generate().configurations()))
                .containsExactly(1, 1, 6, 1, 1);
        // N=11: quotas exactly 1,1,7,1,1 (11*9/99 = 1).
        assertThat(formulaCounts(new SyntheticGenerator(SyntheticOptions.defaults(11, 1)).generate().configurations()))
                .containsExactly(1, 1, 7, 1, 1);
        // N=99: exactly 9,9,63,9,9.
        assertThat(formulaCounts(new SyntheticGenerator(SyntheticOptions.defaults(99, 1)).generate().configurations()))
                .containsExactly(9, 9, 63, 9, 9);
        // N=3000: quotas 272.73 x4, 1909.09 -> floors sum 2997; 3 units to the first three 0.727s (ties: lowest index).
        assertThat(formulaCounts(data)).containsExactly(273, 273, 1909, 273, 272);
        // The study's own counts as shares reproduce them at N = 6183.
        assertThat(SyntheticGenerator.apportion(6183, SyntheticOptions.STUDY_SHARES))
                .containsExactly(580, 572, 3926, 580, 525);
    }

    @Test
    void generatedGroupsAreExactlyTheFiveLabels() {
        Set<String> groups = new HashSet<>();
        for (Configuration c : data) {
            groups.add(c.formulaGroup());
            assertThat(c.info().get("config_type").asText()).isEqualTo(c.formulaGroup());
        }
        assertThat(groups).containsExactlyInAnyOrder(GROUPS);
        assertThat(generator.generate().groupCounts().keySet()).containsExactly(GROUPS);
    }

    @Test
    void apportionmentSumsToNAndStaysWithinOneOfTheQuota() {
        List<List<Double>> shareSets = List.of(SyntheticOptions.DEFAULT_SHARES, SyntheticOptions.STUDY_SHARES,
                List.of(1.0, 0.0, 2.0, 0.0, 3.0), List.of(1.0, 1.0, 1.0, 1.0, 1.0));
        for (List<Double> shares : shareSets) {
            double sum = shares.stream().mapToDouble(Double::doubleValue).sum();
            for (int n = 0; n <= 700; n += 7) {
                int[] c = SyntheticGenerator.apportion(n, shares);
                assertThat(Arrays.stream(c).sum()).isEqualTo(n);
                for (int i = 0; i < c.length; i++) {
                    double quota = n * shares.get(i) / sum;
                    assertThat(Math.abs(c[i] - quota)).isLessThan(1.0);
                    if (shares.get(i) == 0) {
                        assertThat(c[i]).isZero();
                    }
                }
            }
        }
    }

    @Test
    void smallCountsWork() {
        for (int n = 1; n <= 12; n++) {
            List<Configuration> c = new SyntheticGenerator(SyntheticOptions.defaults(n, 7)).generate().configurations();
            assertThat(c).hasSize(n);
            assertThat(Arrays.stream(formulaCounts(c)).sum()).isEqualTo(n);
        }
    }

    @Test
    void badOptionsAreRefused() {
        assertThatThrownBy(() -> SyntheticOptions.defaults(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SyntheticOptions(10, 1, List.of(300.0), List.of(1.0, 2.0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected 5");
        assertThatThrownBy(() -> new SyntheticOptions(10, 1, List.of(-3.0), SyntheticOptions.DEFAULT_SHARES))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SyntheticOptions(10, 1, List.of(300.0), List.of(0.0, 0.0, 0.0, 0.0, 0.0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ------------------------------------------------------------------ metadata

    @Test
    void configurationsAreUnlabelledAndCarryTheirProvenance() {
        Map<Long, Integer> lastFrame = new TreeMap<>();
        long previousTrajectory = -1;
        for (Configuration c : data) {
            assertThat(c.energy()).isNull();
            assertThat(c.forces()).isNull();
            assertThat(c.stress()).isNull();
            assertThat(c.virial()).isNull();
            assertThat(c.arrays()).isEmpty();
            assertThat(c.info().keySet()).contains("config_type", "segment", "temperature_K", "trajectory", "frame", "generator");
            assertThat(c.info().get("generator").asText()).isEqualTo("sift synthetic " + SyntheticGenerator.VERSION + " seed=42");
            assertThat(c.size()).isBetween(16, 70);
            long t = ((Values.Ints) c.info().get("trajectory").values()).values()[0];
            long f = ((Values.Ints) c.info().get("frame").values()).values()[0];
            // trajectories come as contiguous blocks, frames counting 0, 1, 2, ...
            if (t != previousTrajectory) {
                assertThat(lastFrame).doesNotContainKey(t);
                assertThat(f).isZero();
            } else {
                assertThat(f).isEqualTo(lastFrame.get(t) + 1);
            }
            lastFrame.put(t, (int) f);
            previousTrajectory = t;
            String segment = c.info().get("segment").asText();
            assertThat(segment).matches("md-\\d+K|melt-quench|strain");
            assertThat(c.info().containsKey("strain")).isEqualTo(segment.equals("strain"));
            if (segment.startsWith("md-")) {
                assertThat(segment).isEqualTo("md-" + (long) temperature(c) + "K");
            }
        }
        Set<String> segments = new HashSet<>();
        for (Configuration c : data) {
            segments.add(c.formulaGroup() + " " + c.info().get("segment").asText());
        }
        for (String g : GROUPS) {
            assertThat(segments).contains(g + " md-300K", g + " md-600K", g + " md-900K", g + " md-1200K",
                    g + " melt-quench", g + " strain");
        }
    }

    // ------------------------------------------------------------------ determinism

    @Test
    void sameSeedSameConfigurationsOtherSeedOthers() {
        SyntheticOptions o = SyntheticOptions.defaults(400, 42);
        List<Configuration> a = new SyntheticGenerator(o).generate().configurations();
        List<Configuration> b = new SyntheticGenerator(o).generate().configurations();
        assertThat(a).hasSize(400);
        for (int i = 0; i < a.size(); i++) {
            assertSame(a.get(i), b.get(i));
        }
        List<Configuration> c = new SyntheticGenerator(SyntheticOptions.defaults(400, 43)).generate().configurations();
        int differ = 0;
        for (int i = 0; i < a.size(); i++) {
            assertThat(c.get(i).species()).isEqualTo(a.get(i).species());
            if (!Arrays.equals(c.get(i).positions(), a.get(i).positions())) {
                differ++;
            }
        }
        assertThat(differ).isEqualTo(a.size());
    }

    @Test
    void serialStreamingParallelAndLazyListAgree() {
        SyntheticGenerator g = new SyntheticGenerator(SyntheticOptions.defaults(500, 5).withFramesPerTrajectory(17));
        List<Configuration> parallel = g.generate().configurations();
        List<Configuration> serial = new ArrayList<>();
        g.generate(serial::add);
        List<Configuration> lazy = g.asList();
        assertThat(serial).hasSize(500);
        assertThat(lazy).hasSize(500);
        for (int i = 0; i < 500; i++) {
            assertSame(parallel.get(i), serial.get(i));
        }
        for (int i = 499; i >= 0; i -= 3) { // random access, backwards, regenerates trajectories
            assertSame(lazy.get(i), parallel.get(i));
        }
        int i = 0;
        for (Configuration c : lazy) {
            assertSame(c, parallel.get(i++));
        }
        assertThatThrownBy(() -> lazy.get(500)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    private static void assertSame(Configuration x, Configuration y) {
        assertThat(y.species()).isEqualTo(x.species());
        assertThat(y.positions()).isEqualTo(x.positions());
        assertThat(y.cell()).isEqualTo(x.cell());
        assertThat(y.info()).isEqualTo(x.info());
    }

    // ------------------------------------------------------------------ geometry

    /**
     * Smallest interatomic distance with periodic images, brute force: the fractional difference is
     * wrapped to [0, 1) and all 27 neighbouring images are tried (enough for cells wider than twice
     * the distances of interest; every cell here is wider than 5 Å).
     */
    static double minDistance(Configuration c) {
        double[] h = c.cell().vectors();
        double[] inv = inverse(h);
        int n = c.size();
        double best = Double.POSITIVE_INFINITY;
        double[] p = c.positions();
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double[] d = {p[3 * j] - p[3 * i], p[3 * j + 1] - p[3 * i + 1], p[3 * j + 2] - p[3 * i + 2]};
                double[] f = new double[3];
                for (int k = 0; k < 3; k++) {
                    f[k] = d[0] * inv[k] + d[1] * inv[3 + k] + d[2] * inv[6 + k];
                    f[k] -= Math.floor(f[k]);
                }
                for (int a = -1; a <= 1; a++) {
                    for (int b = -1; b <= 1; b++) {
                        for (int e = -1; e <= 1; e++) {
                            if (i == j && a == 0 && b == 0 && e == 0) {
                                continue; // an atom and itself; its own images are the lattice vectors
                            }
                            double fa = (i == j ? 0 : f[0]) + a;
                            double fb = (i == j ? 0 : f[1]) + b;
                            double fe = (i == j ? 0 : f[2]) + e;
                            double x = fa * h[0] + fb * h[3] + fe * h[6];
                            double y = fa * h[1] + fb * h[4] + fe * h[7];
                            double z = fa * h[2] + fb * h[5] + fe * h[8];
                            best = Math.min(best, Math.sqrt(x * x + y * y + z * z));
                        }
                    }
                }
            }
        }
        return best;
    }

    @Test
    void noTwoAtomsCloserThanMinimumDistanceInAnyConfiguration() {
        double overall = Double.POSITIVE_INFINITY;
        for (Configuration c : data) {
            overall = Math.min(overall, minDistance(c));
        }
        assertThat(overall).isGreaterThanOrEqualTo(1.7);
        // the rule is active: some configurations come near the 1.8 Å limit (melts and 1200 K)
        assertThat(overall).isLessThan(2.1);
    }

    @Test
    void referenceCellsHaveTheDocumentedGeometry() {
        for (LiSiPhase p : LiSiPhase.values()) {
            Configuration r = p.reference();
            assertThat(r.formulaGroup()).isEqualTo(p.formula());
            assertThat(r.size()).isBetween(16, 70);
            assertThat(minDistance(r)).as(p.formula()).isGreaterThanOrEqualTo(2.3);
            double[] h = r.cell().vectors();
            for (int k = 0; k < 9; k++) {
                if (k % 4 == 0) {
                    assertThat(h[k]).as("orthorhombic, wider than 5 Å").isGreaterThan(5.0);
                } else {
                    assertThat(h[k]).isZero();
                }
            }
            assertThat(generator.reference(p).positions()).isEqualTo(r.positions());
        }
        assertThat(LiSiPhase.LI1SI64.reference().composition().formula()).isEqualTo("Li1Si64");
        assertThat(LiSiPhase.LI1SI3.reference().composition().formula()).isEqualTo("Li8Si24");
        assertThat(LiSiPhase.LI1SI1.reference().composition().formula()).isEqualTo("Li32Si32");
        assertThat(LiSiPhase.LI13SI4.reference().composition().formula()).isEqualTo("Li26Si8");
        assertThat(LiSiPhase.LI54SI1.reference().composition().formula()).isEqualTo("Li54Si1");
        // analytic nearest-neighbour distances: diamond bond a sqrt(3)/4; B32 a sqrt(3)/4; bcc a sqrt(3)/2
        assertThat(minDistance(LiSiPhase.LI1SI64.reference())).isCloseTo(5.43 * Math.sqrt(3) / 4, within(1e-9));
        assertThat(minDistance(LiSiPhase.LI1SI3.reference())).isCloseTo(5.60 * Math.sqrt(3) / 4, within(1e-9));
        assertThat(minDistance(LiSiPhase.LI1SI1.reference())).isCloseTo(6.10 * Math.sqrt(3) / 4, within(1e-9));
        assertThat(minDistance(LiSiPhase.LI13SI4.reference())).isCloseTo(3.10 * Math.sqrt(3) / 2, within(1e-9));
        assertThat(nearestUnlike(LiSiPhase.LI54SI1.reference())).isCloseTo(2.55, within(1e-9));
        assertThat(LiSiPhase.LI1SI64.reference().cell().volume()).isCloseTo(Math.pow(10.86, 3), within(1e-6));
    }

    private static double nearestUnlike(Configuration c) {
        double best = Double.POSITIVE_INFINITY;
        double l = c.cell().get(0, 0);
        for (int i = 0; i < c.size(); i++) {
            for (int j = 0; j < c.size(); j++) {
                if (c.species()[i].equals(c.species()[j])) {
                    continue;
                }
                double r2 = 0;
                for (int k = 0; k < 3; k++) {
                    double d = c.position(i, k) - c.position(j, k);
                    d -= l * Math.rint(d / l);
                    r2 += d * d;
                }
                best = Math.min(best, Math.sqrt(r2));
            }
        }
        return best;
    }

    // ------------------------------------------------------------------ strain

    @Test
    void strainedCellsCarryTheStrainAndPositionsFollowTheCell() {
        int frames = 0;
        double sumAbsVolume = 0;
        double sumFractionalRms = 0;
        double sumCartesianRms = 0;
        for (Configuration c : data) {
            if (!segment(c).equals("strain")) {
                continue;
            }
            frames++;
            Configuration ref = reference(c);
            double ratio = c.cell().volume() / ref.cell().volume();
            assertThat(ratio).isBetween(0.84, 1.16);
            sumAbsVolume += Math.abs(ratio - 1);
            // the cell is the reference cell times (I + strain)
            double[] eps = ((Values.Reals) c.info().get("strain").values()).values();
            double[] f = eps.clone();
            for (int k = 0; k < 9; k++) {
                assertThat(Math.abs(eps[k])).isLessThanOrEqualTo(0.05);
                assertThat(eps[k]).isEqualTo(eps[3 * (k % 3) + k / 3]);
            }
            f[0] += 1;
            f[4] += 1;
            f[8] += 1;
            double[] expected = multiply(ref.cell().vectors(), f);
            for (int k = 0; k < 9; k++) {
                assertThat(c.cell().vectors()[k]).isCloseTo(expected[k], within(1e-12));
            }
            // fractional coordinates equal the reference's up to the 300 K vibration
            double[] fracC = fractional(c.positions(), inverse(c.cell().vectors()));
            double[] fracR = fractional(ref.positions(), inverse(ref.cell().vectors()));
            double[] h0 = ref.cell().vectors();
            double fr = 0;
            double cr = 0;
            for (int i = 0; i < c.size(); i++) {
                double[] df = new double[3];
                double[] dc = new double[3];
                for (int k = 0; k < 3; k++) {
                    df[k] = fracC[3 * i + k] - fracR[3 * i + k];
                    df[k] -= Math.rint(df[k]);
                    dc[k] = c.positions()[3 * i + k] - ref.positions()[3 * i + k];
                }
                double[] d = cartesian(df, h0);
                double dd = d[0] * d[0] + d[1] * d[1] + d[2] * d[2];
                assertThat(Math.sqrt(dd)).isLessThan(0.7);
                fr += dd;
                // the same atoms compared in Cartesian space (positions not following the cell)
                double[] dcf = fractional(dc, inverse(h0));
                for (int k = 0; k < 3; k++) {
                    dcf[k] -= Math.rint(dcf[k]);
                }
                double[] e = cartesian(dcf, h0);
                cr += e[0] * e[0] + e[1] * e[1] + e[2] * e[2];
            }
            sumFractionalRms += Math.sqrt(fr / c.size());
            sumCartesianRms += Math.sqrt(cr / c.size());
        }
        assertThat(frames).isGreaterThan(500);
        assertThat(sumAbsVolume / frames).as("mean |V/V0 - 1|").isGreaterThan(0.02);
        double fracRms = sumFractionalRms / frames;
        double cartRms = sumCartesianRms / frames;
        // 300 K amplitudes: 0.125 Å (Li), 0.08 Å (Si)
        assertThat(fracRms).isBetween(0.05, 0.15);
        assertThat(cartRms).as("strain moves the atoms in Cartesian space").isGreaterThan(2 * fracRms);
    }

    // ------------------------------------------------------------------ MD correlations and temperature

    /** Configurations grouped by trajectory id, in order. */
    private static Map<Long, List<Configuration>> trajectories(String segmentPrefix) {
        Map<Long, List<Configuration>> m = new LinkedHashMap<>();
        for (Configuration c : data) {
            if (segment(c).startsWith(segmentPrefix)) {
                long t = ((Values.Ints) c.info().get("trajectory").values()).values()[0];
                m.computeIfAbsent(t, k -> new ArrayList<>()).add(c);
            }
        }
        return m;
    }

    @Test
    void consecutiveMdFramesAreCloserThanDistantOnes() {
        double near = 0;
        double far = 0;
        int pairs = 0;
        int lag = 15;
        for (List<Configuration> t : trajectories("md-").values()) {
            for (int k = 0; k + lag < t.size(); k++) {
                near += rms(t.get(k), t.get(k + 1));
                far += rms(t.get(k), t.get(k + lag));
                pairs++;
            }
        }
        assertThat(pairs).isGreaterThan(500);
        // OU with phi = 0.9: ratio sqrt(1 - 0.9) / sqrt(1 - 0.9^15) = 0.36
        assertThat(near / far).isBetween(0.25, 0.5);
    }

    @Test
    void higherTemperatureGivesLargerDisplacementFromTheSites() {
        for (LiSiPhase p : LiSiPhase.values()) {
            Map<Double, double[]> byT = new TreeMap<>();
            for (Configuration c : data) {
                if (c.formulaGroup().equals(p.formula()) && segment(c).startsWith("md-")) {
                    double[] s = byT.computeIfAbsent(temperature(c), k -> new double[2]);
                    s[0] += rms(c, p.reference());
                    s[1]++;
                }
            }
            assertThat(byT.keySet()).containsExactly(300.0, 600.0, 900.0, 1200.0);
            double previous = 0;
            for (Map.Entry<Double, double[]> e : byT.entrySet()) {
                double mean = e.getValue()[0] / e.getValue()[1];
                assertThat(mean).as(p + " at " + e.getKey() + " K").isGreaterThan(previous * 1.1).isBetween(0.05, 0.27);
                previous = mean;
            }
        }
    }

    @Test
    void meltQuenchEndsInDifferentDisorderedArrangements() {
        Map<String, List<double[]>> endsByGroup = new TreeMap<>();
        double meltStep = 0;
        double quenchEndStep = 0;
        int count = 0;
        for (List<Configuration> t : trajectories("melt-quench").values()) {
            if (t.size() < 20) {
                continue;
            }
            Configuration last = t.get(t.size() - 1);
            Configuration ref = reference(last);
            assertThat(rms(last, ref)).as("far from the crystal sites").isGreaterThan(0.8);
            assertThat(temperature(last)).isEqualTo(SyntheticGenerator.COLD_TEMPERATURE_K);
            assertThat(temperature(t.get(0))).isEqualTo(SyntheticGenerator.MELT_TEMPERATURE_K);
            meltStep += rms(t.get(0), t.get(1));
            quenchEndStep += rms(t.get(t.size() - 2), last);
            endsByGroup.computeIfAbsent(last.formulaGroup(), k -> new ArrayList<>()).add(last.positions());
            count++;
        }
        assertThat(count).isGreaterThan(10);
        assertThat(quenchEndStep / count).as("quench settles").isLessThan(0.5 * meltStep / count);
        for (Map.Entry<String, List<double[]>> e : endsByGroup.entrySet()) {
            List<double[]> ends = e.getValue();
            for (int i = 1; i < ends.size(); i++) {
                assertThat(ends.get(i)).isNotEqualTo(ends.get(0));
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    private static String segment(Configuration c) {
        return c.info().get("segment").asText();
    }

    private static double temperature(Configuration c) {
        Property p = c.info().get("temperature_K");
        return ((Values.Reals) p.values()).values()[0];
    }

    private static Configuration reference(Configuration c) {
        for (LiSiPhase p : LiSiPhase.values()) {
            if (p.formula().equals(c.formulaGroup())) {
                return p.reference();
            }
        }
        throw new AssertionError(c.formulaGroup());
    }

    /** RMS over atoms of the minimum-image displacement between two frames of the same cell (first frame's cell). */
    private static double rms(Configuration a, Configuration b) {
        double[] h = a.cell().vectors();
        double[] inv = inverse(h);
        double s = 0;
        for (int i = 0; i < a.size(); i++) {
            double[] d = new double[3];
            for (int k = 0; k < 3; k++) {
                d[k] = a.positions()[3 * i + k] - b.positions()[3 * i + k];
            }
            double[] f = fractional(d, inv);
            for (int k = 0; k < 3; k++) {
                f[k] -= Math.rint(f[k]);
            }
            double[] e = cartesian(f, h);
            s += e[0] * e[0] + e[1] * e[1] + e[2] * e[2];
        }
        return Math.sqrt(s / a.size());
    }

    private static double[] fractional(double[] pos, double[] inv) {
        double[] f = new double[pos.length];
        for (int i = 0; i < pos.length; i += 3) {
            for (int k = 0; k < 3; k++) {
                f[i + k] = pos[i] * inv[k] + pos[i + 1] * inv[3 + k] + pos[i + 2] * inv[6 + k];
            }
        }
        return f;
    }

    private static double[] cartesian(double[] f, double[] h) {
        double[] r = new double[3];
        for (int k = 0; k < 3; k++) {
            r[k] = f[0] * h[k] + f[1] * h[3 + k] + f[2] * h[6 + k];
        }
        return r;
    }

    private static double[] multiply(double[] a, double[] b) {
        double[] c = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 3; k++) {
                    c[3 * i + j] += a[3 * i + k] * b[3 * k + j];
                }
            }
        }
        return c;
    }

    /** 3x3 inverse by cofactors (independent of the generator's helper). */
    private static double[] inverse(double[] m) {
        double[] c = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                int i1 = (i + 1) % 3;
                int i2 = (i + 2) % 3;
                int j1 = (j + 1) % 3;
                int j2 = (j + 2) % 3;
                c[3 * j + i] = m[3 * i1 + j1] * m[3 * i2 + j2] - m[3 * i1 + j2] * m[3 * i2 + j1];
            }
        }
        double det = m[0] * c[0] + m[1] * c[3] + m[2] * c[6];
        for (int k = 0; k < 9; k++) {
            c[k] /= det;
        }
        return c;
    }
}
