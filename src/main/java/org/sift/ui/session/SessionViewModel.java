package org.sift.ui.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import org.sift.model.Dataset;
import org.sift.ui.analysis.AnalysisViewModel;
import org.sift.ui.dataset.DatasetViewModel;
import org.sift.ui.diagram.DiagramViewModel;
import org.sift.ui.sampling.SamplingViewModel;
import org.sift.workflow.AnalysisResult;
import org.sift.workflow.AnalysisSession;
import org.sift.workflow.AnalysisSettings;
import org.sift.workflow.FpsConstraints;
import org.sift.workflow.Manifest;
import org.sift.workflow.Session;

/**
 * The project ({@code .sift}) of the workbench: captures the whole curation state from the other
 * ViewModels (input files with SHA-256, settings, grouping, reference groups X/Y, epsilon, n, pins,
 * bans, named subsets) into a {@link Session}, saves it, and restores one: the inputs are opened
 * through the application's open command and, once that dataset is in, the grouping, reference
 * groups, settings, pins, bans and named subsets are applied in one go (one analysis run); n is set
 * when that analysis has finished.
 *
 * <p>Autosave: every change of the curation state restarts a quiet period (the {@link Debouncer});
 * when it ends the state is written to the autosave file if it differs from the baseline (the state
 * after the last explicit save, the last project opened, or the last plain dataset load), else the
 * autosave file is deleted. So an autosave file exists exactly when there is unsaved curation, and
 * it is always newer than the last explicit save. {@link #shutdown()} does the same at exit.
 *
 * <p>Call everything on the FX thread.
 */
public final class SessionViewModel {

    /** System property naming the folder of the autosave file (tests set a temporary folder). */
    public static final String AUTOSAVE_DIR_PROPERTY = "sift.autosave.dir";
    /** File name of the autosave inside its folder. */
    public static final String AUTOSAVE_NAME = "autosave." + Session.EXTENSION;

    private record Digest(long size, FileTime modified, String sha256) {}

    private static final class Pending {
        final Session session;
        final Path project;
        final boolean inputsChanged;
        final List<Path> files;
        Dataset dataset;
        String note = "";

        Pending(Session s, Path project, boolean inputsChanged, List<Path> files) {
            this.session = s;
            this.project = project;
            this.inputsChanged = inputsChanged;
            this.files = files;
        }
    }

    private final ReadOnlyObjectProperty<List<Path>> openedFiles;
    private final Predicate<List<Path>> opener;
    private final ObjectProperty<AnalysisSettings> settings;
    private final DatasetViewModel dataset;
    private final SamplingViewModel sampling;
    private final DiagramViewModel diagram;
    private final AnalysisViewModel analysis;
    private final NamedSubsetsViewModel named;
    private final Path autosaveFile;
    private final Debouncer debouncer;
    private final Map<Path, Digest> digests = new HashMap<>();

    private final ReadOnlyObjectWrapper<Path> projectFile = new ReadOnlyObjectWrapper<>(this, "projectFile");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty", false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper restoring = new ReadOnlyBooleanWrapper(this, "restoring", false);
    private Session baseline;
    private Dataset baselineDataset;
    private Pending pending;

    /**
     * @param openedFiles the files the current dataset was read from
     * @param opener      opens files as the dataset in the background (the application's open command); false if it cannot now
     * @param settings    the SOAP and kernel settings
     * @param dataset     grouping and reference groups
     * @param sampling    n, pins and bans (through its analysis), log axis and REP target
     * @param diagram     the diagram's colouring
     * @param named       the named subsets
     * @param autosaveFile where autosaves go
     * @param debouncer   quiet period of the autosave
     */
    public SessionViewModel(
            ReadOnlyObjectProperty<List<Path>> openedFiles,
            Predicate<List<Path>> opener,
            ObjectProperty<AnalysisSettings> settings,
            DatasetViewModel dataset,
            SamplingViewModel sampling,
            DiagramViewModel diagram,
            NamedSubsetsViewModel named,
            Path autosaveFile,
            Debouncer debouncer) {
        this.openedFiles = Objects.requireNonNull(openedFiles);
        this.opener = Objects.requireNonNull(opener);
        this.settings = Objects.requireNonNull(settings);
        this.dataset = Objects.requireNonNull(dataset);
        this.sampling = Objects.requireNonNull(sampling);
        this.diagram = Objects.requireNonNull(diagram);
        this.analysis = sampling.analysis();
        this.named = Objects.requireNonNull(named);
        this.autosaveFile = Objects.requireNonNull(autosaveFile);
        this.debouncer = Objects.requireNonNull(debouncer);
        dataset.datasetProperty().addListener((o, a, d) -> datasetArrived(d));
        analysis.resultProperty().addListener((o, a, r) -> resultArrived(r));
        openedFiles.addListener((o, a, b) -> changed());
        settings.addListener((o, a, b) -> changed());
        dataset.groupByProperty().addListener((o, a, b) -> changed());
        dataset.referenceXProperty().addListener((o, a, b) -> changed());
        dataset.referenceYProperty().addListener((o, a, b) -> changed());
        analysis.constraintsProperty().addListener((o, a, b) -> changed());
        sampling.nProperty().addListener((o, a, b) -> changed());
        sampling.logScaleProperty().addListener((o, a, b) -> changed());
        sampling.repTargetProperty().addListener((o, a, b) -> changed());
        analysis.compareRandomProperty().addListener((o, a, b) -> changed());
        diagram.colourByProperty().addListener((o, a, b) -> changed());
        diagram.colourLogProperty().addListener((o, a, b) -> changed());
        diagram.colourMinProperty().addListener((o, a, b) -> changed());
        diagram.colourMaxProperty().addListener((o, a, b) -> changed());
        named.subsets().addListener((ListChangeListener<NamedSubsetsViewModel.NamedSubset>) c -> changed());
    }

    /**
     * The autosave folder: the system property {@value #AUTOSAVE_DIR_PROPERTY} if set, else
     * {@code %LOCALAPPDATA%\Sift} (Windows), {@code ~/Library/Application Support/Sift} (macOS) or
     * {@code $XDG_DATA_HOME/sift}, by default {@code ~/.local/share/sift}.
     */
    public static Path autosaveDir() {
        String p = System.getProperty(AUTOSAVE_DIR_PROPERTY);
        if (p != null && !p.isBlank()) return Path.of(p);
        String home = System.getProperty("user.home", ".");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return local != null ? Path.of(local, "Sift") : Path.of(home, "AppData", "Local", "Sift");
        }
        if (os.contains("mac")) return Path.of(home, "Library", "Application Support", "Sift");
        String xdg = System.getenv("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "sift") : Path.of(home, ".local", "share", "sift");
    }

    /** The autosave file in {@link #autosaveDir()}. */
    public static Path defaultAutosaveFile() {
        return autosaveDir().resolve(AUTOSAVE_NAME);
    }

    // ----- capture and save -----

    /** True when a dataset is open (there is something to save). */
    public boolean canSave() {
        return dataset.getDataset() != null && !openedFiles.get().isEmpty() && pending == null;
    }

    /**
     * The current curation state as a session; {@code digests}: with the inputs' SHA-256 (cached
     * while a file's size and modification time stay the same) and configuration counts.
     */
    public Session capture(boolean withDigests) throws IOException {
        List<Manifest.SourceFile> in = new ArrayList<>();
        List<Path> files = openedFiles.get();
        int[] counts = withDigests ? countsPerFile(files, dataset.getDataset()) : null;
        for (int i = 0; i < files.size(); i++) {
            Path abs = files.get(i).toAbsolutePath().normalize();
            in.add(new Manifest.SourceFile(
                    abs.toString(), withDigests ? digest(abs) : "", withDigests ? counts[i] : -1));
        }
        AnalysisSettings s = settings.get();
        String groupBy = dataset.groupByProperty().get();
        FpsConstraints c = analysis.constraintsProperty().get();
        return new Session(
                Session.SCHEMA_VERSION,
                in,
                List.of(),
                s.soap(),
                s.kernel(),
                DatasetViewModel.REDUCED_FORMULA.equals(groupBy) ? null : groupBy,
                dataset.referenceXProperty().get(),
                dataset.referenceYProperty().get(),
                AnalysisSession.EPSILON,
                sampling.nProperty().get(),
                c.pinned(),
                c.banned(),
                named.toMap(),
                withDigests ? java.time.Instant.now().toString() : null,
                withDigests ? Session.currentSoftware() : null,
                view(c));
    }

    private Session.View view(FpsConstraints c) {
        Double min = Double.isNaN(diagram.colourMinProperty().get()) ? null : diagram.colourMinProperty().get();
        Double max = Double.isNaN(diagram.colourMaxProperty().get()) ? null : diagram.colourMaxProperty().get();
        return new Session.View(c.coverBanned(), diagram.colourByProperty().get(), diagram.colourLogProperty().get(),
                min, max, sampling.logScaleProperty().get(), analysis.compareRandomProperty().get(),
                sampling.repTargetProperty().get());
    }

    /** Shows the results as the project did (before its analysis arrives, so it is computed once). */
    private void applyView(Session.View v) {
        if (v == null) return;
        sampling.logScaleProperty().set(v.logScale());
        sampling.repTargetProperty().set(v.repTarget());
        analysis.compareRandomProperty().set(v.compareRandom());
        diagram.colourLogProperty().set(v.colourLog());
        diagram.colourMinProperty().set(v.colourMin() == null ? Double.NaN : v.colourMin());
        diagram.colourMaxProperty().set(v.colourMax() == null ? Double.NaN : v.colourMax());
    }

    /** Configurations read from each file (by the origins' file names), -1 where unknown. */
    static int[] countsPerFile(List<Path> files, Dataset d) {
        int[] c = new int[files.size()];
        if (d == null) {
            java.util.Arrays.fill(c, -1);
            return c;
        }
        if (files.size() == 1) {
            c[0] = d.size();
            return c;
        }
        int total = 0;
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i).toAbsolutePath().normalize();
            for (var o : d.origins()) {
                Path p = Path.of(o.file()).toAbsolutePath().normalize();
                if (p.equals(f)) c[i]++;
            }
            total += c[i];
        }
        if (total != d.size()) java.util.Arrays.fill(c, -1);
        return c;
    }

    private String digest(Path f) throws IOException {
        long size = Files.size(f);
        FileTime t = Files.getLastModifiedTime(f);
        Digest d = digests.get(f);
        if (d == null || d.size() != size || !d.modified().equals(t)) {
            d = new Digest(size, t, Manifest.sha256(f));
            digests.put(f, d);
        }
        return d.sha256();
    }

    /** The session without times, digests and counts (what "unchanged" compares). */
    private static Session key(Session s) {
        List<Manifest.SourceFile> in = s.inputs().stream()
                .map(f -> new Manifest.SourceFile(
                        Path.of(f.path()).toAbsolutePath().normalize().toString(), "", -1))
                .toList();
        return new Session(
                s.schemaVersion(),
                in,
                s.typeMap(),
                s.soap(),
                s.kernel(),
                s.groupBy(),
                s.groupX(),
                s.groupY(),
                s.epsilon(),
                s.n(),
                s.pins(),
                s.bans(),
                s.namedSubsets(),
                null,
                null,
                s.view());
    }

    /** Saves the project to {@code file} (temporary file, then rename); it becomes the project file. */
    public void save(Path file) throws IOException {
        if (!canSave()) throw new IllegalStateException("nothing to save");
        Session s = capture(true);
        s.save(file);
        projectFile.set(file);
        baseline = key(s);
        baselineDataset = dataset.getDataset();
        dirty.set(false);
        Files.deleteIfExists(autosaveFile);
        message.set("Saved project " + file.getFileName());
    }

    // ----- open -----

    /** Reads a project file (nothing changes yet); see {@link #restore}. */
    public Session read(Path file) throws IOException {
        return Session.load(file);
    }

    /**
     * Restores a session: opens its inputs and applies the rest once they are in. With
     * {@code inputsChanged} (the user chose to open anyway although {@link Session#changedInputs()}
     * reported files) only the inputs that exist are opened and pins, bans and named subsets are
     * kept only if the number of configurations is the one saved, else dropped with a message.
     *
     * @param project the project file, or null for an autosave (the state then counts as unsaved)
     * @return false (with a message) if nothing could be opened
     */
    public boolean restore(Session s, Path project, boolean inputsChanged) {
        List<Path> files =
                inputsChanged ? s.inputPaths().stream().filter(Files::exists).toList() : s.inputPaths();
        if (files.isEmpty()) {
            message.set("None of the project's input files exists");
            return false;
        }
        debouncer.flush();
        Pending p = new Pending(s, project, inputsChanged, files);
        pending = p;
        restoring.set(true);
        if (!opener.test(files)) {
            pending = null;
            restoring.set(false);
            message.set("Cannot open the project now (another task is running)");
            return false;
        }
        // The same files give an equal dataset, which would fire no change: start from none.
        dataset.setDataset(null);
        return true;
    }

    private void datasetArrived(Dataset d) {
        Pending p = pending;
        if (p == null || d == null || p.dataset != null) return;
        if (!normalized(openedFiles.get()).equals(normalized(p.files))) {
            pending = null; // another dataset came in
            restoring.set(false);
            return;
        }
        p.dataset = d;
        Session s = p.session;
        List<String> notes = new ArrayList<>();
        if (s.soap() != null && s.kernel() != null) settings.set(new AnalysisSettings(s.soap(), s.kernel()));
        String g = s.groupBy() == null ? DatasetViewModel.REDUCED_FORMULA : s.groupBy();
        if (dataset.groupByOptions().contains(g)) {
            dataset.groupByProperty().set(g);
        } else {
            notes.add("grouping \"" + g + "\" is not available");
        }
        if (s.groupX() != null && dataset.groupLabels().contains(s.groupX()))
            dataset.referenceXProperty().set(s.groupX());
        if (s.groupY() != null && dataset.groupLabels().contains(s.groupY()))
            dataset.referenceYProperty().set(s.groupY());
        int saved = savedCount(s);
        boolean inRange = allBelow(s.pins(), d.size())
                && allBelow(s.bans(), d.size())
                && s.namedSubsets().values().stream().allMatch(v -> allBelow(v, d.size()));
        boolean keep = inRange && (!p.inputsChanged || saved == d.size());
        boolean hasIndices =
                s.pins().length + s.bans().length + s.namedSubsets().size() > 0;
        applyView(s.view());
        boolean coverBanned = s.view() == null || s.view().coverBanned();
        if (keep) {
            analysis.constraintsProperty().set(new FpsConstraints(s.pins(), s.bans(), coverBanned));
            named.setAll(s.namedSubsets());
        } else {
            analysis.constraintsProperty().set(new FpsConstraints(null, null, coverBanned));
        }
        if (!keep && hasIndices) {
            notes.add(String.format(
                    Locale.ROOT,
                    "pins, bans and named subsets were dropped: the project had %s configurations, "
                            + "the files now give %,d",
                    saved < 0 ? "an unknown number of" : String.format(Locale.ROOT, "%,d", saved),
                    d.size()));
        }
        p.note = String.join("; ", notes);
    }

    private static List<Path> normalized(List<Path> l) {
        return l == null
                ? List.of()
                : l.stream().map(x -> x.toAbsolutePath().normalize()).toList();
    }

    private static boolean allBelow(int[] a, int n) {
        for (int i : a) if (i < 0 || i >= n) return false;
        return true;
    }

    /** Total configurations the session's inputs had, or -1 if unknown. */
    static int savedCount(Session s) {
        int t = 0;
        for (Manifest.SourceFile f : s.inputs()) {
            if (f.configurations() < 0) return -1;
            t += f.configurations();
        }
        return t;
    }

    private void resultArrived(AnalysisResult r) {
        if (r == null) return;
        Pending p = pending;
        if (p != null) {
            if (p.dataset == null
                    || r.dataset() != p.dataset
                    || !r.constraints().equals(analysis.constraintsProperty().get())) {
                return;
            }
            pending = null;
            sampling.nProperty().set(p.session.n());
            if (p.session.view() != null) diagram.colourByProperty().set(p.session.view().colourBy());
            restoring.set(false);
            baselineDataset = r.dataset();
            String name = p.project == null ? "the autosaved session" : "project " + p.project.getFileName();
            if (p.project != null && !p.inputsChanged) {
                projectFile.set(p.project);
                try {
                    baseline = key(capture(false));
                } catch (IOException e) {
                    baseline = null;
                }
                dirty.set(false);
            } else {
                projectFile.set(p.project);
                baseline = null; // unsaved: the autosave keeps it
                dirty.set(true);
                debouncer.restart(this::autosave);
            }
            message.set("Opened " + name + (p.note.isEmpty() ? "" : " (" + p.note + ")"));
            return;
        }
        if (r.dataset() != baselineDataset) { // a plain open: the new starting point
            baselineDataset = r.dataset();
            projectFile.set(null);
            try {
                baseline = key(capture(false));
            } catch (IOException e) {
                baseline = null;
            }
            dirty.set(false);
            debouncer.restart(this::autosave);
        }
    }

    /** The note of the last restore ("" if none) is part of {@link #messageProperty()}. */
    private void changed() {
        if (pending != null) return;
        debouncer.restart(this::autosave);
    }

    /**
     * Writes the autosave now if the state differs from the baseline, else deletes it. Does nothing
     * while a project is being restored or without a dataset.
     */
    public void autosave() {
        if (pending != null || !canSave() || baselineDataset != dataset.getDataset()) return;
        try {
            Session now = capture(false);
            if (baseline != null && key(now).equals(baseline)) {
                dirty.set(false);
                Files.deleteIfExists(autosaveFile);
                return;
            }
            dirty.set(true);
            Path dir = autosaveFile.toAbsolutePath().getParent();
            if (dir != null) Files.createDirectories(dir);
            capture(true).save(autosaveFile);
        } catch (IOException | RuntimeException e) {
            message.set("Autosave to " + autosaveFile + " failed: " + e.getMessage());
        }
    }

    /** At exit: runs a pending autosave and brings the autosave file up to date. */
    public void shutdown() {
        debouncer.flush();
        autosave();
    }

    /** The autosaved session, or null if there is none (or it cannot be read). */
    public Session readAutosave() {
        if (!Files.isRegularFile(autosaveFile)) return null;
        try {
            return Session.load(autosaveFile);
        } catch (IOException e) {
            message.set(e.getMessage());
            return null;
        }
    }

    /** Deletes the autosave (the user declined to restore it). */
    public void discardAutosave() {
        try {
            Files.deleteIfExists(autosaveFile);
        } catch (IOException e) {
            message.set("Cannot delete " + autosaveFile + ": " + e.getMessage());
        }
    }

    /** The project file of the current state (last saved or opened), or null. */
    public ReadOnlyObjectProperty<Path> projectFileProperty() {
        return projectFile.getReadOnlyProperty();
    }
    /** True when the last autosave check found changes since the baseline. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }
    /** True from {@link #restore} until the restored analysis is in. */
    public ReadOnlyBooleanProperty restoringProperty() {
        return restoring.getReadOnlyProperty();
    }
    /** Outcome of the last command (shown in the status line). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public Path autosaveFile() {
        return autosaveFile;
    }

    public NamedSubsetsViewModel named() {
        return named;
    }
}
