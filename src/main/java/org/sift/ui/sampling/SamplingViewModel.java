package org.sift.ui.sampling;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jfree.chart.JFreeChart;
import org.sift.figures.Charts;
import org.sift.selection.FpsResult;
import org.sift.ui.analysis.AnalysisViewModel;
import org.sift.workflow.AnalysisResult;
import org.sift.workflow.FpsConstraints;
import org.sift.workflow.RandomComparison;

/**
 * The subset size n and everything that follows from it without new computation: D(n), REP(n),
 * the composition of the FPS subset of size n (O(groups log N) per change, from the ranks of the
 * one FPS run), the marker of the coverage chart and the subset highlighted in the diagram. Also
 * holds the pins and bans of the FPS run with undo and redo; editing them re-runs FPS in the
 * background through the {@link AnalysisViewModel}.
 */
public final class SamplingViewModel {

    /** Default REP target of "smallest n with REP ≥ target", percent. */
    public static final double DEFAULT_REP_TARGET = 90;

    private final AnalysisViewModel analysis;
    private final IntegerProperty n = new SimpleIntegerProperty(this, "n", 1);
    private final ReadOnlyIntegerWrapper maxN = new ReadOnlyIntegerWrapper(this, "maxN", 0);
    private final ReadOnlyStringWrapper farthestText = new ReadOnlyStringWrapper(this, "farthestText", "D(n) = —");
    private final ReadOnlyStringWrapper repText = new ReadOnlyStringWrapper(this, "repText", "REP(n) = —");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper constraintsText = new ReadOnlyStringWrapper(this, "constraintsText", "");
    private final DoubleProperty repTarget = new SimpleDoubleProperty(this, "repTarget", DEFAULT_REP_TARGET);
    private final javafx.beans.property.BooleanProperty logScale =
            new javafx.beans.property.SimpleBooleanProperty(this, "logScale", false);
    private final ObservableList<CompositionRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<JFreeChart> coverageChart = new ReadOnlyObjectWrapper<>(this, "coverageChart");
    private final ReadOnlyObjectWrapper<int[]> subset = new ReadOnlyObjectWrapper<>(this, "subset", new int[0]);
    private final EditStack<FpsConstraints> edits = new EditStack<>();
    private final ReadOnlyStringWrapper maxNText = new ReadOnlyStringWrapper(this, "maxNText", "");
    private final ReadOnlyBooleanWrapper extendable = new ReadOnlyBooleanWrapper(this, "extendable", false);
    /** A size typed beyond the computed FPS prefix, shown once the extension arrives (0: none). */
    private int pendingN;

    private AnalysisResult shown;
    private long shownGeneration = -1;
    private boolean clamping;

    public SamplingViewModel(AnalysisViewModel analysis) {
        this.analysis = analysis;
        analysis.resultProperty().addListener((o, a, r) -> onResult(r));
        analysis.randomProperty().addListener((o, a, b) -> rebuildChart());
        analysis.compareRandomProperty().addListener((o, a, b) -> rebuildChart());
        logScale.addListener((o, a, b) -> rebuildChart());
        analysis.datasetProperty().addListener((o, a, b) -> edits.clear());
        analysis.constraintsProperty().addListener((o, a, c) -> constraintsText.set(describe(c)));
        n.addListener((o, a, b) -> {
            if (clamping) return;
            if (b.intValue() > maxN.get() && extendable.get()) {
                pendingN = b.intValue(); // beyond the computed prefix: compute it, show it when it arrives
                analysis.extendFps(pendingN);
            }
            int c = clamp(b.intValue());
            if (c != b.intValue()) {
                clamping = true;
                n.set(c);
                clamping = false;
            }
            update();
        });
        onResult(analysis.getResult());
    }

    private int clamp(int v) {
        int max = maxN.get();
        return max < 1 ? 1 : Math.max(1, Math.min(max, v));
    }

    private void onResult(AnalysisResult r) {
        boolean newData = r == null || shownGeneration != analysis.generation();
        shown = r;
        shownGeneration = r == null ? -1 : analysis.generation();
        if (newData) {
            message.set(""); // "REP ≥ … first at n" of another dataset means nothing here
            pendingN = 0;
        }
        maxNText.set(
                r == null
                        ? ""
                        : r.fpsComplete()
                                ? String.format(Locale.ROOT, "of %,d", r.maxSubsetSize())
                                : String.format(Locale.ROOT, "of %,d computed (N = %,d)", r.maxSubsetSize(), r.size()));
        extendable.set(r != null && !r.fpsComplete());
        if (r == null) {
            pendingN = 0;
            maxN.set(0);
            rows.clear();
            coverageChart.set(null);
            subset.set(new int[0]);
            farthestText.set("D(n) = —");
            repText.set("REP(n) = —");
            return;
        }
        maxN.set(r.maxSubsetSize());
        rebuildChart();
        int target = newData ? defaultN(r) : clamp(pendingN > 0 ? pendingN : n.get());
        if (pendingN > 0 && (pendingN <= r.maxSubsetSize() || r.fpsComplete())) pendingN = 0;
        if (target != n.get()) {
            n.set(target); // updates
        } else {
            update();
        }
    }

    /** The smallest n with REP(n) ≥ the target, or all if never reached. */
    private int defaultN(AnalysisResult r) {
        OptionalInt k = smallestN(r.fps(), repTarget.get());
        return clamp(k.isPresent() ? k.getAsInt() : r.maxSubsetSize());
    }

    /** The smallest n with REP(n) ≥ target percent along the FPS run (REP never decreases along it). */
    public static OptionalInt smallestN(FpsResult fps, double targetPercent) {
        double[] rep = fps.rep();
        for (int k = 0; k < rep.length; k++) {
            if (rep[k] >= targetPercent) return OptionalInt.of(k + 1);
        }
        return OptionalInt.empty();
    }

    private void rebuildChart() {
        AnalysisResult r = shown;
        if (r == null) {
            coverageChart.set(null);
            return;
        }
        RandomComparison cmp = randomShown();
        JFreeChart c = Charts.coverage(
                r.fps().farthest(), r.fps().rep(), r.epsilon(), cmp == null ? null : Charts.RandomBand.of(cmp.rows()));
        if (logScale.get()) {
            org.jfree.chart.axis.LogAxis log = new org.jfree.chart.axis.LogAxis("subset size n (log scale)");
            log.setSmallestValue(1);
            log.setBase(10);
            log.setNumberFormatOverride(new java.text.DecimalFormat("#,##0"));
            log.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1), false, true); // one tick per decade
            log.setMinorTickCount(9);
            log.setMinorTickMarksVisible(true);
            c.getXYPlot().setDomainAxis(log);
            Charts.applyFonts(c, 12);
        }
        if (r.maxSubsetSize() > 0) {
            Charts.setCurrentN(c, clamp(n.get()));
        }
        coverageChart.set(c);
        update();
    }

    /** The random comparison, if switched on and computed for the shown result. */
    RandomComparison randomShown() {
        RandomComparison c = analysis.randomProperty().get();
        if (!analysis.compareRandomProperty().get()
                || c == null
                || shown == null
                || c.distances() != shown.distances()
                || c.groups() != shown.groups()) {
            return null;
        }
        return c;
    }

    private void update() {
        AnalysisResult r = shown;
        if (r == null) return;
        int max = r.maxSubsetSize();
        if (max < 1) {
            farthestText.set("D(n) = —");
            repText.set("REP(n) = —");
            rows.clear();
            subset.set(new int[0]);
            return;
        }
        int k = clamp(n.get());
        FpsResult fps = r.fps();
        farthestText.set(String.format(Locale.ROOT, "D(n) = %.4f", fps.farthestAt(k)));
        repText.set(String.format(Locale.ROOT, "REP(n) = %.1f %%", fps.repAt(k)));
        int[] counts = r.ranked().counts(k);
        int[] whole = r.groups().sizes();
        RandomComparison cmp = randomShown();
        double[] rnd = cmp == null ? null : cmp.meanCounts(k);
        List<CompositionRow> out = new ArrayList<>(counts.length);
        for (int g = 0; g < counts.length; g++) {
            double rc = rnd == null ? Double.NaN : rnd[g];
            out.add(new CompositionRow(
                    r.groups().names().get(g),
                    counts[g],
                    100.0 * counts[g] / k,
                    100.0 * whole[g] / r.size(),
                    rc,
                    100.0 * rc / k));
        }
        rows.setAll(out);
        subset.set(fps.prefix(k));
        JFreeChart c = coverageChart.get();
        if (c != null) {
            Charts.setCurrentN(c, k);
        }
    }

    /**
     * Computes the FPS order further (twice as many points, at most every selectable configuration),
     * in the background; n stays where it is.
     */
    public void extendFps() {
        AnalysisResult r = shown;
        if (r != null && !r.fpsComplete()) {
            analysis.extendFps((int) Math.min(r.selectableSize(), 2L * Math.max(1, r.maxSubsetSize())));
        }
    }

    /** True while the shown FPS order is a prefix that {@link #extendFps()} can continue. */
    public ReadOnlyBooleanProperty extendableProperty() {
        return extendable.getReadOnlyProperty();
    }

    /** Sets n to the smallest size whose REP reaches the target; says so (or why not) in the message. */
    public OptionalInt smallestNForTarget() {
        AnalysisResult r = shown;
        if (r == null) {
            message.set("No analysis yet");
            return OptionalInt.empty();
        }
        double t = repTarget.get();
        OptionalInt k = smallestN(r.fps(), t);
        if (k.isPresent()) {
            n.set(k.getAsInt());
            message.set(String.format(Locale.ROOT, "REP ≥ %.1f %% first at n = %d", t, k.getAsInt()));
        } else {
            double best = r.maxSubsetSize() == 0 ? 0 : r.fps().repAt(r.maxSubsetSize());
            message.set(String.format(Locale.ROOT, "REP never reaches %.1f %% (at most %.1f %%)", t, best));
        }
        return k;
    }

    // ----- pins and bans, with undo -----

    /** Pins the configurations (they are selected first, in this order). */
    public void pin(int... indices) {
        edit(analysis.constraintsProperty().get().pin(indices));
    }

    /** Bans the configurations (never selected). */
    public void ban(int... indices) {
        edit(analysis.constraintsProperty().get().ban(indices));
    }

    /** Neither pinned nor banned any more. */
    public void release(int... indices) {
        edit(analysis.constraintsProperty().get().release(indices));
    }

    /** Removes every pin and ban (the coverage choice stays). */
    public void clearConstraints() {
        edit(FpsConstraints.NONE.withCoverBanned(
                analysis.constraintsProperty().get().coverBanned()));
    }

    /**
     * Whether banned configurations still count as configurations to be represented in D(n) and
     * REP(n), for FPS and the random subsets alike (undoable like a pin).
     */
    public void setCoverBanned(boolean cover) {
        edit(analysis.constraintsProperty().get().withCoverBanned(cover));
    }

    private void edit(FpsConstraints after) {
        FpsConstraints before = analysis.constraintsProperty().get();
        if (!before.equals(after)) {
            edits.edited(before);
            analysis.constraintsProperty().set(after);
        }
    }

    public void undo() {
        FpsConstraints c = edits.undo(analysis.constraintsProperty().get());
        if (c != null) analysis.constraintsProperty().set(c);
    }

    public void redo() {
        FpsConstraints c = edits.redo(analysis.constraintsProperty().get());
        if (c != null) analysis.constraintsProperty().set(c);
    }

    /** "2 pinned, 5 banned" or "No pins or bans". */
    public static String describe(FpsConstraints c) {
        if (c == null || c.isEmpty()) return "No pins or bans";
        return c.pinned().length + " pinned, " + c.banned().length + " banned";
    }

    public AnalysisViewModel analysis() {
        return analysis;
    }
    /** Subset size n, 1..{@link #maxNProperty()} (clamped). */
    public IntegerProperty nProperty() {
        return n;
    }
    /** "of 2,727": the largest subset size, or empty without a result. */
    public ReadOnlyStringProperty maxNTextProperty() {
        return maxNText.getReadOnlyProperty();
    }
    /** Largest subset size (N minus banned); 0 without a result. */
    public ReadOnlyIntegerProperty maxNProperty() {
        return maxN.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty farthestTextProperty() {
        return farthestText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty repTextProperty() {
        return repText.getReadOnlyProperty();
    }
    /** Outcome of the last command ("REP ≥ 90.0 % first at n = 123"). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty constraintsTextProperty() {
        return constraintsText.getReadOnlyProperty();
    }
    /** REP target of {@link #smallestNForTarget()}, percent. */
    public DoubleProperty repTargetProperty() {
        return repTarget;
    }
    /** Subset size axis of the coverage chart on a log scale. */
    public javafx.beans.property.BooleanProperty logScaleProperty() {
        return logScale;
    }
    /** Composition of the FPS subset of size n, one row per group in the fixed group order. */
    public ObservableList<CompositionRow> rows() {
        return rows;
    }
    /** D(n) and REP(n) against n with the marker at n (and random bands when compared). */
    public ReadOnlyObjectProperty<JFreeChart> coverageChartProperty() {
        return coverageChart.getReadOnlyProperty();
    }
    /** The FPS subset of size n, in order of selection. */
    public ReadOnlyObjectProperty<int[]> subsetProperty() {
        return subset.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return edits.canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return edits.canRedoProperty();
    }
}
