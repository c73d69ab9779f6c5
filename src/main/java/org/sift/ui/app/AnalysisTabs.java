package org.sift.ui.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.StringConverter;
import org.jfree.chart.JFreeChart;
import org.sift.figures.ChartStyle;
import org.sift.io.StructureFormat;
import org.sift.ui.analysis.AnalysisResult;
import org.sift.ui.analysis.AnalysisViewModel;
import org.sift.ui.analysis.JobRunner;
import org.sift.ui.analysis.Pipeline;
import org.sift.ui.common.Dialogs;
import org.sift.ui.diagram.DiagramView;
import org.sift.ui.diagram.DiagramViewModel;
import org.sift.ui.distributions.DistributionsView;
import org.sift.ui.distributions.DistributionsViewModel;
import org.sift.ui.sampling.ExportViewModel;
import org.sift.ui.sampling.SamplingView;
import org.sift.ui.sampling.SamplingViewModel;

/**
 * Composition of the analysis views (phase 2): builds the pipeline and the Diagram, Redundancy
 * and Sampling ViewModels and views, links them to the dataset panel and the settings, and offers
 * the menu items (exports, undo/redo of pins and bans) that {@link MainView} places.
 */
public final class AnalysisTabs {

    private final Stage stage;
    private final MainViewModel main;
    private final AnalysisViewModel analysis;
    private final SamplingViewModel sampling;
    private final DiagramViewModel diagram;
    private final DistributionsViewModel distributions;
    private final ExportViewModel export;
    private final DiagramView diagramView;
    private final DistributionsView distributionsView;
    private final SamplingView samplingView;
    private final Tab diagramTab;
    private final Tab redundancyTab;
    private final Tab samplingTab;

    public AnalysisTabs(Stage stage, MainViewModel main, Pipeline.ProviderFactory factory, IntConsumer inspect) {
        this.stage = stage;
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
        export = new ExportViewModel(sampling, main.registry(), () -> main.openedFilesProperty().get(), jobs);

        diagramView = new DiagramView(diagram, inspect);
        distributionsView = new DistributionsView(distributions);
        samplingView = new SamplingView(sampling, () -> {
            AnalysisResult r = analysis.getResult();
            return r == null ? null : r.palette();
        });
        diagramTab = tab("Diagram", "diagramTab", diagramView,
                "Similarity diagram: mean similarity to reference groups X and Y; FPS subset highlighted");
        redundancyTab = tab("Redundancy", "redundancyTab", distributionsView,
                "Distribution of pairwise similarity within each group");
        samplingTab = tab("Sampling", "samplingTab", samplingView,
                "Subset size n, coverage curves D(n) and REP(n), composition of the subset");
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
        return List.of(diagramTab, redundancyTab, samplingTab);
    }

    /** File menu items: export subset, figure, composition table. */
    public List<MenuItem> fileMenuItems(TabPane tabs) {
        MenuItem subset = item("Export _Subset…", "exportSubsetItem", new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        subset.setOnAction(e -> chooseSubsetExport());
        subset.disableProperty().bind(analysis.resultProperty().isNull().or(main.taskRunner().runningProperty()));
        MenuItem figure = item("Export _Figure…", "exportFigureItem", null);
        figure.setOnAction(e -> chooseFigureExport(tabs));
        figure.disableProperty().bind(analysis.resultProperty().isNull());
        MenuItem table = item("Export Composition _Table…", "exportTableItem", null);
        table.setOnAction(e -> chooseTableExport());
        table.disableProperty().bind(analysis.resultProperty().isNull());
        return List.of(subset, figure, table);
    }

    /** Edit menu items: undo and redo of pins and bans. */
    public List<MenuItem> editMenuItems() {
        MenuItem undo = item("_Undo Pin/Ban", "undoItem", new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        undo.setOnAction(e -> sampling.undo());
        undo.disableProperty().bind(sampling.canUndoProperty().not());
        MenuItem redo = item("_Redo Pin/Ban", "redoItem",
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
        return diagram.chartProperty().get();
    }

    private String currentChartName(TabPane tabs) {
        Tab t = tabs.getSelectionModel().getSelectedItem();
        return t == redundancyTab ? "pair-similarity" : t == samplingTab ? "coverage" : "similarity-diagram";
    }

    // ----- export dialogs (the commands themselves live in ExportViewModel) -----

    private void chooseSubsetExport() {
        Dialog<ButtonType> dlg = new Dialog<>();
        dlg.initOwner(stage);
        dlg.setTitle("Export Subset");
        dlg.setHeaderText("FPS subset of n = " + sampling.nProperty().get() + " configurations"
                + (analysis.constraintsProperty().get().isEmpty() ? "" : " (" + sampling.constraintsTextProperty().get() + ")"));
        ChoiceBox<StructureFormat> format = new ChoiceBox<>(FXCollections.observableArrayList(export.writableFormats()));
        format.setId("exportFormat");
        format.setConverter(new StringConverter<>() {
            @Override public String toString(StructureFormat f) { return f == null ? "" : f.description(); }
            @Override public StructureFormat fromString(String s) { return null; }
        });
        if (!format.getItems().isEmpty()) format.getSelectionModel().select(0);
        ToggleGroup which = new ToggleGroup();
        RadioButton sub = new RadioButton("The subset");
        sub.setToggleGroup(which);
        sub.setSelected(true);
        RadioButton comp = new RadioButton("Its complement (the configurations not selected)");
        comp.setToggleGroup(which);
        RadioButton split = new RadioButton("A train/validation split of the subset, each group's share kept; training share");
        split.setId("exportSplit");
        split.setToggleGroup(which);
        javafx.scene.control.Spinner<Double> share = new javafx.scene.control.Spinner<>(0.05, 0.95, 0.5, 0.05);
        share.setId("exportTrainShare");
        share.setPrefWidth(90);
        share.disableProperty().bind(split.selectedProperty().not());
        share.setTooltip(new Tooltip("Share of the training part; the validation part gets the rest"));
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.setPadding(new Insets(8));
        g.addRow(0, new Label("Format"), format);
        g.addRow(1, new Label("Write"), sub);
        g.add(comp, 1, 2);
        g.add(new javafx.scene.layout.HBox(8, split, share), 1, 3);
        g.add(new Label("A manifest (JSON: sources with SHA-256, options, order, D(n), REP(n)) is written next to it."), 0, 4, 2, 1);
        dlg.getDialogPane().setContent(g);
        dlg.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Optional<ButtonType> r = dlg.showAndWait();
        if (r.isEmpty() || r.get() != ButtonType.OK || format.getValue() == null) return;
        StructureFormat f = format.getValue();
        FileChooser fc = new FileChooser();
        fc.setTitle("Export Subset");
        List<String> pats = f.extensions().stream().map(x -> "*." + x).toList();
        if (!pats.isEmpty()) fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.description(), pats));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*"));
        String ext = f.extensions().isEmpty() ? "" : "." + f.extensions().get(0);
        fc.setInitialFileName((comp.isSelected() ? "complement-" : split.isSelected() ? "train-" : "subset-")
                + sampling.nProperty().get() + ext);
        File file = fc.showSaveDialog(stage);
        if (file == null) {
            return;
        }
        if (split.isSelected()) {
            java.nio.file.Path train = file.toPath();
            String name = train.getFileName().toString();
            String vname = name.contains("train") ? name.replaceFirst("train", "validation") : "validation-" + name;
            export.exportSplit(train, train.resolveSibling(vname), f.id(), share.getValue(), 0, true);
        } else {
            export.exportSubset(file.toPath(), f.id(), comp.isSelected(), true);
        }
    }

    private void chooseFigureExport(TabPane tabs) {
        JFreeChart chart = currentChart(tabs);
        if (chart == null) return;
        Dialog<ButtonType> dlg = new Dialog<>();
        dlg.initOwner(stage);
        dlg.setTitle("Export Figure");
        dlg.setHeaderText("Export the " + currentChartName(tabs).replace('-', ' ') + " chart");
        ChoiceBox<ChartStyle> preset = new ChoiceBox<>(FXCollections.observableArrayList(ChartStyle.PRESETS));
        preset.setId("figurePreset");
        preset.setConverter(new StringConverter<>() {
            @Override public String toString(ChartStyle s) { return s == null ? "" : s.name(); }
            @Override public ChartStyle fromString(String s) { return null; }
        });
        preset.getSelectionModel().select(ChartStyle.SINGLE_COLUMN);
        Spinner<Integer> dpi = new Spinner<>(72, 1200, 300, 50);
        dpi.setId("figureDpi");
        dpi.setEditable(true);
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.setPadding(new Insets(8));
        g.addRow(0, new Label("Size and fonts"), preset);
        g.addRow(1, new Label("PNG resolution (DPI)"), dpi);
        g.add(new Label("The file type follows the extension: .png, .svg or .pdf."), 0, 2, 2, 1);
        dlg.getDialogPane().setContent(g);
        dlg.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Optional<ButtonType> r = dlg.showAndWait();
        if (r.isEmpty() || r.get() != ButtonType.OK) return;
        FileChooser fc = new FileChooser();
        fc.setTitle("Export Figure");
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("PNG image", "*.png"),
                new FileChooser.ExtensionFilter("SVG vector graphics", "*.svg"),
                new FileChooser.ExtensionFilter("PDF document", "*.pdf"));
        fc.setInitialFileName(currentChartName(tabs) + ".png");
        File file = fc.showSaveDialog(stage);
        if (file == null) return;
        Path p = withExtension(file.toPath(), fc.getSelectedExtensionFilter());
        try {
            export.exportFigure(chart, p, preset.getValue(), dpi.getValue());
        } catch (IOException | RuntimeException ex) {
            Dialogs.showError(stage, "Sift", "Export of " + p.getFileName() + " failed", ex.getMessage());
        }
    }

    private static Path withExtension(Path p, FileChooser.ExtensionFilter f) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".png") || n.endsWith(".svg") || n.endsWith(".pdf") || f == null) return p;
        String ext = f.getExtensions().get(0).substring(1);
        return p.resolveSibling(p.getFileName() + ext);
    }

    private void chooseTableExport() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Export Composition Table");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV table", "*.csv"));
        fc.setInitialFileName("composition-n" + sampling.nProperty().get() + ".csv");
        File file = fc.showSaveDialog(stage);
        if (file == null) return;
        try {
            export.exportCompositionCsv(file.toPath());
        } catch (IOException ex) {
            Dialogs.showError(stage, "Sift", "Export of " + file.getName() + " failed", ex.getMessage());
        }
    }

    // ----- demo state for screenshots -----

    /**
     * Parses {@code key=value,key=value}: {@code tab} (diagram, redundancy, sampling,
     * configurations), {@code n} (subset size), {@code select} ({@code auto}: box-mark the middle of
     * the diagram, or {@code x0:y0:x1:y1}: a box in data coordinates), {@code random} (true: compare
     * with random subsets), {@code log} (true: log n axis), {@code ready} (a file written
     * once the state is applied and the analysis, including the random comparison, is idle, so
     * that a script knows when to take the screenshot).
     */
    static Map<String, String> parseDemoState(String spec) {
        Map<String, String> m = new LinkedHashMap<>();
        if (spec == null) return m;
        for (String part : spec.split(",")) {
            String t = part.trim();
            if (t.isEmpty()) continue;
            int eq = t.indexOf('=');
            if (eq <= 0) throw new IllegalArgumentException("demo state: expected key=value, got '" + t + "'");
            m.put(t.substring(0, eq).trim().toLowerCase(Locale.ROOT), t.substring(eq + 1).trim());
        }
        return m;
    }

    /** Applies a demo state once the first analysis is in (see {@link #parseDemoState}). */
    public void applyDemoStateWhenReady(String spec, TabPane tabs) {
        Map<String, String> m = parseDemoState(spec);
        if (m.isEmpty()) return;
        javafx.beans.value.ChangeListener<AnalysisResult> l = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends AnalysisResult> o, AnalysisResult a, AnalysisResult r) {
                if (r == null) return;
                analysis.resultProperty().removeListener(this);
                applyDemoState(m, tabs);
            }
        };
        if (analysis.getResult() != null) applyDemoState(m, tabs);
        else analysis.resultProperty().addListener(l);
    }

    private void applyDemoState(Map<String, String> m, TabPane tabs) {
        if (m.containsKey("n")) sampling.nProperty().set(Integer.parseInt(m.get("n")));
        if ("true".equalsIgnoreCase(m.get("random"))) analysis.compareRandomProperty().set(true);
        if ("true".equalsIgnoreCase(m.get("log"))) sampling.logScaleProperty().set(true);
        String tab = m.getOrDefault("tab", "diagram").toLowerCase(Locale.ROOT);
        tabs.getSelectionModel().select(switch (tab) {
            case "redundancy" -> redundancyTab;
            case "sampling" -> samplingTab;
            case "configurations" -> tabs.getTabs().get(0);
            default -> diagramTab;
        });
        if ("auto".equalsIgnoreCase(m.get("select"))) {
            AnalysisResult r = analysis.getResult();
            double[] x = r.diagram().x();
            double[] y = r.diagram().y();
            double[] bx = bounds(x);
            double[] by = bounds(y);
            double cx = (bx[0] + bx[1]) / 2;
            double cy = (by[0] + by[1]) / 2;
            double hx = (bx[1] - bx[0]) * 0.12;
            double hy = (by[1] - by[0]) * 0.12;
            diagram.selectBox(cx - hx, cy - hy, cx + hx, cy + hy, false);
        } else if (m.containsKey("select")) {
            String[] v = m.get("select").split(":");
            if (v.length != 4) throw new IllegalArgumentException("demo state: select=auto or select=x0:y0:x1:y1");
            diagram.selectBox(Double.parseDouble(v[0]), Double.parseDouble(v[1]), Double.parseDouble(v[2]),
                    Double.parseDouble(v[3]), false);
        }
        if (m.containsKey("ready")) {
            Path ready = Path.of(m.get("ready"));
            Runnable[] check = new Runnable[1];
            check[0] = () -> {
                javafx.animation.PauseTransition pause = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1.5));
                pause.setOnFinished(e -> {
                    if (main.taskRunner().isRunning() || !analysis.upToDateProperty().get()) {
                        check[0].run();
                        return;
                    }
                    try {
                        java.nio.file.Files.writeString(ready, "ready\n");
                    } catch (IOException ex) {
                        Dialogs.showError(stage, "Sift", "Cannot write " + ready, ex.getMessage());
                    }
                });
                pause.play();
            };
            check[0].run();
        }
    }

    private static double[] bounds(double[] v) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double a : v) {
            if (Double.isFinite(a)) {
                lo = Math.min(lo, a);
                hi = Math.max(hi, a);
            }
        }
        return new double[] {lo, hi};
    }

    public AnalysisViewModel analysis() { return analysis; }
    public SamplingViewModel sampling() { return sampling; }
    public DiagramViewModel diagram() { return diagram; }
    public DistributionsViewModel distributions() { return distributions; }
    public ExportViewModel export() { return export; }
    public DiagramView diagramView() { return diagramView; }
    public DistributionsView distributionsView() { return distributionsView; }
    public SamplingView samplingView() { return samplingView; }
}
