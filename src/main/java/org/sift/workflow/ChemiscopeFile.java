package org.sift.workflow;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.sift.analysis.Groups;
import org.sift.analysis.SimilarityDiagram;
import org.sift.concurrent.AtomicFiles;
import org.sift.model.Cell;
import org.sift.model.Configuration;
import org.sift.model.Dataset;
import org.sift.selection.FpsResult;

/**
 * Writes a dataset and per-configuration analysis values in chemiscope's input format (the JSON
 * that {@code chemiscope.write_input} writes and chemiscope.org opens; gzip-compressed while
 * streaming when the name ends in {@code .gz}).
 *
 * <p>Layout: {@code meta} {name, description}; {@code structures}, one per configuration in
 * dataset order, each {size, names, x, y, z} with positions in Å and, when all three lattice
 * vectors are non-zero, {@code cell} = [ax, ay, az, bx, by, bz, cx, cy, cz] (Å); {@code properties},
 * each {target: "structure", values (one per structure: numbers, or strings for a categorical
 * property), units?, description?}; {@code settings.map} naming the properties on the map's axes,
 * colour and symbol. No environments: every property belongs to a whole structure. A value that
 * does not exist (a configuration FPS has not ranked yet) is written as {@code NaN}, as Python's
 * {@code json} writes it and chemiscope reads it (such points are hidden when that property is
 * shown).
 */
public final class ChemiscopeFile {

    /** One value per structure. */
    public sealed interface Property permits Numbers, Strings {
        String name();

        /** Shown by chemiscope; null for none. */
        String description();

        int size();
    }

    /** A numeric property; {@code units} may be null. Values are not copied. */
    public record Numbers(String name, String units, String description, double[] values) implements Property {
        public Numbers {
            Objects.requireNonNull(name);
            Objects.requireNonNull(values);
        }

        @Override
        public int size() {
            return values.length;
        }
    }

    /** A categorical property (chemiscope uses it for symbols and colours by category). */
    public record Strings(String name, String description, String[] values) implements Property {
        public Strings {
            Objects.requireNonNull(name);
            Objects.requireNonNull(values);
        }

        @Override
        public int size() {
            return values.length;
        }
    }

    /** Properties shown first on the map; any may be null. */
    public record MapSettings(String x, String y, String color, String symbol) {}

    /** Names of the properties {@link #analysisProperties} makes. */
    public static final String DIAGRAM_X = "diagram x";

    public static final String DIAGRAM_Y = "diagram y";
    public static final String GROUP = "group";
    public static final String FPS_RANK = "FPS rank";
    public static final String REP_AT_RANK = "REP at rank";
    public static final String D_AT_RANK = "D at rank";

    private ChemiscopeFile() {}

    /** The name of the subset-membership property for a subset of n. */
    public static String subsetName(int n) {
        return "in FPS subset n=" + n;
    }

    /**
     * The analysis values of every configuration: diagram coordinates (x_A, y_A of {@code diagram}),
     * group name, FPS rank (1 = selected first; NaN where the order has not reached it), REP(rank)
     * and D(rank) (REP and farthest distance of the FPS subset that ends with this configuration)
     * and, for {@code subsetSize} &gt; 0, a flag (1 member, 0 not) of the first {@code subsetSize}
     * configurations of the order.
     *
     * @param subsetSize 0 for no flag, else 1..fps.size()
     */
    public static List<Property> analysisProperties(
            Groups groups, SimilarityDiagram diagram, FpsResult fps, int subsetSize) {
        int n = groups.size();
        if (diagram.x().length != n || diagram.y().length != n) {
            throw new IllegalArgumentException(
                    "diagram has " + diagram.x().length + " points for " + n + " configurations");
        }
        if (subsetSize < 0 || subsetSize > fps.size()) {
            throw new IllegalArgumentException("subset size " + subsetSize + " is outside 0.." + fps.size());
        }
        String[] group = new String[n];
        for (int i = 0; i < n; i++) group[i] = groups.names().get(groups.groupOf()[i]);
        double[] rank = new double[n];
        double[] rep = new double[n];
        double[] far = new double[n];
        java.util.Arrays.fill(rank, Double.NaN);
        java.util.Arrays.fill(rep, Double.NaN);
        java.util.Arrays.fill(far, Double.NaN);
        int[] order = fps.order();
        for (int k = 0; k < order.length; k++) {
            rank[order[k]] = k + 1;
            rep[order[k]] = fps.rep()[k];
            far[order[k]] = fps.farthest()[k];
        }
        List<Property> out = new ArrayList<>();
        out.add(new Numbers(
                DIAGRAM_X,
                null,
                "mean structure similarity K(A, B) over B in group " + diagram.groupX()
                        + " (x of the similarity diagram)",
                diagram.x()));
        out.add(new Numbers(
                DIAGRAM_Y,
                null,
                "mean structure similarity K(A, B) over B in group " + diagram.groupY()
                        + " (y of the similarity diagram)",
                diagram.y()));
        out.add(new Strings(GROUP, "group of the configuration", group));
        out.add(new Numbers(
                FPS_RANK, null, "position in the farthest point sampling order (1 = selected first)", rank));
        out.add(new Numbers(
                REP_AT_RANK,
                "%",
                String.format(
                        Locale.ROOT,
                        "REP(n) at n = FPS rank: share of configurations within %s of the first n selected",
                        fps.epsilon()),
                rep));
        out.add(new Numbers(D_AT_RANK, null, "D(n) at n = FPS rank: farthest distance to the first n selected", far));
        if (subsetSize > 0) {
            double[] in = new double[n];
            for (int k = 0; k < subsetSize; k++) in[order[k]] = 1;
            out.add(new Numbers(
                    subsetName(subsetSize),
                    null,
                    "1 if in the FPS subset of the first " + subsetSize + " configurations selected, else 0",
                    in));
        }
        return out;
    }

    /**
     * A description for {@code meta}: what the dataset is, the reference groups of the diagram, the
     * similarity parameters and the FPS run.
     */
    public static String describe(
            Dataset dataset,
            Groups groups,
            SimilarityDiagram diagram,
            FpsResult fps,
            java.util.Map<String, Object> similarity) {
        StringBuilder sb = new StringBuilder();
        sb.append(dataset.size())
                .append(" configurations of ")
                .append(dataset.name())
                .append(" in ")
                .append(groups.count())
                .append(" groups (")
                .append(String.join(", ", groups.names()))
                .append("). ");
        sb.append("Similarity diagram: x = mean K to ")
                .append(diagram.groupX())
                .append(", y = mean K to ")
                .append(diagram.groupY())
                .append(". ");
        if (similarity != null && !similarity.isEmpty())
            sb.append("Similarity: ").append(similarity).append(". ");
        sb.append("Farthest point sampling of ")
                .append(fps.size())
                .append(" configurations, REP epsilon ")
                .append(fps.epsilon())
                .append(". Written by Sift ")
                .append(Manifest.currentVersion())
                .append('.');
        return sb.toString();
    }

    /** Map settings for {@link #analysisProperties}: the similarity diagram coloured by FPS rank, groups as symbols. */
    public static MapSettings analysisMap() {
        return new MapSettings(DIAGRAM_X, DIAGRAM_Y, FPS_RANK, GROUP);
    }

    /**
     * Writes the file through {@link AtomicFiles}.
     *
     * @param properties one value per configuration each, distinct non-empty names
     * @throws IllegalArgumentException if a property has the wrong length or a repeated name, or
     *                                  the map names a property that is not given
     */
    public static void write(
            Path target,
            boolean force,
            String name,
            String description,
            Dataset dataset,
            List<Property> properties,
            MapSettings map)
            throws IOException {
        int n = dataset.size();
        Set<String> names = new HashSet<>();
        for (Property p : properties) {
            if (p.name().isEmpty() || !names.add(p.name())) {
                throw new IllegalArgumentException(
                        "chemiscope property names must be distinct and non-empty: '" + p.name() + "'");
            }
            if (p.size() != n) {
                throw new IllegalArgumentException(
                        "chemiscope property '" + p.name() + "' has " + p.size() + " values for " + n + " structures");
            }
        }
        if (map != null) {
            for (String m : new String[] {map.x(), map.y(), map.color(), map.symbol()}) {
                if (m != null && !names.contains(m)) {
                    throw new IllegalArgumentException(
                            "chemiscope map names the property '" + m + "', which is not written");
                }
            }
        }
        JsonFactory factory = JsonFactory.builder()
                .disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
                .build();
        AtomicFiles.writeStream(target, force, out -> {
            try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                g.writeStartObject();
                g.writeObjectFieldStart("meta");
                g.writeStringField("name", name == null || name.isEmpty() ? "<unknown>" : name);
                if (description != null) g.writeStringField("description", description);
                g.writeEndObject();
                g.writeArrayFieldStart("structures");
                for (Configuration c : dataset.configurations()) structure(g, c);
                g.writeEndArray();
                g.writeObjectFieldStart("properties");
                for (Property p : properties) property(g, p);
                g.writeEndObject();
                if (map != null) {
                    g.writeObjectFieldStart("settings");
                    g.writeObjectFieldStart("map");
                    axis(g, "x", map.x());
                    axis(g, "y", map.y());
                    axis(g, "color", map.color());
                    if (map.symbol() != null) g.writeStringField("symbol", map.symbol());
                    g.writeEndObject();
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
        });
    }

    private static void axis(JsonGenerator g, String key, String property) throws IOException {
        if (property == null) return;
        g.writeObjectFieldStart(key);
        g.writeStringField("property", property);
        g.writeEndObject();
    }

    private static void structure(JsonGenerator g, Configuration c) throws IOException {
        int n = c.size();
        g.writeStartObject();
        g.writeNumberField("size", n);
        g.writeArrayFieldStart("names");
        for (String s : c.species()) g.writeString(s);
        g.writeEndArray();
        for (int k = 0; k < 3; k++) {
            g.writeArrayFieldStart(k == 0 ? "x" : k == 1 ? "y" : "z");
            for (int i = 0; i < n; i++) g.writeNumber(c.position(i, k));
            g.writeEndArray();
        }
        if (hasFullLattice(c.cell())) {
            g.writeArrayFieldStart("cell");
            for (double v : c.cell().vectors()) g.writeNumber(v);
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /** True if no lattice vector is zero (chemiscope draws a cell only then, as ASE's converter decides). */
    static boolean hasFullLattice(Cell cell) {
        for (int i = 0; i < 3; i++) {
            if (cell.get(i, 0) == 0 && cell.get(i, 1) == 0 && cell.get(i, 2) == 0) return false;
        }
        return true;
    }

    private static void property(JsonGenerator g, Property p) throws IOException {
        g.writeObjectFieldStart(p.name());
        g.writeStringField("target", "structure");
        g.writeArrayFieldStart("values");
        if (p instanceof Numbers x) {
            for (double v : x.values()) g.writeNumber(v);
        } else {
            for (String v : ((Strings) p).values()) g.writeString(v);
        }
        g.writeEndArray();
        if (p instanceof Numbers x && x.units() != null) g.writeStringField("units", x.units());
        if (p.description() != null) g.writeStringField("description", p.description());
        g.writeEndObject();
    }
}
