package org.sift.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** Small helpers for standard dialogs. */
public final class Dialogs {

    private Dialogs() {
    }

    /**
     * Shows (without blocking) an error dialog whose header says what failed and whose content is
     * the message of the error, which for format errors names the file and line.
     */
    public static Alert showError(Window owner, String title, String header, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR);
        if (owner != null) {
            a.initOwner(owner);
        }
        a.setTitle(title);
        a.setHeaderText(header);
        Label content = new Label(message);
        content.setId("errorMessage");
        content.setWrapText(true);
        content.setMaxWidth(520);
        a.getDialogPane().setContent(content);
        a.getDialogPane().setId("errorDialog");
        a.show();
        return a;
    }

    /** A read-only, selectable text block (for About and details). */
    public static TextArea readOnlyText(String text) {
        TextArea t = new TextArea(text);
        t.setEditable(false);
        t.setWrapText(true);
        return t;
    }
}
