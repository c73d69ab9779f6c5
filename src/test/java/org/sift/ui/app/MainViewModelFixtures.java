package org.sift.ui.app;

import java.util.List;
import java.util.prefs.Preferences;
import org.sift.io.FormatRegistry;
import org.sift.ui.common.FxTaskRunner;

/** Builders for main ViewModels in tests. */
final class MainViewModelFixtures {

    private MainViewModelFixtures() {
    }

    static List<MainViewModel.FileFilter> filters(FormatRegistry reg) {
        MainViewModel vm = new MainViewModel((f, m) -> null, reg,
                new RecentFiles(Preferences.userRoot().node("org/sift/test/filters")), new FxTaskRunner());
        return vm.openFilters();
    }
}
