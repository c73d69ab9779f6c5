package org.sift.ui.app;

import java.util.List;
import java.util.function.IntConsumer;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.jfree.chart.JFreeChart;
import org.sift.figures.GroupPalette;
import org.sift.ui.accuracy.AccuracyView;
import org.sift.ui.accuracy.AccuracyViewModel;
import org.sift.ui.analysis.AnalysisViewModel;
import org.sift.ui.analysis.ChartPane;
import org.sift.ui.analysis.JobRunner;
import org.sift.ui.common.DialogService;
import org.sift.ui.diagram.DiagramView;
import org.sift.ui.diagram.DiagramViewModel;
import org.sift.ui.distributions.DistributionsView;
import org.sift.ui.distributions.DistributionsViewModel;
import org.sift.ui.figures.FigureSetExport;
import org.sift.ui.sampling.ExportCommands;
import org.sift.ui.sampling.ExportViewModel;
import org.sift.ui.sampling.SamplingView;
import org.sift.ui.sampling.SamplingViewModel;
import org.sift.workflow.AnalysisResult;
import org.sift.workflow.AnalysisSession;

/**
 * Composition of the analysis views: builds the pipeline and the Diagram, Redundancy and Sampling
 * ViewModels and views, links them to the dataset panel and the settings, and offers the menu
 * items (exports, the figure set, undo/redo of pins and bans, recompute) that {@link MainView} places. The export
 * questions live in {@link ExportCommands}, the screenshot state in {@link DemoState}; a new tab is
 * one more entry in {@link #tabs()}.
 */
public final class AnalysisTabs {

    private final MainViewModel main;
    private final AnalysisViewModel analysis;
    private final SamplingViewModel sampling;
    private final DiagramViewModel diagram;
    private final DistributionsViewModel distributions;
    private final ExportViewModel export;
    private final ExportCommands exports;
    private final FigureSetExport figureSet;
    private final DiagramView diagramView;
    private final DistributionsView distributionsView;
    private final SamplingView samplingView;
    private final Tab diagramTab;
    private final Tab redundancyTab;
    private final Tab samplingTab;
    private final AccuracyViewModel accuracy;
    private final AccuracyView accuracyView;
    private final Tab accuracyTab;

    public AnalysisTabs(
            MainViewModel main, AnalysisSession.ProviderFactory factory, DialogService dialogs, IntConsumer inspect) {
        this.main = main;
        JobRunner jobs = JobRunner.fx(main.taskRunner());
        analysis = new AnalysisViewModel(jobs, factory);
        var d = main.datasetViewModel();
        analysis.datasetProperty().bind(d.datasetProperty());
        analysis.labelsProperty().bind(d.labelsProperty());
        analysis.groupXProperty().bind(d.referenceXProperty());
        analysis.groupYProperty().bind(d.referenceYProperty());
        analysis.settingsProperty().bind(main.settingsProperty());
        sampling = new SamplingViewModel(analysis);
        diagram = new DiagramViewModel(analysis, sampling);
        distributions = new DistributionsViewModel(analysis);
        export = new ExportViewModel(
                sampling, main.registry(), () -> main.openedFilesProperty().get(), jobs);
        export.groupByProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> org.sift.ui.dataset.DatasetViewModel.REDUCED_FORMULA.equals(d.groupByProperty().get())
                        ? null
                        : d.groupByProperty().get(),
                d.groupByProperty()));
        exports = new ExportCommands(export, sampling, dialogs);
        figureSet = new FigureSetExport(
                analysis, () -> sampling.nProperty().get(), () -> figureFolder(main), jobs, dialogs);

        diagramView = new DiagramView(diagram, inspect);
        distributionsView = new DistributionsView(distributions);
        samplingView = new SamplingView(sampling, () -> {
            AnalysisResult r = analysis.getResult();
            return r == null ? null : GroupPalette.of(r.groups());
        });
        diagramTab = tab(
                "Diagram",
                "diagramTab",
                diagramView,
                "Similarity diagram: mean similarity to reference groups X and Y; FPS subset highlighted");
        redundancyTab = tab(
                "Redundancy",
                "redundancyTab",
                distributionsView,
                "Distribution of pairwise similarity within each group");
        samplingTab = tab(
                "Sampling",
                "samplingTab",
                samplingView,
                "Subset size n, coverage curves D(n) and REP(n), composition of the subset");
        for (ChartPane p : List.of(diagramView.chartPane(), distributionsView.chartPane(), samplingView.chartPane())) {
            p.showStale(analysis.staleTextProperty());
        }
        accuracy = new AccuracyViewModel(analysis, jobs);
        accuracy.currentNProperty().bind(sampling.nProperty());
        accuracyView = new AccuracyView(
                accuracy, dialogs, () -> exports.exportFigure(accuracy.chartProperty().get(), "learning-curve"));
        accuracyView.chartPane().showStale(analysis.staleTextProperty());
        accuracyTab = tab(
                "Accuracy",
                "accuracyTab",
                accuracyView,
                "Surrogate learning curve: energy RMSE against n for FPS, random and the other selectors");
        diagramView.setActive(diagramTab.isSelected());
        diagramTab.selectedProperty().addListener((o, a, on) -> diagramView.setActive(on));
    }

    private static Tab tab(String name, String id, javafx.scene.Node content, String tip) {
        Tab t = new Tab(name, content);
        t.setId(id);
        t.setClosable(false);
        t.setTooltip(new Tooltip(tip));
        return t;
    }

    public List<Tab> tabs() {
        return List.of(diagramTab, redundancyTab, samplingTab, accuracyTab);
    }

    /** File menu items: export subset, figure, composition table. */
    public List<MenuItem> fileMenuItems(TabPane tabs) {
        MenuItem subset = item(
                "Export _Subset…", "exportSubsetItem", new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        subset.setOnAction(e -> exports.exportSubset());
        subset.disableProperty()
                .bind(analysis.resultProperty()
                        .isNull()
                        .or(analysis.staleProperty())
                        .or(main.taskRunner().runningProperty()));
        MenuItem figure = item("Export _Figure…", "exportFigureItem", null);
        figure.setOnAction(e -> exports.exportFigure(currentChart(tabs), currentChartName(tabs)));
        figure.disableProperty().bind(analysis.resultProperty().isNull().or(analysis.staleProperty()));
        MenuItem table = item("Export Composition _Table…", "exportTableItem", null);
        table.setOnAction(e -> exports.exportTable());
        table.disableProperty().bind(analysis.resultProperty().isNull().or(analysis.staleProperty()));
        MenuItem chemiscope = item("Export _chemiscope Map…", "exportChemiscopeItem", null);
        chemiscope.setOnAction(e -> exports.exportChemiscope());
        chemiscope.disableProperty().bind(analysis.resultProperty().isNull().or(analysis.staleProperty()));
        MenuItem set = item("Export Figure Se_t…", "exportFigureSetItem", null);
        set.setOnAction(e -> figureSet.exportFigureSet());
        set.disableProperty()
                .bind(analysis.resultProperty()
                        .isNull()
                        .or(analysis.staleProperty())
                        .or(main.taskRunner().runningProperty()));
        return List.of(subset, figure, set, table, chemiscope);
    }

    /** The folder first proposed for a figure set: {@code NAME-figures} beside the first opened file. */
    private static java.nio.file.Path figureFolder(MainViewModel main) {
        List<java.nio.file.Path> files = main.openedFilesProperty().get();
        if (files == null || files.isEmpty() || files.get(0).toAbsolutePath().getParent() == null) return null;
        java.nio.file.Path f = files.get(0).toAbsolutePath();
        String name = f.getFileName().toString();
        int dot = name.indexOf('.', 1);
        return f.getParent().resolve((dot > 0 ? name.substring(0, dot) : name) + "-figures");
    }

    /** Edit menu items: undo and redo of pins and bans. */
    public List<MenuItem> editMenuItems() {
        MenuItem undo =
                item("_Undo Pin/Ban", "undoItem", new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        undo.setOnAction(e -> sampling.undo());
        undo.disableProperty().bind(sampling.canUndoProperty().not());
        MenuItem redo = item(
                "_Redo Pin/Ban",
                "redoItem",
                new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        redo.setOnAction(e -> sampling.redo());
        redo.disableProperty().bind(sampling.canRedoProperty().not());
        return List.of(undo, redo);
    }

    private static MenuItem item(String text, String id, KeyCombination accel) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        if (accel != null) m.setAccelerator(accel);
        return m;
    }

    /** The chart of the selected tab (the diagram when a non-chart tab is selected). */
    public JFreeChart currentChart(TabPane tabs) {
        Tab t = tabs.getSelectionModel().getSelectedItem();
        if (t == redundancyTab) return distributions.chartProperty().get();
        if (t == samplingTab) return sampling.coverageChartProperty().get();
        if (t == accuracyTab) return accuracy.chartProperty().get();
        return diagram.chartProperty().get();
    }

    private String currentChartName(TabPane tabs) {
        Tab t = tabs.getSelectionModel().getSelectedItem();
        return t == redundancyTab ? "pair-similarity" : t == samplingTab ? "coverage" : t == accuracyTab ? "learning-curve" : "similarity-diagram";
    }

    public AnalysisViewModel analysis() {
        return analysis;
    }

    public SamplingViewModel sampling() {
        return sampling;
    }

    public DiagramViewModel diagram() {
        return diagram;
    }

    public DistributionsViewModel distributions() {
        return distributions;
    }

    public ExportViewModel export() {
        return export;
    }

    public FigureSetExport figureSetExport() {
        return figureSet;
    }

    public ExportCommands exportCommands() {
        return exports;
    }

    public DiagramView diagramView() {
        return diagramView;
    }

    public DistributionsView distributionsView() {
        return distributionsView;
    }

    public AccuracyViewModel accuracy() {
        return accuracy;
    }

    public AccuracyView accuracyView() {
        return accuracyView;
    }

    public SamplingView samplingView() {
        return samplingView;
    }
}
