package org.sift.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The charts of Sift, built once, headless: the GUI shows these very objects in a ChartViewer and
 * the CLI exports them, so both look the same.
 */
public final class Charts {

    /** Series key of the highlighted subset in the diagram. */
    public static final String SUBSET = "selected subset";

    private Charts() {}

    /**
     * Similarity diagram (docs/method.md §5): x = mean K to group {@code groupX}, y = mean K to
     * {@code groupY}, one colour per group, the highlighted subset on top.
     */
    public static JFreeChart similarityDiagram(PointsDataset data, GroupPalette palette, String groupX, String groupY) {
        NumberAxis xAxis = new NumberAxis("mean K to " + groupX);
        NumberAxis yAxis = new NumberAxis("mean K to " + groupY);
        xAxis.setAutoRangeIncludesZero(false);
        yAxis.setAutoRangeIncludesZero(false);
        DotRenderer renderer = new DotRenderer(data.groupCount(), 3);
        Rectangle2D dot = new Rectangle2D.Double(-1.5, -1.5, 3, 3);
        for (int s = 0; s < data.groupCount(); s++) {
            Color c = palette.of(String.valueOf(data.getSeriesKey(s)));
            renderer.setSeriesShape(s, dot);
            renderer.setSeriesPaint(s, c);
            renderer.setSeriesShapesFilled(s, true);
        }
        int h = data.groupCount();
        java.awt.geom.Area ring = new java.awt.geom.Area(new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        ring.subtract(new java.awt.geom.Area(new Ellipse2D.Double(-2.4, -2.4, 4.8, 4.8)));
        renderer.setSeriesShape(h, ring);
        renderer.setSeriesPaint(h, GroupPalette.HIGHLIGHT);
        renderer.setSeriesShapesFilled(h, true);
        XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);
        plot.setSeriesRenderingOrder(org.jfree.chart.plot.SeriesRenderingOrder.FORWARD); // the subset on top
        plot.setDomainPannable(true);
        plot.setRangePannable(true);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        style(chart);
        return chart;
    }

    /**
     * Colours the points of a {@link #similarityDiagram} by a value per configuration instead of
     * by group: a colour bar on the right, the group entries left out of the legend (the subset and
     * the marks stay).
     *
     * @param values one value per configuration (NaN: drawn grey)
     * @param label  title of the colour bar
     */
    public static void colourByValue(JFreeChart diagram, double[] values, ColourScale scale, String label) {
        XYPlot plot = diagram.getXYPlot();
        DotRenderer r = (DotRenderer) plot.getRenderer(0);
        PointsDataset data = (PointsDataset) plot.getDataset(0);
        r.setPointPaint(i -> scale.colour(values[i]));
        for (int s = 0; s < data.groupCount(); s++) r.setSeriesVisibleInLegend(s, false);
        ValueAxis axis = scale.isLog() ? new org.jfree.chart.axis.LogAxis(label) : new NumberAxis(label);
        axis.setRange(scale.getLowerBound(), scale.getUpperBound());
        axis.setLabelFont(plot.getDomainAxis().getLabelFont());
        axis.setTickLabelFont(plot.getDomainAxis().getTickLabelFont());
        axis.setTickLabelInsets(new RectangleInsets(14, 4, 14, 4)); // about 8 labels, not one per strip row
        org.jfree.chart.title.PaintScaleLegend bar = new org.jfree.chart.title.PaintScaleLegend(scale, axis);
        bar.setPosition(org.jfree.chart.ui.RectangleEdge.RIGHT);
        bar.setAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
        bar.setStripWidth(12);
        bar.setSubdivisionCount(128);
        bar.setMargin(4, 8, 4, 4);
        bar.setBackgroundPaint(diagram.getBackgroundPaint());
        diagram.addSubtitle(bar);
    }

    /** The colour bar of a diagram coloured by value, or null. */
    public static org.jfree.chart.title.PaintScaleLegend colourBar(JFreeChart diagram) {
        for (Object t : diagram.getSubtitles()) {
            if (t instanceof org.jfree.chart.title.PaintScaleLegend p) return p;
        }
        return null;
    }

    /**
     * Cumulative distribution of pairwise similarity within each group: for each group the sorted
     * K values of its pairs, drawn as the fraction of pairs with similarity ≤ K.
     *
     * @param sortedByGroup group → ascending K values (a sample of pairs for large groups)
     */
    public static JFreeChart cumulativeDistributions(Map<String, double[]> sortedByGroup, GroupPalette palette) {
        XYSeriesCollection ds = new XYSeriesCollection();
        XYStepRenderer r = new XYStepRenderer();
        int s = 0;
        for (Map.Entry<String, double[]> e : sortedByGroup.entrySet()) {
            double[] v = e.getValue();
            XYSeries series = new XYSeries(e.getKey(), false, true);
            int points = Math.min(v.length, 600);
            for (int p = 0; p < points; p++) {
                int i = points == v.length ? p : (int) ((long) p * (v.length - 1) / (points - 1));
                series.add(v[i], (i + 1.0) / v.length);
            }
            ds.addSeries(series);
            r.setSeriesPaint(s, palette.of(e.getKey()));
            r.setSeriesStroke(s, new BasicStroke(1.6f));
            s++;
        }
        NumberAxis x = new NumberAxis("pairwise similarity K");
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis("cumulative fraction of pairs");
        y.setRange(0, 1.0);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, new XYPlot(ds, x, y, r), true);
        style(chart);
        return chart;
    }

    /** Index of the REP axis / dataset in the coverage chart. */
    public static final int REP_INDEX = 1;

    /**
     * Farthest distance D(n) (left axis) and representativeness REP(n) in % (right axis) against
     * the subset size n, with the epsilon line and a marker at the current n.
     *
     * @param farthest   D(n) for n = 1..length
     * @param rep        REP(n) in %, same length
     * @param epsilon    REP threshold, drawn as a horizontal line on the D axis
     * @param random     optional comparison (may be null): mean ± std of D and REP of random subsets
     */
    public static JFreeChart coverage(double[] farthest, double[] rep, double epsilon, RandomBand random) {
        if (farthest.length != rep.length) {
            throw new IllegalArgumentException("D(n) and REP(n) differ in length");
        }
        XYSeries d = new XYSeries("farthest distance D(n)", true, false);
        XYSeries r = new XYSeries("REP(n)", true, false);
        int stride = Math.max(1, farthest.length / 1000);
        for (int i = 0; i < farthest.length; i += stride) {
            d.add(i + 1, farthest[i]);
            r.add(i + 1, rep[i]);
        }
        if ((farthest.length - 1) % stride != 0) {
            d.add(farthest.length, farthest[farthest.length - 1]);
            r.add(rep.length, rep[rep.length - 1]);
        }
        NumberAxis n = new NumberAxis("subset size n");
        n.setAutoRangeIncludesZero(false);
        NumberAxis dAxis = new NumberAxis("farthest distance D(n)");
        NumberAxis repAxis = new NumberAxis("REP(n) [%]");
        repAxis.setRange(0, 101);
        XYLineAndShapeRenderer dr = new XYLineAndShapeRenderer(true, false);
        dr.setDrawSeriesLineAsPath(true);
        dr.setSeriesPaint(0, new Color(0x0072B2));
        dr.setSeriesStroke(0, new BasicStroke(1.8f));
        XYPlot plot = new XYPlot(new XYSeriesCollection(d), n, dAxis, dr);
        XYLineAndShapeRenderer rr = new XYLineAndShapeRenderer(true, false);
        rr.setDrawSeriesLineAsPath(true);
        rr.setSeriesPaint(0, new Color(0xD55E00));
        rr.setSeriesStroke(0, new BasicStroke(1.8f));
        plot.setDataset(REP_INDEX, new XYSeriesCollection(r));
        plot.setRangeAxis(REP_INDEX, repAxis);
        plot.mapDatasetToRangeAxis(REP_INDEX, REP_INDEX);
        plot.setRenderer(REP_INDEX, rr);
        if (random != null) {
            addRandomBand(plot, random);
        }
        ValueMarker eps = new ValueMarker(
                epsilon,
                new Color(0x0072B2),
                new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {4f, 3f}, 0f));
        eps.setLabel("ε = " + epsilon);
        eps.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        eps.setLabelFont(FigureFont.plain(10));
        eps.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
        eps.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(eps);
        plot.setDomainPannable(true);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        style(chart);
        setCurrentN(chart, farthest.length > 0 ? 1 : 0);
        return chart;
    }

    /** Mean ± standard deviation of D and REP over random subsets at sizes {@code n}. */
    public record RandomBand(int[] n, double[] dMean, double[] dStd, double[] repMean, double[] repStd) {

        /** The mean ± sd bands of the random subsets of an FPS-against-random comparison. */
        public static RandomBand of(List<org.sift.analysis.FpsVsRandom.Row> rows) {
            int k = rows.size();
            int[] n = new int[k];
            double[] dm = new double[k];
            double[] ds = new double[k];
            double[] rm = new double[k];
            double[] rs = new double[k];
            for (int i = 0; i < k; i++) {
                org.sift.analysis.FpsVsRandom.Row r = rows.get(i);
                n[i] = r.n();
                dm[i] = r.randomFarthestMean();
                ds[i] = r.randomFarthestStd();
                rm[i] = r.randomRepMean();
                rs[i] = r.randomRepStd();
            }
            return new RandomBand(n, dm, ds, rm, rs);
        }
    }

    private static void addRandomBand(XYPlot plot, RandomBand b) {
        YIntervalSeries d = new YIntervalSeries("random: D(n) mean ± sd");
        YIntervalSeries r = new YIntervalSeries("random: REP(n) mean ± sd");
        for (int i = 0; i < b.n().length; i++) {
            d.add(b.n()[i], b.dMean()[i], b.dMean()[i] - b.dStd()[i], b.dMean()[i] + b.dStd()[i]);
            r.add(b.n()[i], b.repMean()[i], b.repMean()[i] - b.repStd()[i], b.repMean()[i] + b.repStd()[i]);
        }
        DeviationRenderer dr = new DeviationRenderer(true, false);
        dr.setSeriesPaint(0, new Color(0x56B4E9));
        dr.setSeriesFillPaint(0, new Color(0x56B4E9));
        dr.setAlpha(0.25f);
        plot.setDataset(2, new YIntervalSeriesCollection() {
            {
                addSeries(d);
            }
        });
        plot.setRenderer(2, dr);
        plot.mapDatasetToRangeAxis(2, 0);
        DeviationRenderer rr = new DeviationRenderer(true, false);
        rr.setSeriesPaint(0, new Color(0xE69F00));
        rr.setSeriesFillPaint(0, new Color(0xE69F00));
        rr.setAlpha(0.25f);
        plot.setDataset(3, new YIntervalSeriesCollection() {
            {
                addSeries(r);
            }
        });
        plot.setRenderer(3, rr);
        plot.mapDatasetToRangeAxis(3, REP_INDEX);
    }

    /** Moves the vertical marker of the coverage chart to subset size n. */
    public static void setCurrentN(JFreeChart coverageChart, int n) {
        XYPlot plot = coverageChart.getXYPlot();
        plot.clearDomainMarkers();
        ValueMarker m = new ValueMarker(n, Color.DARK_GRAY, new BasicStroke(1.2f));
        m.setLabel("n = " + n);
        m.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        m.setLabelFont(plot.getDomainAxis().getTickLabelFont());
        m.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.TOP_LEFT);
        plot.addDomainMarker(m);
    }

    /** The x position of the current-n marker, or NaN if none. */
    public static double currentN(JFreeChart coverageChart) {
        var markers = coverageChart.getXYPlot().getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND);
        if (markers == null || markers.isEmpty()) {
            return Double.NaN;
        }
        return ((ValueMarker) markers.iterator().next()).getValue();
    }

    /** Applies Sift's look: white background, light grid, no chart border. */
    static void style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(4, 4, 4, 8));
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setOutlinePaint(Color.GRAY);
        if (chart.getLegend() != null) {
            // room after each item: line-shaped legend graphics are wider than their nominal shape
            chart.getLegend().setItemLabelPadding(new RectangleInsets(2, 4, 2, 4));
            chart.getLegend().setLegendItemGraphicPadding(new RectangleInsets(2, 16, 2, 2));
        }
        applyFonts(chart, 12);
    }

    private static void setMarkerFonts(java.util.Collection<?> markers, Font font) {
        if (markers != null) {
            for (Object m : markers) {
                ((org.jfree.chart.plot.Marker) m).setLabelFont(font);
            }
        }
    }

    /** Sets all fonts of a chart from a base size in points. */
    public static void applyFonts(JFreeChart chart, double basePt) {
        Font tick = FigureFont.plain(basePt * 0.9);
        Font label = FigureFont.plain(basePt);
        XYPlot plot = chart.getXYPlot();
        List<org.jfree.chart.axis.ValueAxis> axes = new java.util.ArrayList<>();
        for (int i = 0; i < plot.getDomainAxisCount(); i++) axes.add(plot.getDomainAxis(i));
        for (int i = 0; i < plot.getRangeAxisCount(); i++) axes.add(plot.getRangeAxis(i));
        if (plot instanceof org.jfree.chart.plot.CombinedDomainXYPlot combined) {
            for (XYPlot sub : combined.getSubplots()) {
                for (int i = 0; i < sub.getRangeAxisCount(); i++) axes.add(sub.getRangeAxis(i));
            }
        }
        for (var a : axes) {
            if (a != null) {
                a.setTickLabelFont(tick);
                a.setLabelFont(label);
            }
        }
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(tick);
        }
        for (org.jfree.chart.ui.Layer layer :
                new org.jfree.chart.ui.Layer[] {org.jfree.chart.ui.Layer.FOREGROUND, org.jfree.chart.ui.Layer.BACKGROUND
                }) {
            setMarkerFonts(plot.getDomainMarkers(layer), tick);
            setMarkerFonts(plot.getRangeMarkers(layer), tick);
        }
    }
}
