package org.sift.figures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sift.analysis.CompositionTable;
import org.sift.analysis.FpsVsRandom;
import org.sift.analysis.PairDistributions;
import org.sift.workflow.AnalysisFiles;
import org.sift.workflow.AnalyzeDataset;

/**
 * What the figure set draws, and nothing more than the analysis files hold: built from an
 * {@link AnalyzeDataset.Report} in memory (with the same 1001-quantile projection of the pair
 * distributions as {@code distributions.csv}), or read back from a folder that {@link AnalysisFiles}
 * wrote, so {@code sift figures DIR} draws the same figures without recomputing anything.
 *
 * @param dataset       name of the analysed file(s)
 * @param groups        group names, in the analysis order
 * @param groupOf       group index of every configuration
 * @param groupX        group of the diagram's x axis
 * @param groupY        group of the diagram's y axis
 * @param x             diagram x: mean K to groupX, per configuration
 * @param y             diagram y: mean K to groupY
 * @param distributions cumulative pair-similarity distribution per group that has pairs
 * @param fpsOrder      FPS selection order (configuration indices)
 * @param farthest      D(n) for n = 1..fpsOrder.length
 * @param rep           REP(n) in %, same length
 * @param epsilon       REP distance threshold ε
 * @param random        FPS against random subsets at the analysis sizes (may be empty)
 * @param compositions  FPS subset compositions per size, then the whole dataset (label "all")
 * @param descriptor    descriptor and kernel parameters in words, or null when not recorded
 */
public record FigureData(
        String dataset,
        List<String> groups,
        int[] groupOf,
        String groupX,
        String groupY,
        double[] x,
        double[] y,
        List<Cdf> distributions,
        int[] fpsOrder,
        double[] farthest,
        double[] rep,
        double epsilon,
        List<RandomRow> random,
        List<Composition> compositions,
        String descriptor) {

    /** Quantiles per group written to distributions.csv and drawn in the redundancy figure. */
    public static final int QUANTILES = 1000;

    /** Empirical CDF of one group's pair similarities: {@code fraction[q]} of pairs have K ≤ {@code k[q]}. */
    public record Cdf(String group, int members, long pairs, boolean sampled, double[] fraction, double[] k) {}

    /** FPS and random subsets (mean ± standard deviation over the repeats) at one size n. */
    public record RandomRow(
            int n, double fpsD, double fpsRep, double dMean, double dStd, double repMean, double repStd) {}

    /** Configurations per group of the first {@code label} FPS selections, or of the whole set ({@code all}). */
    public record Composition(String label, int[] counts) {
        public int total() {
            int t = 0;
            for (int c : counts) t += c;
            return t;
        }
    }

    public FigureData {
        groups = List.copyOf(groups);
        if (x.length != y.length || x.length != groupOf.length) {
            throw new IllegalArgumentException("diagram coordinates and groups differ in length");
        }
        if (farthest.length != rep.length || farthest.length != fpsOrder.length) {
            throw new IllegalArgumentException("D(n), REP(n) and the FPS order differ in length");
        }
    }

    /** Number of configurations. */
    public int size() {
        return x.length;
    }

    /** The figure data of a report; {@code descriptor} describes the similarity (may be null). */
    public static FigureData of(AnalyzeDataset.Report r, String dataset, double epsilon, String descriptor) {
        List<Cdf> cdfs = new ArrayList<>();
        for (PairDistributions.GroupDistribution g : r.distributions()) {
            if (g.sortedValues().length == 0) continue;
            double[] f = new double[QUANTILES + 1];
            double[] k = new double[QUANTILES + 1];
            for (int q = 0; q <= QUANTILES; q++) {
                f[q] = q / (double) QUANTILES;
                k[q] = g.quantile(f[q]);
            }
            cdfs.add(new Cdf(g.group(), g.members(), g.totalPairs(), g.sampled(), f, k));
        }
        List<RandomRow> rows = new ArrayList<>();
        for (FpsVsRandom.Row row : r.fpsVsRandom()) {
            rows.add(new RandomRow(
                    row.n(),
                    row.fpsFarthest(),
                    row.fpsRep(),
                    row.randomFarthestMean(),
                    row.randomFarthestStd(),
                    row.randomRepMean(),
                    row.randomRepStd()));
        }
        List<Composition> comps = new ArrayList<>();
        for (int i = 0; i < r.sizes().size(); i++) {
            comps.add(new Composition(
                    Integer.toString(r.sizes().get(i)),
                    counts(r.compositions().get(i), r.groups().names())));
        }
        comps.add(new Composition("all", counts(r.whole(), r.groups().names())));
        return new FigureData(
                dataset,
                r.groups().names(),
                r.groups().groupOf().clone(),
                r.diagram().groupX(),
                r.diagram().groupY(),
                r.diagram().x().clone(),
                r.diagram().y().clone(),
                cdfs,
                r.fps().order().clone(),
                r.fps().farthest().clone(),
                r.fps().rep().clone(),
                epsilon,
                rows,
                comps,
                descriptor);
    }

    private static int[] counts(CompositionTable t, List<String> groups) {
        int[] c = new int[groups.size()];
        for (CompositionTable.Row row : t.rows()) {
            int g = groups.indexOf(row.group());
            if (g >= 0) c[g] = row.count();
        }
        return c;
    }

    /** This data with another descriptor description. */
    public FigureData withDescriptor(String d) {
        return new FigureData(
                dataset,
                groups,
                groupOf,
                groupX,
                groupY,
                x,
                y,
                distributions,
                fpsOrder,
                farthest,
                rep,
                epsilon,
                random,
                compositions,
                d);
    }

    // ---------------------------------------------------------------- reading an analysis folder

    /**
     * Reads the figure data from a folder written by {@code sift analyze} (diagram.csv,
     * distributions.csv, fps_curve.csv, composition.csv, fps_vs_random.csv, summary.json).
     *
     * @throws IOException naming the file and line of anything missing or malformed
     */
    public static FigureData read(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new NoSuchFileException(dir + " (not an analysis folder: run sift analyze FILE --out " + dir + ")");
        }
        JsonNode summary;
        Path summaryFile = dir.resolve("summary.json");
        try {
            summary = new ObjectMapper().readTree(summaryFile.toFile());
        } catch (java.io.FileNotFoundException e) {
            throw new NoSuchFileException(
                    summaryFile + " (not an analysis folder: run sift analyze FILE --out " + dir + ")");
        } catch (IOException e) {
            throw new IOException(summaryFile + ": not valid JSON: " + e.getMessage(), e);
        }
        List<String> groups = new ArrayList<>();
        summary.path("groups").forEach(n -> groups.add(n.asText()));
        JsonNode dg = summary.path("diagramGroups");
        if (groups.isEmpty() || dg.size() != 2 || !summary.path("epsilon").isNumber()) {
            throw new IOException(summaryFile + ": no groups, diagramGroups or epsilon (not written by sift analyze?)");
        }
        Map<String, Integer> index = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) index.put(groups.get(g), g);

        Table diagram = Table.read(dir.resolve("diagram.csv"), "index", "group", "x", "y");
        int n = diagram.rows.size();
        int[] groupOf = new int[n];
        double[] x = new double[n], y = new double[n];
        for (int i = 0; i < n; i++) {
            int idx = diagram.integer(i, "index");
            if (idx != i) diagram.fail(i, "index " + idx + " out of order (expected " + i + ")");
            groupOf[i] = diagram.group(i, "group", index);
            x[i] = diagram.number(i, "x");
            y[i] = diagram.number(i, "y");
        }

        Map<String, JsonNode> distInfo = new HashMap<>();
        summary.path("distributions").forEach(d -> distInfo.put(d.path("group").asText(), d));
        Table dist = Table.read(dir.resolve("distributions.csv"), "group", "cumulative_fraction", "K");
        Map<String, List<double[]>> byGroup = new LinkedHashMap<>();
        for (int i = 0; i < dist.rows.size(); i++) {
            String g = groups.get(dist.group(i, "group", index));
            byGroup.computeIfAbsent(g, k -> new ArrayList<>())
                    .add(new double[] {dist.number(i, "cumulative_fraction"), dist.number(i, "K")});
        }
        List<Cdf> cdfs = new ArrayList<>();
        for (Map.Entry<String, List<double[]>> e : byGroup.entrySet()) {
            double[] f = e.getValue().stream().mapToDouble(v -> v[0]).toArray();
            double[] k = e.getValue().stream().mapToDouble(v -> v[1]).toArray();
            JsonNode info = distInfo.get(e.getKey());
            int members = info == null ? 0 : info.path("members").asInt();
            long pairs = info == null ? 0 : info.path("pairs").asLong();
            boolean sampled = info != null && info.path("sampled").asBoolean();
            cdfs.add(new Cdf(e.getKey(), members, pairs, sampled, f, k));
        }

        Table curve = Table.read(dir.resolve("fps_curve.csv"), "n", "index", "D", "REP");
        int m = curve.rows.size();
        int[] order = new int[m];
        double[] d = new double[m], rep = new double[m];
        for (int i = 0; i < m; i++) {
            if (curve.integer(i, "n") != i + 1) curve.fail(i, "n is not " + (i + 1));
            order[i] = curve.integer(i, "index");
            if (order[i] < 0 || order[i] >= n) curve.fail(i, "index " + order[i] + " outside 0.." + (n - 1));
            d[i] = curve.number(i, "D");
            rep[i] = curve.number(i, "REP");
        }

        List<RandomRow> random = new ArrayList<>();
        Path randomFile = dir.resolve("fps_vs_random.csv");
        if (Files.exists(randomFile)) {
            Table t = Table.read(
                    randomFile,
                    "n",
                    "fps_REP",
                    "fps_D",
                    "random_REP_mean",
                    "random_REP_std",
                    "random_D_mean",
                    "random_D_std");
            for (int i = 0; i < t.rows.size(); i++) {
                random.add(new RandomRow(
                        t.integer(i, "n"),
                        t.number(i, "fps_D"),
                        t.number(i, "fps_REP"),
                        t.number(i, "random_D_mean"),
                        t.number(i, "random_D_std"),
                        t.number(i, "random_REP_mean"),
                        t.number(i, "random_REP_std")));
            }
        }

        Table comp = Table.read(dir.resolve("composition.csv"), "n", "group", "count", "percent");
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (int i = 0; i < comp.rows.size(); i++) {
            // subset,n,... since the subset label got its own column; n = all in files of Sift 0.1
            String label = comp.has("subset") && comp.text(i, "subset").equals("all") ? "all" : comp.text(i, "n");
            counts.computeIfAbsent(label, k -> new int[groups.size()])[comp.group(i, "group", index)] =
                    comp.integer(i, "count");
        }
        List<Composition> comps = new ArrayList<>();
        counts.forEach((label, c) -> comps.add(new Composition(label, c)));

        String descriptor =
                summary.hasNonNull("descriptor") ? summary.get("descriptor").asText() : null;
        Path settings = dir.resolve("figures").resolve(FigureSet.SETTINGS);
        if (descriptor == null && Files.exists(settings)) {
            JsonNode s = new ObjectMapper().readTree(settings.toFile());
            descriptor = s.hasNonNull("descriptor") ? s.get("descriptor").asText() : null;
        }
        return new FigureData(
                summary.path("dataset").asText(dir.toString()),
                groups,
                groupOf,
                dg.get(0).asText(),
                dg.get(1).asText(),
                x,
                y,
                cdfs,
                order,
                d,
                rep,
                summary.get("epsilon").asDouble(),
                random,
                comps,
                descriptor);
    }

    /** A CSV file with a header, read whole; errors name the file and the line. */
    private static final class Table {
        final Path file;
        final Map<String, Integer> columns = new HashMap<>();
        final List<String[]> rows = new ArrayList<>();

        private Table(Path file) {
            this.file = file;
        }

        static Table read(Path file, String... required) throws IOException {
            Table t = new Table(file);
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String header = in.readLine();
                if (header == null) throw new IOException(file + ": empty file");
                String[] names = split(header);
                for (int c = 0; c < names.length; c++) t.columns.put(names[c], c);
                for (String r : required) {
                    if (!t.columns.containsKey(r))
                        throw new IOException(file + ":1: no column '" + r + "' in the header");
                }
                String line;
                while ((line = in.readLine()) != null) {
                    if (!line.isEmpty()) t.rows.add(split(line));
                }
            } catch (NoSuchFileException e) {
                throw new NoSuchFileException(file + " (the analysis folder is incomplete: run sift analyze again)");
            }
            return t;
        }

        boolean has(String column) {
            return columns.containsKey(column);
        }

        String text(int row, String column) throws IOException {
            String[] r = rows.get(row);
            int c = columns.get(column);
            if (c >= r.length) fail(row, "no value in column '" + column + "'");
            return r[c];
        }

        double number(int row, String column) throws IOException {
            String s = text(row, column);
            if (s.isEmpty()) return Double.NaN;
            try {
                return Double.parseDouble(s);
            } catch (NumberFormatException e) {
                fail(row, "'" + s + "' in column '" + column + "' is not a number");
                return Double.NaN;
            }
        }

        int integer(int row, String column) throws IOException {
            String s = text(row, column);
            try {
                return Integer.parseInt(s);
            } catch (NumberFormatException e) {
                fail(row, "'" + s + "' in column '" + column + "' is not an integer");
                return 0;
            }
        }

        int group(int row, String column, Map<String, Integer> index) throws IOException {
            String g = text(row, column);
            Integer i = index.get(g);
            if (i == null) fail(row, "group '" + g + "' is not among the groups of summary.json");
            return i;
        }

        void fail(int row, String message) throws IOException {
            throw new IOException(file + ":" + (row + 2) + ": " + message);
        }

        /** Splits one CSV line, with "quoted, fields" and doubled quotes inside them. */
        static String[] split(String line) {
            List<String> out = new ArrayList<>();
            StringBuilder sb = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char ch = line.charAt(i);
                if (quoted) {
                    if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        sb.append('"');
                        i++;
                    } else if (ch == '"') {
                        quoted = false;
                    } else {
                        sb.append(ch);
                    }
                } else if (ch == '"') {
                    quoted = true;
                } else if (ch == ',') {
                    out.add(sb.toString());
                    sb.setLength(0);
                } else {
                    sb.append(ch);
                }
            }
            out.add(sb.toString());
            return out.toArray(String[]::new);
        }
    }
}
