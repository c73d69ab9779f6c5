package org.sift.ui.sampling;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.jfree.chart.JFreeChart;
import org.sift.figures.ChartExport;
import org.sift.figures.ChartStyle;
import org.sift.io.FormatRegistry;
import org.sift.io.StructureFormat;
import org.sift.ui.analysis.JobRunner;
import org.sift.workflow.AnalysisResult;
import org.sift.workflow.ExportSubset;
import org.sift.workflow.Selection;

/**
 * Export commands of the analysis views: the FPS subset of size n (or its complement) with its
 * manifest through {@link ExportSubset}, a chart through {@link ChartExport}, and the composition
 * table as CSV. The views call these with the path from a file chooser; tests call them directly.
 */
public final class ExportViewModel {

    private final SamplingViewModel sampling;
    private final FormatRegistry registry;
    private final Supplier<List<Path>> sources;
    private final JobRunner runner;
    private final javafx.beans.property.StringProperty groupBy =
            new javafx.beans.property.SimpleStringProperty(this, "groupBy", null);
    private final ReadOnlyObjectWrapper<ExportSubset.Result> lastExport =
            new ReadOnlyObjectWrapper<>(this, "lastExport");

    /**
     * @param sources the files the dataset was read from (hashed into the manifest)
     */
    public ExportViewModel(
            SamplingViewModel sampling, FormatRegistry registry, Supplier<List<Path>> sources, JobRunner runner) {
        this.sampling = sampling;
        this.registry = registry;
        this.sources = sources;
        this.runner = runner;
    }

    /**
     * The per-configuration property the dataset is grouped by (null: the reduced formula): recorded in the
     * manifest, and the groups a train/validation split preserves.
     */
    public javafx.beans.property.StringProperty groupByProperty() {
        return groupBy;
    }

    /** The formats a subset can be written in. */
    public List<StructureFormat> writableFormats() {
        return registry.writable();
    }

    /** True when there is a subset to export. */
    public boolean canExportSubset() {
        AnalysisResult r = sampling.analysis().getResult();
        return r != null && r.maxSubsetSize() > 0 && !runner.isRunning();
    }

    /**
     * The FPS subset of the current size n as a selection: what {@code sift select -n n} with the
     * same pins and bans gives (FPS is greedy, so the prefix of the full run is the run stopped at n).
     */
    public Selection selection() {
        AnalysisResult r = sampling.analysis().getResult();
        if (r == null || r.maxSubsetSize() == 0) {
            throw new IllegalStateException("no analysis to export");
        }
        return r.fpsSelection(sampling.nProperty().get());
    }

    /** The manifest written next to {@code target}: its name up to the first dot + {@code .manifest.json}. */
    public static Path manifestPath(Path target) {
        String name = target.getFileName().toString();
        int dot = name.indexOf('.', 1);
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return target.resolveSibling(stem + ".manifest.json");
    }

    /**
     * Writes the subset (or, with {@code complement}, the configurations not in it) to {@code target}
     * in the given format (null: by file name), and the manifest next to it, in the background.
     *
     * @param force replace existing files (the file chooser has asked already)
     * @return false if nothing can be exported now (no analysis, or a task is running)
     */
    public boolean exportSubset(Path target, String formatId, boolean complement, boolean force) {
        if (!canExportSubset()) {
            return false;
        }
        AnalysisResult r = sampling.analysis().getResult();
        Selection s = selection();
        List<Path> src = List.copyOf(sources.get());
        Path manifest = manifestPath(target);
        ExportSubset.Options none = ExportSubset.Options.none();
        ExportSubset.Options o = (complement ? none.withComplement(target) : none.withSubset(target))
                .withManifest(manifest).withGroupBy(groupBy.get()).withFormat(formatId).overwriting(force);
        String what = "Exporting " + (complement ? "the complement of " : "") + "the subset of " + s.size() + " to "
                + target.getFileName();
        runner.run(
                what,
                m -> new ExportSubset(registry).run(r.dataset(), src, s, r.similarityParameters(), o),
                lastExport::set,
                e -> {});
        return true;
    }

    /**
     * Writes a group-preserving train/validation split of the current subset (the study's split:
     * each group's share kept in both parts) to {@code train} and {@code validation}, with the
     * manifest beside {@code train}, in the background.
     *
     * @param trainFraction share of the training part, in (0, 1)
     * @param seed          seed of the split
     * @return false if nothing can be exported now
     */
    public boolean exportSplit(
            Path train, Path validation, String formatId, double trainFraction, long seed, boolean force) {
        if (!canExportSubset()) {
            return false;
        }
        if (!(trainFraction > 0 && trainFraction < 1)) {
            throw new IllegalArgumentException("training share must be between 0 and 1, got " + trainFraction);
        }
        AnalysisResult r = sampling.analysis().getResult();
        Selection s = selection();
        List<Path> src = List.copyOf(sources.get());
        ExportSubset.Options o = ExportSubset.Options.none().withSplit(train, validation, trainFraction, seed)
                .withManifest(manifestPath(train)).withGroupBy(groupBy.get()).withFormat(formatId).overwriting(force);
        runner.run(
                "Exporting a train/validation split of the subset of " + s.size(),
                m -> new ExportSubset(registry).run(r.dataset(), src, s, r.similarityParameters(), o),
                lastExport::set,
                e -> {});
        return true;
    }

    /**
     * Writes the given configurations (a named subset, in its order) to {@code target} with a
     * manifest, in the background; D(n) and REP(n) are those of the FPS run when the subset is an
     * FPS prefix, else unknown (NaN).
     *
     * @return false if nothing can be exported now
     */
    public boolean exportIndices(Path target, String formatId, int[] indices, boolean force) {
        AnalysisResult r = sampling.analysis().getResult();
        if (r == null || runner.isRunning() || indices == null || indices.length == 0) {
            return false;
        }
        int k = indices.length;
        Selection s = r.selectionOf(indices);
        List<Path> src = List.copyOf(sources.get());
        ExportSubset.Options o = ExportSubset.Options.subsetOnly(target)
                .withManifest(manifestPath(target)).withGroupBy(groupBy.get()).withFormat(formatId).overwriting(force);
        runner.run(
                "Exporting " + k + " configurations to " + target.getFileName(),
                m -> new ExportSubset(registry).run(r.dataset(), src, s, r.similarityParameters(), o),
                lastExport::set,
                e -> {});
        return true;
    }

    /** Writes a chart as PNG, SVG or PDF (by extension), sized and lettered by the style. */
    public void exportFigure(JFreeChart chart, Path target, ChartStyle style, int dpi) throws IOException {
        if (chart == null) {
            throw new IllegalStateException("no chart to export");
        }
        ChartExport.write(chart, target, style, dpi, true);
    }

    /**
     * The composition table as CSV: group, FPS count, FPS %, share of the whole dataset %, and,
     * when compared with random subsets, their mean count and %.
     */
    public String compositionCsv() {
        StringBuilder sb = new StringBuilder();
        boolean random = sampling.rows().stream().anyMatch(r -> !Double.isNaN(r.randomCount()));
        sb.append("# subset size n = ")
                .append(sampling.nProperty().get())
                .append(", ")
                .append(sampling.farthestTextProperty().get())
                .append(", ")
                .append(sampling.repTextProperty().get())
                .append('\n');
        sb.append("group,count,percent,whole_percent");
        if (random) sb.append(",random_mean_count,random_percent");
        sb.append('\n');
        for (CompositionRow r : sampling.rows()) {
            sb.append(csv(r.group()))
                    .append(',')
                    .append(r.count())
                    .append(',')
                    .append(String.format(Locale.ROOT, "%.2f,%.2f", r.percent(), r.wholePercent()));
            if (random) sb.append(String.format(Locale.ROOT, ",%.2f,%.2f", r.randomCount(), r.randomPercent()));
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * Writes the current analysis as a chemiscope input file: structures, diagram coordinates,
     * groups, FPS rank, REP and D at that rank, and membership of the subset of size n.
     */
    public void exportChemiscope(Path target, boolean force) throws IOException {
        AnalysisResult r = sampling.analysis().getResult();
        int n = Math.min(sampling.nProperty().get(), r.fps().size());
        org.sift.workflow.ChemiscopeFile.write(
                target,
                force,
                r.dataset().name(),
                org.sift.workflow.ChemiscopeFile.describe(
                        r.dataset(), r.groups(), r.diagram(), r.fps(), r.similarityParameters()),
                r.dataset(),
                org.sift.workflow.ChemiscopeFile.analysisProperties(r.groups(), r.diagram(), r.fps(), Math.max(0, n)),
                org.sift.workflow.ChemiscopeFile.analysisMap());
    }

    public void exportCompositionCsv(Path target) throws IOException {
        Path abs = target.toAbsolutePath();
        if (abs.getParent() != null) Files.createDirectories(abs.getParent());
        Files.writeString(abs, compositionCsv(), StandardCharsets.UTF_8);
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /** The result of the last subset export that succeeded. */
    public ReadOnlyObjectProperty<ExportSubset.Result> lastExportProperty() {
        return lastExport.getReadOnlyProperty();
    }
}
