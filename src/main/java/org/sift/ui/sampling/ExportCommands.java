package org.sift.ui.sampling;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.sift.io.StructureFormat;
import org.sift.ui.analysis.AnalysisViewModel;
import org.sift.ui.common.DialogService;

/**
 * The File › Export commands as a user runs them: ask the options, ask the file, export through
 * the {@link ExportViewModel}. Every question goes through the {@link DialogService}, so tests
 * script the answers. Nothing is exported from a result that is stale or of another dataset.
 */
public final class ExportCommands {

    private static final List<DialogService.FileFilter> FIGURE_FILTERS = List.of(
            new DialogService.FileFilter("PNG image", List.of("*.png")),
            new DialogService.FileFilter("SVG vector graphics", List.of("*.svg")),
            new DialogService.FileFilter("PDF document", List.of("*.pdf")));

    private final ExportViewModel export;
    private final SamplingViewModel sampling;
    private final DialogService dialogs;

    public ExportCommands(ExportViewModel export, SamplingViewModel sampling, DialogService dialogs) {
        this.export = Objects.requireNonNull(export);
        this.sampling = Objects.requireNonNull(sampling);
        this.dialogs = Objects.requireNonNull(dialogs);
    }

    private boolean current() {
        AnalysisViewModel a = sampling.analysis();
        return a.isCurrent(a.getResult());
    }

    /** Export Subset…: options, then the file; a split writes {@code train…} and {@code validation…}. */
    public boolean exportSubset() {
        if (!current() || !export.canExportSubset()) return false;
        String header = "FPS subset of n = " + sampling.nProperty().get() + " configurations"
                + (sampling.analysis().constraintsProperty().get().isEmpty()
                        ? ""
                        : " (" + sampling.constraintsTextProperty().get() + ")");
        Optional<SubsetExportDialog.Choice> c = dialogs.ask(new SubsetExportDialog(header, export.writableFormats()));
        if (c.isEmpty()) return false;
        StructureFormat f = c.get().format();
        List<DialogService.FileFilter> filters = new ArrayList<>();
        List<String> pats = f.extensions().stream().map(x -> "*." + x).toList();
        if (!pats.isEmpty()) filters.add(new DialogService.FileFilter(f.description(), pats));
        filters.add(new DialogService.FileFilter("All files", List.of("*")));
        String ext = f.extensions().isEmpty() ? "" : "." + f.extensions().get(0);
        String prefix = switch (c.get().part()) {
            case SUBSET -> "subset-";
            case COMPLEMENT -> "complement-";
            case SPLIT -> "train-";
        };
        Optional<Path> file = dialogs.chooseFileToSave(
                "Export Subset", prefix + sampling.nProperty().get() + ext, filters);
        if (file.isEmpty() || !current()) return false;
        Path target = file.get();
        if (c.get().part() == SubsetExportDialog.Part.SPLIT) {
            return export.exportSplit(
                    target, validationPath(target), f.id(), c.get().trainShare(), 0, true);
        }
        return export.exportSubset(target, f.id(), c.get().part() == SubsetExportDialog.Part.COMPLEMENT, true);
    }

    /** The validation file beside a training file: "train" in the name becomes "validation". */
    static Path validationPath(Path train) {
        String name = train.getFileName().toString();
        String v = name.contains("train") ? name.replaceFirst("train", "validation") : "validation-" + name;
        return train.resolveSibling(v);
    }

    /** Export Figure…: preset and DPI, then the file (.png, .svg or .pdf). */
    public boolean exportFigure(JFreeChart chart, String name) {
        if (chart == null) return false;
        Optional<FigureExportDialog.Choice> c =
                dialogs.ask(new FigureExportDialog("Export the " + name.replace('-', ' ') + " chart"));
        if (c.isEmpty()) return false;
        Optional<Path> file = dialogs.chooseFileToSave("Export Figure", name + ".png", FIGURE_FILTERS);
        if (file.isEmpty()) return false;
        try {
            export.exportFigure(chart, file.get(), c.get().style(), c.get().dpi());
            return true;
        } catch (IOException | RuntimeException ex) {
            dialogs.showError("Export of " + file.get().getFileName() + " failed", ex.getMessage());
            return false;
        }
    }

    /** Export Composition Table…: a CSV of the composition of the subset of size n. */
    public boolean exportTable() {
        if (!current()) return false;
        Optional<Path> file = dialogs.chooseFileToSave(
                "Export Composition Table",
                "composition-n" + sampling.nProperty().get() + ".csv",
                List.of(new DialogService.FileFilter("CSV table", List.of("*.csv"))));
        if (file.isEmpty()) return false;
        try {
            export.exportCompositionCsv(file.get());
            return true;
        } catch (IOException ex) {
            dialogs.showError("Export of " + file.get().getFileName() + " failed", ex.getMessage());
            return false;
        }
    }

    /** Export chemiscope Map…: the analysis as a chemiscope input file (.json.gz or .json). */
    public boolean exportChemiscope() {
        if (!current()) return false;
        Optional<Path> file = dialogs.chooseFileToSave(
                "Export chemiscope Map",
                "chemiscope.json.gz",
                List.of(new DialogService.FileFilter("chemiscope input", List.of("*.json.gz", "*.json"))));
        if (file.isEmpty()) return false;
        try {
            export.exportChemiscope(file.get(), true); // the file chooser has asked before replacing
            return true;
        } catch (IOException | RuntimeException ex) {
            dialogs.showError("Export of " + file.get().getFileName() + " failed", ex.getMessage());
            return false;
        }
    }
}
