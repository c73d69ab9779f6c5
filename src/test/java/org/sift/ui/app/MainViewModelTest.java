package org.sift.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sift.io.FormatRegistry;

class MainViewModelTest {

    @Test
    void startupOpensArgumentsElseTheSyntheticElseTheRealSample(@TempDir Path dir) throws IOException {
        assertThat(MainViewModel.startupFiles(List.of("a.xyz", "b.xyz"), dir)).containsExactly(Path.of("a.xyz"), Path.of("b.xyz"));
        assertThat(MainViewModel.startupFiles(List.of(), dir)).isEmpty();
        Files.createDirectories(dir.resolve("sample-data"));
        Files.writeString(dir.resolve(MainViewModel.REAL_SAMPLE), "x");
        assertThat(MainViewModel.startupFiles(List.of(), dir)).containsExactly(dir.resolve(MainViewModel.REAL_SAMPLE));
        Files.writeString(dir.resolve(MainViewModel.SYNTHETIC_SAMPLE), "x");
        assertThat(MainViewModel.startupFiles(List.of(), dir)).containsExactly(dir.resolve(MainViewModel.SYNTHETIC_SAMPLE));
    }

    @Test
    void openFiltersFollowTheRegistry() {
        FormatRegistry reg = new FormatRegistry(List.of(
                new FakeFormat("extxyz", "Extended XYZ", List.of("extxyz", "xyz"), true, false),
                new FakeFormat("deepmd-npy", "DeePMD folder", List.of("npy"), true, true),
                new FakeFormat("lammps-data", "LAMMPS data (write only)", List.of("lmp"), false, false)));
        MainViewModel.FileFilter[] f = MainViewModelFixtures.filters(reg).toArray(new MainViewModel.FileFilter[0]);
        assertThat(f).extracting(MainViewModel.FileFilter::description).containsExactly(
                "All supported formats", "Extended XYZ (*.extxyz, *.extxyz.gz, *.xyz, *.xyz.gz)", "All files");
        assertThat(f[0].patterns()).containsExactly("*.extxyz", "*.extxyz.gz", "*.xyz", "*.xyz.gz");
        assertThat(f[2].patterns()).containsExactly("*");
        // an empty registry still offers "All files" (a filter with no pattern would be invalid)
        assertThat(MainViewModelFixtures.filters(new FormatRegistry(List.of())))
                .extracting(MainViewModel.FileFilter::description).containsExactly("All files");
    }

    @Test
    void memoryAndSummaryTexts() {
        assertThat(MainViewModel.memoryText(300L << 20, 3072L << 20)).isEqualTo("Memory 300 / 3072 MB");
        assertThat(MainViewModel.summary(org.sift.ui.TestDatasets.six("s"))).isEqualTo("6 configurations, 261 atoms");
    }
}
