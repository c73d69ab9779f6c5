package org.sift.ui.common;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * A {@link DialogService} for tests: answers come from queues the test fills, every question is
 * recorded. An unexpected question (empty queue) is answered "cancel" and recorded as well.
 */
public final class ScriptedDialogs implements DialogService {

    /** One question asked: its kind, title or header, and the filters offered. */
    public record Question(String kind, String text, List<FileFilter> filters) {
    }

    public final List<Question> asked = new ArrayList<>();
    public final Deque<List<Path>> filesToOpen = new ArrayDeque<>();
    public final Deque<Path> filesToSave = new ArrayDeque<>();
    public final Deque<Path> folders = new ArrayDeque<>();
    public final Deque<Boolean> confirmations = new ArrayDeque<>();
    public final Deque<Object> options = new ArrayDeque<>();
    public final List<String> errors = new ArrayList<>();

    @Override
    public List<Path> chooseFilesToOpen(String title, List<FileFilter> filters, Path initialDirectory) {
        asked.add(new Question("open", title, filters));
        return filesToOpen.isEmpty() ? List.of() : filesToOpen.poll();
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        asked.add(new Question("folder", title, List.of()));
        return Optional.ofNullable(folders.poll());
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String initialName, List<FileFilter> filters) {
        asked.add(new Question("save", title + ": " + initialName, filters));
        return Optional.ofNullable(filesToSave.poll());
    }

    @Override
    public void showError(String header, String message) {
        errors.add(header + ": " + message);
    }

    @Override
    public boolean confirm(String title, String header, String message) {
        asked.add(new Question("confirm", header, List.of()));
        return !confirmations.isEmpty() && confirmations.poll();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> Optional<R> ask(OptionsDialog<R> dialog) {
        asked.add(new Question("options", dialog.title() + ": " + dialog.header(), List.of()));
        return Optional.ofNullable((R) options.poll());
    }
}
