package org.sift.io.vasp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sift.concurrent.ProgressMonitor;
import org.sift.concurrent.SimpleProgressMonitor;
import org.sift.io.FormatException;
import org.sift.io.FormatRegistry;
import org.sift.io.ReadOptions;
import org.sift.model.Configuration;
import org.sift.model.Values;

class OutcarVasprunTest {

    /** 1 kB in eV/Å^3, computed here from 1 kB = 1e8 Pa and e = 1.6021766208e-19 C (CODATA 2014, as ASE). */
    private static final double KB = 1e8 * 1e-30 / 1.6021766208e-19;

    private final OutcarFormat outcar = new OutcarFormat();
    private final VasprunFormat vasprun = new VasprunFormat();

    @TempDir
    Path dir;

    private List<Configuration> readOutcar(Path p) throws IOException {
        return outcar.read(p, ReadOptions.defaults(), ProgressMonitor.NONE);
    }

    private List<Configuration> readVasprun(Path p) throws IOException {
        return vasprun.read(p, ReadOptions.defaults(), ProgressMonitor.NONE);
    }

    private static double free(Configuration c) {
        return ((Values.Reals) c.info().get("free_energy").values()).values()[0];
    }

    /** Every "POSITION ... TOTAL-FORCE" block of the file, parsed here by splitting lines: [step][6N]. */
    private static List<double[]> positionForceBlocks(String name, int n) throws IOException {
        List<String> l = VaspTestFiles.lines(name);
        List<double[]> blocks = new ArrayList<>();
        for (int i = 0; i < l.size(); i++) {
            if (l.get(i).contains("TOTAL-FORCE")) {
                double[] b = new double[6 * n];
                for (int a = 0; a < n; a++) {
                    String[] t = l.get(i + 2 + a).trim().split("\\s+");
                    for (int k = 0; k < 6; k++) {
                        b[6 * a + k] = Double.parseDouble(t[k]);
                    }
                }
                blocks.add(b);
            }
        }
        return blocks;
    }

    @Test
    void tiOOutcarMatchesTheFile() throws IOException {
        List<Configuration> f = readOutcar(VaspTestFiles.data(VaspTestFiles.OUTCAR_TIO));
        assertThat((long) f.size()).isEqualTo(VaspTestFiles.count(VaspTestFiles.OUTCAR_TIO, "TOTAL-FORCE")).isEqualTo(1);
        Configuration c = f.get(0);
        // "ions per type = 3 2 3" and POTCAR: lines Ti, O, Ti (printed twice)
        assertThat(c.species()).containsExactly("Ti", "Ti", "Ti", "O", "O", "Ti", "Ti", "Ti");
        // first row of the POSITION/TOTAL-FORCE block
        assertThat(c.positions()).startsWith(new double[] {0.24853, 0.52100, 1.15280}, within(0.0));
        assertThat(c.forces()).startsWith(new double[] {1.344461, -0.201954, 0.000044}, within(0.0));
        // final block: "free  energy   TOTEN  = -57.48343729" and "energy(sigma->0) = -57.47495449"
        assertThat(c.energy()).isEqualTo(-57.47495449);
        assertThat(free(c)).isEqualTo(-57.48343729);
        // direct lattice vectors before the POSITION block
        assertThat(c.cell().vectors()).containsExactly(new double[] {5.871982203, 0, 0, 0, 5.082805747, 0, 0, 0, 4.64769}, within(0.0));
        // "in kB -199.00014 -181.85530 -374.19175 -0.00312 0.00325 -0.00151" = XX YY ZZ XY YZ ZX, sign flipped
        double[] s = c.stress();
        assertThat(s[0]).isCloseTo(199.00014 * KB, within(1e-12));
        assertThat(s[4]).isCloseTo(181.85530 * KB, within(1e-12));
        assertThat(s[8]).isCloseTo(374.19175 * KB, within(1e-12));
        assertThat(s[1]).isCloseTo(0.00312 * KB, within(1e-15));
        assertThat(s[3]).isCloseTo(0.00312 * KB, within(1e-15));
        assertThat(s[5]).isCloseTo(-0.00325 * KB, within(1e-15));
        assertThat(s[2]).isCloseTo(0.00151 * KB, within(1e-15));
        assertThat(c.cell().pbc()).containsExactly(true, true, true);
    }

    @Test
    void h2oOutcarHasEveryIonicStep() throws IOException {
        Path p = VaspTestFiles.data(VaspTestFiles.OUTCAR_H2O);
        SimpleProgressMonitor m = new SimpleProgressMonitor();
        List<Configuration> f = outcar.read(p, ReadOptions.defaults(), m);
        long steps = VaspTestFiles.count(VaspTestFiles.OUTCAR_H2O, "TOTAL-FORCE");
        assertThat(steps).isEqualTo(3);
        assertThat(f).hasSize((int) steps);
        List<double[]> blocks = positionForceBlocks(VaspTestFiles.OUTCAR_H2O, 6);
        for (int s = 0; s < steps; s++) {
            Configuration c = f.get(s);
            assertThat(c.species()).containsExactly("O", "O", "H", "H", "H", "H");
            for (int a = 0; a < 6; a++) {
                for (int k = 0; k < 3; k++) {
                    assertThat(c.position(a, k)).isEqualTo(blocks.get(s)[6 * a + k]);
                    assertThat(c.forces()[3 * a + k]).isEqualTo(blocks.get(s)[6 * a + 3 + k]);
                }
            }
        }
        // step 1: TOTEN -28.38622624 (line after the first "FREE ENERGIE"), ISMEAR=0 so sigma->0 equal
        assertThat(free(f.get(0))).isEqualTo(-28.38622624);
        assertThat(f.get(0).energy()).isEqualTo(-28.38622624);
        // step 1 cell row 2: "-0.011409000 10.000000000 0.000000000"
        assertThat(f.get(0).cell().get(1, 0)).isEqualTo(-0.011409);
        // step 3 "in kB 0.37702 0.62269 0.35853 0.23179 -0.02476 0.15980": ZX -> [0][2], YZ -> [1][2]
        assertThat(f.get(2).stress()[2]).isCloseTo(-0.15980 * KB, within(1e-15));
        assertThat(f.get(2).stress()[7]).isCloseTo(0.02476 * KB, within(1e-15));
        assertThat(m.snapshot().fraction()).isEqualTo(1.0);
    }

    @Test
    void tiOVasprunMatchesTheFile() throws IOException {
        List<Configuration> f = readVasprun(VaspTestFiles.data(VaspTestFiles.VASPRUN_TIO));
        assertThat((long) f.size()).isEqualTo(VaspTestFiles.count(VaspTestFiles.VASPRUN_TIO, "<calculation>"));
        Configuration c = f.get(0);
        assertThat(c.species()).containsExactly("Ti", "Ti", "Ti", "O", "O", "Ti", "Ti", "Ti");
        // positions are fractional: first <v> 0.04232415 0.10250303 0.24803642 times the diagonal basis
        assertThat(c.position(0, 0)).isCloseTo(0.04232415 * 5.87198220, within(1e-14));
        assertThat(c.position(0, 2)).isCloseTo(0.24803642 * 4.64769000, within(1e-14));
        assertThat(c.forces()).startsWith(new double[] {1.34446109, -0.20195361, 0.00004360}, within(0.0));
        // stress row 1 "-199.00013635 -0.00312264 -0.00150999", kept as printed
        assertThat(c.stress()[0]).isCloseTo(199.00013635 * KB, within(1e-12));
        assertThat(c.stress()[1]).isCloseTo(0.00312264 * KB, within(1e-15));
        assertThat(c.stress()[3]).isCloseTo(0.00312261 * KB, within(1e-15));
        // calculation/energy: e_fr_energy -57.48343729; last scstep e_0 - e_fr = -57.47495449 + 57.48343729
        assertThat(free(c)).isEqualTo(-57.48343729);
        assertThat(c.energy()).isCloseTo(-57.47495449, within(1e-10));
    }

    /** The OUTCAR and vasprun.xml of one run describe the same ionic steps. */
    @Test
    void outcarAndVasprunOfOneRunAgree() throws IOException {
        String[][] pairs = {{VaspTestFiles.OUTCAR_TIO, VaspTestFiles.VASPRUN_TIO}, {VaspTestFiles.OUTCAR_H2O, VaspTestFiles.VASPRUN_H2O}};
        for (String[] pair : pairs) {
            List<Configuration> o = readOutcar(VaspTestFiles.data(pair[0]));
            List<Configuration> v = readVasprun(VaspTestFiles.data(pair[1]));
            assertThat(v).as(pair[1]).hasSameSizeAs(o);
            for (int s = 0; s < o.size(); s++) {
                Configuration a = o.get(s);
                Configuration b = v.get(s);
                assertThat(b.species()).containsExactly(a.species());
                // OUTCAR prints 9 decimals of the cell, vasprun 8; positions 5 decimals vs 8 fractional
                assertThat(b.cell().vectors()).containsExactly(a.cell().vectors(), within(1e-8));
                assertThat(b.positions()).containsExactly(a.positions(), within(1e-5));
                assertThat(b.forces()).containsExactly(a.forces(), within(1e-6));
                assertThat(b.energy()).isCloseTo(a.energy(), within(1e-8));
                assertThat(free(b)).isCloseTo(free(a), within(1e-8));
                // OUTCAR rounds kB to 5 decimals (5e-6); vasprun's 3x3 is asymmetric by up to 7e-6 kB
                assertThat(b.stress()).containsExactly(a.stress(), within(2e-5 * KB));
            }
        }
    }

    @Test
    void registryDetectsVaspFilesByContent() throws IOException {
        FormatRegistry reg = FormatRegistry.standard();
        assertThat(reg.detect(VaspTestFiles.data(VaspTestFiles.OUTCAR_H2O)).id()).isEqualTo("outcar");
        assertThat(reg.detect(VaspTestFiles.data(VaspTestFiles.OUTCAR_TIO)).id()).isEqualTo("outcar");
        assertThat(reg.detect(VaspTestFiles.data(VaspTestFiles.VASPRUN_H2O)).id()).isEqualTo("vasprun");
        assertThat(reg.detect(VaspTestFiles.data(VaspTestFiles.POSCAR_SIC)).id()).isEqualTo("poscar");
        Path v = Files.copy(VaspTestFiles.data(VaspTestFiles.VASPRUN_TIO), dir.resolve("vasprun.xml"));
        assertThat(reg.byName(v).orElseThrow().id()).isEqualTo("vasprun");
        Path o = Files.copy(VaspTestFiles.data(VaspTestFiles.OUTCAR_TIO), dir.resolve("OUTCAR"));
        assertThat(reg.byName(o).orElseThrow().id()).isEqualTo("outcar");
        assertThat(reg.read(o).size()).isEqualTo(1);
        assertThat(outcar.sniff(null, Files.readAllBytes(VaspTestFiles.data(VaspTestFiles.POSCAR_SIC)))).isFalse();
        assertThat(vasprun.sniff(null, org.sift.io.TextInput.head(VaspTestFiles.data(VaspTestFiles.OUTCAR_H2O), 4096))).isFalse();
    }

    @Test
    void outcarStoppedDuringScfKeepsCompleteSteps() throws IOException {
        // cut in the SCF cycle of step 2, well before its POSITION block
        int secondPosition = VaspTestFiles.lineOf(VaspTestFiles.OUTCAR_H2O, "TOTAL-FORCE", 1);
        Path p = VaspTestFiles.head(VaspTestFiles.OUTCAR_H2O, secondPosition - 100, dir, "OUTCAR");
        assertThat(readOutcar(p)).hasSize(1);
    }

    private static final ReadOptions STRICT = new ReadOptions(List.of(), null, null, null, ReadOptions.Partial.ERROR, null);

    @Test
    void truncatedOutcarFrameIsAnErrorWhenAsked() throws IOException {
        int secondPosition = VaspTestFiles.lineOf(VaspTestFiles.OUTCAR_H2O, "TOTAL-FORCE", 1);
        // header line, dashed line, then 3 of 6 atom rows
        Path p = VaspTestFiles.head(VaspTestFiles.OUTCAR_H2O, secondPosition + 4, dir, "OUTCAR");
        assertThatThrownBy(() -> outcar.read(p, STRICT, ProgressMonitor.NONE)).isInstanceOf(FormatException.class)
                .hasMessageContaining(p + ":" + (secondPosition + 5) + ":")
                .hasMessageContaining("ionic step 2").hasMessageContaining("3 of 6");
        // complete block but no energies
        Path q = VaspTestFiles.head(VaspTestFiles.OUTCAR_H2O, secondPosition + 10, dir, "OUTCAR2");
        assertThatThrownBy(() -> outcar.read(q, STRICT, ProgressMonitor.NONE)).isInstanceOf(FormatException.class)
                .hasMessageContaining("ionic step 2").hasMessageContaining("line " + secondPosition);
        assertThat(readOutcar(q)).hasSize(1); // by default: the complete step, and a warning
    }

    @Test
    void malformedOutcars() throws IOException {
        List<String> l = VaspTestFiles.lines(VaspTestFiles.OUTCAR_TIO);
        int pos = VaspTestFiles.lineOf(VaspTestFiles.OUTCAR_TIO, "TOTAL-FORCE", 0);
        List<String> bad = new ArrayList<>(l);
        bad.set(pos + 1, bad.get(pos + 1).replace("0.52100", "0.5x100")); // atom 1 row, line pos + 2
        Path p = dir.resolve("OUTCAR");
        Files.write(p, bad, StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> readOutcar(p)).isInstanceOf(FormatException.class)
                .hasMessageContaining(p + ":" + (pos + 2) + ":").hasMessageContaining("'0.5x100'");

        List<String> unknown = new ArrayList<>();
        for (String s : l) {
            unknown.add(s.replace("PAW_PBE O 08Apr2002", "PAW_PBE Xq 08Apr2002"));
        }
        Files.write(p, unknown, StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> readOutcar(p)).isInstanceOf(FormatException.class)
                .hasMessageContaining("'Xq'").hasMessageContaining(":42:");

        Path e = dir.resolve("empty");
        Files.writeString(e, "");
        assertThatThrownBy(() -> readOutcar(e)).isInstanceOf(FormatException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> readVasprun(e)).isInstanceOf(FormatException.class).hasMessageContaining("empty");
    }

    @Test
    void vasprunStoppedEarlyOrBroken() throws IOException {
        String name = VaspTestFiles.VASPRUN_H2O;
        int secondCalc = VaspTestFiles.lineOf(name, "<calculation>", 1);
        // stopped during the SCF steps of calculation 2: calculation 1 is kept
        Path p = VaspTestFiles.head(name, secondCalc + 20, dir, "vasprun.xml");
        assertThat(readVasprun(p)).hasSize(1);
        // cut inside the forces of calculation 2: an error naming it when asked
        int forces2 = VaspTestFiles.lineOf(name, "name=\"forces\"", 1);
        Path q = VaspTestFiles.head(name, forces2 + 3, dir, "vasprun2.xml");
        assertThat(readVasprun(q)).hasSize(1);
        assertThatThrownBy(() -> vasprun.read(q, STRICT, ProgressMonitor.NONE)).isInstanceOf(FormatException.class)
                .hasMessageContaining("calculation 2").hasMessageContaining("truncated");
        // a non-numeric force component names the line
        List<String> l = new ArrayList<>(VaspTestFiles.lines(name));
        int forces1 = VaspTestFiles.lineOf(name, "name=\"forces\"", 0);
        l.set(forces1, "   <v>      -0.14198623      -0.573x2915       0.35651545 </v>");
        Path r = dir.resolve("vasprun3.xml");
        Files.write(r, l, StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> readVasprun(r)).isInstanceOf(FormatException.class)
                .hasMessageContaining(r + ":" + (forces1 + 1) + ":").hasMessageContaining("'-0.573x2915'");
        // a force row short of one atom
        l = new ArrayList<>(VaspTestFiles.lines(name));
        l.remove(forces1 + 1);
        Files.write(r, l, StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> readVasprun(r)).isInstanceOf(FormatException.class)
                .hasMessageContaining("calculation 1").hasMessageContaining("expected 6 force vectors, found 5");
        Path x = dir.resolve("other.xml");
        Files.writeString(x, "<?xml version=\"1.0\"?>\n<svg><g/></svg>\n");
        assertThatThrownBy(() -> readVasprun(x)).isInstanceOf(FormatException.class).hasMessageContaining("<modeling>");
    }
}
