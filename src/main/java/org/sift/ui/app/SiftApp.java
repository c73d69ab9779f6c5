package org.sift.ui.app;

import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.stage.Stage;
import org.sift.io.FormatRegistry;
import org.sift.ui.common.FxTaskRunner;

/**
 * The Sift workbench (composition root). Command-line arguments are files to open; with none, the
 * bundled sample. Recent files live in the preferences node {@code org/sift/ui} under the user
 * root, or in the node named by the system property {@code sift.prefs.node}.
 */
public class SiftApp extends Application {

    private MainView view;

    @Override
    public void start(Stage stage) {
        FormatRegistry registry = FormatRegistry.standard();
        Preferences prefs = Preferences.userRoot().node(System.getProperty("sift.prefs.node", "org/sift/ui"));
        MainViewModel vm = new MainViewModel(MainViewModel.standardLoader(registry), registry,
                new RecentFiles(prefs), new FxTaskRunner());
        view = new MainView(stage, vm);
        stage.setMinWidth(800);
        stage.setMinHeight(500);
        stage.show();
        List<String> args = getParameters() == null ? List.of() : getParameters().getUnnamed();
        vm.open(MainViewModel.startupFiles(args, Path.of("")));
    }

    MainView view() {
        return view;
    }
}
