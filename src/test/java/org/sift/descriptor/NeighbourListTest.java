package org.sift.descriptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sift.model.Cell;

/**
 * The cell-list neighbour list ({@link NeighbourList#build}) against the brute-force search over all
 * pairs and images, and against analytic neighbour counts of simple lattices.
 */
class NeighbourListTest {

    // ---------------------------------------------------------------- comparison with brute force

    @Test
    void cubicCellMatchesBruteForce() {
        Random rnd = new Random(1);
        for (int t = 0; t < 5; t++) {
            Cell cell = Cell.box(10, 10, 10);
            double[] pos = randomInCell(cell, 60 + 20 * t, rnd, 0, 1);
            assertSameAsBruteForce(pos, cell, 3.0);
        }
    }

    @Test
    void orthorhombicAndTriclinicCellsMatchBruteForce() {
        Random rnd = new Random(2);
        for (int t = 0; t < 30; t++) {
            Cell cell = randomLattice(rnd, 4, 14, 30, new boolean[] {true, true, true});
            double[] pos = randomInCell(cell, 10 + rnd.nextInt(90), rnd, 0, 1);
            double rc = 1.5 + 3.5 * rnd.nextDouble();
            assertSameAsBruteForce(pos, cell, rc);
        }
    }

    @Test
    void verySkewedCellsMatchBruteForce() {
        Random rnd = new Random(3);
        // sheared cells: the third vector leans far over the first two (angles well below 30 degrees)
        double[][] lattices = {
            {6, 0, 0, 5.5, 2, 0, 0, 0, 7},
            {5, 0, 0, 0, 5, 0, 9, 9, 3},
            {8, 0, 0, 7.9, 1, 0, 7.8, 0.9, 1.2},
            {3, 0, 0, -2.9, 0.8, 0, 0.5, 0.5, 9},
        };
        for (double[] a : lattices) {
            Cell cell = Cell.periodic(a);
            double[] pos = randomInCell(cell, 40, rnd, 0, 1);
            assertSameAsBruteForce(pos, cell, 3.0);
            assertSameAsBruteForce(pos, cell, 4.5);
        }
    }

    @Test
    void cellSmallerThanCutoffSeesOwnImages() {
        Random rnd = new Random(4);
        Cell cell = Cell.box(2, 2, 2);
        double[] pos = randomInCell(cell, 5, rnd, 0, 1);
        NeighbourList list = NeighbourList.build(pos, cell, 3.0);
        assertSameAsBruteForce(pos, cell, 3.0);
        // images of atom 0 itself at the 6 + 12 face and edge neighbours of the 2 Å lattice (2, 2.83 Å < 3)
        int self = 0;
        for (int p = list.offsets()[0]; p < list.offsets()[1]; p++) {
            if (list.index()[p] == 0) {
                self++;
            }
        }
        assertThat(self).isEqualTo(18);
        // a small triclinic cell and a cutoff of several cell widths
        Cell tri = Cell.periodic(2.2, 0, 0, 1.1, 1.9, 0, 0.7, 0.6, 1.8);
        double[] pos2 = randomInCell(tri, 3, rnd, 0, 1);
        assertSameAsBruteForce(pos2, tri, 5.0);
    }

    @Test
    void partlyPeriodicCellsMatchBruteForce() {
        Random rnd = new Random(5);
        boolean[][] flags = {{true, true, false}, {false, true, false}, {true, false, true}, {false, false, true}};
        for (boolean[] pbc : flags) {
            for (int t = 0; t < 4; t++) {
                Cell cell = randomLattice(rnd, 4, 12, 40, pbc);
                // atoms also beyond the cell along the non-periodic axes (a slab with vacuum, or not)
                double[] pos = randomInCell(cell, 50, rnd, -0.5, 1.5);
                assertSameAsBruteForce(pos, cell, 3.5);
            }
        }
    }

    @Test
    void nonPeriodicConfigurationsMatchBruteForce() {
        Random rnd = new Random(6);
        // a cluster without a cell
        double[] pos = new double[3 * 120];
        for (int q = 0; q < pos.length; q++) {
            pos[q] = 12 * rnd.nextDouble() - 30;
        }
        assertSameAsBruteForce(pos, Cell.none(), 3.0);
        // a lattice that is not periodic along any axis is ignored
        Cell noPbc = new Cell(new double[] {5, 0, 0, 0, 5, 0, 0, 0, 5}, new boolean[3]);
        assertSameAsBruteForce(pos, noPbc, 3.0);
        // sparse: two small clusters very far apart, and a line of atoms
        double[] sparse = new double[3 * 40];
        for (int i = 0; i < 40; i++) {
            double base = i < 20 ? 0 : 1e5;
            for (int k = 0; k < 3; k++) {
                sparse[3 * i + k] = base + 4 * rnd.nextDouble();
            }
        }
        assertSameAsBruteForce(sparse, Cell.none(), 2.5);
        double[] line = new double[3 * 30];
        for (int i = 0; i < 30; i++) {
            line[3 * i] = 1.4 * i;
        }
        NeighbourList l = NeighbourList.build(line, Cell.none(), 3.0);
        assertSameAsBruteForce(line, Cell.none(), 3.0);
        assertThat(l.count(0)).isEqualTo(2);
        assertThat(l.count(15)).isEqualTo(4);
    }

    @Test
    void atomsFarOutsideTheCellGiveTheSameListAsWrappedOnes() {
        Random rnd = new Random(7);
        for (int t = 0; t < 6; t++) {
            Cell cell =
                    t % 2 == 0 ? Cell.box(7, 8, 9) : randomLattice(rnd, 5, 10, 35, new boolean[] {true, true, true});
            double[] inside = randomInCell(cell, 40, rnd, 0, 1);
            double[] near = shiftByLatticeVectors(inside, cell, 2, rnd);
            double[] far = shiftByLatticeVectors(inside, cell, 1000, rnd);
            // exact against brute force on unwrapped positions a few cells out ...
            assertSameAsBruteForce(near, cell, 3.2);
            // ... and, up to rounding, the same vectors as the wrapped configuration, also 1000 cells out
            NeighbourList wrapped = BruteForceNeighbours.build(inside, cell, 3.2);
            assertSameSets(NeighbourList.build(near, cell, 3.2), wrapped, 1e-12);
            assertSameSets(NeighbourList.build(far, cell, 3.2), wrapped, 1e-9);
        }
        // unwrapped along the periodic axes of a slab, far out along the non-periodic one
        Cell slab = new Cell(new double[] {6, 0, 0, 2, 7, 0, 1, 1, 8}, new boolean[] {true, true, false});
        double[] pos = randomInCell(slab, 50, rnd, -3, 4);
        assertSameAsBruteForce(pos, slab, 3.0);
    }

    /** Moves every atom by random whole lattice vectors, up to {@code max} along each axis. */
    private static double[] shiftByLatticeVectors(double[] pos, Cell cell, int max, Random rnd) {
        double[] out = pos.clone();
        double[] a = cell.vectors();
        for (int i = 0; i < out.length / 3; i++) {
            for (int k = 0; k < 3; k++) {
                int s = rnd.nextInt(2 * max + 1) - max;
                out[3 * i] += s * a[3 * k];
                out[3 * i + 1] += s * a[3 * k + 1];
                out[3 * i + 2] += s * a[3 * k + 2];
            }
        }
        return out;
    }

    @Test
    void singleAtomAndEmptyConfiguration() {
        NeighbourList empty = NeighbourList.build(new double[0], Cell.box(5, 5, 5), 3.0);
        assertThat(empty.atoms()).isZero();
        assertThat(empty.index()).isEmpty();
        NeighbourList one = NeighbourList.build(new double[] {1, 2, 3}, Cell.none(), 3.0);
        assertThat(one.atoms()).isEqualTo(1);
        assertThat(one.count(0)).isZero();
        NeighbourList onePeriodic = NeighbourList.build(new double[] {1, 2, 3}, Cell.box(5, 5, 5), 3.0);
        assertThat(onePeriodic.count(0)).isZero();
        NeighbourList oneSmall = NeighbourList.build(new double[] {-7, 2, 30}, Cell.box(2.5, 2.5, 2.5), 3.0);
        assertThat(oneSmall.count(0)).isEqualTo(6);
        assertSameAsBruteForce(new double[] {-7, 2, 30}, Cell.box(2.5, 2.5, 2.5), 3.0);
    }

    @Test
    void coincidentAtomsAreNeighboursAtDistanceZero() {
        double[] pos = {1, 1, 1, 1, 1, 1, 2, 1, 1};
        NeighbourList l = NeighbourList.build(pos, Cell.none(), 1.5);
        assertSameAsBruteForce(pos, Cell.none(), 1.5);
        assertThat(l.count(0)).isEqualTo(2);
        assertThat(l.index()[l.offsets()[0]]).isEqualTo(1);
        assertThat(l.distances()[l.offsets()[0]]).isZero();
    }

    @Test
    void realLiSiConfigurationsMatchBruteForce() throws IOException {
        List<Frame> frames = readLiSi();
        assertThat(frames).hasSizeGreaterThan(50);
        for (int f = 0; f < frames.size(); f += 15) {
            Frame fr = frames.get(f);
            assertSameAsBruteForce(fr.positions, fr.cell, 3.0);
            if (f % 45 == 0) {
                assertSameAsBruteForce(fr.positions, fr.cell, 6.0);
                assertSameAsBruteForce(fr.positions, Cell.none(), 3.0);
                Cell slab = new Cell(fr.cell.vectors(), new boolean[] {true, true, false});
                assertSameAsBruteForce(fr.positions, slab, 3.0);
            }
        }
    }

    @Test
    void largeConfigurationRowsMatchBruteForceRows() {
        Random rnd = new Random(8);
        // 20 000 atoms at the density of silicon (0.05 per Å^3), triclinic cell
        double side = Math.cbrt(20000 / 0.05);
        Cell cell = Cell.periodic(side, 0, 0, 0.3 * side, 0.95 * side, 0, -0.2 * side, 0.25 * side, 0.9 * side);
        double[] pos = randomInCell(cell, 20000, rnd, 0, 1);
        NeighbourList list = NeighbourList.build(pos, cell, 3.0);
        assertThat(list.atoms()).isEqualTo(20000);
        for (int t = 0; t < 20; t++) {
            int i = rnd.nextInt(20000);
            List<double[]> expected = bruteForceRow(pos, cell, 3.0, i);
            List<double[]> actual = new ArrayList<>();
            for (int p = list.offsets()[i]; p < list.offsets()[i + 1]; p++) {
                actual.add(entry(list, p));
            }
            assertThat(sorted(actual))
                    .usingElementComparator(NeighbourListTest::compareEntries)
                    .isEqualTo(sorted(expected));
        }
        // pairs are symmetric: the number of (i, j) entries equals the number of (j, i) entries
        assertThat(list.index().length % 2).isZero();
        // mean coordination close to the ideal-gas value 4/3 pi r_c^3 rho (uniform random positions)
        double mean = (double) list.index().length / 20000;
        assertThat(mean)
                .isCloseTo(
                        4.0 / 3 * Math.PI * 27 * 20000 / Math.abs(cell.volume()),
                        org.assertj.core.data.Offset.offset(0.2));
    }

    @Test
    void rowsAreSortedByIndexThenVector() {
        Random rnd = new Random(9);
        Cell cell = Cell.periodic(3, 0, 0, 1, 3, 0, 0.5, 0.5, 3);
        double[] pos = randomInCell(cell, 12, rnd, -2, 3);
        NeighbourList l = NeighbourList.build(pos, cell, 4.0);
        for (int i = 0; i < l.atoms(); i++) {
            for (int p = l.offsets()[i] + 1; p < l.offsets()[i + 1]; p++) {
                assertThat(compareEntries(entry(l, p - 1), entry(l, p))).isNegative();
            }
        }
        // distances are the lengths of the vectors
        for (int p = 0; p < l.index().length; p++) {
            double[] v = Arrays.copyOfRange(l.vectors(), 3 * p, 3 * p + 3);
            assertThat(l.distances()[p]).isEqualTo(Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]));
        }
    }

    @Test
    void parallelCallsEqualSerialCalls() throws Exception {
        Random rnd = new Random(10);
        List<double[]> inputs = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
            Cell cell = randomLattice(rnd, 8, 14, 40, new boolean[] {true, true, t % 2 == 0});
            cells.add(cell);
            inputs.add(randomInCell(cell, 20 + 30 * t, rnd, 0, 1));
        }
        List<NeighbourList> serial = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
            serial.add(NeighbourList.build(inputs.get(t), cells.get(t), 3.0));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<NeighbourList>> futures = new ArrayList<>();
            for (int rep = 0; rep < 3; rep++) {
                for (int t = 15; t >= 0; t--) {
                    int tt = t;
                    futures.add(pool.submit(() -> NeighbourList.build(inputs.get(tt), cells.get(tt), 3.0)));
                }
            }
            for (int f = 0; f < futures.size(); f++) {
                NeighbourList got = futures.get(f).get();
                NeighbourList want = serial.get(15 - f % 16);
                assertThat(got.offsets()).isEqualTo(want.offsets());
                assertThat(got.index()).isEqualTo(want.index());
                assertThat(got.vectors()).isEqualTo(want.vectors());
                assertThat(got.distances()).isEqualTo(want.distances());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void badInputIsRejected() {
        assertThatThrownBy(() -> NeighbourList.build(new double[4], Cell.none(), 3.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("multiple of 3");
        assertThatThrownBy(() -> NeighbourList.build(new double[3], Cell.none(), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cutoff");
        assertThatThrownBy(() -> NeighbourList.build(new double[] {0, Double.NaN, 0}, Cell.none(), 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("atom 0");
        Cell flat = new Cell(new double[] {5, 0, 0, 0, 5, 0, 0, 0, 0}, new boolean[] {true, true, true});
        assertThatThrownBy(() -> NeighbourList.build(new double[3], flat, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("volume");
    }

    @Test
    void impossibleCellsAreRefusedBeforeAllocatingAndWithoutHanging() {
        Runtime rt = Runtime.getRuntime();
        // 1e-6 Å cubic cell: ~1e20 images within 3 Å; a 0.5 Å cubic cell with 10^5 atoms: 10^5 x 10^5 entries
        double[] many = new double[3 * 100_000];
        List<Runnable> cases = List.of(
                () -> NeighbourList.build(new double[3], Cell.box(1e-6, 1e-6, 1e-6), 3.0),
                () -> NeighbourList.build(new double[3], Cell.box(1e-6, 10, 10), 3.0),
                () -> NeighbourList.build(many, Cell.box(5, 5, 5), 3.0),
                () -> NeighbourList.build(new double[3], Cell.box(1e-4, 1000, 1000), 3.0),
                () -> NeighbourList.build(
                        new double[3],
                        new Cell(new double[] {1e-4, 0, 0, 0, 1e-4, 0, 0, 0, 1}, new boolean[] {true, true, false}),
                        3.0));
        for (Runnable c : cases) {
            long before = rt.totalMemory() - rt.freeMemory();
            long t0 = System.nanoTime();
            assertThatThrownBy(c::run)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageMatching("(?s).*(too thin|not a physical structure).*");
            assertThat(System.nanoTime() - t0).isLessThan(5_000_000_000L);
            assertThat(rt.totalMemory() - rt.freeMemory() - before).isLessThan(256L << 20);
        }
    }

    @Test
    void ownImagesOfOneAtomInAThinCellAreCountedExactlyBelowTheLimit() {
        // one atom in a 0.01 x 100 x 100 Å cell (0.01 atoms/Å³, about 1 neighbour by density): its own
        // images n (0.01, 0, 0), 0 < |n| < 300, are its 598 neighbours within 3 Å
        NeighbourList l = NeighbourList.build(new double[] {0.004, 50, 50}, Cell.box(0.01, 100, 100), 3.0);
        assertThat(l.count(0)).isEqualTo(598);
        // one atom of a 2D lattice 0.25 Å x 0.25 Å: every (n, m) != 0 with (n^2 + m^2) 0.0625 < 1 Å^2
        NeighbourList plane = NeighbourList.build(
                new double[3],
                new Cell(new double[] {0.25, 0, 0, 0, 0.25, 0, 0, 0, 20}, new boolean[] {true, true, false}),
                1.0);
        int expected = 0;
        for (int n = -4; n <= 4; n++) {
            for (int m = -4; m <= 4; m++) {
                expected += (n | m) != 0 && (n * n + m * m) * 0.0625 < 1 ? 1 : 0;
            }
        }
        assertThat(plane.count(0)).isEqualTo(expected);
    }

    // ---------------------------------------------------------------- analytic counts

    /**
     * Simple cubic lattice of spacing a: the shells r^2 = n a^2 hold r_3(n) points (ways of writing n as
     * a sum of three squares): 6, 12, 8, 6, 24, 24, 0, 12, 30, 24 for n = 1..10.
     */
    @ParameterizedTest
    @CsvSource({
        "0.9, 0",
        "1.2, 6",
        "1.5, 18",
        "1.8, 26",
        "2.1, 32",
        "2.3, 56",
        "2.5, 80",
        "2.9, 92",
        "3.05, 122",
        "3.2, 146"
    })
    void simpleCubicLatticeCounts(double rcOverA, int expected) {
        double a = 2.0;
        double rc = rcOverA * a;
        // one atom per cell: every neighbour is an image of the atom itself
        assertThat(NeighbourList.build(new double[] {0.3, -0.2, 0.1}, Cell.box(a, a, a), rc)
                        .count(0))
                .isEqualTo(expected);
        // the same lattice in a very skewed basis (a, 0, 0), (a, a, 0), (a, a, a)
        Cell skew = Cell.periodic(a, 0, 0, a, a, 0, a, a, a);
        assertThat(NeighbourList.build(new double[] {0.3, -0.2, 0.1}, skew, rc).count(0))
                .isEqualTo(expected);
        // a 3 x 3 x 3 supercell: every atom has the same count
        double[] pos = new double[3 * 27];
        int q = 0;
        for (int x = 0; x < 3; x++) {
            for (int y = 0; y < 3; y++) {
                for (int z = 0; z < 3; z++) {
                    pos[q++] = x * a;
                    pos[q++] = y * a;
                    pos[q++] = z * a;
                }
            }
        }
        NeighbourList l = NeighbourList.build(pos, Cell.box(3 * a, 3 * a, 3 * a), rc);
        for (int i = 0; i < 27; i++) {
            assertThat(l.count(i)).isEqualTo(expected);
        }
    }

    /** Diamond silicon, a = 5.431 Å: shells of 4, 12, 12, 6 at a sqrt3/4, a/sqrt2, a sqrt11/4, a. */
    @ParameterizedTest
    @CsvSource({"3.0, 4", "4.0, 16", "4.6, 28", "5.6, 34"})
    void diamondSiliconShells(double rc, int expected) {
        double a = 5.431;
        double[][] fcc = {{0, 0, 0}, {0, 0.5, 0.5}, {0.5, 0, 0.5}, {0.5, 0.5, 0}};
        double[] conv = new double[3 * 8];
        for (int s = 0; s < 4; s++) {
            for (int k = 0; k < 3; k++) {
                conv[3 * s + k] = fcc[s][k] * a;
                conv[3 * (s + 4) + k] = (fcc[s][k] + 0.25) * a;
            }
        }
        NeighbourList l = NeighbourList.build(conv, Cell.box(a, a, a), rc);
        for (int i = 0; i < 8; i++) {
            assertThat(l.count(i)).isEqualTo(expected);
        }
        // primitive rhombohedral cell (60 degrees), 2 atoms
        double h = a / 2;
        Cell prim = Cell.periodic(0, h, h, h, 0, h, h, h, 0);
        NeighbourList lp = NeighbourList.build(new double[] {0, 0, 0, a / 4, a / 4, a / 4}, prim, rc);
        assertThat(lp.count(0)).isEqualTo(expected);
        assertThat(lp.count(1)).isEqualTo(expected);
        if (expected == 4) {
            for (int p = 0; p < 4; p++) {
                assertThat(l.distances()[p])
                        .isCloseTo(a * Math.sqrt(3) / 4, org.assertj.core.data.Offset.offset(1e-12));
            }
        }
    }

    /** fcc, one atom in the primitive cell: 12 at a/sqrt2, 6 at a, 24 at a sqrt(3/2), 12 at a sqrt2. */
    @ParameterizedTest
    @CsvSource({"0.8, 12", "1.1, 18", "1.3, 42", "1.45, 54"})
    void fccShells(double rcOverA, int expected) {
        double a = 3.6;
        double h = a / 2;
        Cell prim = Cell.periodic(0, h, h, h, 0, h, h, h, 0);
        assertThat(NeighbourList.build(new double[] {1, 2, 3}, prim, rcOverA * a)
                        .count(0))
                .isEqualTo(expected);
    }

    // ---------------------------------------------------------------- helpers

    private static void assertSameAsBruteForce(double[] pos, Cell cell, double rc) {
        NeighbourList fast = NeighbourList.build(pos, cell, rc);
        NeighbourList ref = BruteForceNeighbours.build(pos, cell, rc);
        // same vector expression from the same integer images: equal to the last bit
        assertSameSets(fast, ref, 0);
    }

    private static void assertSameSets(NeighbourList actual, NeighbourList expected, double tol) {
        assertThat(actual.atoms()).isEqualTo(expected.atoms());
        assertThat(actual.offsets()[actual.atoms()]).isEqualTo(actual.index().length);
        assertThat(actual.vectors()).hasSize(3 * actual.index().length);
        assertThat(actual.distances()).hasSize(actual.index().length);
        for (int i = 0; i < actual.atoms(); i++) {
            assertThat(actual.count(i)).as("neighbour count of atom %d", i).isEqualTo(expected.count(i));
            List<double[]> a = sorted(row(actual, i));
            List<double[]> e = sorted(row(expected, i));
            // rows of one atom: entries with the same j differ by a lattice vector, far above tol
            for (int p = 0; p < a.size(); p++) {
                double[] x = a.get(p);
                double[] y = e.get(p);
                assertThat((int) x[0]).as("atom %d entry %d index", i, p).isEqualTo((int) y[0]);
                for (int k = 1; k < 5; k++) {
                    if (tol == 0) {
                        assertThat(x[k])
                                .as("atom %d entry %d component %d", i, p, k)
                                .isEqualTo(y[k]);
                    } else {
                        assertThat(Math.abs(x[k] - y[k]))
                                .as("atom %d entry %d component %d", i, p, k)
                                .isLessThanOrEqualTo(tol);
                    }
                }
            }
        }
    }

    private static List<double[]> row(NeighbourList l, int i) {
        List<double[]> r = new ArrayList<>();
        for (int p = l.offsets()[i]; p < l.offsets()[i + 1]; p++) {
            r.add(entry(l, p));
        }
        return r;
    }

    private static double[] entry(NeighbourList l, int p) {
        return new double[] {
            l.index()[p], l.vectors()[3 * p], l.vectors()[3 * p + 1], l.vectors()[3 * p + 2], l.distances()[p]
        };
    }

    /** Sort by index, then by the vector rounded to 1e-6 Å (robust to rounding differences). */
    private static List<double[]> sorted(List<double[]> r) {
        List<double[]> s = new ArrayList<>(r);
        s.sort(NeighbourListTest::compareRounded);
        return s;
    }

    private static int compareRounded(double[] x, double[] y) {
        int c = Double.compare(x[0], y[0]);
        for (int k = 1; k < 4 && c == 0; k++) {
            c = Long.compare(Math.round(x[k] * 1e6), Math.round(y[k] * 1e6));
        }
        return c;
    }

    private static int compareEntries(double[] x, double[] y) {
        int c = Double.compare(x[0], y[0]);
        for (int k = 1; k < 5 && c == 0; k++) {
            c = Double.compare(x[k], y[k]);
        }
        return c;
    }

    /** Brute-force neighbours of atom i alone: all atoms, all images within reach. */
    private static List<double[]> bruteForceRow(double[] pos, Cell cell, double rc, int i) {
        int[] reach = BruteForceNeighbours.imageReach(pos, cell, rc);
        double[] a = cell.vectors();
        List<double[]> out = new ArrayList<>();
        for (int j = 0; j < pos.length / 3; j++) {
            for (int s0 = -reach[0]; s0 <= reach[0]; s0++) {
                for (int s1 = -reach[1]; s1 <= reach[1]; s1++) {
                    for (int s2 = -reach[2]; s2 <= reach[2]; s2++) {
                        if (i == j && s0 == 0 && s1 == 0 && s2 == 0) {
                            continue;
                        }
                        double dx = pos[3 * j] - pos[3 * i] + s0 * a[0] + s1 * a[3] + s2 * a[6];
                        double dy = pos[3 * j + 1] - pos[3 * i + 1] + s0 * a[1] + s1 * a[4] + s2 * a[7];
                        double dz = pos[3 * j + 2] - pos[3 * i + 2] + s0 * a[2] + s1 * a[5] + s2 * a[8];
                        double r2 = dx * dx + dy * dy + dz * dz;
                        if (r2 < rc * rc) {
                            out.add(new double[] {j, dx, dy, dz, Math.sqrt(r2)});
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Random positions with fractional coordinates uniform in [lo, hi) along each axis. */
    private static double[] randomInCell(Cell cell, int n, Random rnd, double lo, double hi) {
        double[] a = cell.vectors();
        double[] pos = new double[3 * n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < 3; k++) {
                double f = lo + (hi - lo) * rnd.nextDouble();
                pos[3 * i] += f * a[3 * k];
                pos[3 * i + 1] += f * a[3 * k + 1];
                pos[3 * i + 2] += f * a[3 * k + 2];
            }
        }
        return pos;
    }

    /**
     * Random lattice: lengths in [lmin, lmax], angles in [minAngle, 180 - minAngle] degrees (rejected
     * until the cell has a real, reasonably large volume), then rotated randomly.
     */
    private static Cell randomLattice(Random rnd, double lmin, double lmax, double minAngle, boolean[] pbc) {
        while (true) {
            double la = lmin + (lmax - lmin) * rnd.nextDouble();
            double lb = lmin + (lmax - lmin) * rnd.nextDouble();
            double lc = lmin + (lmax - lmin) * rnd.nextDouble();
            double span = 180 - 2 * minAngle;
            double al = Math.toRadians(minAngle + span * rnd.nextDouble());
            double be = Math.toRadians(minAngle + span * rnd.nextDouble());
            double ga = Math.toRadians(minAngle + span * rnd.nextDouble());
            double cx = Math.cos(be);
            double cy = (Math.cos(al) - Math.cos(be) * Math.cos(ga)) / Math.sin(ga);
            double cz2 = 1 - cx * cx - cy * cy;
            if (cz2 < 0.05) {
                continue;
            }
            double[] m = {la, 0, 0, lb * Math.cos(ga), lb * Math.sin(ga), 0, lc * cx, lc * cy, lc * Math.sqrt(cz2)};
            double[] r = randomRotation(rnd);
            double[] out = new double[9];
            for (int i = 0; i < 3; i++) {
                for (int k = 0; k < 3; k++) {
                    out[3 * i + k] = m[3 * i] * r[k] + m[3 * i + 1] * r[3 + k] + m[3 * i + 2] * r[6 + k];
                }
            }
            return new Cell(out, pbc.clone());
        }
    }

    private static double[] randomRotation(Random rnd) {
        double q0 = rnd.nextGaussian();
        double q1 = rnd.nextGaussian();
        double q2 = rnd.nextGaussian();
        double q3 = rnd.nextGaussian();
        double n = Math.sqrt(q0 * q0 + q1 * q1 + q2 * q2 + q3 * q3);
        q0 /= n;
        q1 /= n;
        q2 /= n;
        q3 /= n;
        return new double[] {
            1 - 2 * (q2 * q2 + q3 * q3),
            2 * (q1 * q2 - q0 * q3),
            2 * (q1 * q3 + q0 * q2),
            2 * (q1 * q2 + q0 * q3),
            1 - 2 * (q1 * q1 + q3 * q3),
            2 * (q2 * q3 - q0 * q1),
            2 * (q1 * q3 - q0 * q2),
            2 * (q2 * q3 + q0 * q1),
            1 - 2 * (q1 * q1 + q2 * q2)
        };
    }

    private record Frame(double[] positions, Cell cell) {}

    /** Minimal reader for the Li-Si sample: count line, comment with Lattice="..." and pbc, then atom lines. */
    private static List<Frame> readLiSi() throws IOException {
        List<Frame> frames = new ArrayList<>();
        try (InputStream raw = NeighbourListTest.class.getResourceAsStream("/data/lisi-dftb/LixSi64-dftb.extxyz.gz")) {
            assertThat(raw).as("test resource").isNotNull();
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                int n = Integer.parseInt(line.trim());
                String comment = in.readLine();
                int at = comment.indexOf("Lattice=\"") + 9;
                String[] lat =
                        comment.substring(at, comment.indexOf('"', at)).trim().split("\\s+");
                double[] v = new double[9];
                for (int k = 0; k < 9; k++) {
                    v[k] = Double.parseDouble(lat[k]);
                }
                double[] pos = new double[3 * n];
                for (int i = 0; i < n; i++) {
                    String[] f = in.readLine().trim().split("\\s+");
                    for (int k = 0; k < 3; k++) {
                        pos[3 * i + k] = Double.parseDouble(f[1 + k]);
                    }
                }
                frames.add(new Frame(pos, Cell.periodic(v)));
            }
        }
        return frames;
    }
}
