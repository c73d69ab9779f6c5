package org.sift.ui.diagram;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.sift.analysis.PointProperty;
import org.sift.figures.Charts;
import org.sift.figures.ColourScale;
import org.sift.figures.GroupPalette;
import org.sift.figures.PointsDataset;
import org.sift.model.Configuration;
import org.sift.ui.analysis.AnalysisViewModel;
import org.sift.ui.sampling.SamplingViewModel;
import org.sift.workflow.AnalysisResult;
import org.sift.workflow.FpsConstraints;

/**
 * The similarity diagram: the chart of {@link Charts#similarityDiagram} (the one the CLI exports)
 * over the kept diagram coordinates, with the FPS subset of the current size highlighted, plus the
 * configurations the user marked (click, box, lasso) drawn as black squares on top. Marked
 * configurations can be inspected, pinned or banned (through the {@link SamplingViewModel}, with
 * undo).
 *
 * <p>The marked set belongs to one dataset generation ({@link AnalysisViewModel#generationProperty()}):
 * it is cleared when the dataset changes, and pin, ban and release act only on a marked set of
 * the current generation.
 */
public final class DiagramViewModel {

    /** A marked configuration, for the list beside the chart. */
    public record PointRow(int index, String group, String formula, Double energy, String status) {}

    /** Points within this many pixels of the mouse are hit. */
    public static final double HIT_PIXELS = 6;

    private final AnalysisViewModel analysis;
    private final SamplingViewModel sampling;
    private final ReadOnlyObjectWrapper<JFreeChart> chart = new ReadOnlyObjectWrapper<>(this, "chart");
    private final ReadOnlyObjectWrapper<int[]> selection = new ReadOnlyObjectWrapper<>(this, "selection", new int[0]);
    private final ReadOnlyIntegerWrapper selectionCount = new ReadOnlyIntegerWrapper(this, "selectionCount", 0);
    private final ReadOnlyStringWrapper selectionText =
            new ReadOnlyStringWrapper(this, "selectionText", "Nothing selected");
    private final ObservableList<PointRow> selectedRows = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper hovered = new ReadOnlyIntegerWrapper(this, "hovered", -1);
    private final ReadOnlyStringWrapper hoverText = new ReadOnlyStringWrapper(this, "hoverText", "");
    private final ReadOnlyIntegerWrapper highlightedCount = new ReadOnlyIntegerWrapper(this, "highlightedCount", 0);
    private final ObservableList<PointRow> constrainedRows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper constrainedText =
            new ReadOnlyStringWrapper(this, "constrainedText", "No pins or bans");
    private final ReadOnlyObjectWrapper<int[]> focus = new ReadOnlyObjectWrapper<>(this, "focus");
    private PointsDataset pinnedMarks;
    private PointsDataset bannedMarks;
    private AnalysisResult shown;
    private PointsDataset points;
    private PointsDataset marks;
    private PointPicker picker;
    private long selectionGeneration = -1;
    private final ObservableList<PointProperty> colourChoices = FXCollections.observableArrayList();
    private final ObjectProperty<PointProperty> colourBy = new SimpleObjectProperty<>(this, "colourBy");
    private final BooleanProperty colourLog = new SimpleBooleanProperty(this, "colourLog", false);
    private final DoubleProperty colourMin = new SimpleDoubleProperty(this, "colourMin", Double.NaN);
    private final DoubleProperty colourMax = new SimpleDoubleProperty(this, "colourMax", Double.NaN);
    private final ReadOnlyStringWrapper colourMessage = new ReadOnlyStringWrapper(this, "colourMessage", "");
    private double[] colourValues;
    /** True while {@link #onResult} runs: it builds the chart itself, once, after any colour reset. */
    private boolean updating;

    public DiagramViewModel(AnalysisViewModel analysis, SamplingViewModel sampling) {
        this.analysis = analysis;
        this.sampling = sampling;
        analysis.resultProperty().addListener((o, a, r) -> onResult(r));
        sampling.subsetProperty().addListener((o, a, s) -> {
            if (analysis.getResult() == shown) highlight(s); // else onResult highlights once it has the points
        });
        analysis.constraintsProperty().addListener((o, a, c) -> {
            refreshRows();
            refreshConstrained();
        });
        analysis.generationProperty().addListener((o, a, g) -> setSelection(new int[0]));
        colourBy.addListener((o, a, b) -> recolour());
        colourLog.addListener((o, a, b) -> recolour());
        colourMin.addListener((o, a, b) -> recolour());
        colourMax.addListener((o, a, b) -> recolour());
        onResult(analysis.getResult());
    }

    private void onResult(AnalysisResult r) {
        AnalysisResult before = shown;
        shown = r;
        if (r == null) {
            chart.set(null);
            colourChoices.clear();
            colourValues = null;
            points = null;
            marks = null;
            pinnedMarks = null;
            bannedMarks = null;
            picker = null;
            refreshConstrained();
            setSelection(new int[0]);
            hover(-1);
            return;
        }
        boolean sameData = before != null && before.dataset() == r.dataset();
        if (!sameData) {
            List<PointProperty> choices = PointProperty.available(r.dataset());
            colourChoices.setAll(choices);
            if (colourBy.get() != null && !choices.contains(colourBy.get())) {
                updating = true; // the chart of the new dataset is built below, not twice
                try {
                    colourBy.set(null);
                } finally {
                    updating = false;
                }
            }
        }
        boolean rankChanged = before != null && before.fps() != r.fps() && colourBy.get() == PointProperty.FPS_RANK;
        if (before == null
                || before.diagram() != r.diagram()
                || before.groups() != r.groups()
                || !sameData
                || rankChanged) {
            buildChart(r);
        }
        highlight(sampling.subsetProperty().get());
        setSelection(sameData ? selection.get() : new int[0]);
        if (!sameData) hover(-1);
    }

    /** Builds the chart again with the current colouring (the subset, marks and selection kept). */
    private void recolour() {
        if (shown == null || updating) return;
        buildChart(shown);
        highlight(sampling.subsetProperty().get());
        setSelection(selection.get());
    }

    private void buildChart(AnalysisResult r) {
        double[] x = r.diagram().x();
        double[] y = r.diagram().y();
        points = PointsDataset.of(x, y, r.labels(), r.groups().names(), Charts.SUBSET);
        JFreeChart c = Charts.similarityDiagram(
                points,
                GroupPalette.of(r.groups()),
                r.diagram().groupX(),
                r.diagram().groupY());
        marks = new PointsDataset(x, y, List.of(), new int[0][], "marked");
        XYPlot plot = c.getXYPlot();
        XYLineAndShapeRenderer mr = new XYLineAndShapeRenderer(false, true);
        mr.setDefaultCreateEntities(false);
        mr.setSeriesShape(0, new Rectangle2D.Double(-3.5, -3.5, 7, 7));
        mr.setSeriesShapesFilled(0, false);
        mr.setUseOutlinePaint(true);
        mr.setSeriesOutlinePaint(0, Color.BLACK);
        mr.setSeriesOutlineStroke(0, new BasicStroke(1.1f));
        mr.setSeriesVisibleInLegend(0, false);
        plot.setDataset(1, marks);
        plot.setRenderer(1, mr);
        // pins: filled green diamonds; bans: grey crosses (both listed in the legend)
        pinnedMarks = new PointsDataset(x, y, List.of(), new int[0][], "pinned");
        bannedMarks = new PointsDataset(x, y, List.of(), new int[0][], "banned");
        XYLineAndShapeRenderer pr = new XYLineAndShapeRenderer(false, true);
        pr.setDefaultCreateEntities(false);
        pr.setSeriesShape(0, diamond(5.5));
        pr.setSeriesPaint(0, new Color(0x1a, 0x9e, 0x3a));
        pr.setUseOutlinePaint(true);
        pr.setDrawOutlines(true);
        pr.setSeriesOutlinePaint(0, new Color(0x0b, 0x4d, 0x1c));
        XYLineAndShapeRenderer br = new XYLineAndShapeRenderer(false, true);
        br.setDefaultCreateEntities(false);
        br.setSeriesShape(0, org.jfree.chart.util.ShapeUtils.createDiagonalCross(4.5f, 0.9f));
        br.setSeriesPaint(0, new Color(0x55, 0x55, 0x55));
        plot.setDataset(2, pinnedMarks);
        plot.setRenderer(2, pr);
        plot.setDataset(3, bannedMarks);
        plot.setRenderer(3, br);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        picker = new PointPicker(x, y);
        refreshConstrained();
        points.setHighlighted(sampling.subsetProperty().get());
        applyColours(r, c);
        chart.set(c);
    }

    private void applyColours(AnalysisResult r, JFreeChart c) {
        PointProperty p = colourBy.get();
        if (p == null) {
            colourValues = null;
            colourMessage.set("");
            return;
        }
        double[] v = p.values(r.dataset(), r.fps());
        colourValues = v;
        boolean log = colourLog.get();
        long positive =
                Arrays.stream(v).filter(d -> d > 0 && Double.isFinite(d)).count();
        long finite = Arrays.stream(v).filter(Double::isFinite).count();
        if (log && positive < finite) {
            colourMessage.set(String.format(
                    Locale.ROOT, "%,d values ≤ 0 cannot be shown on a log scale (grey)", finite - positive));
        } else if (finite < v.length) {
            colourMessage.set(
                    String.format(Locale.ROOT, "%,d configurations without a value (grey)", v.length - finite));
        } else {
            colourMessage.set("");
        }
        ColourScale scale = ColourScale.auto(v, log);
        double lo = colourMin.get();
        double hi = colourMax.get();
        try {
            scale = scale.withBounds(lo, hi);
        } catch (IllegalArgumentException e) {
            colourMessage.set("Range ignored: " + e.getMessage());
        }
        Charts.colourByValue(c, v, scale, p.label());
    }

    private void highlight(int[] subset) {
        if (points != null && subset != null && Arrays.stream(subset).allMatch(i -> i < shown.size())) {
            points.setHighlighted(subset);
            highlightedCount.set(subset.length);
        }
    }

    /** The index of the point nearest to (x, y) in data units within {@link #HIT_PIXELS}, or -1. */
    public int nearest(double x, double y, double unitsPerPixelX, double unitsPerPixelY) {
        return picker == null ? -1 : picker.nearest(x, y, unitsPerPixelX, unitsPerPixelY, HIT_PIXELS);
    }

    /** Sets the point under the mouse (-1: none) and its description. */
    public void hover(int index) {
        hovered.set(index);
        hoverText.set(index < 0 || shown == null ? "" : describe(index));
    }

    /** "Configuration 12 / group Li15Si4 / formula Li240Si64 / energy -1234.5678 eV / FPS rank 5". */
    public String describe(int i) {
        AnalysisResult r = shown;
        Configuration c = r.dataset().get(i);
        StringBuilder sb = new StringBuilder();
        sb.append("Configuration ").append(i).append('\n');
        sb.append("Group: ").append(r.labels()[i]).append('\n');
        sb.append("Formula: ").append(c.composition().formula());
        if (c.energy() != null) {
            sb.append('\n').append(String.format(Locale.ROOT, "Energy: %.4f eV", c.energy()));
        }
        int rank = r.ranked().rank(i);
        sb.append('\n').append(rank == Integer.MAX_VALUE ? "Never selected (banned)" : "FPS rank: " + (rank + 1));
        String st = status(r.constraints(), i);
        if (!st.isEmpty()) sb.append(" — ").append(st);
        PointProperty p = colourBy.get();
        if (p != null && colourValues != null && p != PointProperty.FPS_RANK && p != PointProperty.ENERGY) {
            sb.append('\n').append(p.describe(colourValues[i]));
        }
        sb.append(String.format(
                Locale.ROOT,
                "%nx = %.4f, y = %.4f",
                r.diagram().x()[i],
                r.diagram().y()[i]));
        return sb.toString();
    }

    private static String status(FpsConstraints c, int i) {
        return c.isPinned(i) ? "pinned" : c.isBanned(i) ? "banned" : "";
    }

    private static java.awt.Shape diamond(double r) {
        java.awt.geom.Path2D.Double d = new java.awt.geom.Path2D.Double();
        d.moveTo(0, -r);
        d.lineTo(r, 0);
        d.lineTo(0, r);
        d.lineTo(-r, 0);
        d.closePath();
        return d;
    }

    // ----- pins and bans: markers on the map and the list to review them -----

    private void refreshConstrained() {
        FpsConstraints c = analysis.constraintsProperty().get();
        AnalysisResult r = shown;
        if (r == null || c == null) {
            constrainedRows.clear();
            constrainedText.set("No pins or bans");
            return;
        }
        int[] pinned =
                Arrays.stream(c.pinned()).filter(i -> i >= 0 && i < r.size()).toArray();
        int[] banned =
                Arrays.stream(c.banned()).filter(i -> i >= 0 && i < r.size()).toArray();
        if (pinnedMarks != null) pinnedMarks.setHighlighted(pinned);
        if (bannedMarks != null) bannedMarks.setHighlighted(banned);
        List<PointRow> rows = new ArrayList<>(pinned.length + banned.length);
        for (int i : pinned) rows.add(row(r, i, "pinned"));
        for (int i : banned) rows.add(row(r, i, "banned"));
        constrainedRows.setAll(rows);
        constrainedText.set(SamplingViewModel.describe(c));
    }

    private static PointRow row(AnalysisResult r, int i, String status) {
        Configuration conf = r.dataset().get(i);
        return new PointRow(i, r.labels()[i], conf.composition().formula(), conf.energy(), status);
    }

    /**
     * Jumps to configuration {@code index}: marks it alone and asks the view to bring it into
     * sight ({@link #focusProperty()}).
     */
    public void jumpTo(int index) {
        if (shown == null || index < 0 || index >= shown.size()) return;
        setSelection(new int[] {index});
        focus.set(new int[] {index}); // a new array each time, so that a repeated jump fires again
    }

    /** Releases the given pinned or banned configurations (with undo). */
    public void releaseConstrained(int... indices) {
        if (shown != null && shown == analysis.getResult() && indices.length > 0) sampling.release(indices);
    }

    // ----- marking -----

    /** Marks one point (-1 clears unless adding); with {@code add} toggles it in the marked set. */
    public void selectPoint(int index, boolean add) {
        if (index < 0) {
            if (!add) setSelection(new int[0]);
            return;
        }
        if (!add) {
            setSelection(new int[] {index});
            return;
        }
        TreeSet<Integer> s = set(selection.get());
        if (!s.remove(index)) s.add(index);
        setSelection(s.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Marks the points in the box (data coordinates); with {@code add} adds them to the marked set. */
    public void selectBox(double x0, double y0, double x1, double y1, boolean add) {
        if (picker != null) combine(picker.inBox(x0, y0, x1, y1), add);
    }

    /** Marks the points inside the lasso polygon (data coordinates). */
    public void selectLasso(double[] xs, double[] ys, boolean add) {
        if (picker != null) combine(picker.inPolygon(xs, ys), add);
    }

    public void clearSelection() {
        setSelection(new int[0]);
    }

    /** Pins the marked configurations (FPS re-runs with them selected first). */
    public void pinSelection() {
        if (selectionIsCurrent()) sampling.pin(selection.get());
    }

    /** Bans the marked configurations (FPS re-runs without them). */
    public void banSelection() {
        if (selectionIsCurrent()) sampling.ban(selection.get());
    }

    /** Neither pins nor bans the marked configurations any more. */
    public void releaseSelection() {
        if (selectionIsCurrent()) sampling.release(selection.get());
    }

    /** True if something is marked, in the current dataset generation, on the shown result. */
    public boolean selectionIsCurrent() {
        return selection.get().length > 0
                && shown != null
                && shown == analysis.getResult()
                && selectionGeneration == analysis.generation();
    }

    private void combine(int[] hits, boolean add) {
        if (!add) {
            setSelection(hits);
            return;
        }
        TreeSet<Integer> s = set(selection.get());
        for (int i : hits) s.add(i);
        setSelection(s.stream().mapToInt(Integer::intValue).toArray());
    }

    private static TreeSet<Integer> set(int[] a) {
        TreeSet<Integer> s = new TreeSet<>();
        for (int i : a) s.add(i);
        return s;
    }

    /** Replaces the marked set (indices sorted and made unique). */
    public void setSelection(int[] indices) {
        int[] s = Arrays.stream(indices).distinct().sorted().toArray();
        if (shown != null) {
            s = Arrays.stream(s).filter(i -> i >= 0 && i < shown.size()).toArray();
        } else {
            s = new int[0];
        }
        selectionGeneration = analysis.generation();
        selection.set(s);
        selectionCount.set(s.length);
        selectionText.set(
                s.length == 0
                        ? "Nothing selected"
                        : s.length == 1
                                ? "1 configuration selected"
                                : String.format(Locale.ROOT, "%,d configurations selected", s.length));
        if (marks != null) marks.setHighlighted(s);
        refreshRows();
    }

    private void refreshRows() {
        AnalysisResult r = shown;
        int[] s = selection.get();
        if (r == null) {
            selectedRows.clear();
            return;
        }
        FpsConstraints c = analysis.constraintsProperty().get();
        List<PointRow> rows = new ArrayList<>(s.length);
        for (int i : s) {
            Configuration conf = r.dataset().get(i);
            rows.add(new PointRow(i, r.labels()[i], conf.composition().formula(), conf.energy(), status(c, i)));
        }
        selectedRows.setAll(rows);
    }

    public SamplingViewModel sampling() {
        return sampling;
    }
    /** The pinned, then the banned configurations of the shown result, for review. */
    public ObservableList<PointRow> constrainedRows() {
        return constrainedRows;
    }
    /** "2 pinned, 5 banned" or "No pins or bans". */
    public ReadOnlyStringProperty constrainedTextProperty() {
        return constrainedText.getReadOnlyProperty();
    }
    /** The configuration the view should bring into sight (set by {@link #jumpTo}), or null. */
    public ReadOnlyObjectProperty<int[]> focusProperty() {
        return focus.getReadOnlyProperty();
    }
    /** Coordinates of configuration {@code i} in the shown diagram. */
    public double[] coordinates(int i) {
        return shown == null
                ? null
                : new double[] {shown.diagram().x()[i], shown.diagram().y()[i]};
    }
    /** The markers of the pinned configurations (for tests). */
    public PointsDataset pinnedMarks() {
        return pinnedMarks;
    }
    /** The markers of the banned configurations (for tests). */
    public PointsDataset bannedMarks() {
        return bannedMarks;
    }
    /** The diagram chart (rebuilt when the coordinates or the grouping change), or null. */
    /** What the map can be coloured by for the shown dataset ({@link PointProperty#available}). */
    public ObservableList<PointProperty> colourChoices() {
        return colourChoices;
    }

    /** The property the points are coloured by, or null for the groups. */
    public ObjectProperty<PointProperty> colourByProperty() {
        return colourBy;
    }

    public BooleanProperty colourLogProperty() {
        return colourLog;
    }

    /** Lower end of the colour range (NaN: the smallest value). */
    public DoubleProperty colourMinProperty() {
        return colourMin;
    }

    /** Upper end of the colour range (NaN: the largest value). */
    public DoubleProperty colourMaxProperty() {
        return colourMax;
    }

    /** Says how many points are grey and why, or why a range was ignored. */
    public ReadOnlyStringProperty colourMessageProperty() {
        return colourMessage.getReadOnlyProperty();
    }

    /** The value each point is coloured by (null when coloured by group). */
    public double[] colourValues() {
        return colourValues == null ? null : colourValues.clone();
    }

    public ReadOnlyObjectProperty<JFreeChart> chartProperty() {
        return chart.getReadOnlyProperty();
    }
    /** The points of the diagram (series per group, then the highlighted subset), or null. */
    public PointsDataset points() {
        return points;
    }
    /** Marked configurations, ascending. */
    public ReadOnlyObjectProperty<int[]> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty selectionCountProperty() {
        return selectionCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty selectionTextProperty() {
        return selectionText.getReadOnlyProperty();
    }

    public ObservableList<PointRow> selectedRows() {
        return selectedRows;
    }

    public ReadOnlyIntegerProperty hoveredProperty() {
        return hovered.getReadOnlyProperty();
    }
    /** Description of the point under the mouse (tooltip text), or empty. */
    public ReadOnlyStringProperty hoverTextProperty() {
        return hoverText.getReadOnlyProperty();
    }
    /** Size of the highlighted FPS subset. */
    public ReadOnlyIntegerProperty highlightedCountProperty() {
        return highlightedCount.getReadOnlyProperty();
    }
}
