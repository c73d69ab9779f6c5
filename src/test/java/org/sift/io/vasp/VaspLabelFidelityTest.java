package org.sift.io.vasp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sift.concurrent.ProgressMonitor;
import org.sift.io.FormatException;
import org.sift.io.ReadLog;
import org.sift.io.ReadOptions;
import org.sift.model.Configuration;
import org.sift.model.Property;
import org.sift.model.Values;

/**
 * Which VASP frames are DFT labels: machine-learned steps, unconverged SCF, NWRITE = 0, the energy
 * chosen, and files cut inside a step. Expected values are read from the files by hand (line
 * numbers below) or are what dpdata 0.2 and ASE 3.22.1 (Debian python3-ase) read from them.
 */
class VaspLabelFidelityTest {

    static final String OUTCAR_ML = "dpdata__poscars__OUTCAR.ch4.ml";
    static final String OUTCAR_UNCONVERGED = "dpdata__poscars__OUTCAR.ch4.unconverged";
    static final String OUTCAR_NWRITE0 = "dpdata__poscars__Ti-aimd-nwrite0__OUTCAR";
    static final String VASPRUN_CONV = "dpdata__poscars__vasprun.h2o.md.conv.xml";
    static final String VASPRUN_NWRITE0 = "dpdata__poscars__Ti-aimd-nwrite0__vasprun.xml";

    private final OutcarFormat outcar = new OutcarFormat();
    private final VasprunFormat vasprun = new VasprunFormat();

    @TempDir
    Path dir;

    private static ReadOptions options(ReadLog log, ReadOptions.VaspEnergy e, Set<ReadOptions.Keep> keep, ReadOptions.Partial p) {
        return new ReadOptions(List.of(), null, e, keep, p, log);
    }

    private static double info(Configuration c, String key) {
        return ((Values.Reals) c.info().get(key).values()).values()[0];
    }

    private static boolean flag(Configuration c, String key) {
        Property p = c.info().get(key);
        return ((Values.Bools) p.values()).values()[0];
    }

    /** The "energy(sigma->0) =" values after each non-ML "FREE ENERGIE" line of a file, parsed here. */
    private static List<Double> dftSigma0(String name) throws IOException {
        List<String> l = VaspTestFiles.lines(name);
        List<Double> e = new ArrayList<>();
        for (int i = 0; i < l.size(); i++) {
            if (l.get(i).contains("FREE ENERGIE OF THE ION-ELECTRON SYSTEM") && !l.get(i).contains("ML")) {
                String s = l.get(i + 4);
                e.add(Double.parseDouble(s.substring(s.indexOf("energy(sigma->0) =") + 18).trim()));
            }
        }
        return e;
    }

    @Test
    void machineLearnedStepsAreDroppedByDefaultAndFlaggedOnRequest() throws IOException {
        Path p = VaspTestFiles.data(OUTCAR_ML);
        ReadLog.Collector log = new ReadLog.Collector();
        List<Configuration> dft = outcar.read(p, options(log, null, null, null), ProgressMonitor.NONE);
        // 14 "FREE ENERGIE" blocks, 10 of them "ML FREE ENERGIE": dpdata (ml=False) reads the other 4
        assertThat(VaspTestFiles.count(OUTCAR_ML, "FREE ENERGIE OF THE ION-ELECTRON SYSTEM")).isEqualTo(14);
        assertThat(VaspTestFiles.count(OUTCAR_ML, "ML FREE ENERGIE")).isEqualTo(10);
        assertThat(dft).hasSize(4);
        assertThat(dft.stream().map(Configuration::energy).toList()).isEqualTo(dftSigma0(OUTCAR_ML));
        // line 1590: the first DFT step, "free  energy   TOTEN  = -24.12709802"; its forces are not zero
        assertThat(info(dft.get(0), "free_energy")).isEqualTo(-24.12709802);
        assertThat(dft.get(0).forces()[0]).isEqualTo(-0.020999);
        assertThat(dft.get(0).info()).doesNotContainKey("vasp_ml");
        assertThat(log.warnings()).hasSize(1);
        assertThat(log.warnings().get(0).text()).contains("dropped 10 of 14 ionic steps").contains("machine-learned")
                .contains("--vasp-ml include");

        ReadLog.Collector log2 = new ReadLog.Collector();
        List<Configuration> all = outcar.read(p, options(log2, null, EnumSet.of(ReadOptions.Keep.VASP_ML_STEPS), null),
                ProgressMonitor.NONE);
        assertThat(all).hasSize(14);
        assertThat(all.stream().filter(c -> flag(c, "vasp_ml")).count()).isEqualTo(10);
        // the first ML step (line 569): energy 0.0 and zero forces, kept only because asked, and flagged
        assertThat(flag(all.get(0), "vasp_ml")).isTrue();
        assertThat(all.get(0).energy()).isEqualTo(0.0);
        assertThat(all.stream().filter(c -> !flag(c, "vasp_ml")).map(Configuration::energy).toList())
                .isEqualTo(dftSigma0(OUTCAR_ML));
        assertThat(log2.warnings()).singleElement().satisfies(m -> assertThat(m.text()).contains("kept 10 machine-learned"));
    }

    @Test
    void unconvergedOutcarStepsAreDroppedWithACountedWarning() throws IOException {
        Path p = VaspTestFiles.data(OUTCAR_UNCONVERGED);
        ReadLog.Collector log = new ReadLog.Collector();
        // NELM = 15 (line 211); steps 1 and 2 reach Iteration n(15), step 3 stops at 12
        List<Configuration> c = outcar.read(p, options(log, null, null, null), ProgressMonitor.NONE);
        assertThat(c).hasSize(1);
        // ASE reads all 3 steps; its third energy (sigma->0) is -23.95107730 (line 3065)
        assertThat(c.get(0).energy()).isEqualTo(-23.9510773);
        assertThat(log.warnings()).singleElement().satisfies(m -> assertThat(m.text())
                .contains("dropped 2 of 3 ionic steps (ionic step 1, 2)").contains("NELM = 15").contains("--keep-unconverged"));
        // dpdata's energy of the one frame it keeps is TOTEN: -23.94708651 (line 3063)
        List<Configuration> free = outcar.read(p, options(null, ReadOptions.VaspEnergy.FREE, null, null), ProgressMonitor.NONE);
        assertThat(free.get(0).energy()).isEqualTo(-23.94708651);
        assertThat(info(free.get(0), "energy_sigma0")).isEqualTo(-23.9510773);
        assertThat(free.get(0).info()).doesNotContainKey("free_energy");
        // kept on request, flagged; energies equal ASE's three (-23.97682807, -23.98994591, -23.9510773)
        List<Configuration> all = outcar.read(p, options(null, null, EnumSet.of(ReadOptions.Keep.UNCONVERGED_STEPS), null),
                ProgressMonitor.NONE);
        assertThat(all.stream().map(Configuration::energy).toList()).containsExactly(-23.97682807, -23.98994591, -23.9510773);
        assertThat(all.stream().map(x -> flag(x, "scf_converged")).toList()).containsExactly(false, false, true);
    }

    @Test
    void unconvergedVasprunCalculationsAreDropped() throws IOException {
        ReadLog.Collector log = new ReadLog.Collector();
        // NELM = 21 in <parameters>; calculation 1 has 21 <scstep>, 2 and 3 fewer (dpdata: 2 frames)
        List<Configuration> c = vasprun.read(VaspTestFiles.data(VASPRUN_CONV), options(log, null, null, null), ProgressMonitor.NONE);
        // ASE reads 3 calculations: -28.38622624, -28.43874406, -28.46658469
        assertThat(c.stream().map(Configuration::energy).toList()).containsExactly(-28.43874406, -28.46658469);
        assertThat(log.warnings()).singleElement().satisfies(m -> assertThat(m.text())
                .contains("dropped 1 of 3 calculations (calculation 1)").contains("21 SCF steps reached NELM = 21"));
        // dpdata compares the two kept frames with frames 2 and 3 of vasprun.h2o.md.xml
        List<Configuration> ref = vasprun.read(VaspTestFiles.data(VaspTestFiles.VASPRUN_H2O), ReadOptions.defaults(), ProgressMonitor.NONE);
        assertThat(c.get(0).positions()).isEqualTo(ref.get(1).positions());
        assertThat(c.get(1).forces()).isEqualTo(ref.get(2).forces());
        List<Configuration> all = vasprun.read(VaspTestFiles.data(VASPRUN_CONV),
                options(null, null, EnumSet.of(ReadOptions.Keep.UNCONVERGED_STEPS), null), ProgressMonitor.NONE);
        assertThat(all).hasSize(3);
        assertThat(flag(all.get(0), "scf_converged")).isFalse();
    }

    @Test
    void vaspEnergyChoosesSigma0OrTheFreeEnergy() throws IOException {
        Path p = VaspTestFiles.data(VASPRUN_NWRITE0);
        List<Configuration> sigma0 = vasprun.read(p, ReadOptions.defaults(), ProgressMonitor.NONE);
        List<Configuration> free = vasprun.read(p, options(null, ReadOptions.VaspEnergy.FREE, null, null), ProgressMonitor.NONE);
        // dpdata reads 10 frames; ASE's get_potential_energy() and (force_consistent=True) of frames 1 and 10
        assertThat(sigma0).hasSize(10).hasSameSizeAs(free);
        assertThat(sigma0.get(0).energy()).isCloseTo(-253.13334953, org.assertj.core.api.Assertions.within(1e-8));
        assertThat(sigma0.get(9).energy()).isCloseTo(-252.37927641, org.assertj.core.api.Assertions.within(1e-8));
        assertThat(free.get(0).energy()).isEqualTo(-253.15557734);
        assertThat(free.get(9).energy()).isEqualTo(-252.38626263);
        for (int i = 0; i < 10; i++) {
            double d = sigma0.get(i).energy() - free.get(i).energy();
            assertThat(d).isBetween(0.006, 0.023); // 7 to 22 meV per cell
            assertThat(info(free.get(i), "energy_sigma0")).isEqualTo(sigma0.get(i).energy());
            assertThat(info(sigma0.get(i), "free_energy")).isEqualTo(free.get(i).energy());
        }
    }

    @Test
    void nwrite0OutcarKeepsTheStepsWithForces() throws IOException {
        ReadLog.Collector log = new ReadLog.Collector();
        Path p = VaspTestFiles.data(OUTCAR_NWRITE0);
        List<Configuration> c = outcar.read(p, options(log, null, null, null), ProgressMonitor.NONE);
        long tables = VaspTestFiles.count(OUTCAR_NWRITE0, "TOTAL-FORCE");
        long steps = VaspTestFiles.count(OUTCAR_NWRITE0, "FREE ENERGIE OF THE ION-ELECTRON SYSTEM");
        // dpdata reads 2 frames from this file
        assertThat(c).hasSize((int) tables).hasSize(2);
        List<Configuration> xml = vasprun.read(VaspTestFiles.data(VASPRUN_NWRITE0), ReadOptions.defaults(), ProgressMonitor.NONE);
        // the OUTCAR prints 6 decimals, vasprun.xml 8
        assertThat(c.get(0).forces()).containsExactly(xml.get(0).forces(), org.assertj.core.api.Assertions.within(5.1e-7));
        assertThat(log.warnings()).singleElement().satisfies(m -> assertThat(m.text())
                .contains("dropped " + (steps - tables) + " of " + steps).contains("NWRITE = 0"));
    }

    @Test
    void outcarCutInsideTheScfOfStep2Warns() throws IOException {
        int secondPosition = VaspTestFiles.lineOf(VaspTestFiles.OUTCAR_H2O, "TOTAL-FORCE", 1);
        Path p = VaspTestFiles.head(VaspTestFiles.OUTCAR_H2O, secondPosition - 100, dir, "OUTCAR");
        ReadLog.Collector log = new ReadLog.Collector();
        assertThat(outcar.read(p, options(log, null, null, null), ProgressMonitor.NONE)).hasSize(1);
        assertThat(log.warnings()).singleElement().satisfies(m -> assertThat(m.text())
                .contains("ionic step 2 is truncated").contains("during its SCF").contains("not read"));
        assertThatThrownBy(() -> outcar.read(p, options(null, null, null, ReadOptions.Partial.ERROR), ProgressMonitor.NONE))
                .isInstanceOf(FormatException.class).hasMessageContaining(p + ":").hasMessageContaining("ionic step 2");
        // cut inside the POSITION table of step 2 (3 of 6 atoms): the same, naming the rows read
        Path q = VaspTestFiles.head(VaspTestFiles.OUTCAR_H2O, secondPosition + 4, dir, "OUTCAR2");
        ReadLog.Collector log2 = new ReadLog.Collector();
        assertThat(outcar.read(q, options(log2, null, null, null), ProgressMonitor.NONE)).hasSize(1);
        assertThat(log2.warnings().get(0).text()).contains("3 of 6 atoms");
    }

    @Test
    void vasprunCutInsideCalculation2Warns() throws IOException {
        String name = VaspTestFiles.VASPRUN_H2O;
        int secondCalc = VaspTestFiles.lineOf(name, "<calculation>", 1);
        Path p = VaspTestFiles.head(name, secondCalc + 20, dir, "vasprun.xml");
        ReadLog.Collector log = new ReadLog.Collector();
        assertThat(vasprun.read(p, options(log, null, null, null), ProgressMonitor.NONE)).hasSize(1);
        assertThat(log.warnings()).singleElement().satisfies(m -> assertThat(m.text())
                .contains("calculation 2 is truncated").contains("during its SCF"));
        assertThatThrownBy(() -> vasprun.read(p, options(null, null, null, ReadOptions.Partial.ERROR), ProgressMonitor.NONE))
                .isInstanceOf(FormatException.class).hasMessageContaining("calculation 2");
        // a file that ends after its last calculation (a run still writing) drops nothing and says nothing
        int thirdCalc = VaspTestFiles.lineOf(name, "<calculation>", 2);
        Path q = VaspTestFiles.head(name, thirdCalc - 1, dir, "vasprun2.xml");
        ReadLog.Collector log2 = new ReadLog.Collector();
        assertThat(vasprun.read(q, options(log2, null, null, null), ProgressMonitor.NONE)).hasSize(2);
        assertThat(log2.messages()).isEmpty();
    }

    /** DeePMD-kit expects per-frame scalars of shape (frames,), as energy.npy (dpdata writes them so). */
    @Test
    void freeEnergyWrittenToDeepmdHasShapeFrames() throws IOException {
        org.sift.io.FormatRegistry registry = org.sift.io.FormatRegistry.standard();
        var d = registry.read(VaspTestFiles.data(VASPRUN_NWRITE0));
        Path out = dir.resolve("dp");
        registry.write(out, registry.byId("deepmd-npy").orElseThrow(), d.configurations(), org.sift.io.WriteOptions.defaults(), false);
        var free = org.sift.io.deepmd.Npy.read(out.resolve("sys.000/set.000/free_energy.npy"));
        assertThat(free.shape()).containsExactly(10);
        var back = registry.read(out);
        assertThat(info(back.get(3), "free_energy")).isEqualTo(info(d.get(3), "free_energy"));
        assertThat(back.get(3).info().get("free_energy").isScalar()).isTrue();
    }
}
