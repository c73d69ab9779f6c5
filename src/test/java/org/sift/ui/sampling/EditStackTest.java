package org.sift.ui.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditStackTest {

    @Test
    void undoRedoWalkTheHistoryAndANewEditClearsRedo() {
        EditStack<String> s = new EditStack<>();
        String state = "a";
        s.edited(state);
        state = "b";
        s.edited(state);
        state = "c";
        assertThat(s.canUndoProperty().get()).isTrue();
        state = s.undo(state);
        assertThat(state).isEqualTo("b");
        state = s.undo(state);
        assertThat(state).isEqualTo("a");
        assertThat(s.undo(state)).isNull();
        assertThat(s.canRedoProperty().get()).isTrue();
        state = s.redo(state);
        assertThat(state).isEqualTo("b");
        s.edited(state);
        state = "x";
        assertThat(s.canRedoProperty().get()).isFalse();
        assertThat(s.redo(state)).isNull();
        assertThat(s.undo(state)).isEqualTo("b");
    }
}
