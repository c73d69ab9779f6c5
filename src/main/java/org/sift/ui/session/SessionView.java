package org.sift.ui.session;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.sift.ui.common.Dialogs;
import org.sift.ui.sampling.ExportViewModel;
import org.sift.workflow.Session;

/**
 * Project commands of the main window (Open Project, Save Project, Save Project As, Save Subset As)
 * and their dialogs: the warning when inputs changed on disk, the offer to restore an autosave at
 * start, and the name dialog of named subsets. Thin: the work is done by {@link SessionViewModel}
 * and {@link NamedSubsetsViewModel}. Dialogs are shown without blocking and returned (tests close them).
 */
public final class SessionView {

    /** "Open anyway" of the changed-inputs dialog. */
    public static final ButtonType OPEN_ANYWAY = new ButtonType("Open anyway", ButtonBar.ButtonData.OK_DONE);
    /** "Restore" of the autosave dialog. */
    public static final ButtonType RESTORE = new ButtonType("Restore", ButtonBar.ButtonData.YES);
    /** "Start normally" of the autosave dialog. */
    public static final ButtonType DISCARD = new ButtonType("Start normally", ButtonBar.ButtonData.NO);

    private final Stage stage;
    private final SessionViewModel vm;
    private final NamedSubsetsViewModel named;
    private final ExportViewModel export;
    private final NamedSubsetsView namedView;
    private Alert lastDialog;

    public SessionView(Stage stage, SessionViewModel vm, ExportViewModel export, NamedSubsetsView namedView) {
        this.stage = stage;
        this.vm = vm;
        this.named = vm.named();
        this.export = export;
        this.namedView = namedView;
        namedView.saveButton().setOnAction(e -> saveSubsetAs());
        namedView.renameButton().setOnAction(e -> renameSelected());
        namedView.deleteButton().setOnAction(e -> {
            var s = namedView.list().getSelectionModel().getSelectedItem();
            if (s != null) named.delete(s.name());
        });
        namedView.exportButton().setOnAction(e -> exportSelected());
    }

    /** File menu items: Open Project…, Save Project, Save Project As…, Save Subset As…. */
    public List<MenuItem> fileMenuItems() {
        MenuItem open = item("Open _Project…", "openProjectItem",
                new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN));
        open.setOnAction(e -> chooseProject());
        MenuItem save = item("_Save Project", "saveProjectItem", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        save.setOnAction(e -> saveProject());
        MenuItem saveAs = item("Save Project _As…", "saveProjectAsItem",
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        saveAs.setOnAction(e -> saveProjectAs());
        MenuItem subset = item("Save Subset As…", "saveSubsetItem",
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN));
        subset.setOnAction(e -> saveSubsetAs());
        subset.disableProperty().bind(named.sampling().analysis().resultProperty().isNull());
        return List.of(open, save, saveAs, subset);
    }

    private static MenuItem item(String text, String id, KeyCombination accel) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        m.setAccelerator(accel);
        return m;
    }

    private FileChooser projectChooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Sift project (*.sift)", "*." + Session.EXTENSION),
                new FileChooser.ExtensionFilter("All files", "*"));
        Path p = vm.projectFileProperty().get();
        if (p != null && p.toAbsolutePath().getParent() != null && p.toAbsolutePath().getParent().toFile().isDirectory()) {
            fc.setInitialDirectory(p.toAbsolutePath().getParent().toFile());
            fc.setInitialFileName(p.getFileName().toString());
        }
        return fc;
    }

    private void chooseProject() {
        File f = projectChooser("Open Project").showOpenDialog(stage);
        if (f != null) openProject(f.toPath());
    }

    /** Save Project: to the project file, or Save As without one. */
    public void saveProject() {
        Path p = vm.projectFileProperty().get();
        if (p == null) {
            saveProjectAs();
        } else {
            saveTo(p);
        }
    }

    private void saveProjectAs() {
        if (!vm.canSave()) {
            lastDialog = Dialogs.showError(stage, "Sift", "Nothing to save", "Open a dataset first.");
            return;
        }
        FileChooser fc = projectChooser("Save Project As");
        if (vm.projectFileProperty().get() == null) fc.setInitialFileName("project." + Session.EXTENSION);
        File f = fc.showSaveDialog(stage);
        if (f != null) saveTo(withExtension(f.toPath()));
    }

    /** Adds {@code .sift} to a name without it. */
    public static Path withExtension(Path p) {
        String n = p.getFileName().toString();
        return n.toLowerCase(java.util.Locale.ROOT).endsWith("." + Session.EXTENSION) ? p : p.resolveSibling(n + "." + Session.EXTENSION);
    }

    /** Saves the project to {@code p}; shows an error dialog on failure. */
    public boolean saveTo(Path p) {
        try {
            vm.save(p);
            return true;
        } catch (IOException | RuntimeException ex) {
            lastDialog = Dialogs.showError(stage, "Sift", "Saving " + p.getFileName() + " failed", ex.getMessage());
            return false;
        }
    }

    /**
     * Opens a project file: reads it, checks its inputs and, if one changed or is missing, asks
     * (dialog naming the files) whether to open anyway; returns that dialog, or null if none was needed.
     */
    public Alert openProject(Path file) {
        Session s;
        try {
            s = vm.read(file);
        } catch (IOException ex) {
            lastDialog = Dialogs.showError(stage, "Sift", "Cannot open project " + file.getFileName(), ex.getMessage());
            return lastDialog;
        }
        return restoreChecked(s, file);
    }

    private Alert restoreChecked(Session s, Path project) {
        List<String> problems;
        try {
            problems = s.changedInputs();
        } catch (IOException ex) {
            problems = List.of(ex.getMessage());
        }
        if (problems.isEmpty()) {
            vm.restore(s, project, false);
            return null;
        }
        Alert a = new Alert(Alert.AlertType.WARNING, "", OPEN_ANYWAY, ButtonType.CANCEL);
        a.initOwner(stage);
        a.setTitle("Input files changed");
        a.setHeaderText((problems.size() == 1 ? "An input file of " : "Input files of ")
                + (project == null ? "the autosaved session" : project.getFileName()) + " changed since it was saved");
        a.getDialogPane().setId("changedInputsDialog");
        TextArea list = new TextArea(String.join("\n", problems));
        list.setId("changedInputsList");
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefRowCount(Math.min(8, problems.size() + 1));
        Label explain = new Label("Open anyway recomputes everything from the current files. Pins, bans and named subsets "
                + "are kept only if the number of configurations is still the same; otherwise they are dropped.");
        explain.setWrapText(true);
        a.getDialogPane().setContent(new VBox(8, list, explain));
        a.getDialogPane().setPrefWidth(620);
        a.resultProperty().addListener((o, x, b) -> {
            if (b == OPEN_ANYWAY) {
                vm.restore(s, project, true);
            }
        });
        a.show();
        lastDialog = a;
        return a;
    }

    /**
     * At start: if an autosave exists, offers to restore it (dialog; "Start normally" discards it and
     * runs {@code otherwise}); else runs {@code otherwise}. Returns the dialog, or null.
     */
    public Alert offerAutosave(Runnable otherwise) {
        Session s = vm.readAutosave();
        if (s == null) {
            otherwise.run();
            return null;
        }
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "", RESTORE, DISCARD);
        a.initOwner(stage);
        a.setTitle("Restore unsaved work");
        a.setHeaderText("Sift has unsaved work from " + (s.savedAt() == null ? "an earlier session" : s.savedAt().replace('T', ' ')));
        a.getDialogPane().setId("restoreAutosaveDialog");
        List<String> names = s.inputPaths().stream().map(p -> p.getFileName().toString()).toList();
        Label text = new Label("Inputs: " + String.join(", ", names) + "\nSubset size n = " + s.n() + ", "
                + s.pins().length + " pinned, " + s.bans().length + " banned, " + s.namedSubsets().size() + " named subsets.\n"
                + "Restore it, or start normally (the autosave is discarded)?");
        text.setId("restoreAutosaveText");
        text.setWrapText(true);
        a.getDialogPane().setContent(text);
        a.resultProperty().addListener((o, x, b) -> {
            if (b == RESTORE) {
                restoreChecked(s, null);
            } else {
                vm.discardAutosave();
                otherwise.run();
            }
        });
        a.show();
        lastDialog = a;
        return a;
    }

    /** The name dialog of "Save Subset As…" (FPS subset of size n, or the marked configurations). */
    public javafx.scene.control.Dialog<ButtonType> saveSubsetAs() {
        javafx.scene.control.Dialog<ButtonType> d = new javafx.scene.control.Dialog<>();
        d.initOwner(stage);
        d.setTitle("Save Subset As");
        d.setHeaderText("Save a subset by name");
        d.getDialogPane().setId("saveSubsetDialog");
        TextField name = new TextField(named.suggestedName());
        name.setId("subsetNameField");
        ToggleGroup which = new ToggleGroup();
        RadioButton fps = new RadioButton("FPS subset of n = " + named.sampling().nProperty().get());
        fps.setId("subsetFromFps");
        fps.setToggleGroup(which);
        fps.setSelected(true);
        int marked = named.markedCount();
        RadioButton mk = new RadioButton("Configurations marked in the diagram (" + marked + ")");
        mk.setId("subsetFromMarked");
        mk.setToggleGroup(which);
        mk.setDisable(marked == 0);
        Label err = new Label();
        err.setStyle("-fx-text-fill: #b00020;");
        d.getDialogPane().setContent(new VBox(8, new Label("Name"), name, fps, mk, err));
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        var ok = d.getDialogPane().lookupButton(ButtonType.OK);
        ok.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            String problem = named.checkName(name.getText(), null);
            if (problem != null) {
                err.setText(problem);
                e.consume();
            }
        });
        d.resultProperty().addListener((o, a, b) -> {
            if (b == ButtonType.OK) {
                if (mk.isSelected()) named.saveMarked(name.getText());
                else named.saveSubset(name.getText());
            }
        });
        d.show();
        return d;
    }

    private void renameSelected() {
        var s = namedView.list().getSelectionModel().getSelectedItem();
        if (s == null) return;
        TextInputDialog d = new TextInputDialog(s.name());
        d.initOwner(stage);
        d.setTitle("Rename Subset");
        d.setHeaderText("New name of \"" + s.name() + "\"");
        Optional<String> r = d.showAndWait();
        r.ifPresent(n -> named.rename(s.name(), n));
    }

    private void exportSelected() {
        var s = namedView.list().getSelectionModel().getSelectedItem();
        if (s == null) return;
        FileChooser fc = new FileChooser();
        fc.setTitle("Export Subset \"" + s.name() + "\"");
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Extended XYZ", "*.extxyz", "*.xyz"),
                new FileChooser.ExtensionFilter("All files (format by extension)", "*"));
        fc.setInitialFileName(s.name().replaceAll("[^A-Za-z0-9._-]", "_") + ".extxyz");
        File f = fc.showSaveDialog(stage);
        if (f != null && !export.exportIndices(f.toPath(), null, s.indices(), true)) {
            lastDialog = Dialogs.showError(stage, "Sift", "Cannot export now", "Wait for the running task to finish.");
        }
    }

    public SessionViewModel viewModel() { return vm; }
    public NamedSubsetsView namedSubsetsView() { return namedView; }
    /** The last dialog shown (tests). */
    public Alert lastDialog() { return lastDialog; }
}
