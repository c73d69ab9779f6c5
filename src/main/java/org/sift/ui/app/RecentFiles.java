package org.sift.ui.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The most recently opened files and folders, newest first, at most {@link #MAX}, kept in a
 * {@link Preferences} node (the application uses a node under the user root; tests pass their own).
 */
public final class RecentFiles {

    public static final int MAX = 10;
    private static final String KEY = "recent.";

    private final Preferences node;

    public RecentFiles(Preferences node) {
        this.node = node;
    }

    /** The stored entries, newest first. */
    public List<Path> list() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String s = node.get(KEY + i, null);
            if (s == null) {
                break;
            }
            out.add(Path.of(s));
        }
        return out;
    }

    /** Puts {@code p} (made absolute) first, removing an older copy and anything beyond {@link #MAX}. */
    public List<Path> add(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        List<Path> l = list();
        l.remove(abs);
        l.add(0, abs);
        store(l.size() > MAX ? l.subList(0, MAX) : l);
        return list();
    }

    public void clear() {
        store(List.of());
    }

    private void store(List<Path> l) {
        for (int i = 0; i < MAX; i++) {
            if (i < l.size()) {
                node.put(KEY + i, l.get(i).toString());
            } else {
                node.remove(KEY + i);
            }
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // preferences are a convenience: keep the in-memory values if the store is unavailable
        }
    }
}
