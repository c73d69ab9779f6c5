package org.sift.io.qe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sift.concurrent.ProgressMonitor;
import org.sift.io.FormatException;
import org.sift.io.FormatRegistry;
import org.sift.io.ReadLog;
import org.sift.io.ReadOptions;
import org.sift.model.Configuration;

/**
 * pw.x output against dpdata's expected values for its test files ({@code tests/qe.scf}) and against
 * the numbers printed in two Quantum ESPRESSO test-suite benchmarks (relax and vc-relax), read here
 * line by line from the files themselves.
 */
class EspressoOutputFormatTest {

    /** CODATA 2014 (ASE's default): 1 Ry in eV and 1 bohr in Å. */
    private static final double RY = 13.605693009;

    private static final double BOHR = 0.52917721067;

    private static final String VC_RELAX = "qe__test-suite__pw_vc-relax__vc-relax4.pwo";
    private static final String RELAX = "qe__test-suite__pw_relax__relax.pwo";

    private final EspressoOutputFormat format = new EspressoOutputFormat();

    @TempDir
    Path dir;

    static Path data(String name) {
        try {
            return Path.of(
                    EspressoOutputFormatTest.class.getResource("/data/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Configuration> read(String name) throws IOException {
        return format.read(data("formats/" + name), ReadOptions.defaults(), ProgressMonitor.NONE);
    }

    /** Rows of numbers of a dpdata reference file (one row per line). */
    private static double[] table(String name) throws IOException {
        List<Double> v = new ArrayList<>();
        for (String l : Files.readAllLines(data("reference/dpdata__qe.scf/" + name))) {
            for (String t : l.strip().split("\\s+")) {
                if (!t.isEmpty()) {
                    v.add(Double.parseDouble(t));
                }
            }
        }
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double[] virial(Configuration c) {
        return c.virialOrDerived();
    }

    @Test
    void singlePointsMatchDpdata() throws IOException {
        // dpdata tests/test_qe_pw_scf.py: CH4 (01.out) and 64 H2O (02.out)
        Configuration ch4 = read("dpdata__qe.scf__01.out").get(0);
        assertThat(read("dpdata__qe.scf__01.out")).hasSize(1);
        assertThat(ch4.species()).containsExactly("H", "H", "H", "H", "C");
        assertThat(ch4.cell().vectors()).containsExactly(new double[] {10, 0, 0, 0, 10, 0, 0, 0, 10}, within(1e-5));
        assertThat(ch4.positions()).containsExactly(table("ch4_coord"), within(2e-6));
        assertThat(ch4.forces()).containsExactly(table("ch4_force"), within(1e-6));
        // dpdata computes the virial from the kbar columns (2 decimals: +-0.005 kbar, times V = 1000 Å^3 is
        // +-3.1e-3 eV); Sift from the Ry/bohr^3 columns (+-0.0007 kbar)
        assertThat(virial(ch4)).containsExactly(table("ch4_virial"), within(3.2e-3));
        assertThat(ch4.energy() / -219.74425946528794).isCloseTo(1.0, within(1e-7));

        Configuration h2o = read("dpdata__qe.scf__02.out").get(0);
        assertThat(h2o.size()).isEqualTo(192);
        assertThat(h2o.species()[0]).isEqualTo("O");
        assertThat(h2o.species()[64]).isEqualTo("H");
        assertThat(h2o.cell().vectors()).containsExactly(table("h2o_cell"), within(1e-5));
        assertThat(h2o.positions()).containsExactly(table("h2o_coord"), within(1e-5));
        assertThat(h2o.forces()).containsExactly(table("h2o_force"), within(1e-6));
        assertThat(virial(h2o)).containsExactly(table("h2o_virial"), within(6e-3)); // V = 1827 Å^3
        assertThat(h2o.energy() / -30007.651851226798).isCloseTo(1.0, within(1e-7));
    }

    @Test
    void aTriclinicCellAsDpdataReadsIt() throws IOException {
        // dpdata tests/test_qe_pw_scf.py TestNa (dpdata reads the cell and crystal positions of na.in)
        Configuration na = read("dpdata__qe.scf__na.out").get(0);
        double[] cell = {
            7.171683039200000,
            0,
            0,
            -4.270578118300000,
            5.761527588200000,
            0,
            -0.000000045600000,
            0.000000023000000,
            12.826457854999999
        };
        double[] frac = {
            0.940587444301534,
            0.397635863676890,
            0.059472381901808,
            0.059413515648061,
            0.602364552456546,
            0.559472465518034,
            0.602364619812068,
            0.059413062489401,
            0.059472381901808
        };
        // the output prints the axes to 6 decimals of alat (7.17 Å): +-3.6e-6 Å
        assertThat(na.cell().vectors()).containsExactly(cell, within(4e-6));
        double[] expected = new double[9];
        for (int a = 0; a < 3; a++) {
            for (int k = 0; k < 3; k++) {
                for (int j = 0; j < 3; j++) {
                    expected[3 * a + k] += frac[3 * a + j] * cell[3 * j + k];
                }
            }
        }
        // and the positions to 7 decimals of alat
        assertThat(na.positions()).containsExactly(expected, within(5e-6));
        assertThat(na.species()).containsExactly("Na", "Na", "Na");
        assertThat(na.forces()).containsExactly(new double[9], within(1e-12));
    }

    /** The 1-based numbers of the lines of a file that start (after blanks) with a prefix. */
    private static List<Integer> linesStarting(List<String> lines, String prefix) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith(prefix)) {
                at.add(i + 1);
            }
        }
        return at;
    }

    private static double[] numbers(String line, int from, int count) {
        String[] t = line.strip().split("\\s+");
        double[] d = new double[count];
        for (int i = 0; i < count; i++) {
            d[i] = Double.parseDouble(t[from + i]);
        }
        return d;
    }

    @Test
    void everyStepOfAVariableCellRelaxation() throws IOException {
        List<String> text = Files.readAllLines(data("formats/" + VC_RELAX), StandardCharsets.ISO_8859_1);
        List<Integer> energies = linesStarting(text, "!");
        List<Configuration> f = read(VC_RELAX);
        assertThat(f).hasSize(energies.size()).hasSize(11); // 10 BFGS SCF cycles and the final SCF
        for (int k = 0; k < f.size(); k++) {
            String l = text.get(energies.get(k) - 1);
            double e =
                    Double.parseDouble(l.substring(l.indexOf('=') + 1).strip().split("\\s+")[0]);
            assertThat(f.get(k).energy()).as("energy " + k).isCloseTo(e * RY, within(1e-9));
        }
        // step 1: header cell a(1..3) (lines 66-68) in units of celldm(1) = 7.010336 bohr
        double alat = 7.010336 * BOHR;
        assertThat(f.get(0).cell().vectors())
                .containsExactly(
                        new double[] {
                            0.580130 * alat,
                            0,
                            0.814524 * alat,
                            -0.290065 * alat,
                            0.502407 * alat,
                            0.814524 * alat,
                            -0.290065 * alat,
                            -0.502407 * alat,
                            0.814524 * alat
                        },
                        within(1e-12));
        // lines 95-96: tau in alat units
        assertThat(f.get(0).positions())
                .containsExactly(
                        new double[] {0.0000001 * alat, 0, 0.7086605 * alat, -0.0000001 * alat, 0, -0.7086605 * alat},
                        within(1e-12));
        // lines 243-244 forces (Ry/au), 252-254 stress (Ry/bohr^3, positive under compression)
        assertThat(f.get(0).forces())
                .containsExactly(
                        new double[] {0, 0, -0.12672139 * RY / BOHR, 0, 0, 0.12672139 * RY / BOHR}, within(1e-12));
        double s = RY / (BOHR * BOHR * BOHR);
        assertThat(f.get(0).stress())
                .containsExactly(
                        new double[] {-0.00172497 * s, 0, 0, 0, -0.00172497 * s, 0, 0, 0, -0.00098667 * s},
                        within(1e-12));
        // step 2: CELL_PARAMETERS (alat=  7.01033620) and ATOMIC_POSITIONS (crystal) of lines 274-281
        int cp = linesStarting(text, "CELL_PARAMETERS").get(0);
        assertThat(cp).isEqualTo(274);
        double a2 = 7.01033620 * BOHR;
        double[] cell = new double[9];
        for (int i = 0; i < 3; i++) {
            double[] row = numbers(text.get(cp + i), 0, 3);
            for (int k = 0; k < 3; k++) {
                cell[3 * i + k] = row[k] * a2;
            }
        }
        assertThat(f.get(1).cell().vectors()).containsExactly(cell, within(1e-12));
        double[] x = numbers(text.get(279), 1, 3); // line 280: "As 0.2826124888 0.2826124839 0.2826124839"
        for (int k = 0; k < 3; k++) {
            double p = x[0] * cell[k] + x[1] * cell[3 + k] + x[2] * cell[6 + k];
            assertThat(f.get(1).positions()[k]).isCloseTo(p, within(1e-12));
        }
        // the final SCF is at the "Begin final coordinates" structure, not the rounded header after it
        int fin = linesStarting(text, "Begin final coordinates").get(0);
        int fcp = linesStarting(text, "CELL_PARAMETERS").stream()
                .filter(i -> i > fin)
                .findFirst()
                .orElseThrow();
        for (int i = 0; i < 3; i++) {
            double[] row = numbers(text.get(fcp + i), 0, 3);
            for (int k = 0; k < 3; k++) {
                assertThat(f.get(10).cell().vectors()[3 * i + k]).isCloseTo(row[k] * a2, within(1e-12));
            }
        }
        // and its stress is the last one printed
        int st = linesStarting(text, "total   stress").get(10);
        double[] row0 = numbers(text.get(st), 0, 3);
        assertThat(f.get(10).stress()[0]).isCloseTo(-row0[0] * s, within(1e-12));
        assertThat(f.get(10).cell().pbc()).containsExactly(true, true, true);
    }

    @Test
    void aFixedCellRelaxationInBohr() throws IOException {
        List<String> text = Files.readAllLines(data("formats/" + RELAX), StandardCharsets.ISO_8859_1);
        List<Configuration> f = read(RELAX);
        assertThat(f).hasSize(linesStarting(text, "!").size()).hasSize(5);
        assertThat(f.get(0).species()).containsExactly("C", "O");
        // line 97: C tau = (0.1880000 0 0) of alat 12 bohr
        assertThat(f.get(0).positions()[0]).isCloseTo(0.188 * 12 * BOHR, within(1e-12));
        // lines 268-269: ATOMIC_POSITIONS (bohr) after step 1 are the positions of step 2
        int ap = linesStarting(text, "ATOMIC_POSITIONS (bohr)").get(0);
        assertThat(ap).isEqualTo(267);
        assertThat(f.get(1).positions()[0]).isCloseTo(numbers(text.get(ap), 1, 1)[0] * BOHR, within(1e-12));
        assertThat(f.get(1).cell().vectors()[0]).isCloseTo(12 * BOHR, within(1e-12));
        assertThat(f.get(0).forces()[0]).isCloseTo(-0.21576369 * RY / BOHR, within(1e-12));
        assertThat(f.get(0).stress()).isNull();
    }

    @Test
    void detectionAndErrors() throws IOException {
        FormatRegistry registry = FormatRegistry.standard();
        assertThat(registry.detect(data("formats/" + RELAX)).id()).isEqualTo("espresso-out");
        assertThat(registry.detect(data("formats/dpdata__qe.scf__01.out")).id()).isEqualTo("espresso-out");
        List<String> text = Files.readAllLines(data("formats/" + RELAX), StandardCharsets.ISO_8859_1);
        // cut inside the forces of step 1 (line 251 is the force on atom 1)
        Path cut = dir.resolve("cut.pwo");
        Files.write(cut, text.subList(0, 251), StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> format.read(cut, ReadOptions.defaults(), ProgressMonitor.NONE))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining(cut + ":252")
                .hasMessageContaining("force on atom 2");
        // an unconverged SCF: its step is not read, and a warning says so
        List<String> unconv = new ArrayList<>(text);
        int bang = linesStarting(text, "!").get(1) - 1;
        unconv.set(bang, unconv.get(bang).replace("!", " "));
        unconv.add(bang + 1, "     convergence NOT achieved after 100 iterations: stopping");
        Path u = dir.resolve("u.pwo");
        Files.write(u, unconv, StandardCharsets.ISO_8859_1);
        ReadLog.Collector log = new ReadLog.Collector();
        List<Configuration> f =
                format.read(u, new ReadOptions(List.of(), null, null, null, null, log), ProgressMonitor.NONE);
        assertThat(f).hasSize(4);
        assertThat(f.get(1).energy()).isCloseTo(read(RELAX).get(2).energy(), within(0.0));
        assertThat(log.warnings().toString()).contains("1 SCF cycles did not converge");
    }
}
