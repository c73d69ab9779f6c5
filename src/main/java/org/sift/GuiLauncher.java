package org.sift;

/** Starts the JavaFX workbench; separate from {@link Launcher} so the CLI never loads JavaFX classes. */
final class GuiLauncher {

    private GuiLauncher() {
    }

    static void launch(String[] args) {
        javafx.application.Application.launch(org.sift.ui.app.SiftApp.class, args);
    }
}
