package org.sift.ui.analysis;

import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sift.model.Dataset;
import org.sift.workflow.AnalysisInputs;
import org.sift.workflow.AnalysisResult;
import org.sift.workflow.AnalysisSession;
import org.sift.workflow.AnalysisSettings;
import org.sift.workflow.FpsConstraints;
import org.sift.workflow.RandomComparison;

/**
 * The analysis pipeline of the workbench: whenever its inputs change (dataset, grouping, reference
 * groups, SOAP/kernel settings, pins and bans, the random comparison switch) it brings the
 * {@link #resultProperty() result} up to date in the background, recomputing only what the change
 * invalidates ({@link AnalysisSession#plan}). The subset size is not an input: views read any prefix of
 * the one FPS run.
 *
 * <p>Bursts of changes (a new dataset changes the labels and both reference groups at once) are
 * coalesced into one job. While another task runs, the update waits for it; a job whose dataset or
 * settings became obsolete is cancelled and restarted. A job that fails or that the user cancels
 * leaves the previous result untouched (the status bar says what happened) and nothing is retried
 * until an input changes again or {@link #recompute()} is called.
 *
 * <p>One dataset generation at a time: every change of dataset starts a new {@link #generationProperty()
 * generation}, clears the result, the random comparison and the pins and bans at once, and a job
 * started for an older generation is discarded when it ends. A result of the current dataset whose
 * grouping, settings, pins or reference groups no longer match the inputs is {@link #staleProperty()
 * stale} until the update arrives: views show it as out of date and offer no export on it.
 *
 * <p>Call everything on the FX thread.
 */
public final class AnalysisViewModel {

    private final JobRunner runner;
    private final AnalysisSession.ProviderFactory factory;
    private final int threads;

    private final ObjectProperty<Dataset> dataset = new SimpleObjectProperty<>(this, "dataset");
    private final ObjectProperty<String[]> labels = new SimpleObjectProperty<>(this, "labels", new String[0]);
    private final StringProperty groupX = new SimpleStringProperty(this, "groupX");
    private final StringProperty groupY = new SimpleStringProperty(this, "groupY");
    private final ObjectProperty<AnalysisSettings> settings =
            new SimpleObjectProperty<>(this, "settings", AnalysisSettings.STUDY);
    private final ObjectProperty<FpsConstraints> constraints =
            new SimpleObjectProperty<>(this, "constraints", FpsConstraints.NONE);
    private final BooleanProperty compareRandom = new SimpleBooleanProperty(this, "compareRandom", false);
    private final IntegerProperty randomRepeats = new SimpleIntegerProperty(this, "randomRepeats", 3);
    private final IntegerProperty fpsFirst = new SimpleIntegerProperty(this, "fpsFirst", AnalysisSession.FPS_FIRST);
    private final long randomSeed;

    private final ReadOnlyObjectWrapper<AnalysisResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<RandomComparison> random = new ReadOnlyObjectWrapper<>(this, "random");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyBooleanWrapper upToDate = new ReadOnlyBooleanWrapper(this, "upToDate", true);
    private final ReadOnlyLongWrapper generation = new ReadOnlyLongWrapper(this, "generation", 0);
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale", false);
    private final ReadOnlyStringWrapper staleText = new ReadOnlyStringWrapper(this, "staleText", "");

    private boolean scheduled;
    private boolean waiting;
    private boolean suspended;
    private boolean restartAfterCancel;
    private AnalysisInputs runningInputs;
    /** The last computed result of this generation, reused by the next update (may be stale). */
    private AnalysisResult basis;
    /** FPS size asked for by {@link #extendFps} and not computed yet (0: none). */
    private int pendingFps;

    /**
     * @param runner  background runner (the application's shared task runner)
     * @param factory makes the similarity provider for the current settings
     * @param threads worker threads of the analysis steps
     * @param seed    seed of the random subsets of the comparison
     */
    public AnalysisViewModel(JobRunner runner, AnalysisSession.ProviderFactory factory, int threads, long seed) {
        this.runner = Objects.requireNonNull(runner);
        this.factory = Objects.requireNonNull(factory);
        this.threads = Math.max(1, threads);
        this.randomSeed = seed;
        dataset.addListener((o, a, b) -> newGeneration());
        labels.addListener((o, a, b) -> inputsChanged());
        groupX.addListener((o, a, b) -> inputsChanged());
        groupY.addListener((o, a, b) -> inputsChanged());
        settings.addListener((o, a, b) -> inputsChanged());
        constraints.addListener((o, a, b) -> inputsChanged());
        compareRandom.addListener((o, a, b) -> inputsChanged());
        randomRepeats.addListener((o, a, b) -> inputsChanged());
        runner.runningProperty().addListener((o, a, running) -> {
            if (!running && waiting) {
                waiting = false;
                schedule();
            }
        });
    }

    public AnalysisViewModel(JobRunner runner, AnalysisSession.ProviderFactory factory) {
        this(runner, factory, Runtime.getRuntime().availableProcessors(), 0);
    }

    /** A new dataset: nothing of the previous one survives (results, comparison, pins and bans). */
    private void newGeneration() {
        generation.set(generation.get() + 1);
        basis = null;
        pendingFps = 0;
        random.set(null);
        result.set(null);
        constraints.set(FpsConstraints.NONE); // indices of another dataset mean nothing here
        inputsChanged();
    }

    private void inputsChanged() {
        suspended = false;
        upToDate.set(false);
        refreshStale();
        schedule();
    }

    private void refreshStale() {
        AnalysisResult r = result.get();
        AnalysisInputs in = r == null ? null : inputs();
        boolean s = r != null && (in == null || AnalysisSession.plan(r, in).any());
        stale.set(s);
        staleText.set(
                !s
                        ? ""
                        : suspended
                                ? "Out of date: the update was cancelled or failed (Analysis › Recompute)"
                                : "Out of date: updating…");
    }

    private void schedule() {
        if (!scheduled) {
            scheduled = true;
            runner.later(this::step);
        }
    }

    /** The current inputs, or null if there is nothing (consistent) to analyse. */
    AnalysisInputs inputs() {
        Dataset d = dataset.get();
        String[] l = labels.get();
        if (d == null || l == null || l.length != d.size() || d.size() == 0) {
            return null;
        }
        return new AnalysisInputs(d, l, groupX.get(), groupY.get(), settings.get(), constraints.get())
                .withFpsFirst(Math.max(1, fpsFirst.get()));
    }

    private void step() {
        scheduled = false;
        AnalysisInputs in = inputs();
        if (runner.isRunning()) {
            waiting = true;
            if (runningInputs != null
                    && (in == null
                            || runningInputs.dataset() != in.dataset()
                            || !runningInputs.settings().equals(in.settings()))) {
                restartAfterCancel = true;
                runner.cancel();
            }
            return;
        }
        if (in == null) {
            if (dataset.get() == null) {
                random.set(null);
                result.set(null);
                basis = null;
                upToDate.set(true);
                refreshStale();
            }
            return;
        }
        if (suspended) {
            return;
        }
        AnalysisResult prev = basis;
        long gen = generation.get();
        AnalysisSession.Work work = AnalysisSession.plan(prev, in);
        if (work.any()) {
            runningInputs = in;
            busy.set(true);
            runner.run(
                    work.describe(in.dataset().name()),
                    m -> AnalysisSession.update(prev, in, factory, threads, m),
                    r -> {
                        runningInputs = null;
                        busy.set(false);
                        if (gen != generation.get()) { // finished for a dataset that is gone
                            schedule();
                            return;
                        }
                        if (!AnalysisSession.isCurrent(
                                random.get(),
                                r,
                                random.get() == null ? 0 : random.get().repeats(),
                                randomSeed)) {
                            random.set(null);
                        }
                        basis = r;
                        result.set(r);
                        refreshStale();
                        schedule();
                    },
                    this::failed);
            return;
        }
        if (pendingFps > prev.maxSubsetSize() && !prev.fpsComplete()) {
            int size = pendingFps;
            busy.set(true);
            runner.run(
                    String.format(
                            Locale.ROOT, "Farthest point sampling to n = %,d", Math.min(size, prev.selectableSize())),
                    m -> AnalysisSession.extendFps(prev, size, m),
                    r -> {
                        busy.set(false);
                        if (gen == generation.get() && prev == basis) {
                            if (r.maxSubsetSize() >= size || r.fpsComplete()) pendingFps = 0;
                            basis = r;
                            result.set(r);
                            refreshStale();
                        }
                        schedule();
                    },
                    e -> {
                        busy.set(false); // cancelled or failed: the shown prefix stays; extend again on request
                        pendingFps = 0;
                    });
            return;
        }
        int repeats = randomRepeats.get();
        if (compareRandom.get()
                && repeats >= 1
                && !AnalysisSession.isCurrent(random.get(), prev, repeats, randomSeed)) {
            busy.set(true);
            runner.run(
                    "Comparing with " + repeats + " random subsets",
                    m -> AnalysisSession.compareWithRandom(prev, repeats, randomSeed, threads, m),
                    c -> {
                        busy.set(false);
                        if (gen == generation.get() && prev == basis) {
                            random.set(c);
                        }
                        schedule();
                    },
                    this::failed);
            return;
        }
        upToDate.set(true);
    }

    private void failed(Throwable e) {
        runningInputs = null;
        busy.set(false);
        if (restartAfterCancel) {
            restartAfterCancel = false;
            schedule();
        } else {
            suspended = true; // keep the previous result; retry only when an input changes
            refreshStale();
        }
    }

    /**
     * Continues the FPS order of the current result to {@code size} points (or to its end) in the
     * background; the order is that of one uninterrupted run. Does nothing once the order is complete.
     */
    public void extendFps(int size) {
        AnalysisResult r = result.get();
        if (r == null || r.fpsComplete() || size <= r.maxSubsetSize()) {
            return;
        }
        pendingFps = Math.max(pendingFps, size);
        upToDate.set(false);
        schedule();
    }

    /** Runs the pipeline again for the current inputs (after a failure or a cancel, or on request). */
    public void recompute() {
        inputsChanged();
    }

    /**
     * True if {@code r} is the shown result of the current dataset generation and matches every
     * input: commands (pin, ban, export) may act on it.
     */
    public boolean isCurrent(AnalysisResult r) {
        return r != null && r == result.get() && !stale.get();
    }

    public ObjectProperty<Dataset> datasetProperty() {
        return dataset;
    }
    /** Group label of every configuration (replace the array, never modify it). */
    public ObjectProperty<String[]> labelsProperty() {
        return labels;
    }

    public StringProperty groupXProperty() {
        return groupX;
    }

    public StringProperty groupYProperty() {
        return groupY;
    }

    public ObjectProperty<AnalysisSettings> settingsProperty() {
        return settings;
    }
    /** Pins and bans of the FPS run; reset when the dataset changes. */
    public ObjectProperty<FpsConstraints> constraintsProperty() {
        return constraints;
    }

    public BooleanProperty compareRandomProperty() {
        return compareRandom;
    }

    public IntegerProperty randomRepeatsProperty() {
        return randomRepeats;
    }

    /** FPS points of the first extension on larger sets ({@link AnalysisSession#FPS_FIRST}). */
    public IntegerProperty fpsFirstProperty() {
        return fpsFirst;
    }

    public long randomSeed() {
        return randomSeed;
    }
    /** The last complete analysis (null before the first, or without a dataset). */
    public ReadOnlyObjectProperty<AnalysisResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public AnalysisResult getResult() {
        return result.get();
    }
    /** The random comparison of the current result, or null. */
    public ReadOnlyObjectProperty<RandomComparison> randomProperty() {
        return random.getReadOnlyProperty();
    }
    /** True while one of this pipeline's jobs runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
    /** False while the result does not reflect the inputs (pending, running, failed or cancelled). */
    public ReadOnlyBooleanProperty upToDateProperty() {
        return upToDate.getReadOnlyProperty();
    }

    public AnalysisSession.ProviderFactory providerFactory() {
        return factory;
    }
    /** Incremented on every change of dataset; selections remember the generation they were made in. */
    public ReadOnlyLongProperty generationProperty() {
        return generation.getReadOnlyProperty();
    }

    public long generation() {
        return generation.get();
    }
    /** True while the shown result no longer matches the inputs (grouping, settings, pins, references). */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }
    /** Why the shown result is out of date ("Out of date: updating…"), or empty. */
    public ReadOnlyStringProperty staleTextProperty() {
        return staleText.getReadOnlyProperty();
    }
}
