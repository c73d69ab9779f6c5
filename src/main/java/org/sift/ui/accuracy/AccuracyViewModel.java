package org.sift.ui.accuracy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jfree.chart.JFreeChart;
import org.sift.concurrent.CancelledException;
import org.sift.figures.LearningCurveChart;
import org.sift.model.Dataset;
import org.sift.ui.analysis.AnalysisViewModel;
import org.sift.ui.analysis.JobRunner;
import org.sift.workflow.AnalysisResult;
import org.sift.workflow.LearningCurve;
import org.sift.workflow.LearningCurveFiles;
import org.sift.workflow.LearningCurveOptions;
import org.sift.workflow.LearningCurveOptions.Selector;
import org.sift.workflow.SafeFiles;

/**
 * The Accuracy tab: the surrogate learning curve ({@link LearningCurve}, the use case of {@code sift
 * learn}) of the analysed dataset with its current grouping, run on demand in the background, and the
 * selectors side by side at the Sampling slider's n.
 *
 * <p>Bound to one dataset generation: a new dataset clears the result; a new grouping or new settings of
 * the same dataset mark it {@link #staleProperty() stale} (shown, not exported) until it is run again.
 * A run that ends after the dataset changed is discarded. Call everything on the FX thread.
 */
public final class AccuracyViewModel {

    /** The honest scope, shown in the tab. */
    public static final String SCOPE = "A surrogate (kernel ridge regression on the SOAP kernel) for how much of what "
            + "matters for energies a subset covers, not the accuracy of the real potential; forces are not modelled.";

    private final AnalysisViewModel analysis;
    private final JobRunner runner;
    private final int threads;

    private final Map<Selector, BooleanProperty> chosen = new LinkedHashMap<>();
    private final IntegerProperty currentN = new SimpleIntegerProperty(this, "currentN", 400);
    private final DoubleProperty tolerancePercent = new SimpleDoubleProperty(this, "tolerancePercent", 10);
    private final IntegerProperty zeta = new SimpleIntegerProperty(this, "zeta", 1);
    private final IntegerProperty repeats = new SimpleIntegerProperty(this, "repeats", 3);

    private final ReadOnlyObjectWrapper<LearningCurve.Result> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<JFreeChart> chart = new ReadOnlyObjectWrapper<>(this, "chart");
    private final ReadOnlyBooleanWrapper energies = new ReadOnlyBooleanWrapper(this, "energies", false);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyBooleanWrapper canRun = new ReadOnlyBooleanWrapper(this, "canRun", false);
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale", false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper within = new ReadOnlyStringWrapper(this, "within", "");
    private final ReadOnlyStringWrapper atN = new ReadOnlyStringWrapper(this, "atN", "");
    private final ObservableList<SelectorRow> rows = FXCollections.observableArrayList();

    /** The analysis the shown result was computed on (dataset, grouping, similarity). */
    private AnalysisResult basis;
    private long runGeneration = -1;

    public AccuracyViewModel(AnalysisViewModel analysis, JobRunner runner, int threads) {
        this.analysis = analysis;
        this.runner = runner;
        this.threads = Math.max(1, threads);
        for (Selector s : Selector.values()) {
            BooleanProperty b = new SimpleBooleanProperty(this, s.id(), s == Selector.FPS || s == Selector.RANDOM);
            b.addListener((o, a, v) -> refreshCanRun());
            chosen.put(s, b);
        }
        analysis.generationProperty().addListener((o, a, g) -> clear());
        analysis.datasetProperty().addListener((o, a, d) -> clear());
        analysis.resultProperty().addListener((o, a, r) -> analysisChanged());
        analysis.staleProperty().addListener((o, a, s) -> refreshCanRun());
        runner.runningProperty().addListener((o, a, r) -> refreshCanRun());
        currentN.addListener((o, a, n) -> refreshTexts());
        tolerancePercent.addListener((o, a, t) -> refreshTexts());
        clear();
    }

    public AccuracyViewModel(AnalysisViewModel analysis, JobRunner runner) {
        this(analysis, runner, Runtime.getRuntime().availableProcessors());
    }

    /** A new dataset: nothing of the previous one is kept. */
    private void clear() {
        basis = null;
        runGeneration = -1;
        result.set(null);
        chart.set(null);
        rows.clear();
        stale.set(false);
        within.set("");
        atN.set("");
        Dataset d = analysis.datasetProperty().get();
        energies.set(LearningCurve.hasEnergies(d));
        status.set(d == null
                ? "Open a dataset to measure how many configurations the energies need."
                : !energies.get()
                        ? "This dataset has no energy for every configuration: the learning curve needs the total "
                                + "energy of each one, so it cannot be computed here."
                        : "Press Run to compute the learning curve.");
        refreshCanRun();
    }

    private void analysisChanged() {
        AnalysisResult r = analysis.getResult();
        if (basis != null && r != null && r != basis) {
            boolean same = r.dataset() == basis.dataset()
                    && r.groups().names().equals(basis.groups().names())
                    && java.util.Arrays.equals(r.groups().groupOf(), basis.groups().groupOf())
                    && r.similarity() == basis.similarity();
            if (!same) {
                stale.set(true);
                status.set("Out of date: the grouping or the settings changed since this curve was computed (Run again).");
            }
        }
        refreshCanRun();
    }

    private void refreshCanRun() {
        AnalysisResult r = analysis.getResult();
        canRun.set(energies.get()
                && r != null
                && !analysis.staleProperty().get()
                && !runner.isRunning()
                && chosen.values().stream().anyMatch(BooleanProperty::get));
    }

    /** The options of the next run: the study's protocol, the chosen selectors, n added to the ladder. */
    public LearningCurveOptions options() {
        List<Selector> sel = new ArrayList<>();
        chosen.forEach((s, b) -> {
            if (b.get()) sel.add(s);
        });
        int n = Math.max(1, currentN.get());
        int[] base = LearningCurveOptions.DEFAULT_SIZES;
        int[] sizes = java.util.Arrays.copyOf(base, base.length + 1);
        sizes[base.length] = n;
        return LearningCurveOptions.defaults()
                .withSelectors(sel)
                .withSizes(sizes)
                .withZeta(zeta.get())
                .withRepeats(Math.max(1, repeats.get()))
                .withThreads(threads);
    }

    /** Starts the learning curve on the current analysis; false if it cannot run now. */
    public boolean run() {
        refreshCanRun();
        if (!canRun.get()) return false;
        AnalysisResult r = analysis.getResult();
        LearningCurveOptions o = options();
        long gen = analysis.generationProperty().get();
        runGeneration = gen;
        running.set(true);
        status.set("Computing the learning curve…");
        runner.run(
                "Learning curve",
                m -> new LearningCurve().run(r.dataset(), r.similarity(), r.groups(), o, m),
                (LearningCurve.Result res) -> {
                    running.set(false);
                    if (gen != analysis.generationProperty().get() || runGeneration != gen) return; // another dataset
                    basis = r;
                    stale.set(analysis.getResult() != r && analysis.getResult() != null
                            && analysis.getResult().similarity() != r.similarity());
                    result.set(res);
                    JFreeChart c = LearningCurveChart.of(res);
                    LearningCurveChart.setCurrentN(c, res.nearestSize(currentN.get()));
                    chart.set(c);
                    status.set(String.format(Locale.ROOT,
                            "Pool %d, validation %d configurations; %d fits in %.1f s.",
                            res.poolSize(), res.validationSize(), fitCount(res), res.fitSeconds()));
                    refreshTexts();
                    refreshCanRun();
                },
                e -> {
                    running.set(false);
                    if (gen != analysis.generationProperty().get()) return;
                    status.set(e instanceof CancelledException
                            ? "Cancelled: the learning curve was not computed."
                            : "The learning curve failed: " + e.getMessage());
                    refreshCanRun();
                });
        return true;
    }

    private static int fitCount(LearningCurve.Result res) {
        int k = 1;
        for (LearningCurve.Curve c : res.curves()) k += c.points().size() * c.points().get(0).repeats();
        return k;
    }

    /** Asks the running learning curve to stop. */
    public void cancel() {
        if (running.get()) runner.cancel();
    }

    private void refreshTexts() {
        LearningCurve.Result res = result.get();
        rows.clear();
        if (res == null) {
            within.set("");
            atN.set("");
            return;
        }
        int n = res.nearestSize(currentN.get());
        JFreeChart c = chart.get();
        if (c != null) LearningCurveChart.setCurrentN(c, n);
        double tol = tolerancePercent.get() / 100;
        StringBuilder w = new StringBuilder(String.format(
                Locale.ROOT, "Full pool (n = %d): %.2f meV/atom. ", res.poolSize(), res.fullPool().rmseMean()));
        for (LearningCurve.Curve cu : res.curves()) {
            OptionalInt s = res.sizeWithin(cu.selector(), tol);
            w.append(String.format(Locale.ROOT, "%s %s; ", cu.selector().id(), s.isPresent()
                    ? "within " + fmt(tolerancePercent.get()) + " % of it from n = " + s.getAsInt()
                    : "not within " + fmt(tolerancePercent.get()) + " % at any computed n"));
        }
        within.set(w.substring(0, w.length() - 2) + ".");
        String where = n == currentN.get()
                ? "At n = " + n
                : "At n = " + n + " (nearest computed to the slider's " + currentN.get() + "; Run again for it)";
        StringBuilder a = new StringBuilder(where).append(": ");
        for (LearningCurve.Curve cu : res.curves()) {
            cu.at(n).ifPresent(p -> {
                a.append(String.format(Locale.ROOT, "%s %.2f", cu.selector().id(), p.rmseMean()));
                if (p.repeats() > 1) a.append(String.format(Locale.ROOT, " ± %.2f", p.rmseSd()));
                a.append(" meV/atom, ");
                rows.add(new SelectorRow(cu.selector().id(), p.n(), p.farthestMean(), p.repMean(), p.rmseMean(),
                        p.rmseSd(), cu.selectSeconds()));
            });
        }
        atN.set(a.substring(0, a.length() - 2) + ".");
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    /** Writes the curve as CSV (the file {@code sift learn} writes), through a temporary file. */
    public void exportCsv(Path file) throws IOException {
        LearningCurve.Result r = result.get();
        if (r == null) throw new IllegalStateException("no learning curve to export");
        SafeFiles.writeString(file, LearningCurveFiles.csv(r), true);
    }

    public BooleanProperty selectorProperty(Selector s) {
        return chosen.get(s);
    }

    public IntegerProperty currentNProperty() {
        return currentN;
    }

    public DoubleProperty tolerancePercentProperty() {
        return tolerancePercent;
    }

    public IntegerProperty zetaProperty() {
        return zeta;
    }

    public IntegerProperty repeatsProperty() {
        return repeats;
    }

    public ReadOnlyObjectProperty<LearningCurve.Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<JFreeChart> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty energiesProperty() {
        return energies.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRunProperty() {
        return canRun.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty withinProperty() {
        return within.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty atNProperty() {
        return atN.getReadOnlyProperty();
    }

    public ObservableList<SelectorRow> rows() {
        return rows;
    }
}
