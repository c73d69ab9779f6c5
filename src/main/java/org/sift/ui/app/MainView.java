package org.sift.ui.app;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.controlsfx.control.StatusBar;
import org.sift.model.Dataset;
import org.sift.ui.common.DialogService;
import org.sift.ui.common.Dialogs;
import org.sift.ui.common.FxDialogService;
import org.sift.ui.common.FxTaskRunner;
import org.sift.ui.common.TaskStatusView;
import org.sift.ui.dataset.ConfigurationTableView;
import org.sift.ui.dataset.DatasetView;
import org.sift.ui.inspect.InspectorView;
import org.sift.ui.inspect.InspectorViewModel;
import org.sift.ui.settings.SettingsDialog;
import org.sift.ui.settings.SettingsViewModel;

/**
 * The main window: menu bar, dataset panel (left), the analysis tabs (centre) and the status bar
 * with dataset size, memory use and task progress. Thin: every action is a {@link MainViewModel}
 * command.
 */
public final class MainView {

    static final String[] ICON_SIZES = {"16", "32", "48", "64", "128", "256"};

    private final Stage stage;
    private final MainViewModel vm;
    private final BorderPane root = new BorderPane();
    private final StatusBar statusBar = new StatusBar();
    private final TabPane tabs = new TabPane();
    private final ConfigurationTableView configurationTable;
    private final Menu recentMenu = new Menu("Open _Recent");
    private final Timeline memoryTimer;
    private final AnalysisTabs analysis;
    private final org.sift.ui.session.SessionView session;
    private final DialogService dialogs;
    private Stage lastInspector;
    private Alert lastError;

    /** The main window with the SOAP similarity of {@link org.sift.workflow.SimilarityProviders}. */
    public MainView(Stage stage, MainViewModel vm) {
        this(stage, vm, org.sift.workflow.AnalysisSession.ProviderFactory.standard());
    }

    /** The main window computing similarities with the given provider factory (tests inject fakes). */
    public MainView(Stage stage, MainViewModel vm, org.sift.workflow.AnalysisSession.ProviderFactory similarity) {
        this(stage, vm, similarity, new FxDialogService(stage));
    }

    /** The main window asking every question through {@code dialogs} (tests script the answers). */
    public MainView(
            Stage stage,
            MainViewModel vm,
            org.sift.workflow.AnalysisSession.ProviderFactory similarity,
            DialogService dialogs) {
        this.stage = stage;
        this.vm = vm;
        this.dialogs = dialogs;
        root.setId("mainWindow");
        DatasetView datasetView = new DatasetView(vm.datasetViewModel());
        configurationTable = new ConfigurationTableView(vm.datasetViewModel());
        configurationTable.setOnOpen(this::inspect);
        analysis = new AnalysisTabs(vm, similarity, dialogs, this::inspect);
        session = sessionView(stage, vm, analysis);
        root.setTop(menuBar());
        Tab configs = new Tab("Configurations", configurationTable);
        configs.setId("configurationsTab");
        configs.setClosable(false);
        configs.setTooltip(new Tooltip("All configurations of the dataset"));
        tabs.setId("analysisTabs");
        tabs.getTabs().add(configs);
        tabs.getTabs().addAll(analysis.tabs());
        SplitPane split = new SplitPane(datasetView, tabs);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.27);
        SplitPane.setResizableWithParent(datasetView, false);
        root.setCenter(split);
        root.setBottom(statusBar());

        root.setOnDragOver(this::dragOver);
        root.setOnDragDropped(this::dragDropped);

        Scene scene = new Scene(root, 1280, 800);
        java.net.URL css = MainView.class.getResource("sift.css");
        if (css != null) {
            scene.getStylesheets().add(css.toExternalForm());
        }
        stage.setScene(scene);
        stage.titleProperty().bind(vm.titleProperty());
        stage.getIcons().setAll(icons());

        vm.taskRunner().lastFailureProperty().addListener((o, a, f) -> {
            if (f != null && !f.cancelled()) {
                lastError = Dialogs.showError(stage, "Sift", f.what() + " failed", FxTaskRunner.describe(f.error()));
            }
        });
        stage.addEventHandler(
                javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> session.viewModel().shutdown());
        memoryTimer = new Timeline(new KeyFrame(Duration.seconds(1), e -> vm.refreshMemory()));
        memoryTimer.setCycleCount(Animation.INDEFINITE);
        memoryTimer.play();
        stage.setOnHidden(e -> memoryTimer.stop());
    }

    /** Projects, autosave and named subsets (the named-subsets panel goes beside the composition table). */
    private static org.sift.ui.session.SessionView sessionView(Stage stage, MainViewModel vm, AnalysisTabs analysis) {
        var named = new org.sift.ui.session.NamedSubsetsViewModel(
                analysis.sampling(),
                () -> analysis.diagram().selectionProperty().get());
        var svm = new org.sift.ui.session.SessionViewModel(
                vm.openedFilesProperty(),
                vm::open,
                vm.settingsProperty(),
                vm.datasetViewModel(),
                analysis.sampling(),
                analysis.diagram(),
                named,
                org.sift.ui.session.SessionViewModel.defaultAutosaveFile(),
                new org.sift.ui.session.FxDebouncer(Duration.seconds(2)));
        var panel = new org.sift.ui.session.NamedSubsetsView(
                named, analysis.samplingView().table());
        analysis.samplingView().setRight(panel);
        if (analysis.samplingView().getCenter() instanceof SplitPane sp) {
            sp.setDividerPositions(0.45); // room for the named subsets' columns
        }
        return new org.sift.ui.session.SessionView(stage, svm, analysis.export(), panel);
    }

    /** The window icons, loaded from the classpath. */
    static List<Image> icons() {
        List<Image> l = new ArrayList<>();
        for (String s : ICON_SIZES) {
            try (InputStream in = MainView.class.getResourceAsStream("/org/sift/ui/icons/sift-" + s + ".png")) {
                if (in != null) {
                    l.add(new Image(in));
                }
            } catch (java.io.IOException e) {
                // an icon is cosmetic
            }
        }
        return l;
    }

    private MenuBar menuBar() {
        MenuItem open = item("_Open…", "openItem", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(e -> chooseFiles());
        MenuItem folder = item(
                "Open _Folder…",
                "openFolderItem",
                new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        folder.setOnAction(e -> chooseFolder());
        recentMenu.setId("recentMenu");
        vm.recentFiles().addListener((javafx.collections.ListChangeListener<Path>) c -> rebuildRecent());
        rebuildRecent();
        MenuItem quit = item("_Quit", "quitItem", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> {
            stage.close();
            Platform.exit();
        });
        Menu file = new Menu("_File", null, open, folder, recentMenu, new SeparatorMenuItem());
        file.setId("fileMenu");
        file.getItems().addAll(session.fileMenuItems());
        file.getItems().add(new SeparatorMenuItem());
        file.getItems().addAll(analysis.fileMenuItems(tabs));
        file.getItems().addAll(new SeparatorMenuItem(), quit);

        MenuItem inspect = item(
                "_Inspect Configuration",
                "inspectItem",
                new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN));
        inspect.setOnAction(e -> {
            var r = configurationTable.getSelectionModel().getSelectedItem();
            if (r != null) {
                inspect(r.index());
            }
        });
        inspect.disableProperty()
                .bind(configurationTable
                        .getSelectionModel()
                        .selectedItemProperty()
                        .isNull());
        MenuItem settings =
                item("_Settings…", "settingsItem", new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN));
        settings.setOnAction(e -> openSettings());
        Menu edit = new Menu("_Edit", null, inspect, new SeparatorMenuItem(), settings);
        List<MenuItem> undoRedo = analysis.editMenuItems();
        edit.getItems().addAll(0, undoRedo);
        edit.getItems().add(undoRedo.size(), new SeparatorMenuItem());

        MenuItem recompute = item("_Recompute", "recomputeItem", new KeyCodeCombination(KeyCode.F5));
        recompute.setOnAction(e -> analysis.analysis().recompute());
        recompute
                .disableProperty()
                .bind(vm.datasetViewModel()
                        .datasetProperty()
                        .isNull()
                        .or(vm.taskRunner().runningProperty()));
        // no Esc accelerator: one key must not throw away minutes of work (the status bar's Cancel button also works)
        MenuItem cancel = item("_Cancel Running Task…", "cancelItem", null);
        cancel.setOnAction(e -> confirmCancel());
        cancel.disableProperty().bind(vm.taskRunner().runningProperty().not());
        Menu analysisMenu = new Menu("_Analysis", null, recompute, cancel);
        analysisMenu.setId("analysisMenu");

        Menu help = new Menu("_Help");
        help.setId("helpMenu");
        for (BundledSamples.Sample s : BundledSamples.ALL) {
            MenuItem m = new MenuItem("Open Sample: " + s.title());
            m.setId("sample-" + s.fileName().substring(0, s.fileName().indexOf('.')));
            m.setOnAction(e -> openSample(s));
            m.setDisable(!BundledSamples.available(s));
            help.getItems().add(m);
        }
        MenuItem about = item("_About Sift", "aboutItem", new KeyCodeCombination(KeyCode.F1));
        about.setOnAction(e -> showAbout());
        help.getItems().addAll(new SeparatorMenuItem(), about);

        MenuBar bar = new MenuBar(file, edit, analysisMenu, help);
        bar.setId("menuBar");
        return bar;
    }

    private static MenuItem item(String text, String id, KeyCombination accel) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        if (accel != null) m.setAccelerator(accel);
        return m;
    }

    /** Analysis › Cancel Running Task…: stops the task after a confirmation. */
    public void confirmCancel() {
        if (!vm.taskRunner().isRunning()) return;
        String what = vm.taskRunner().messageProperty().get();
        if (dialogs.confirm(
                "Cancel",
                "Cancel the running task?",
                (what == null || what.isBlank() ? "" : what + ": ")
                        + "the work done so far is lost; the current results stay as they were.")) {
            vm.cancelTask();
        }
    }

    /** Help › Open Sample Data: the sample bundled with the application. */
    public boolean openSample(BundledSamples.Sample s) {
        try {
            return vm.open(List.of(BundledSamples.extract(s, BundledSamples.defaultDir())));
        } catch (java.io.IOException e) {
            dialogs.showError("Cannot open the sample " + s.fileName(), e.getMessage());
            return false;
        }
    }

    private void rebuildRecent() {
        List<MenuItem> items = new ArrayList<>();
        int n = 1;
        for (Path p : vm.recentFiles()) {
            MenuItem m = new MenuItem((n < 10 ? "_" + n + "  " : "    ") + p.getFileName() + "  —  " + p.getParent());
            m.setMnemonicParsing(true);
            m.setOnAction(e -> vm.open(List.of(p)));
            items.add(m);
            n++;
        }
        if (items.isEmpty()) {
            MenuItem none = new MenuItem("(no recent files)");
            none.setDisable(true);
            items.add(none);
        } else {
            MenuItem clear = new MenuItem("Clear Recent");
            clear.setOnAction(e -> vm.clearRecent());
            items.add(new SeparatorMenuItem());
            items.add(clear);
        }
        recentMenu.getItems().setAll(items);
    }

    private StatusBar statusBar() {
        statusBar.setId("statusBar");
        statusBar.textProperty().bind(vm.statusProperty());
        Label size = new Label();
        size.setId("datasetSummary");
        size.textProperty().bind(vm.summaryProperty());
        size.setTooltip(new Tooltip("Size of the open dataset"));
        size.setStyle("-fx-padding: 0 12 0 4;");
        Label mem = new Label();
        mem.setId("memoryLabel");
        mem.textProperty().bind(vm.memoryProperty());
        mem.setTooltip(new Tooltip("Java heap in use / maximum (set the maximum with -Xmx)"));
        mem.setStyle("-fx-padding: 0 8 0 8;");
        statusBar.getLeftItems().add(size);
        Label sessionMessage = new Label();
        sessionMessage.setId("sessionMessage");
        sessionMessage.textProperty().bind(session.viewModel().messageProperty());
        statusBar.getLeftItems().add(sessionMessage);
        statusBar.getRightItems().addAll(new TaskStatusView(vm.taskRunner()), mem);
        statusBar.setTooltip(new Tooltip("Status of the last task"));
        return statusBar;
    }

    private void chooseFiles() {
        List<DialogService.FileFilter> filters = vm.openFilters().stream()
                .map(f -> new DialogService.FileFilter(f.description(), f.patterns()))
                .toList();
        Path dir = vm.recentFiles().isEmpty() ? null : vm.recentFiles().get(0).getParent();
        List<Path> files = dialogs.chooseFilesToOpen("Open Structures", filters, dir);
        if (!files.isEmpty()) {
            vm.open(files);
        }
    }

    private void chooseFolder() {
        dialogs.chooseFolder("Open DeePMD Folder").ifPresent(dir -> vm.open(List.of(dir)));
    }

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles() && !vm.taskRunner().isRunning()) {
            e.acceptTransferModes(TransferMode.COPY, TransferMode.LINK);
        }
        e.consume();
    }

    private void dragDropped(DragEvent e) {
        boolean ok =
                e.getDragboard().hasFiles() && filesDropped(e.getDragboard().getFiles());
        e.setDropCompleted(ok);
        e.consume();
    }

    /** What a drop does: open the dropped files and folders, in order, as one dataset. */
    public boolean filesDropped(List<java.io.File> files) {
        return vm.open(files.stream().map(java.io.File::toPath).toList());
    }

    /** Opens the inspector for configuration {@code index} of the current dataset. */
    public Stage inspect(int index) {
        Dataset d = vm.datasetViewModel().getDataset();
        if (d == null || index < 0 || index >= d.size()) {
            return null;
        }
        lastInspector = InspectorView.show(
                stage, new InspectorViewModel(index, d.origins().get(index).toString(), d.get(index)));
        return lastInspector;
    }

    /** Opens the settings dialog (non-blocking); OK stores the result in the application settings. */
    public SettingsDialog openSettings() {
        SettingsDialog d = new SettingsDialog(
                stage, new SettingsViewModel(vm.settingsProperty().get()));
        d.setOnHidden(e -> {
            if (d.getResult() != null) {
                vm.settingsProperty().set(d.getResult());
            }
        });
        d.show();
        return d;
    }

    /** Shows the About dialog (non-blocking). */
    public Alert showAbout() {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(stage);
        a.setTitle("About Sift");
        a.setHeaderText("Sift " + AboutInfo.version());
        a.getDialogPane().setId("aboutDialog");
        Label text = new Label(AboutInfo.text());
        text.setId("aboutText");
        text.setWrapText(true);
        text.setPrefWidth(520);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        a.getDialogPane().setContent(text);
        a.getDialogPane().setPrefWidth(600);
        if (!stage.getIcons().isEmpty()) {
            a.setGraphic(new javafx.scene.image.ImageView(
                    stage.getIcons().get(stage.getIcons().size() > 4 ? 3 : 0)));
        }
        a.show();
        return a;
    }

    public BorderPane root() {
        return root;
    }

    public StatusBar statusBarNode() {
        return statusBar;
    }

    public TabPane tabs() {
        return tabs;
    }

    public ConfigurationTableView configurationTable() {
        return configurationTable;
    }

    public Stage lastInspector() {
        return lastInspector;
    }

    public AnalysisTabs analysisTabs() {
        return analysis;
    }

    public org.sift.ui.session.SessionView session() {
        return session;
    }

    public Alert lastError() {
        return lastError;
    }

    public Stage stage() {
        return stage;
    }

    public MainViewModel viewModel() {
        return vm;
    }

    public DialogService dialogs() {
        return dialogs;
    }
}
