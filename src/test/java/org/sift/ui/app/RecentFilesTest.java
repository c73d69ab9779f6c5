package org.sift.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecentFilesTest {

    private Preferences node;

    @BeforeEach
    void node() {
        node = Preferences.userRoot().node("org/sift/test/" + UUID.randomUUID());
    }

    @AfterEach
    void remove() throws Exception {
        node.removeNode();
    }

    @Test
    void newestFirstWithoutDuplicatesAtMostTen() {
        RecentFiles r = new RecentFiles(node);
        for (int i = 0; i < 12; i++) {
            r.add(Path.of("/data/f" + i + ".xyz"));
        }
        assertThat(r.list()).hasSize(RecentFiles.MAX);
        assertThat(r.list().get(0)).isEqualTo(Path.of("/data/f11.xyz"));
        assertThat(r.list().get(9)).isEqualTo(Path.of("/data/f2.xyz"));
        r.add(Path.of("/data/../data/f5.xyz"));
        assertThat(r.list()).hasSize(10).startsWith(Path.of("/data/f5.xyz")).doesNotHaveDuplicates();
        // persisted: a second instance on the same node sees the same list
        assertThat(new RecentFiles(node).list()).isEqualTo(r.list());
        r.clear();
        assertThat(new RecentFiles(node).list()).isEmpty();
    }

    @Test
    void relativePathsAreStoredAbsolute() {
        RecentFiles r = new RecentFiles(node);
        r.add(Path.of("x.extxyz"));
        Path stored = r.list().get(0);
        assertThat(stored.isAbsolute()).isTrue();
        assertThat(stored).isEqualTo(Path.of("").toAbsolutePath().resolve("x.extxyz"));
    }
}
