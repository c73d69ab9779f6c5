package org.sift.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every dialog and file chooser the workbench shows, behind one seam: view-models and commands
 * call it, the application uses {@link FxDialogService}, tests replace it with scripted answers so
 * that no stage is needed.
 */
public interface DialogService {

    /** A file-chooser filter: description and glob patterns ({@code *.extxyz}). */
    record FileFilter(String description, List<String> patterns) {
        public FileFilter {
            patterns = List.copyOf(patterns);
        }

        /** The extension of the first {@code *.ext} pattern ({@code ".png"}), or empty. */
        public String firstExtension() {
            for (String p : patterns) {
                if (p.startsWith("*.") && p.length() > 2) return p.substring(1);
            }
            return "";
        }
    }

    /**
     * A modal dialog that asks for a few options and returns them as one value. The content is
     * built only when the dialog is shown, so a replaced service never builds controls.
     */
    interface OptionsDialog<R> {
        String title();

        String header();

        /** Builds the controls (called once, on the FX thread). */
        javafx.scene.Node content();

        /** The chosen options, read from the controls after OK; empty if they are incomplete. */
        Optional<R> result();
    }

    /** Files to open (empty if cancelled). */
    List<Path> chooseFilesToOpen(String title, List<FileFilter> filters, Path initialDirectory);

    /** A folder to open, or empty. */
    Optional<Path> chooseFolder(String title);

    /**
     * A file to write, or empty. If the name the user typed has none of the filters' extensions,
     * the extension of the chosen filter is appended.
     */
    Optional<Path> chooseFileToSave(String title, String initialName, List<FileFilter> filters);

    /** Shows an error (does not block); the header says what failed, the message why. */
    void showError(String header, String message);

    /** Asks a yes/no question; true for yes. */
    boolean confirm(String title, String header, String message);

    /** Shows an options dialog and waits; empty if cancelled. */
    <R> Optional<R> ask(OptionsDialog<R> dialog);

    /** {@code p}, or {@code p} with the extension of {@code chosen} appended when it has none of {@code filters}'. */
    static Path withExtension(Path p, List<FileFilter> filters, FileFilter chosen) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        for (FileFilter f : filters) {
            for (String pat : f.patterns()) {
                if (pat.startsWith("*.") && name.endsWith(pat.substring(1).toLowerCase(Locale.ROOT))) return p;
            }
        }
        String ext = chosen == null ? "" : chosen.firstExtension();
        return ext.isEmpty() ? p : p.resolveSibling(p.getFileName() + ext);
    }
}
