package org.sift.ui.sampling;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Undo and redo of value edits: each edit records the state before it; undo restores it and
 * remembers the undone state for redo; a new edit clears the redo side.
 *
 * @param <T> the (immutable) state
 */
public final class EditStack<T> {

    private final Deque<T> undo = new ArrayDeque<>();
    private final Deque<T> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo", false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo", false);

    /** Records that the state changes from {@code before} (to something new). */
    public void edited(T before) {
        undo.push(before);
        redo.clear();
        refresh();
    }

    /** The state to go back to, given the current one (pushed for redo); null if nothing to undo. */
    public T undo(T current) {
        if (undo.isEmpty()) return null;
        redo.push(current);
        T t = undo.pop();
        refresh();
        return t;
    }

    /** The state to go forward to, given the current one; null if nothing to redo. */
    public T redo(T current) {
        if (redo.isEmpty()) return null;
        undo.push(current);
        T t = redo.pop();
        refresh();
        return t;
    }

    public void clear() {
        undo.clear();
        redo.clear();
        refresh();
    }

    private void refresh() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }

    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canRedoProperty() { return canRedo.getReadOnlyProperty(); }
}
