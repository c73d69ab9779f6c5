package org.sift.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sift.concurrent.ProgressMonitor;
import org.sift.io.FormatRegistry;
import org.sift.model.Cell;
import org.sift.model.Configuration;
import org.sift.model.Dataset;
import org.sift.similarity.StructureSimilarity;
import org.sift.testutil.TestData;
import org.sift.testutil.TestFormat;
import org.sift.workflow.ChemiscopeFile;
import picocli.CommandLine;

/**
 * {@code sift analyze --chemiscope}: the file is read back with Jackson and checked against the
 * chemiscope input format (docs/src/getting-started/json-format.rst of chemiscope: meta.name;
 * structures[] with size, names, x, y, z and an optional 9-number cell; properties with target and
 * one value per structure, numbers or strings, optional units and description) and its values
 * against brute force on the same similarity: diagram means over the reference groups, FPS picking
 * the farthest point at each step, and REP and D of each prefix.
 */
class ChemiscopeExportTest {

    @TempDir
    Path dir;

    private final FormatRegistry registry = TestFormat.registry();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Python's json writes NaN bare, and chemiscope reads it: so must this reader. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private static final Set<String> TOP =
            Set.of("meta", "structures", "properties", "shapes", "settings", "environments", "parameters");
    private static final Set<String> STRUCTURE = Set.of(
            "size",
            "names",
            "x",
            "y",
            "z",
            "cell",
            "bonds",
            "data",
            "elements",
            "resnames",
            "resids",
            "chains",
            "hetatom");
    private static final Set<String> PROPERTY = Set.of("target", "values", "units", "description", "parameters");

    private int run(Object command, String... args) {
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setExecutionExceptionHandler(new SiftCli.Errors());
        return cl.execute(args);
    }

    static JsonNode read(Path file) throws Exception {
        try (InputStream in = file.toString().endsWith(".gz")
                ? new GZIPInputStream(Files.newInputStream(file))
                : Files.newInputStream(file)) {
            return JSON.readTree(in);
        }
    }

    /** Every required field of the documented format, with its type, one entry per structure and per property. */
    static void checkFormat(JsonNode root, Dataset d) {
        assertThat(root.isObject()).isTrue();
        assertThat(fieldNames(root))
                .contains("meta", "structures", "properties")
                .allMatch(TOP::contains);
        assertThat(root.get("meta").get("name").isTextual()).isTrue();
        assertThat(root.get("meta").get("name").asText()).isNotEmpty();
        if (root.get("meta").has("description"))
            assertThat(root.get("meta").get("description").isTextual()).isTrue();
        assertThat(root.has("environments")).isFalse();
        JsonNode structures = root.get("structures");
        assertThat(structures.isArray()).isTrue();
        assertThat(structures.size()).isEqualTo(d.size());
        for (int i = 0; i < d.size(); i++) {
            Configuration c = d.get(i);
            JsonNode s = structures.get(i);
            assertThat(fieldNames(s)).allMatch(STRUCTURE::contains);
            assertThat(s.get("size").isIntegralNumber()).isTrue();
            assertThat(s.get("size").asInt()).isEqualTo(c.size());
            assertThat(s.get("names").size()).isEqualTo(c.size());
            for (int a = 0; a < c.size(); a++) {
                assertThat(s.get("names").get(a).isTextual()).isTrue();
                assertThat(s.get("names").get(a).asText()).isEqualTo(c.species()[a]);
            }
            for (int k = 0; k < 3; k++) {
                JsonNode xs = s.get(new String[] {"x", "y", "z"}[k]);
                assertThat(xs.isArray()).isTrue();
                assertThat(xs.size()).isEqualTo(c.size());
                for (int a = 0; a < c.size(); a++) {
                    assertThat(xs.get(a).isNumber()).isTrue();
                    assertThat(xs.get(a).asDouble()).isEqualTo(c.position(a, k));
                }
            }
            if (s.has("cell")) {
                assertThat(s.get("cell").size()).isEqualTo(9);
                for (int k = 0; k < 9; k++)
                    assertThat(s.get("cell").get(k).asDouble())
                            .isEqualTo(c.cell().vectors()[k]);
            } else {
                double[] v = c.cell().vectors();
                boolean someVectorZero = false;
                for (int r = 0; r < 3; r++) someVectorZero |= v[3 * r] == 0 && v[3 * r + 1] == 0 && v[3 * r + 2] == 0;
                assertThat(someVectorZero)
                        .as("structure %d has three lattice vectors but no cell", i)
                        .isTrue();
            }
        }
        JsonNode props = root.get("properties");
        assertThat(props.isObject()).isTrue();
        for (String name : fieldNames(props)) {
            JsonNode p = props.get(name);
            assertThat(name).isNotEmpty();
            assertThat(fieldNames(p)).contains("target", "values").allMatch(PROPERTY::contains);
            assertThat(p.get("target").asText()).isEqualTo("structure");
            assertThat(p.get("values").size()).as(name).isEqualTo(d.size());
            boolean strings = p.get("values").get(0).isTextual();
            for (JsonNode v : p.get("values")) {
                assertThat(strings ? v.isTextual() : v.isNumber())
                        .as("property %s mixes types", name)
                        .isTrue();
            }
            if (p.has("units")) assertThat(p.get("units").isTextual()).isTrue();
            if (p.has("description"))
                assertThat(p.get("description").isTextual()).isTrue();
        }
        if (root.has("settings")) {
            JsonNode map = root.get("settings").get("map");
            for (String axis : new String[] {"x", "y", "color"}) {
                if (map.has(axis))
                    assertThat(props.has(map.get(axis).get("property").asText()))
                            .isTrue();
            }
            if (map.has("symbol"))
                assertThat(props.get(map.get("symbol").asText())
                                .get("values")
                                .get(0)
                                .isTextual())
                        .isTrue();
        }
    }

    static List<String> fieldNames(JsonNode n) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) names.add(it.next());
        return names;
    }

    private static double[] numbers(JsonNode props, String name) {
        JsonNode v = props.get(name).get("values");
        double[] x = new double[v.size()];
        for (int i = 0; i < x.length; i++) x[i] = v.get(i).asDouble();
        return x;
    }

    @Test
    void analyzeWritesAChemiscopeFileOfTheAnalysis() throws Exception {
        Path in = dir.resolve("in.tsf");
        registry.write(in, null, TestData.lisi(60, 3).configurations(), null, false);
        Path cs = dir.resolve("map.json.gz");
        int code = run(
                new AnalyzeCommand(registry, () -> TestData.vectors(2, 0.5)),
                in.toString(),
                "--out",
                dir.resolve("an").toString(),
                "--sizes",
                "5,0.25",
                "--random-repeats",
                "1",
                "--chemiscope",
                cs.toString(),
                "-n",
                "0.2",
                "--quiet");
        assertThat(code).as(err.toString()).isEqualTo(0);
        assertThat(Files.readAllBytes(cs)).startsWith(0x1f, 0x8b); // gzip
        Dataset d = registry.read(in);
        JsonNode root = read(cs);
        checkFormat(root, d);
        JsonNode props = root.get("properties");
        assertThat(fieldNames(props))
                .containsExactly(
                        ChemiscopeFile.DIAGRAM_X,
                        ChemiscopeFile.DIAGRAM_Y,
                        ChemiscopeFile.GROUP,
                        ChemiscopeFile.FPS_RANK,
                        ChemiscopeFile.REP_AT_RANK,
                        ChemiscopeFile.D_AT_RANK,
                        ChemiscopeFile.subsetName(12));
        assertThat(root.get("settings").get("map").get("x").get("property").asText())
                .isEqualTo(ChemiscopeFile.DIAGRAM_X);

        int n = d.size();
        StructureSimilarity k = TestData.vectors(2, 0.5).compute(d, ProgressMonitor.NONE);
        String[] groups = d.formulaGroups();
        for (int i = 0; i < n; i++)
            assertThat(props.get("group").get("values").get(i).asText()).isEqualTo(groups[i]);
        // diagram: default reference groups are the first and last of the fixed order (Li1Si3, Li3Si1)
        double[] x = numbers(props, ChemiscopeFile.DIAGRAM_X);
        double[] y = numbers(props, ChemiscopeFile.DIAGRAM_Y);
        for (int a = 0; a < n; a++) {
            assertThat(x[a]).isCloseTo(meanK(k, groups, a, "Li1Si3"), within(1e-12));
            assertThat(y[a]).isCloseTo(meanK(k, groups, a, "Li3Si1"), within(1e-12));
        }
        // FPS: ranks are a permutation of 1..N, each pick the farthest from those before it
        double[] rank = numbers(props, ChemiscopeFile.FPS_RANK);
        int[] order = new int[n];
        boolean[] seen = new boolean[n];
        for (int i = 0; i < n; i++) {
            int r = (int) rank[i];
            assertThat(rank[i]).isEqualTo(r);
            assertThat(seen[r - 1]).isFalse();
            seen[r - 1] = true;
            order[r - 1] = i;
        }
        double[] rep = numbers(props, ChemiscopeFile.REP_AT_RANK);
        double[] far = numbers(props, ChemiscopeFile.D_AT_RANK);
        double[] min = new double[n];
        java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
        for (int step = 0; step < n; step++) {
            int picked = order[step];
            if (step > 0) {
                double best = 0;
                for (double m : min) best = Math.max(best, m);
                assertThat(min[picked])
                        .as("step %d picks a farthest point", step + 1)
                        .isCloseTo(best, within(1e-6));
            }
            int covered = 0;
            double farthest = 0;
            for (int j = 0; j < n; j++) {
                min[j] = Math.min(min[j], k.distance(j, picked));
                if (min[j] < 0.1) covered++;
                farthest = Math.max(farthest, min[j]);
            }
            assertThat(rep[picked]).isCloseTo(100.0 * covered / n, within(1e-9));
            // d = sqrt(2 - 2K) turns a rounding of K near 1 (1e-16) into 1e-8
            assertThat(far[picked]).isCloseTo(farthest, within(1e-6));
        }
        // -n 0.2 of 60 = 12: the first 12 of the order are flagged
        double[] flag = numbers(props, ChemiscopeFile.subsetName(12));
        for (int i = 0; i < n; i++) assertThat(flag[i]).isEqualTo(rank[i] <= 12 ? 1.0 : 0.0);
        assertThat(props.get(ChemiscopeFile.REP_AT_RANK).get("units").asText()).isEqualTo("%");
        assertThat(out.toString()).contains("wrote " + cs);
    }

    private static double meanK(StructureSimilarity k, String[] groups, int a, String g) {
        double s = 0;
        int m = 0;
        for (int b = 0; b < groups.length; b++) {
            if (groups[b].equals(g)) {
                s += k.kernel(a, b);
                m++;
            }
        }
        return s / m;
    }

    @Test
    void writerKeepsCellsOnlyWhereAllThreeVectorsExistAndChecksLengths() throws Exception {
        List<Configuration> cs = new ArrayList<>();
        cs.add(Configuration.of(
                new String[] {"O", "H", "H"}, new double[] {0, 0, 0, 0.76, 0.59, 0, -0.76, 0.59, 0}, Cell.none()));
        cs.add(Configuration.of(
                new String[] {"Si"}, new double[] {0.5, 0.25, 1}, Cell.periodic(4, 0, 0, 1, 4, 0, 0.5, 0.5, 5)));
        cs.add(Configuration.of(
                new String[] {"Li"},
                new double[] {1, 2, 3},
                new Cell(new double[] {3, 0, 0, 0, 3, 0, 0, 0, 0}, new boolean[] {true, true, false})));
        Dataset d = Dataset.of("mixed", cs);
        Path f = dir.resolve("m.json");
        List<ChemiscopeFile.Property> p = List.of(
                new ChemiscopeFile.Numbers("energy", "eV", null, new double[] {-1, Double.NaN, 2}),
                new ChemiscopeFile.Strings("kind", "what it is", new String[] {"molecule", "crystal", "slab"}));
        ChemiscopeFile.write(
                f, false, "mixed", null, d, p, new ChemiscopeFile.MapSettings("energy", null, null, "kind"));
        JsonNode root = read(f);
        checkFormat(root, d);
        assertThat(root.get("structures").get(0).has("cell")).isFalse();
        assertThat(root.get("structures").get(1).has("cell")).isTrue();
        assertThat(root.get("structures").get(2).has("cell")).isFalse();
        assertThat(root.get("properties").get("energy").get("values").get(1).asDouble())
                .isNaN();
        assertThat(Files.readString(f)).contains("NaN").doesNotContain("\"NaN\"");
        assertThat(fieldNames(root.get("properties").get("kind"))).containsExactly("target", "values", "description");

        assertThatThrownBy(() -> ChemiscopeFile.write(
                        dir.resolve("x.json"),
                        false,
                        "x",
                        null,
                        d,
                        List.of(new ChemiscopeFile.Numbers("e", null, null, new double[2])),
                        null))
                .hasMessageContaining("'e' has 2 values for 3 structures");
        assertThatThrownBy(() -> ChemiscopeFile.write(
                        dir.resolve("x.json"),
                        false,
                        "x",
                        null,
                        d,
                        p,
                        new ChemiscopeFile.MapSettings("volume", null, null, null)))
                .hasMessageContaining("'volume'");
        assertThat(dir.resolve("x.json")).doesNotExist();
        assertThatThrownBy(() -> ChemiscopeFile.write(f, false, "x", null, d, p, null))
                .isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
    }
}
