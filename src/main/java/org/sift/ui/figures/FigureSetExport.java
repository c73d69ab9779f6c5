package org.sift.ui.figures;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.sift.concurrent.CancelledException;
import org.sift.figures.FigureSet;
import org.sift.ui.analysis.AnalysisViewModel;
import org.sift.ui.analysis.JobRunner;
import org.sift.ui.common.DialogService;
import org.sift.workflow.AnalysisResult;

/**
 * File › Export Figure Set…: asks the folder and options ({@link FigureSetDialog}), asks before
 * replacing an earlier set, then writes the figure set of the current analysis in the background
 * through {@link FigureSet#write(AnalysisResult, FigureSet.Options, Path, boolean, int,
 * org.sift.concurrent.ProgressMonitor)}, the same files {@code sift analyze --figures} writes.
 * Progress and Cancel are those of the shared runner; a failure is shown in an error dialog.
 */
public final class FigureSetExport {

    private final AnalysisViewModel analysis;
    private final IntSupplier subsetN;
    private final Supplier<Path> defaultFolder;
    private final JobRunner runner;
    private final DialogService dialogs;
    private final int threads;
    private Path lastFolder;
    private final ReadOnlyObjectWrapper<FigureSet.Result> lastResult = new ReadOnlyObjectWrapper<>(this, "lastResult");

    /**
     * @param subsetN       the subset size n shown in the workbench (proposed for the subset figure)
     * @param defaultFolder the folder proposed the first time (may return null)
     */
    public FigureSetExport(
            AnalysisViewModel analysis,
            IntSupplier subsetN,
            Supplier<Path> defaultFolder,
            JobRunner runner,
            DialogService dialogs) {
        this.analysis = Objects.requireNonNull(analysis);
        this.subsetN = Objects.requireNonNull(subsetN);
        this.defaultFolder = Objects.requireNonNull(defaultFolder);
        this.runner = Objects.requireNonNull(runner);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** True when there is a current analysis to draw and no job runs. */
    public boolean canExport() {
        AnalysisResult r = analysis.getResult();
        return r != null && analysis.isCurrent(r) && r.maxSubsetSize() > 0 && !runner.isRunning();
    }

    /**
     * Runs the command as a user does: dialog, confirmation before replacing files, background job.
     *
     * @return true if the job was started
     */
    public boolean exportFigureSet() {
        if (!canExport()) return false;
        AnalysisResult r = analysis.getResult();
        Path proposed = lastFolder != null ? lastFolder : defaultFolder.get();
        Optional<FigureSetDialog.Choice> c = dialogs.ask(new FigureSetDialog(
                "Figure set of " + r.dataset().name() + " (" + r.size() + " configurations)",
                proposed,
                subsetN.getAsInt(),
                () -> dialogs.chooseFolder("Folder of the Figure Set")));
        if (c.isEmpty() || !analysis.isCurrent(r)) return false;
        Path dir = c.get().folder();
        FigureSet.Options o = c.get().options();
        List<Path> existing =
                FigureSet.plannedFiles(o, dir).stream().filter(Files::exists).toList();
        boolean force = false;
        if (!existing.isEmpty()) {
            if (!dialogs.confirm(
                    "Export Figure Set",
                    "Replace the figure set in " + dir + "?",
                    existing.size() + " of its files exist already ("
                            + existing.get(0).getFileName() + (existing.size() > 1 ? ", …" : "")
                            + ") and will be replaced.")) {
                return false;
            }
            force = true;
        }
        lastFolder = dir;
        boolean replace = force;
        runner.run(
                "Exporting the figure set to " + dir.getFileName(),
                m -> {
                    Files.createDirectories(dir);
                    return FigureSet.write(r, o, dir, replace, threads, m);
                },
                res -> {
                    lastResult.set(res);
                    if (!res.warnings().isEmpty()) {
                        dialogs.showError(
                                "The figure set was written to " + dir + ", with a warning",
                                String.join("\n", res.warnings()));
                    }
                },
                e -> {
                    if (!(e instanceof CancelledException)) {
                        dialogs.showError(
                                "Export of the figure set to " + dir + " failed",
                                e.getMessage() == null ? e.toString() : e.getMessage());
                    }
                });
        return true;
    }

    /** Files and warnings of the last figure set written. */
    public ReadOnlyObjectProperty<FigureSet.Result> lastResultProperty() {
        return lastResult.getReadOnlyProperty();
    }
}
