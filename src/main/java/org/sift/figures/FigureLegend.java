package org.sift.figures;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.block.ColumnArrangement;
import org.jfree.chart.block.FlowArrangement;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.VerticalAlignment;
import org.jfree.data.Range;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;

/**
 * Puts a compact legend inside the data area, in the first corner (top right, top left, bottom
 * left, bottom right) where its box covers no data mark, curve, band or reference line at the
 * figure's final size; where no corner is free, beside the plot (right, or below when it is wide).
 */
final class FigureLegend {

    /** Where a legend went: inside at a corner, or outside at an edge; {@code box} in chart coordinates. */
    record Placement(RectangleAnchor corner, RectangleEdge edge, Rectangle2D box) {
        boolean inside() {
            return corner != null;
        }
    }

    private FigureLegend() {}

    /** A legend block over fixed items, styled for print. */
    static LegendTitle legend(List<LegendItem> items, FigurePreset p, boolean column) {
        LegendItemCollection c = new LegendItemCollection();
        items.forEach(c::add);
        LegendItemSource src = () -> c;
        LegendTitle t = column
                ? new LegendTitle(
                        src,
                        new ColumnArrangement(HorizontalAlignment.LEFT, VerticalAlignment.TOP, 0, 0),
                        new ColumnArrangement(HorizontalAlignment.LEFT, VerticalAlignment.TOP, 0, 0))
                : new LegendTitle(src, new FlowArrangement(), new FlowArrangement());
        double f = p.fontPt();
        t.setItemFont(FigureFont.plain(f));
        t.setItemPaint(Color.BLACK);
        t.setBackgroundPaint(new Color(255, 255, 255, 230));
        t.setFrame(new BlockBorder(
                p.axisWidthPt(), p.axisWidthPt(), p.axisWidthPt(), p.axisWidthPt(), new Color(0x999999)));
        t.setPadding(new RectangleInsets(f * 0.2, f * 0.3, f * 0.2, f * 0.3));
        t.setMargin(RectangleInsets.ZERO_INSETS);
        t.setItemLabelPadding(new RectangleInsets(f * 0.08, f * 0.25, f * 0.08, 0));
        t.setLegendItemGraphicPadding(new RectangleInsets(f * 0.08, f * 0.1, f * 0.08, 0));
        return t;
    }

    /**
     * Places {@code legend} on {@code chart} drawn at {@code widthPt × heightPt}: inside
     * {@code subplot} (the chart's plot, or subplot k of a combined plot) where it fits.
     */
    static Placement place(
            JFreeChart chart, int subplot, LegendTitle legend, FigurePreset p, double widthPt, double heightPt) {
        return place(chart, new int[] {subplot}, legend, p, widthPt, heightPt);
    }

    /**
     * Places {@code legend} on {@code chart} drawn at {@code widthPt × heightPt}: inside the first
     * of {@code subplots} (indices into a combined plot; {@code {0}} for a plain plot) with a free
     * corner, else beside the plot.
     */
    static Placement place(
            JFreeChart chart, int[] subplots, LegendTitle legend, FigurePreset p, double widthPt, double heightPt) {
        chart.removeLegend();
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        g.setRenderingHint(
                java.awt.RenderingHints.KEY_FRACTIONALMETRICS, java.awt.RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        ChartRenderingInfo info = new ChartRenderingInfo();
        List<MarkRenderer> marks = new ArrayList<>();
        for (int subplot : subplots) {
            XYPlot sp = target(chart, subplot);
            for (int r = 0; r < sp.getRendererCount(); r++) {
                if (sp.getRenderer(r) instanceof MarkRenderer mr) marks.add(mr);
            }
        }
        marks.forEach(mr -> mr.setLayoutOnly(true)); // the layout does not depend on the markers drawn
        try {
            chart.draw(g, new Rectangle2D.Double(0, 0, widthPt, heightPt), info);
        } finally {
            marks.forEach(mr -> mr.setLayoutOnly(false));
        }
        double m = p.fontPt() * 0.4;
        for (int subplot : subplots) {
            XYPlot plot = target(chart, subplot);
            PlotRenderingInfo pi = chart.getXYPlot() instanceof CombinedDomainXYPlot
                    ? info.getPlotInfo().getSubplotInfo(subplot)
                    : info.getPlotInfo();
            Rectangle2D area = pi.getDataArea();
            double maxW = area.getWidth() * 0.9, maxH = area.getHeight() * 0.9;
            var size = legend.arrange(g, new RectangleConstraint(new Range(0, maxW), new Range(0, maxH)));
            if (size.width > maxW || size.height > maxH) {
                continue;
            }
            List<Shape2D> ink = ink(plot, area, p);
            for (RectangleAnchor corner : new RectangleAnchor[] {
                RectangleAnchor.TOP_RIGHT,
                RectangleAnchor.TOP_LEFT,
                RectangleAnchor.BOTTOM_LEFT,
                RectangleAnchor.BOTTOM_RIGHT
            }) {
                boolean right = corner == RectangleAnchor.TOP_RIGHT || corner == RectangleAnchor.BOTTOM_RIGHT;
                boolean top = corner == RectangleAnchor.TOP_RIGHT || corner == RectangleAnchor.TOP_LEFT;
                double bx = right ? area.getMaxX() - m - size.width : area.getMinX() + m;
                double by = top ? area.getMinY() + m : area.getMaxY() - m - size.height;
                Rectangle2D box = new Rectangle2D.Double(bx, by, size.width, size.height);
                Rectangle2D clear = new Rectangle2D.Double(bx - m * 0.5, by - m * 0.5, size.width + m, size.height + m);
                if (ink.stream().noneMatch(s -> s.hits(clear))) {
                    // XYTitleAnnotation's relative coordinates are fractions of the axis range in data
                    // values (mapped through the axis afterwards, so not linear on a log axis)
                    double rx = fraction(
                            plot.getDomainAxis(),
                            (right ? box.getMaxX() : box.getMinX()),
                            area,
                            plot.getDomainAxisEdge());
                    double ry = fraction(
                            plot.getRangeAxis(), (top ? box.getMinY() : box.getMaxY()), area, plot.getRangeAxisEdge());
                    XYTitleAnnotation a = new XYTitleAnnotation(rx, ry, legend, corner);
                    a.setMaxWidth(0.9);
                    a.setMaxHeight(0.9);
                    plot.addAnnotation(a, false);
                    g.dispose();
                    return new Placement(corner, null, box);
                }
            }
        }
        var size = legend.arrange(g, RectangleConstraint.NONE);
        g.dispose();
        RectangleEdge edge = size.width < widthPt * 0.3 ? RectangleEdge.RIGHT : RectangleEdge.BOTTOM;
        if (edge == RectangleEdge.BOTTOM) {
            legend = legend(itemsOf(legend), p, false);
        }
        legend.setPosition(edge);
        legend.setMargin(new RectangleInsets(p.fontPt() * 0.3, p.fontPt() * 0.5, 0, 0));
        legend.setVerticalAlignment(VerticalAlignment.TOP);
        chart.addLegend(legend);
        return new Placement(null, edge, null);
    }

    private static double fraction(ValueAxis axis, double java2d, Rectangle2D area, RectangleEdge edge) {
        double v = axis.java2DToValue(java2d, area, edge);
        Range r = axis.getRange();
        return (v - r.getLowerBound()) / r.getLength();
    }

    private static List<LegendItem> itemsOf(LegendTitle t) {
        List<LegendItem> out = new ArrayList<>();
        for (LegendItemSource s : t.getSources()) {
            LegendItemCollection c = s.getLegendItems();
            for (int i = 0; i < c.getItemCount(); i++) out.add(c.get(i));
        }
        return out;
    }

    static XYPlot target(JFreeChart chart, int subplot) {
        XYPlot plot = chart.getXYPlot();
        return plot instanceof CombinedDomainXYPlot c ? c.getSubplots().get(subplot) : plot;
    }

    /** A piece of ink on the plot: a mark (box) or a segment of a curve, band edge or reference line. */
    interface Shape2D {
        boolean hits(Rectangle2D r);
    }

    /**
     * Everything drawn in the data area of {@code plot}, in chart coordinates: every item of every
     * dataset (as a box of the marker size, and, for line renderers, the segments between items),
     * the start and end of interval datasets (bands) with the vertical extent between them, and
     * horizontal and vertical reference markers.
     */
    static List<Shape2D> ink(XYPlot plot, Rectangle2D area, FigurePreset p) {
        List<Shape2D> out = new ArrayList<>();
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            XYDataset ds = plot.getDataset(d);
            if (ds == null) continue;
            ValueAxis xa = plot.getDomainAxisForDataset(d);
            ValueAxis ya = plot.getRangeAxisForDataset(d);
            double r = p.markerPt(10) * 0.6;
            boolean lines = plot.getRenderer(d) instanceof org.jfree.chart.renderer.xy.XYLineAndShapeRenderer l
                    && l.getDefaultLinesVisible();
            for (int s = 0; s < ds.getSeriesCount(); s++) {
                double px = Double.NaN, py = Double.NaN, plo = Double.NaN, phi = Double.NaN;
                for (int i = 0; i < ds.getItemCount(s); i++) {
                    double x = xa.valueToJava2D(ds.getXValue(s, i), area, plot.getDomainAxisEdge());
                    double y = ya.valueToJava2D(ds.getYValue(s, i), area, plot.getRangeAxisEdge());
                    if (Double.isNaN(x) || Double.isNaN(y)) continue;
                    Rectangle2D box = new Rectangle2D.Double(x - r, y - r, 2 * r, 2 * r);
                    out.add(box::intersects);
                    if (lines && !Double.isNaN(px)) {
                        Line2D seg = new Line2D.Double(px, py, x, y);
                        out.add(seg::intersects);
                    }
                    if (ds instanceof IntervalXYDataset iv) {
                        double lo = ya.valueToJava2D(iv.getStartYValue(s, i), area, plot.getRangeAxisEdge());
                        double hi = ya.valueToJava2D(iv.getEndYValue(s, i), area, plot.getRangeAxisEdge());
                        Line2D span = new Line2D.Double(x, lo, x, hi);
                        out.add(span::intersects);
                        if (!Double.isNaN(plo)) {
                            Line2D a = new Line2D.Double(px, plo, x, lo), b = new Line2D.Double(px, phi, x, hi);
                            out.add(a::intersects);
                            out.add(b::intersects);
                            double fx = px, flo = plo, fhi = phi, cx = x;
                            out.add(rect -> bandCovers(fx, flo, fhi, cx, lo, hi, rect));
                        }
                        plo = lo;
                        phi = hi;
                    }
                    px = x;
                    py = y;
                }
            }
        }
        for (Layer layer : new Layer[] {Layer.FOREGROUND, Layer.BACKGROUND}) {
            var range = plot.getRangeMarkers(layer);
            if (range != null) {
                for (Object o : range) {
                    if (o instanceof ValueMarker vm) {
                        double y = plot.getRangeAxis().valueToJava2D(vm.getValue(), area, plot.getRangeAxisEdge());
                        Line2D l = new Line2D.Double(area.getMinX(), y, area.getMaxX(), y);
                        out.add(l::intersects);
                        labelBox((Marker) o, area.getMinX(), y, p).ifPresent(b -> out.add(b::intersects));
                    }
                }
            }
            var domain = plot.getDomainMarkers(layer);
            if (domain != null) {
                for (Object o : domain) {
                    if (o instanceof ValueMarker vm) {
                        double x = plot.getDomainAxis().valueToJava2D(vm.getValue(), area, plot.getDomainAxisEdge());
                        Line2D l = new Line2D.Double(x, area.getMinY(), x, area.getMaxY());
                        out.add(l::intersects);
                    }
                }
            }
        }
        return out;
    }

    /** The label of a reference line drawn above its left end (the figure set's convention). */
    private static java.util.Optional<Rectangle2D> labelBox(Marker m, double x, double y, FigurePreset p) {
        if (m.getLabel() == null) return java.util.Optional.empty();
        double w = m.getLabel().length() * p.fontPt() * 0.6, h = p.fontPt() * 1.3;
        return java.util.Optional.of(new Rectangle2D.Double(x, y - h, w + p.fontPt(), h));
    }

    /** Whether the band between (x0, lo0–hi0) and (x1, lo1–hi1) covers the centre of {@code r}. */
    private static boolean bandCovers(
            double x0, double lo0, double hi0, double x1, double lo1, double hi1, Rectangle2D r) {
        double cx = r.getCenterX(), cy = r.getCenterY();
        if (cx < Math.min(x0, x1) || cx > Math.max(x0, x1) || x0 == x1) return false;
        double t = (cx - x0) / (x1 - x0);
        double a = lo0 + t * (lo1 - lo0), b = hi0 + t * (hi1 - hi0);
        return cy >= Math.min(a, b) && cy <= Math.max(a, b);
    }
}
