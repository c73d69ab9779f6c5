package org.sift.io.extxyz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sift.concurrent.ProgressMonitor;
import org.sift.io.ReadOptions;
import org.sift.io.TestConfigurations;
import org.sift.io.WriteOptions;
import org.sift.model.Configuration;
import org.sift.model.Property;
import org.sift.model.Values;

/**
 * Sift and ASE (Debian's python3-ase, run by /usr/bin/python3) read each other's extended XYZ.
 * (a) Sift writes, ASE reads: every value must match to 1e-12 relative (Sift writes full precision).
 * (b) ASE writes (from numbers this test passes), Sift reads: ASE writes columns with 8 decimals,
 * so positions, forces and real columns match to 1e-8 Å; comment-line values exactly.
 * (c) A hand-written file with ASE's comment-line corner cases is read by both; they must agree.
 * Without ASE the test fails when CI is set and is skipped otherwise.
 */
class AseInteropTest {

    private static final String PYTHON = "/usr/bin/python3";
    private static final JsonMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    @TempDir
    static Path tmp;

    private static Path script;
    private final ExtXyzFormat format = new ExtXyzFormat();

    @BeforeAll
    static void requireAse() throws Exception {
        boolean ok;
        String why;
        try {
            Process p = new ProcessBuilder(PYTHON, "-c", "import ase").redirectErrorStream(true)
                    .redirectOutput(tmp.resolve("probe.log").toFile()).start();
            ok = p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
            why = ok ? "" : Files.readString(tmp.resolve("probe.log"));
        } catch (IOException e) {
            ok = false;
            why = e.toString();
        }
        if (!ok) {
            String msg = "ASE is not importable by " + PYTHON + " (install the Debian package python3-ase): " + why.strip();
            if (System.getenv("CI") != null) {
                fail(msg);
            }
            Assumptions.assumeTrue(false, msg);
        }
        script = tmp.resolve("ase_interop.py");
        try (InputStream in = AseInteropTest.class.getResourceAsStream("ase_interop.py")) {
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void python(String mode, Path src, Path dst) throws Exception {
        Path log = tmp.resolve("python-" + mode + ".log");
        ProcessBuilder pb = new ProcessBuilder(PYTHON, script.toString(), mode, src.toString(), dst.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().remove("PYTHONPATH");
        pb.environment().remove("PYTHONHOME");
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("ASE script timed out");
        }
        if (p.exitValue() != 0) {
            fail("ASE script failed (" + mode + " " + src + "):\n" + Files.readString(log));
        }
    }

    private List<Configuration> read(Path p) throws IOException {
        return format.read(p, ReadOptions.defaults(), ProgressMonitor.NONE);
    }

    private JsonNode aseRead(Path xyz) throws Exception {
        Path out = tmp.resolve(xyz.getFileName() + ".ase.json");
        python("read", xyz, out);
        return JSON.readTree(out.toFile());
    }

    // ------------------------------------------------------------------ (a) Sift writes, ASE reads

    @Test
    void aseReadsWhatSiftWrites() throws Exception {
        Map<String, List<Configuration>> sets = new LinkedHashMap<>();
        sets.put("lisi", read(TestConfigurations.resource(TestConfigurations.LISI)));
        sets.put("dscribe", read(TestConfigurations.resource(TestConfigurations.DSCRIBE)));
        sets.put("dpdata", read(TestConfigurations.resource(TestConfigurations.DPDATA_XYZ)));
        sets.put("synthetic", TestConfigurations.synthetics());
        int frames = 0;
        for (Map.Entry<String, List<Configuration>> e : sets.entrySet()) {
            Path file = tmp.resolve("sift-" + e.getKey() + ".extxyz");
            assertThat(format.write(file, e.getValue(), WriteOptions.defaults())).isEmpty();
            JsonNode ase = aseRead(file);
            assertThat(ase.size()).as(e.getKey()).isEqualTo(e.getValue().size());
            for (int i = 0; i < ase.size(); i++) {
                compare(e.getKey() + "#" + i, e.getValue().get(i), ase.get(i));
                frames++;
            }
        }
        assertThat(frames).isEqualTo(107 + 3 + 3 + 3);
    }

    // ------------------------------------------------------------------ (c) both read the same file

    @Test
    void siftAndAseAgreeOnCommentLineCornerCases() throws Exception {
        Path file = tmp.resolve("tricky.extxyz");
        try (InputStream in = AseInteropTest.class.getResourceAsStream("tricky.extxyz")) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        List<Configuration> sift = read(file);
        JsonNode ase = aseRead(file);
        assertThat(ase.size()).isEqualTo(sift.size()).isEqualTo(2);
        compare("tricky#0", sift.get(0), ase.get(0));
        compare("tricky#1", sift.get(1), ase.get(1));
        // the corner cases did take effect (so that the comparison above is not vacuous)
        Configuration c = sift.get(0);
        assertThat(c.info()).containsKeys("my key", "flag", "uid", "js", "jsn", "m");
        assertThat(c.info().get("uid").values()).isEqualTo(new Values.Strings(new String[] {"0123"}));
        assertThat(c.virial()).containsExactly(1, 4, 7, 2, 5, 8, 3, 6, 9);
        assertThat(c.cell().pbc()).containsExactly(true, false, true);
    }

    // ------------------------------------------------------------------ (b) ASE writes, Sift reads

    @Test
    void siftReadsWhatAseWrites() throws Exception {
        List<Configuration> expected = new ArrayList<>();
        expected.add(aseFaithful(TestConfigurations.synthetic(11)));
        expected.add(TestConfigurations.molecule(12));
        expected.add(read(TestConfigurations.resource(TestConfigurations.LISI)).get(0));
        expected.add(aseFaithful(TestConfigurations.synthetic(13)));
        ArrayNode spec = JSON.createArrayNode();
        for (Configuration c : expected) {
            spec.add(specOf(c));
        }
        Path specFile = tmp.resolve("spec.json");
        JSON.writeValue(specFile.toFile(), spec);
        Path written = tmp.resolve("ase-written.extxyz");
        python("write", specFile, written);
        List<Configuration> got = read(written);
        assertThat(got).hasSize(expected.size());
        for (int i = 0; i < got.size(); i++) {
            Configuration e = expected.get(i);
            Configuration g = got.get(i);
            String at = "ase#" + i;
            assertThat(g.species()).as(at).containsExactly(e.species());
            assertClose(at + " positions", g.positions(), e.positions(), 0, 1e-8);
            assertClose(at + " cell", g.cell().vectors(), e.cell().vectors(), 1e-12, 0);
            assertThat(g.cell().pbc()).as(at).containsExactly(e.cell().pbc());
            assertThat(g.energy()).as(at).isEqualTo(e.energy());
            assertClose(at + " forces", g.forces(), e.forces(), 0, 1e-8);
            assertClose(at + " stress", g.stress(), e.stress(), 1e-12, 0);
            assertClose(at + " virial", g.virial(), e.virial(), 1e-12, 0);
            assertThat(g.info().keySet()).as(at).containsExactlyElementsOf(e.info().keySet());
            for (Property p : e.info().values()) {
                Property q = g.info().get(p.name());
                assertThat(q.values().getClass()).as(at + " " + p.name()).isEqualTo(p.values().getClass());
                boolean nineToMatrix = p.shape().length == 1 && p.shape()[0] == 9 && q.shape().length == 2;
                if (!nineToMatrix) {
                    assertThat(q.shape()).as(at + " " + p.name()).containsExactly(p.shape());
                }
                assertValues(at + " " + p.name(), q.values(), p.values(), 1e-12, 0);
            }
            assertThat(g.arrays().keySet()).as(at).containsExactlyElementsOf(e.arrays().keySet());
            for (Property p : e.arrays().values()) {
                Property q = g.arrays().get(p.name());
                assertThat(q.shape()).as(at + " " + p.name()).containsExactly(p.shape());
                assertValues(at + " " + p.name(), q.values(), p.values(), 0, 1e-8);
            }
        }
    }

    /** The synthetic configuration with only the info values ASE's writer keeps as they are. */
    private static Configuration aseFaithful(Configuration c) {
        Map<String, Property> info = new LinkedHashMap<>();
        for (String k : List.of("config_type", "md_step", "temperature", "tiny", "converged", "relaxed", "code", "kpts",
                "dipole_guess", "mask", "polarisability", "nine", "grid", "names")) {
            info.put(k, c.info().get(k));
        }
        return c.withInfo(info);
    }

    private static ObjectNode specOf(Configuration c) {
        ObjectNode f = JSON.createObjectNode();
        ArrayNode sym = f.putArray("symbols");
        for (String s : c.species()) {
            sym.add(s);
        }
        ArrayNode pos = f.putArray("positions");
        for (double v : c.positions()) {
            pos.add(v);
        }
        if (c.cell().hasLattice()) {
            ArrayNode cell = f.putArray("cell");
            for (double v : c.cell().vectors()) {
                cell.add(v);
            }
        } else {
            f.putNull("cell");
        }
        ArrayNode pbc = f.putArray("pbc");
        for (boolean b : c.cell().pbc()) {
            pbc.add(b);
        }
        if (c.energy() != null) {
            f.put("energy", c.energy());
        }
        if (c.forces() != null) {
            ArrayNode fo = f.putArray("forces");
            for (double v : c.forces()) {
                fo.add(v);
            }
        }
        if (c.stress() != null) {
            double[] s = c.stress();
            ArrayNode st = f.putArray("stress");
            for (double v : new double[] {s[0], s[4], s[8], s[5], s[2], s[1]}) {
                st.add(v);
            }
        }
        ObjectNode info = f.putObject("info");
        for (Property p : c.info().values()) {
            info.set(p.name(), typed(p));
        }
        if (c.virial() != null) {
            // ASE keeps a virial in info as a 3x3 matrix (row-major here)
            info.set("virial", typed(new Property("virial", new Values.Reals(c.virial()), new int[] {3, 3}, null)));
        }
        ObjectNode arrays = f.putObject("arrays");
        for (Property p : c.arrays().values()) {
            arrays.set(p.name(), typed(p));
        }
        return f;
    }

    private static ObjectNode typed(Property p) {
        ObjectNode o = JSON.createObjectNode();
        Values v = p.values();
        o.put("kind", v instanceof Values.Reals ? "f" : v instanceof Values.Ints ? "i" : v instanceof Values.Bools ? "b" : "U");
        ArrayNode shape = o.putArray("shape");
        for (int s : p.shape()) {
            shape.add(s);
        }
        ArrayNode vals = o.putArray("values");
        for (int i = 0; i < v.size(); i++) {
            if (v instanceof Values.Reals r) {
                vals.add(r.values()[i]);
            } else if (v instanceof Values.Ints n) {
                vals.add(n.values()[i]);
            } else if (v instanceof Values.Bools b) {
                vals.add(b.values()[i]);
            } else {
                vals.add(((Values.Strings) v).values()[i]);
            }
        }
        return o;
    }

    // ------------------------------------------------------------------ comparison with ASE's dump

    /** ASE renames these columns when reading (PROPERTY_NAME_MAP, charges -> initial_charges). */
    private static String aseArrayName(String siftName) {
        return siftName.equals("charge") ? "initial_charges" : siftName;
    }

    private static void compare(String at, Configuration c, JsonNode a) {
        assertThat(strings(a.get("symbols"))).as(at + " symbols").containsExactly(c.species());
        assertClose(at + " positions", doubles(a.get("positions")), c.positions(), 1e-12, 0);
        assertClose(at + " cell", doubles(a.get("cell")), c.cell().vectors(), 1e-12, 0);
        boolean[] pbc = new boolean[3];
        for (int k = 0; k < 3; k++) {
            pbc[k] = a.get("pbc").get(k).booleanValue();
        }
        assertThat(pbc).as(at + " pbc").containsExactly(c.cell().pbc());
        if (c.energy() == null) {
            assertThat(a.get("energy").isNull()).as(at + " energy absent").isTrue();
        } else {
            assertClose(at + " energy", new double[] {a.get("energy").doubleValue()}, new double[] {c.energy()}, 1e-12, 0);
        }
        assertClose(at + " forces", doubles(a.get("forces")), c.forces(), 1e-12, 0);
        double[] s = c.stress();
        assertClose(at + " stress", doubles(a.get("stress")),
                s == null ? null : new double[] {s[0], s[4], s[8], s[5], s[2], s[1]}, 1e-12, 0);
        JsonNode info = a.get("info");
        List<String> aseKeys = new ArrayList<>();
        info.fieldNames().forEachRemaining(aseKeys::add);
        if (c.virial() != null) {
            assertThat(aseKeys).as(at).contains("virial");
            assertClose(at + " virial", doubles(info.get("virial").get("values")), c.virial(), 1e-12, 0);
            aseKeys.remove("virial");
        }
        assertThat(aseKeys).as(at + " info keys").containsExactlyElementsOf(c.info().keySet());
        for (Property p : c.info().values()) {
            JsonNode v = info.get(p.name());
            int[] aseShape = ints(v.get("shape"));
            if (p.shape().length == 2 && p.shape()[0] == 3 && p.shape()[1] == 3 && aseShape.length == 1) {
                assertThat(aseShape).as(at + " " + p.name()).containsExactly(9); // ASE keeps 9 values flat
            } else {
                assertThat(aseShape).as(at + " " + p.name()).containsExactly(p.shape());
            }
            compareTyped(at + " info " + p.name(), p.values(), v);
        }
        JsonNode arrays = a.get("arrays");
        List<String> aseArrays = new ArrayList<>();
        arrays.fieldNames().forEachRemaining(aseArrays::add);
        assertThat(aseArrays).as(at + " arrays").containsExactlyInAnyOrderElementsOf(
                c.arrays().keySet().stream().map(AseInteropTest::aseArrayName).toList());
        for (Property p : c.arrays().values()) {
            JsonNode v = arrays.get(aseArrayName(p.name()));
            assertThat(ints(v.get("shape"))).as(at + " " + p.name()).containsExactly(p.shape());
            compareTyped(at + " array " + p.name(), p.values(), v);
        }
    }

    private static void compareTyped(String at, Values sift, JsonNode ase) {
        String kind = ase.get("kind").asText();
        JsonNode vals = ase.get("values");
        assertThat(vals.size()).as(at + " size").isEqualTo(sift.size());
        if (sift instanceof Values.Reals r) {
            assertThat(kind).as(at + " kind").isEqualTo("f");
            assertClose(at, doubles(vals), r.values(), 1e-12, 0);
        } else if (sift instanceof Values.Ints n) {
            assertThat(kind).as(at + " kind").isEqualTo("i");
            for (int i = 0; i < n.size(); i++) {
                assertThat(vals.get(i).longValue()).as(at).isEqualTo(n.values()[i]);
            }
        } else if (sift instanceof Values.Bools b) {
            assertThat(kind).as(at + " kind").isEqualTo("b");
            for (int i = 0; i < b.size(); i++) {
                assertThat(vals.get(i).booleanValue()).as(at).isEqualTo(b.values()[i]);
            }
        } else {
            assertThat(kind).as(at + " kind").isEqualTo("U");
            assertThat(strings(vals)).as(at).containsExactly(((Values.Strings) sift).values());
        }
    }

    private static void assertValues(String at, Values got, Values expected, double rel, double abs) {
        if (expected instanceof Values.Reals e) {
            assertThat(got).as(at).isInstanceOf(Values.Reals.class);
            assertClose(at, ((Values.Reals) got).values(), e.values(), rel, abs);
        } else {
            assertThat(got).as(at).isEqualTo(expected);
        }
    }

    /** Each |g - e| <= rel * max(|g|, |e|) + abs; NaN matches NaN; null matches null. */
    static void assertClose(String at, double[] got, double[] expected, double rel, double abs) {
        if (expected == null || got == null) {
            assertThat(got).as(at).isEqualTo(expected);
            return;
        }
        assertThat(got.length).as(at + " length").isEqualTo(expected.length);
        for (int i = 0; i < got.length; i++) {
            double g = got[i];
            double e = expected[i];
            if (Double.isNaN(e) || Double.isNaN(g) || Double.isInfinite(e)) {
                assertThat(g).as(at + "[" + i + "]").isEqualTo(e);
                continue;
            }
            double tol = rel * Math.max(Math.abs(g), Math.abs(e)) + abs;
            if (!(Math.abs(g - e) <= tol)) {
                fail(at + "[" + i + "]: got " + g + ", expected " + e + " (tolerance " + tol + ")");
            }
        }
    }

    private static double[] doubles(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        double[] d = new double[n.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = n.get(i).doubleValue();
        }
        return d;
    }

    private static int[] ints(JsonNode n) {
        int[] d = new int[n.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = n.get(i).intValue();
        }
        return d;
    }

    private static String[] strings(JsonNode n) {
        String[] s = new String[n.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = n.get(i).asText();
        }
        return s;
    }

    @SuppressWarnings("unused")
    private static String text(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }
}
