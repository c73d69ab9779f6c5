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
 * user restores it. Recent files live in the preferences node {@code org/sift/ui} under the user
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
            view.analysisTabs().applyDemoStateWhenReady(demo, view.tabs());
            String named = AnalysisTabs.parseDemoState(demo).get("named");
            if (named != null) { // named=NAME or NAME@K: save the FPS subset of size K (default: the demo's n) under NAME
                var result = view.analysisTabs().analysis().resultProperty();
                result.addListener(new javafx.beans.value.ChangeListener<>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends org.sift.ui.analysis.AnalysisResult> o,
                                        org.sift.ui.analysis.AnalysisResult a, org.sift.ui.analysis.AnalysisResult r) {
                        if (r == null) return;
                        result.removeListener(this);
                        var sampling = view.analysisTabs().sampling();
                        int n = sampling.nProperty().get();
                        int at = named.indexOf('@');
                        if (at > 0) sampling.nProperty().set(Integer.parseInt(named.substring(at + 1)));
                        view.session().viewModel().named().saveSubset(at > 0 ? named.substring(0, at) : named);
                        sampling.nProperty().set(n);
                    }
                });
            }
        }
        Path project = args.stream().filter(a -> a.toLowerCase(java.util.Locale.ROOT).endsWith("." + org.sift.workflow.Session.EXTENSION))
                .map(Path::of).findFirst().orElse(null);
        if (project != null) {
            view.session().openProject(project); // a .sift given on the command line (file association)
        } else {
            view.session().offerAutosave(() -> vm.open(MainViewModel.startupFiles(args, Path.of(""))));
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
