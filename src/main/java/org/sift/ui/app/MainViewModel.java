package org.sift.ui.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sift.concurrent.ProgressMonitor;
import org.sift.io.FormatRegistry;
import org.sift.io.ReadOptions;
import org.sift.io.StructureFormat;
import org.sift.model.Dataset;
import org.sift.ui.common.FxTaskRunner;
import org.sift.ui.dataset.DatasetViewModel;
import org.sift.workflow.AnalysisSettings;
import org.sift.workflow.LoadDataset;

/**
 * Application-level state and commands: opening files (through an injectable loader, in the
 * background), recent files, the analysis settings, the window title, the dataset summary and
 * memory use shown in the status bar. The dataset panel has its own {@link DatasetViewModel}.
 */
public final class MainViewModel {

    /** Reads files into one dataset; the application uses {@link LoadDataset}, tests inject fakes. */
    @FunctionalInterface
    public interface DatasetLoader {
        Dataset load(List<Path> files, ProgressMonitor monitor) throws Exception;
    }

    /** A file-chooser filter: description and glob patterns. */
    public record FileFilter(String description, List<String> patterns) {}

    public static final Path SYNTHETIC_SAMPLE = Path.of("sample-data", "synthetic-lisi.extxyz.gz");
    public static final Path REAL_SAMPLE = Path.of("sample-data", "LixSi64-dftb.extxyz.gz");

    private final DatasetLoader loader;
    private final FormatRegistry registry;
    private final RecentFiles recent;
    private final FxTaskRunner runner;
    private final DatasetViewModel datasetViewModel = new DatasetViewModel();
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final ObjectProperty<AnalysisSettings> settings =
            new SimpleObjectProperty<>(this, "settings", AnalysisSettings.STUDY);
    private final ObjectProperty<List<Path>> openedFiles = new SimpleObjectProperty<>(this, "openedFiles", List.of());
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Sift");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "No dataset");
    private final ReadOnlyStringWrapper memory = new ReadOnlyStringWrapper(this, "memory", "");

    public MainViewModel(DatasetLoader loader, FormatRegistry registry, RecentFiles recent, FxTaskRunner runner) {
        this.loader = Objects.requireNonNull(loader);
        this.registry = Objects.requireNonNull(registry);
        this.recent = Objects.requireNonNull(recent);
        this.runner = Objects.requireNonNull(runner);
        recentFiles.setAll(recent.list());
        datasetViewModel.datasetProperty().addListener((o, a, d) -> {
            summary.set(d == null ? "No dataset" : summary(d));
            title.set(d == null ? "Sift" : "Sift — " + displayName(openedFiles.get(), d));
        });
        refreshMemory();
    }

    /** The standard loader over a registry. */
    public static DatasetLoader standardLoader(FormatRegistry registry) {
        LoadDataset load = new LoadDataset(registry);
        return (files, monitor) -> load.load(files, ReadOptions.defaults(), monitor);
    }

    /**
     * Opens the files (or DeePMD folders) as one dataset, in order, in the background. On success
     * the dataset replaces the current one and the files go to the recent list; on failure or
     * cancellation nothing changes and the task runner reports what happened. Ignored while
     * another task runs or when {@code files} is empty.
     *
     * @return true if loading started
     */
    public boolean open(List<Path> files) {
        if (files == null || files.isEmpty() || runner.isRunning()) {
            return false;
        }
        List<Path> copy = List.copyOf(files);
        String what = "Opening " + names(copy);
        runner.run(what, m -> loader.load(copy, m), d -> {
            openedFiles.set(copy);
            for (int i = copy.size() - 1; i >= 0; i--) {
                recent.add(copy.get(i));
            }
            recentFiles.setAll(recent.list());
            datasetViewModel.setDataset(d);
        });
        return true;
    }

    public void clearRecent() {
        recent.clear();
        recentFiles.setAll(recent.list());
    }

    /** Asks the running task to stop. */
    public void cancelTask() {
        runner.cancel();
    }

    /** Recomputes the memory text ("Memory 120 / 3072 MB"); the view calls this every second. */
    public void refreshMemory() {
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        memory.set(memoryText(used, rt.maxMemory()));
    }

    static String memoryText(long usedBytes, long maxBytes) {
        return String.format(Locale.ROOT, "Memory %d / %d MB", usedBytes >> 20, maxBytes >> 20);
    }

    static String summary(Dataset d) {
        return String.format(Locale.ROOT, "%,d configurations, %,d atoms", d.size(), d.atomCount());
    }

    private static String names(List<Path> files) {
        List<String> n = new ArrayList<>();
        for (Path p : files) {
            n.add(p.getFileName() == null ? p.toString() : p.getFileName().toString());
        }
        return n.size() <= 3 ? String.join(" + ", n) : n.get(0) + " + " + (n.size() - 1) + " more";
    }

    private static String displayName(List<Path> files, Dataset d) {
        return files == null || files.isEmpty() ? d.name() : names(files);
    }

    /**
     * The files to open at start: the command-line arguments; with none, the synthetic sample if it
     * exists under {@code dir}, else the real sample, else nothing.
     */
    public static List<Path> startupFiles(List<String> args, Path dir) {
        if (!args.isEmpty()) {
            return args.stream().map(Path::of).toList();
        }
        for (Path p : List.of(SYNTHETIC_SAMPLE, REAL_SAMPLE)) {
            if (Files.exists(dir.resolve(p))) {
                return List.of(dir.resolve(p));
            }
        }
        return List.of();
    }

    /**
     * Filters for the Open dialog from the registry's readable formats: first all of them together,
     * then one per format ({@code *.ext} and {@code *.ext.gz}), then all files.
     */
    public List<FileFilter> openFilters() {
        List<FileFilter> out = new ArrayList<>();
        LinkedHashSet<String> all = new LinkedHashSet<>();
        List<FileFilter> each = new ArrayList<>();
        for (StructureFormat f : registry.readable()) {
            if (f.isDirectoryFormat()) {
                continue;
            }
            List<String> pats = new ArrayList<>();
            for (String e : f.extensions()) {
                pats.add("*." + e);
                pats.add("*." + e + ".gz");
            }
            if (!pats.isEmpty()) {
                all.addAll(pats);
                each.add(new FileFilter(f.description() + " (" + String.join(", ", pats) + ")", pats));
            }
        }
        if (!all.isEmpty()) {
            out.add(new FileFilter("All supported formats", List.copyOf(all)));
        }
        out.addAll(each);
        out.add(new FileFilter("All files", List.of("*")));
        return out;
    }

    public FxTaskRunner taskRunner() {
        return runner;
    }

    public FormatRegistry registry() {
        return registry;
    }
    /** The files the current dataset was read from, in order. */
    public javafx.beans.property.ReadOnlyObjectProperty<List<Path>> openedFilesProperty() {
        return openedFiles;
    }

    public DatasetViewModel datasetViewModel() {
        return datasetViewModel;
    }

    public ObservableList<Path> recentFiles() {
        return recentFiles;
    }
    /** The SOAP and kernel settings; phase-2 computations recompute when this changes. */
    public ObjectProperty<AnalysisSettings> settingsProperty() {
        return settings;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }
    /** "107 configurations, 26,112 atoms" or "No dataset". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty memoryProperty() {
        return memory.getReadOnlyProperty();
    }
    /** The status line of the last task. */
    public ReadOnlyStringProperty statusProperty() {
        return runner.statusProperty();
    }
}
