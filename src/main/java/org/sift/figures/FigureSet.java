package org.sift.figures;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.Drawable;
import org.sift.concurrent.ProgressMonitor;
import org.sift.workflow.AnalysisResult;
import org.sift.workflow.AnalysisSession;
import org.sift.workflow.AnalyzeDataset;
import org.sift.workflow.SafeFiles;

/**
 * The study's figure set, written into one folder at one {@link FigurePreset}: every figure in each
 * requested format with its data as CSV and a caption stub ({@code STEM.caption.txt}), the
 * composition table as CSV and LaTeX, and a multi-panel figure of (a)–(d) with panel letters.
 */
public final class FigureSet {

    /** The named figures, in panel order. */
    public enum Figure {
        DIAGRAM("diagram", "Similarity diagram by group"),
        REDUNDANCY("redundancy", "Cumulative pair similarity per group"),
        COVERAGE("coverage", "D(n) and REP(n) of FPS and random subsets"),
        SUBSET("subset", "FPS subset over the whole set"),
        PANELS("panels", "Multi-panel figure (a)–(d)");

        private final String stem;
        private final String title;

        Figure(String stem, String title) {
            this.stem = stem;
            this.title = title;
        }

        public String stem() {
            return stem;
        }

        public String title() {
            return title;
        }
    }

    /** Stem of the composition table files (CSV and LaTeX). */
    public static final String TABLE = "composition";
    /** The settings of a written set (preset, formats, n) and the descriptor, which {@code sift figures} reads back. */
    public static final String SETTINGS = "figure-set.json";

    /**
     * @param preset  size and type size of every figure
     * @param formats file types to write (at least one)
     * @param dpi     resolution of PNG and TIFF
     * @param subsetN size n of the FPS subset drawn in figure (d)
     */
    public record Options(FigurePreset preset, EnumSet<FigureFormat> formats, int dpi, int subsetN) {
        public Options {
            if (formats.isEmpty()) throw new IllegalArgumentException("no figure format chosen");
            if (subsetN < 1)
                throw new IllegalArgumentException("the subset size of the figures must be at least 1, got " + subsetN);
            if (dpi < FigureWriter.MIN_DPI || dpi > FigureWriter.MAX_DPI) {
                throw new IllegalArgumentException(
                        "DPI must be " + FigureWriter.MIN_DPI + " to " + FigureWriter.MAX_DPI + ", got " + dpi);
            }
            formats = EnumSet.copyOf(formats);
        }
    }

    /** Files written and warnings for the user (for example a subset size above the number of configurations). */
    public record Result(List<Path> files, List<String> warnings) {}

    private FigureSet() {}

    /** Every file {@link #write} will write into {@code dir}, so a caller can refuse overwrites before any work. */
    public static List<Path> plannedFiles(Options o, Path dir) {
        List<Path> out = new ArrayList<>();
        for (Figure f : Figure.values()) {
            for (FigureFormat fmt : o.formats()) out.add(dir.resolve(f.stem() + "." + fmt.extension()));
            out.add(dir.resolve(f.stem() + ".caption.txt"));
        }
        for (String csv : List.of("diagram", "redundancy", "coverage", "coverage-random", "subset"))
            out.add(dir.resolve(csv + ".csv"));
        out.add(dir.resolve(TABLE + ".csv"));
        out.add(dir.resolve(TABLE + ".tex"));
        out.add(dir.resolve(TABLE + ".caption.txt"));
        out.add(dir.resolve(SETTINGS));
        return out;
    }

    /** The subset size figure (d) can show, and a warning when the requested one is larger. */
    static int subsetSize(FigureData d, int requested, List<String> warnings) {
        int max = d.fpsOrder().length;
        if (requested > d.size()) {
            warnings.add("the figure subset size " + requested + " is larger than the " + d.size()
                    + " configurations: the subset figure shows all " + max + " FPS selections (every configuration)");
            return max;
        }
        if (requested > max) {
            warnings.add("FPS selected only " + max + " configurations: the subset figure shows n = " + max
                    + " instead of " + requested);
            return max;
        }
        return requested;
    }

    /**
     * The figure set of an analysis the workbench holds (File › Export figure set…): the FPS order
     * is continued to {@code o.subsetN()} when it is shorter and incomplete, then the tables and the
     * random comparison are those of {@code sift analyze} with its default sizes, repeats and seed
     * ({@link AnalyzeDataset#report}), so the files equal those {@code sift analyze --figures} writes
     * for the same dataset and settings. {@code a} itself is not modified.
     *
     * @param threads workers of the random comparison
     */
    public static Result write(
            AnalysisResult a, Options o, Path dir, boolean force, int threads, ProgressMonitor monitor)
            throws IOException {
        for (Path p : plannedFiles(o, dir)) SafeFiles.checkWritable(p, force);
        AnalysisResult full = AnalysisSession.extendFps(a, Math.min(o.subsetN(), a.selectableSize()), monitor);
        AnalyzeDataset.Options defaults = AnalyzeDataset.Options.defaults();
        AnalyzeDataset.Report r = AnalyzeDataset.report(
                full, defaults.sizes(), defaults.randomRepeats(), defaults.seed(), threads, monitor);
        String descriptor = full.settings() == null ? null : full.settings().describe();
        return write(
                FigureData.of(r, full.dataset().name(), full.inputs().epsilon(), descriptor), o, dir, force, monitor);
    }

    /** Writes the figure set into {@code dir}. */
    public static Result write(FigureData d, Options o, Path dir, boolean force) throws IOException {
        return write(d, o, dir, force, ProgressMonitor.NONE);
    }

    /**
     * Writes the figure set into {@code dir}, one unit of progress per figure file; cancellation is
     * checked before each figure (files already written stay, each complete).
     */
    public static Result write(FigureData d, Options o, Path dir, boolean force, ProgressMonitor monitor)
            throws IOException {
        for (Path p : plannedFiles(o, dir)) SafeFiles.checkWritable(p, force);
        monitor.begin(
                "Drawing the figure set",
                (long) Figure.values().length * o.formats().size() + 1);
        List<String> warnings = new ArrayList<>();
        int n = subsetSize(d, o.subsetN(), warnings);
        FigurePreset p = o.preset();
        double w = p.widthPt(), h = p.heightPt();
        List<Path> files = new ArrayList<>();
        JFreeChart[] charts = {
            FigureCharts.diagram(d, p, w, h).chart(),
            FigureCharts.redundancy(d, p, w, h).chart(),
            FigureCharts.coverage(d, p, w, h).chart(),
            FigureCharts.subset(d, n, p, w, h).chart()
        };
        Figure[] named = {Figure.DIAGRAM, Figure.REDUNDANCY, Figure.COVERAGE, Figure.SUBSET};
        for (int i = 0; i < charts.length; i++) {
            figure(charts[i], w, h, named[i], d, o, dir, force, files, monitor);
        }
        Panels panels = panels(d, p, n);
        figure(panels.figure(), panels.widthPt(), panels.heightPt(), Figure.PANELS, d, o, dir, force, files, monitor);
        monitor.checkCancelled();

        files.add(put(dir.resolve("diagram.csv"), FigureTexts.diagramCsv(d, null), force));
        files.add(put(dir.resolve("redundancy.csv"), FigureTexts.redundancyCsv(d), force));
        files.add(put(dir.resolve("coverage.csv"), FigureTexts.coverageCsv(d), force));
        files.add(put(dir.resolve("coverage-random.csv"), FigureTexts.randomCsv(d), force));
        files.add(put(dir.resolve("subset.csv"), FigureTexts.diagramCsv(d, FigureTexts.ranks(d, n)), force));
        files.add(put(dir.resolve(TABLE + ".csv"), FigureTexts.compositionCsv(d), force));
        files.add(put(dir.resolve(TABLE + ".tex"), FigureTexts.compositionLatex(d), force));
        for (Figure f : Figure.values()) {
            files.add(put(dir.resolve(f.stem() + ".caption.txt"), FigureTexts.caption(f, d, n, p), force));
        }
        files.add(put(dir.resolve(TABLE + ".caption.txt"), FigureTexts.compositionCaption(d), force));
        java.util.Map<String, Object> settings = new java.util.LinkedHashMap<>();
        settings.put("schemaVersion", 1);
        settings.put("dataset", d.dataset());
        settings.put("preset", p.id());
        settings.put("widthMm", p.widthMm());
        settings.put("heightMm", p.heightMm());
        settings.put("fontPt", p.fontPt());
        settings.put(
                "formats", o.formats().stream().map(FigureFormat::extension).toList());
        settings.put("dpi", o.dpi());
        settings.put("subsetN", n);
        settings.put("descriptor", d.descriptor());
        files.add(put(
                dir.resolve(SETTINGS),
                new com.fasterxml.jackson.databind.ObjectMapper()
                                .writerWithDefaultPrettyPrinter()
                                .writeValueAsString(settings)
                        + "\n",
                force));
        monitor.worked(1);
        return new Result(files, warnings);
    }

    /** The multi-panel figure and its size: 2 × 2 panels from 120 mm wide, else one column of 4. */
    record Panels(Drawable figure, double widthPt, double heightPt) {}

    static Panels panels(FigureData d, FigurePreset p, int n) {
        int columns = p.widthMm() >= 120 ? 2 : 1;
        double pw = p.widthPt() / columns;
        double ph = columns == 2 ? pw * 0.78 : Math.min(p.heightPt(), pw * 0.66);
        List<JFreeChart> charts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            charts.add(
                    switch (i) {
                        case 0 -> FigureCharts.diagram(d, p, pw, ph, true).chart();
                        case 1 -> FigureCharts.redundancy(d, p, pw, ph, true).chart();
                        case 2 -> FigureCharts.coverage(d, p, pw, ph, true).chart();
                        default -> FigureCharts.subset(d, n, p, pw, ph, true).chart();
                    });
        }
        int rows = FigurePanels.rows(4, columns);
        return new Panels(new FigurePanels(charts, columns, p.fontPt()), p.widthPt(), ph * rows);
    }

    private static void figure(
            Drawable chart,
            double w,
            double h,
            Figure f,
            FigureData d,
            Options o,
            Path dir,
            boolean force,
            List<Path> files,
            ProgressMonitor monitor)
            throws IOException {
        for (FigureFormat fmt : o.formats()) {
            monitor.checkCancelled();
            Path file = dir.resolve(f.stem() + "." + fmt.extension());
            FigureWriter.write(chart, w, h, fmt, o.dpi(), f.title() + " — " + d.dataset(), file, force);
            files.add(file);
            monitor.worked(1);
        }
    }

    private static Path put(Path file, String text, boolean force) throws IOException {
        SafeFiles.writeString(file, text, force);
        return file;
    }

    static String num(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.10g", v);
    }
}
