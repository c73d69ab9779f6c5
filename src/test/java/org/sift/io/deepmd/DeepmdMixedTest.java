package org.sift.io.deepmd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sift.concurrent.ProgressMonitor;
import org.sift.io.FormatException;
import org.sift.io.FormatRegistry;
import org.sift.io.ReadOptions;
import org.sift.io.StructureFormat;
import org.sift.model.Configuration;
import org.sift.model.Dataset;

/**
 * dpdata's mixed-type DeePMD systems ({@code deepmd/npy/mixed}) against a folder written by
 * {@code write_mixed.py} with numpy in {@code /usr/bin/python3}, following dpdata's layout (padding
 * atoms of type -1, float32 arrays, two sets), and the frames that script expects after stripping
 * the padding: species, positions, forces, cell, energy and virial must be equal, bit for bit.
 * Skipped without numpy, except on CI (environment variable {@code CI} set).
 */
class DeepmdMixedTest {

    private static final String PYTHON = "/usr/bin/python3";

    @TempDir
    Path tmp;

    /**
     * Writes the mixed system to {@code folder} (which must not exist) and returns the frames the
     * script expects; skips the calling test when numpy is missing (fails on CI).
     */
    static JsonNode writeMixed(Path folder) throws Exception {
        boolean ok = false;
        if (Files.isExecutable(Path.of(PYTHON))) {
            Process p = new ProcessBuilder(PYTHON, "-c", "import numpy").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            ok = p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        }
        if (!ok && System.getenv("CI") != null) {
            fail("CI is set but " + PYTHON + " cannot import numpy (install python3-numpy)");
        }
        Assumptions.assumeTrue(ok, PYTHON + " cannot import numpy");
        Path script = Path.of(DeepmdMixedTest.class.getResource("write_mixed.py").toURI());
        Process p = new ProcessBuilder(PYTHON, script.toString(), folder.toString()).start();
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("write_mixed.py failed: %s", err).isZero();
        return new ObjectMapper().readTree(out);
    }

    private static double[] doubles(JsonNode n) {
        double[] d = new double[n.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = n.get(i).asDouble();
        }
        return d;
    }

    @Test
    void readsEveryFrameWithItsOwnCompositionAndNoPaddingAtoms() throws Exception {
        Path folder = tmp.resolve("mixed");
        JsonNode frames = writeMixed(folder).get("frames");
        FormatRegistry registry = FormatRegistry.standard();
        Dataset d = registry.read(folder);
        List<Configuration> cs = d.configurations();
        assertThat(cs).hasSize(frames.size()).hasSize(4);
        for (int i = 0; i < cs.size(); i++) {
            Configuration c = cs.get(i);
            JsonNode f = frames.get(i);
            String at = "frame " + i;
            String[] symbols = new String[f.get("symbols").size()];
            for (int a = 0; a < symbols.length; a++) {
                symbols[a] = f.get("symbols").get(a).asText();
            }
            assertThat(c.species()).as(at).containsExactly(symbols);
            assertThat(c.positions()).as(at).containsExactly(doubles(f.get("positions")));
            assertThat(c.forces()).as(at).containsExactly(doubles(f.get("forces")));
            assertThat(c.cell().vectors()).as(at).containsExactly(doubles(f.get("cell")));
            assertThat(c.cell().pbc()).as(at).containsExactly(true, true, true);
            assertThat(c.energy()).as(at).isEqualTo(f.get("energy").asDouble());
            assertThat(c.virial()).as(at).containsExactly(doubles(f.get("virial")));
        }
        // three compositions with 3, 5 and 4 real atoms in 5 padded slots
        assertThat(cs.stream().map(c -> c.species().length).toList()).containsExactly(3, 5, 4, 5);
    }

    @Test
    void detectionIsUnambiguousAndTheOtherDeepmdIdsReadTheTreeToo() throws Exception {
        Path folder = tmp.resolve("mixed");
        writeMixed(folder);
        FormatRegistry registry = FormatRegistry.standard();
        assertThat(registry.detect(folder).id()).isEqualTo("deepmd-mixed");
        byte[] head = new byte[0];
        List<String> claim = registry.readable().stream()
                .filter(f -> f.isDirectoryFormat() && f.sniff(folder, head)).map(StructureFormat::id).toList();
        assertThat(claim).containsExactly("deepmd-mixed");
        // a parent folder holding it is recognised too, and deepmd-npy (which reads every system of
        // a tree in its own layout) reads the same frames
        assertThat(registry.detect(tmp).id()).isEqualTo("deepmd-mixed");
        StructureFormat npy = registry.byId("deepmd-npy").orElseThrow();
        List<Configuration> viaNpy = registry.read(folder, npy, ReadOptions.defaults(), ProgressMonitor.NONE)
                .configurations();
        assertThat(viaNpy.get(2).species()).containsExactly("N", "H", "H", "H");
        assertThat(registry.byId("deepmd-mixed").orElseThrow().canWrite()).isFalse();
    }

    @Test
    void badTypesNameTheFileAndFrame() throws Exception {
        Path folder = tmp.resolve("mixed");
        writeMixed(folder);
        Path types = folder.resolve("set.000001/real_atom_types.npy");
        FormatRegistry registry = FormatRegistry.standard();
        Npy.writeInts(types, new int[] {1, 5}, new long[] {0, 0, 9, 0, 0});
        assertThatThrownBy(() -> registry.read(folder)).isInstanceOf(FormatException.class)
                .hasMessageStartingWith(types.toString()).hasMessageContaining("frame 0, atom 2: type 9");
        Npy.writeInts(types, new int[] {1, 5}, new long[] {-1, -1, -1, -1, -1});
        assertThatThrownBy(() -> registry.read(folder)).isInstanceOf(FormatException.class)
                .hasMessageStartingWith(types.toString()).hasMessageContaining("frame 0 has no real atom");
        Npy.writeInts(types, new int[] {1, 4}, new long[] {0, 0, 0, 0});
        assertThatThrownBy(() -> registry.read(folder)).isInstanceOf(FormatException.class)
                .hasMessageStartingWith(types.toString()).hasMessageContaining("5 atoms in type.raw");
        Files.delete(types);
        assertThatThrownBy(() -> registry.read(folder)).isInstanceOf(FormatException.class)
                .hasMessageStartingWith(folder.resolve("set.000001").toString())
                .hasMessageContaining("real_atom_types.npy is missing");
    }
}
