package org.sift.io.vasp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sift.concurrent.ProgressMonitor;
import org.sift.io.ReadOptions;
import org.sift.io.StructureFormat;
import org.sift.model.Configuration;
import org.sift.model.Values;

/**
 * Sift's VASP readers against ASE's ({@code ase.io.read(..., index=':')}), run in
 * {@code /usr/bin/python3} by the script {@code ase_read.py}. Skipped when ASE is missing, except
 * on CI (environment variable {@code CI} set), where that is a failure.
 */
class VaspAseComparisonTest {

    private static final String PYTHON = "/usr/bin/python3";

    @BeforeAll
    static void needsAse() throws Exception {
        boolean ok = false;
        if (Files.isExecutable(Path.of(PYTHON))) {
            Process p = new ProcessBuilder(PYTHON, "-c", "import ase").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            ok = p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        }
        if (!ok && System.getenv("CI") != null) {
            fail("CI is set but " + PYTHON + " cannot import ase (install python3-ase)");
        }
        Assumptions.assumeTrue(ok, PYTHON + " cannot import ase");
    }

    private static JsonNode ase(String format, Path file) throws IOException, InterruptedException, URISyntaxException {
        Path script = Path.of(VaspAseComparisonTest.class.getResource("ase_read.py").toURI());
        Process p = new ProcessBuilder(PYTHON, script.toString(), format, file.toString()).start();
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("ASE failed: %s", err).isZero();
        return new ObjectMapper().readTree(out);
    }

    private static double[] doubles(JsonNode n) {
        double[] d = new double[n.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = n.get(i).asDouble();
        }
        return d;
    }

    private static void compare(StructureFormat format, String aseFormat, String name) throws Exception {
        Path file = VaspTestFiles.data(name);
        List<Configuration> sift = format.read(file, ReadOptions.defaults(), ProgressMonitor.NONE);
        JsonNode frames = ase(aseFormat, file).get("frames");
        assertThat(sift).as(name).hasSize(frames.size());
        for (int i = 0; i < sift.size(); i++) {
            Configuration c = sift.get(i);
            JsonNode f = frames.get(i);
            String at = name + " frame " + i;
            String[] symbols = new String[f.get("symbols").size()];
            for (int a = 0; a < symbols.length; a++) {
                symbols[a] = f.get("symbols").get(a).asText();
            }
            assertThat(c.species()).as(at).containsExactly(symbols);
            assertThat(c.cell().vectors()).as(at).containsExactly(doubles(f.get("cell")), within(1e-12));
            assertThat(c.positions()).as(at).containsExactly(doubles(f.get("positions")), within(1e-10));
            assertThat(c.cell().pbc()).as(at).containsExactly(true, true, true);
            if (f.has("energy")) {
                assertThat(c.energy()).as(at).isCloseTo(f.get("energy").asDouble(), within(1e-10));
                double free = ((Values.Reals) c.info().get("free_energy").values()).values()[0];
                assertThat(free).as(at).isCloseTo(f.get("free_energy").asDouble(), within(1e-10));
            } else {
                assertThat(c.energy()).as(at).isNull();
            }
            if (f.has("forces")) {
                assertThat(c.forces()).as(at).containsExactly(doubles(f.get("forces")), within(1e-12));
            } else {
                assertThat(c.forces()).as(at).isNull();
            }
            if (f.has("stress_voigt")) {
                double[] s = c.stress();
                // ASE's Voigt order xx yy zz yz xz xy; ASE keeps the upper triangle of vasprun's 3x3
                double[] voigt = {s[0], s[4], s[8], s[5], s[2], s[1]};
                // 1e-9 eV/Å^3 leaves room for a change of CODATA year in ASE's units (~1e-9 relative)
                assertThat(voigt).as(at).containsExactly(doubles(f.get("stress_voigt")), within(1e-9));
            } else {
                assertThat(c.stress()).as(at).isNull();
            }
        }
    }

    @Test
    void poscarAgreesWithAse() throws Exception {
        compare(new PoscarFormat(), "vasp", VaspTestFiles.POSCAR_SIC);
    }

    @Test
    void outcarsAgreeWithAse() throws Exception {
        compare(new OutcarFormat(), "vasp-out", VaspTestFiles.OUTCAR_H2O);
        compare(new OutcarFormat(), "vasp-out", VaspTestFiles.OUTCAR_TIO);
    }

    @Test
    void vasprunsAgreeWithAse() throws Exception {
        compare(new VasprunFormat(), "vasp-xml", VaspTestFiles.VASPRUN_H2O);
        compare(new VasprunFormat(), "vasp-xml", VaspTestFiles.VASPRUN_TIO);
    }
}
