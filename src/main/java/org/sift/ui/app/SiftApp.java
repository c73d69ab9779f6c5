package org.sift.ui.app;

import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.stage.Stage;
import org.sift.io.FormatRegistry;
import org.sift.ui.common.FxTaskRunner;

/**
 * The Sift workbench (composition root). Command-line arguments are files to open, or a project
 * ({@code .sift}); with none, the bundled sample, unless an autosave of unsaved work exists and the
 * user restores it; outside the source tree, the sample comes from inside the application
 * ({@link BundledSamples}). Recent files live in the preferences node {@code org/sift/ui} under the user
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
        List<String> args = new java.util.ArrayList<>(getParameters() == null ? List.of() : getParameters().getRaw());
        String demo = takeOption(args, "--demo-state");
        if (demo != null) {
            DemoDriver.applyWhenReady(DemoState.parse(demo), view);
        }
        Path project = args.stream().filter(a -> a.toLowerCase(java.util.Locale.ROOT).endsWith("." + org.sift.workflow.Session.EXTENSION))
                .map(Path::of).findFirst().orElse(null);
        if (project != null) {
            view.session().openProject(project); // a .sift given on the command line (file association)
        } else {
            view.session().offerAutosave(() -> {
                List<Path> files = MainViewModel.startupFiles(args, Path.of(""));
                if (files.isEmpty()) {
                    view.openSample(BundledSamples.SYNTHETIC); // started outside the checkout: the copy inside the application
                } else {
                    vm.open(files);
                }
            });
        }
    }

    /**
     * Removes {@code name VALUE} (or {@code name=VALUE}) from the arguments and returns the value,
     * or null. {@code --demo-state tab=sampling,n=400,select=auto} (hidden, for screenshots) sets the
     * views once the first analysis is in.
     */
    static String takeOption(List<String> args, String name) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals(name) && i + 1 < args.size()) {
                args.remove(i);
                return args.remove(i);
            }
            if (a.startsWith(name + "=")) {
                args.remove(i);
                return a.substring(name.length() + 1);
            }
        }
        return null;
    }

    MainView view() {
        return view;
    }
}
