package org.sift.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The {@link DialogService} of the application: JavaFX choosers and dialogs owned by one window. */
public final class FxDialogService implements DialogService {

    private final Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, List<FileFilter> filters, Path initialDirectory) {
        FileChooser fc = chooser(title, filters);
        if (initialDirectory != null && initialDirectory.toFile().isDirectory()) {
            fc.setInitialDirectory(initialDirectory.toFile());
        }
        List<File> files = fc.showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle(title);
        File dir = dc.showDialog(owner);
        return Optional.ofNullable(dir).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String initialName, List<FileFilter> filters) {
        FileChooser fc = chooser(title, filters);
        fc.setInitialFileName(initialName);
        File file = fc.showSaveDialog(owner);
        if (file == null) return Optional.empty();
        FileChooser.ExtensionFilter sel = fc.getSelectedExtensionFilter();
        FileFilter chosen = sel == null ? null : new FileFilter(sel.getDescription(), sel.getExtensions());
        return Optional.of(DialogService.withExtension(file.toPath(), filters, chosen));
    }

    private static FileChooser chooser(String title, List<FileFilter> filters) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        for (FileFilter f : filters) {
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.description(), new ArrayList<>(f.patterns())));
        }
        return fc;
    }

    @Override
    public void showError(String header, String message) {
        Dialogs.showError(owner, "Sift", header, message);
    }

    @Override
    public boolean confirm(String title, String header, String message) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.YES, ButtonType.NO);
        if (owner != null) a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(header);
        a.getDialogPane().setId("confirmDialog");
        return a.showAndWait().filter(b -> b == ButtonType.YES).isPresent();
    }

    @Override
    public <R> Optional<R> ask(OptionsDialog<R> dialog) {
        Dialog<ButtonType> dlg = new Dialog<>();
        if (owner != null) dlg.initOwner(owner);
        dlg.setTitle(dialog.title());
        dlg.setHeaderText(dialog.header());
        dlg.getDialogPane().setContent(dialog.content());
        dlg.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Optional<ButtonType> b = dlg.showAndWait();
        return b.isPresent() && b.get() == ButtonType.OK ? dialog.result() : Optional.empty();
    }
}
