package org.sift.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The figures of the study, built from {@link FigureData} for print at a {@link FigurePreset}:
 * (a) the similarity diagram by group, (b) cumulative pair-similarity curves per group, (c) D(n)
 * and REP(n) on a logarithmic n axis with the random band, (d) an FPS subset over the whole set.
 * Each builder places its legend for the size the chart will be drawn at.
 */
public final class FigureCharts {

    /** Label of the points outside the subset in figure (d). */
    static final String NOT_SELECTED = "not selected";

    private FigureCharts() {
    }

    /** A built figure and where its legend went. */
    public record Built(JFreeChart chart, FigureLegend.Placement legend) { }

    /** (a) The similarity diagram of the whole set, one colour and marker per group. */
    public static Built diagram(FigureData d, FigurePreset p, double widthPt, double heightPt) {
        return diagram(d, p, widthPt, heightPt, false);
    }

    /** (a) as a panel of a multi-panel figure ({@code panel}: room for the panel letter above the plot). */
    public static Built diagram(FigureData d, FigurePreset p, double widthPt, double heightPt, boolean panel) {
        return scatter(d, null, p, widthPt, heightPt, MarkRenderer.DEFAULT_VECTOR_LIMIT, panel);
    }

    /** (d) The diagram of the first {@code n} FPS selections in group colours over the rest in light grey. */
    public static Built subset(FigureData d, int n, FigurePreset p, double widthPt, double heightPt) {
        return subset(d, n, p, widthPt, heightPt, false);
    }

    /** (d) as a panel. */
    public static Built subset(FigureData d, int n, FigurePreset p, double widthPt, double heightPt, boolean panel) {
        return scatter(d, Arrays.copyOf(d.fpsOrder(), Math.min(n, d.fpsOrder().length)), p, widthPt, heightPt,
                MarkRenderer.DEFAULT_VECTOR_LIMIT, panel);
    }

    static Built scatter(FigureData d, int[] subset, FigurePreset p, double widthPt, double heightPt, int vectorLimit,
                         boolean panel) {
        GroupPalette palette = new GroupPalette(d.groups());
        int groups = d.groups().size();
        boolean[] inSubset = null;
        if (subset != null) {
            inSubset = new boolean[d.size()];
            for (int i : subset) inSubset[i] = true;
        }
        // series: [not selected], then the groups from the largest to the smallest, so small groups are drawn on top
        int[][] members = new int[groups][];
        List<Integer> rest = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            final int gg = g;
            final boolean[] sel = inSubset;
            members[g] = IntStream.range(0, d.size()).filter(i -> d.groupOf()[i] == gg && (sel == null || sel[i])).toArray();
        }
        if (inSubset != null) {
            for (int i = 0; i < d.size(); i++) if (!inSubset[i]) rest.add(i);
        }
        Integer[] drawOrder = IntStream.range(0, groups).boxed().toArray(Integer[]::new);
        Arrays.sort(drawOrder, Comparator.comparingInt((Integer g) -> -members[g].length));
        List<String> names = new ArrayList<>();
        List<int[]> seriesMembers = new ArrayList<>();
        if (inSubset != null) {
            names.add(NOT_SELECTED);
            seriesMembers.add(rest.stream().mapToInt(Integer::intValue).toArray());
        }
        for (int g : drawOrder) {
            names.add(d.groups().get(g));
            seriesMembers.add(members[g]);
        }
        PointsDataset data = new PointsDataset(d.x(), d.y(), names, seriesMembers.toArray(int[][]::new), "none");
        MarkRenderer r = new MarkRenderer(vectorLimit, MarkRenderer.DEFAULT_RASTER_DPI);
        double size = p.markerPt(d.size());
        int s = 0;
        if (inSubset != null) {
            r.setSeriesShape(s, FigureStyle.marker(0, size * 0.7));
            r.setSeriesPaint(s, FigureStyle.BACKGROUND_POINTS);
            s++;
        }
        for (int g : drawOrder) {
            r.setSeriesShape(s, FigureStyle.marker(g, size));
            r.setSeriesPaint(s, palette.of(d.groups().get(g)));
            s++;
        }
        NumberAxis xa = new NumberAxis("mean K to " + FigureStyle.label(d.groupX()));
        NumberAxis ya = new NumberAxis("mean K to " + FigureStyle.label(d.groupY()));
        xa.setAutoRangeIncludesZero(false);
        ya.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, xa, ya, r);
        plot.setSeriesRenderingOrder(org.jfree.chart.plot.SeriesRenderingOrder.FORWARD); // grey first, small groups last
        JFreeChart chart = new JFreeChart(null, FigureFont.plain(p.fontPt()), plot, false);
        FigureStyle.apply(chart, p);
        if (panel) FigurePanels.reserveLetterSpace(chart, p.fontPt());
        List<LegendItem> items = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            if (members[g].length == 0) continue;
            String label = FigureStyle.label(d.groups().get(g)) + (subset != null ? " (" + members[g].length + ")" : "");
            items.add(markItem(label, FigureStyle.marker(g, p.fontPt() * 0.55), palette.of(d.groups().get(g))));
        }
        if (inSubset != null) {
            items.add(markItem(NOT_SELECTED + " (" + rest.size() + ")", FigureStyle.marker(0, p.fontPt() * 0.45),
                    FigureStyle.BACKGROUND_POINTS));
        }
        var placement = FigureLegend.place(chart, 0, FigureLegend.legend(items, p, true), p, widthPt, heightPt);
        return new Built(chart, placement);
    }

    /** (b) Cumulative distribution of pair similarity K within each group that has pairs. */
    public static Built redundancy(FigureData d, FigurePreset p, double widthPt, double heightPt) {
        return redundancy(d, p, widthPt, heightPt, false);
    }

    /** (b) as a panel. */
    public static Built redundancy(FigureData d, FigurePreset p, double widthPt, double heightPt, boolean panel) {
        GroupPalette palette = new GroupPalette(d.groups());
        XYSeriesCollection ds = new XYSeriesCollection();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setDrawSeriesLineAsPath(true);
        List<LegendItem> items = new ArrayList<>();
        int s = 0;
        for (FigureData.Cdf c : d.distributions()) {
            XYSeries series = new XYSeries(c.group(), false, true);
            for (int q = 0; q < c.k().length; q++) {
                if (!Double.isNaN(c.k()[q])) series.add(c.k()[q], c.fraction()[q]);
            }
            ds.addSeries(series);
            int g = d.groups().indexOf(c.group());
            Stroke st = FigureStyle.dash(g, p.lineWidthPt());
            r.setSeriesPaint(s, palette.of(c.group()));
            r.setSeriesStroke(s, st);
            items.add(lineItem(FigureStyle.label(c.group()), st, palette.of(c.group()), p));
            s++;
        }
        NumberAxis x = new NumberAxis("pair similarity K");
        x.setAutoRangeIncludesZero(false);
        x.setNumberFormatOverride(null);
        NumberAxis y = new NumberAxis("cumulative fraction of pairs");
        y.setRange(-0.02, 1.05); // the curves reach 1 below the frame
        y.setTickUnit(new NumberTickUnit(0.25, new DecimalFormat("0.00")));
        XYPlot plot = new XYPlot(ds, x, y, r);
        JFreeChart chart = new JFreeChart(null, FigureFont.plain(p.fontPt()), plot, false);
        FigureStyle.apply(chart, p);
        if (panel) FigurePanels.reserveLetterSpace(chart, p.fontPt());
        var placement = FigureLegend.place(chart, 0, FigureLegend.legend(items, p, true), p, widthPt, heightPt);
        return new Built(chart, placement);
    }

    /**
     * (c) D(n) (upper panel) and REP(n) (lower panel) of FPS against n on a logarithmic axis, with
     * the random subsets' mean ± sd as a band and ε as a dashed line.
     */
    public static Built coverage(FigureData d, FigurePreset p, double widthPt, double heightPt) {
        return coverage(d, p, widthPt, heightPt, false);
    }

    /** (c) as a panel. */
    public static Built coverage(FigureData d, FigurePreset p, double widthPt, double heightPt, boolean panel) {
        int m = d.farthest().length;
        XYSeries dSeries = new XYSeries("FPS D", true, false);
        XYSeries rSeries = new XYSeries("FPS REP", true, false);
        // every point up to 1000, then logarithmically spaced n (the axis is logarithmic)
        for (int n : logSample(m, 1200)) {
            dSeries.add(n, d.farthest()[n - 1]);
            rSeries.add(n, d.rep()[n - 1]);
        }
        LogAxis nAxis = new PrintLogAxis("subset size n");
        nAxis.setTickUnit(new NumberTickUnit(1));
        nAxis.setMinorTickMarksVisible(true);
        nAxis.setMinorTickCount(9);
        int maxN = m;
        for (FigureData.RandomRow row : d.random()) maxN = Math.max(maxN, row.n());
        nAxis.setRange(0.8, Math.max(2, maxN) * 1.25);

        NumberAxis dAxis = new NumberAxis("D(n)");
        dAxis.setAutoRangeIncludesZero(true);
        XYLineAndShapeRenderer fpsR = line(FigureStyle.FPS, FigureStyle.solid(p.lineWidthPt()));
        XYPlot top = new XYPlot(new XYSeriesCollection(dSeries), null, dAxis, fpsR);
        ValueMarker eps = new ValueMarker(d.epsilon(), FigureStyle.REFERENCE, FigureStyle.dash(1, p.axisWidthPt() * 1.5));
        eps.setLabel("ε = " + trim(d.epsilon()));
        eps.setLabelFont(FigureFont.plain(p.fontPt()));
        eps.setLabelPaint(FigureStyle.REFERENCE);
        eps.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        eps.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        eps.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        eps.setLabelOffset(new org.jfree.chart.ui.RectangleInsets(p.fontPt() * 0.15, p.fontPt() * 0.5, p.fontPt() * 0.15, 0));
        top.addRangeMarker(eps);

        NumberAxis repAxis = new NumberAxis("REP(n) (%)");
        double lo = 100;
        for (double v : d.rep()) if (!Double.isNaN(v)) lo = Math.min(lo, v);
        for (FigureData.RandomRow row : d.random()) lo = Math.min(lo, row.repMean() - row.repStd());
        lo = Math.max(0, Math.floor(lo / 5) * 5);
        if (lo >= 100) lo = 95;
        // 100 % sits below the top frame, so a curve that reaches it stays visible
        repAxis.setRange(lo, 100 + (100 - lo) * 0.08);
        XYPlot bottom = new XYPlot(new XYSeriesCollection(rSeries), null, repAxis,
                line(FigureStyle.FPS, FigureStyle.solid(p.lineWidthPt())));
        ValueMarker full = new ValueMarker(100, new Color(0xBBBBBB), FigureStyle.solid(p.axisWidthPt()));
        bottom.addRangeMarker(full, org.jfree.chart.ui.Layer.BACKGROUND);

        List<LegendItem> items = new ArrayList<>();
        items.add(lineItem("FPS", FigureStyle.solid(p.lineWidthPt()), FigureStyle.FPS, p));
        if (!d.random().isEmpty()) {
            YIntervalSeries rd = new YIntervalSeries("random D");
            YIntervalSeries rr = new YIntervalSeries("random REP");
            for (FigureData.RandomRow row : d.random()) {
                rd.add(row.n(), row.dMean(), row.dMean() - row.dStd(), row.dMean() + row.dStd());
                rr.add(row.n(), row.repMean(), row.repMean() - row.repStd(), row.repMean() + row.repStd());
            }
            top.setDataset(1, new YIntervalSeriesCollection() {{ addSeries(rd); }});
            top.setRenderer(1, band(p));
            bottom.setDataset(1, new YIntervalSeriesCollection() {{ addSeries(rr); }});
            bottom.setRenderer(1, band(p));
            items.add(bandItem("random, mean ± sd", p));
        }
        items.add(lineItem("ε", FigureStyle.dash(1, p.axisWidthPt() * 1.5), FigureStyle.REFERENCE, p));

        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(nAxis);
        plot.setGap(p.fontPt() * 0.8);
        plot.add(top, 1);
        plot.add(bottom, 1);
        JFreeChart chart = new JFreeChart(null, FigureFont.plain(p.fontPt()), plot, false);
        FigureStyle.apply(chart, p);
        if (panel) FigurePanels.reserveLetterSpace(chart, p.fontPt());
        var placement = FigureLegend.place(chart, new int[] {0, 1}, FigureLegend.legend(items, p, true), p, widthPt, heightPt);
        return new Built(chart, placement);
    }

    /** The n at which a curve of length m is drawn: all of 1..m when m ≤ max, else log-spaced n including 1 and m. */
    static int[] logSample(int m, int max) {
        if (m <= max) return IntStream.rangeClosed(1, m).toArray();
        java.util.TreeSet<Integer> ns = new java.util.TreeSet<>();
        for (int i = 0; i < max; i++) {
            ns.add((int) Math.round(Math.exp(Math.log(m) * i / (max - 1.0))));
        }
        ns.add(1);
        ns.add(m);
        return ns.stream().mapToInt(Integer::intValue).toArray();
    }

    private static XYLineAndShapeRenderer line(Paint paint, Stroke stroke) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setDrawSeriesLineAsPath(true);
        r.setSeriesPaint(0, paint);
        r.setSeriesStroke(0, stroke);
        return r;
    }

    private static DeviationRenderer band(FigurePreset p) {
        DeviationRenderer r = new DeviationRenderer(true, true);
        r.setSeriesPaint(0, FigureStyle.RANDOM);
        r.setSeriesFillPaint(0, FigureStyle.RANDOM);
        r.setSeriesStroke(0, FigureStyle.dash(1, p.lineWidthPt()));
        r.setSeriesShape(0, FigureStyle.marker(0, p.markerPt(10)));
        r.setAlpha(0.25f);
        return r;
    }

    private static LegendItem markItem(String label, Shape shape, Paint paint) {
        LegendItem item = new LegendItem(label, null, null, null, shape, paint);
        item.setLabelFont(null);
        return item;
    }

    private static LegendItem lineItem(String label, Stroke stroke, Paint paint, FigurePreset p) {
        double len = p.fontPt() * 1.8;
        return new LegendItem(label, null, null, null, new Line2D.Double(-len / 2, 0, len / 2, 0), stroke, paint);
    }

    private static LegendItem bandItem(String label, FigurePreset p) {
        double len = p.fontPt() * 1.8, h = p.fontPt() * 0.7;
        Color fill = new Color(FigureStyle.RANDOM.getRed(), FigureStyle.RANDOM.getGreen(), FigureStyle.RANDOM.getBlue(), 64);
        return new LegendItem(label, null, null, null, true, new Rectangle2D.Double(-len / 2, -h / 2, len, h), true, fill,
                false, fill, new BasicStroke(0), true, new Line2D.Double(-len / 2, 0, len / 2, 0),
                FigureStyle.dash(1, p.lineWidthPt()), FigureStyle.RANDOM);
    }

    static String trim(double v) {
        String s = String.format(java.util.Locale.ROOT, "%.4g", v);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
