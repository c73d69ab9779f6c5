package org.sift.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The print look of the figure set, scaled from a {@link FigurePreset}: the bundled font at the
 * preset's size, axis lines and ticks of {@link FigurePreset#axisWidthPt()}, curves of
 * {@link FigurePreset#lineWidthPt()}, Okabe–Ito colours ({@link GroupPalette}) and, so groups stay
 * apart in greyscale, one marker shape and one dash pattern per group.
 */
final class FigureStyle {

    /** Colour of configurations outside a highlighted subset. */
    static final Color BACKGROUND_POINTS = new Color(0xC8C8C8);
    /** FPS curves. */
    static final Color FPS = new Color(0x0072B2);
    /** Random subsets (mean line and band). */
    static final Color RANDOM = new Color(0xE69F00);
    /** Reference lines (ε). */
    static final Color REFERENCE = new Color(0x555555);

    private FigureStyle() {
    }

    /**
     * Marker {@code i} of the greyscale-safe set (circle, square, triangle up, diamond, triangle
     * down, plus, cross, pentagon, then repeating), centred on the origin, about {@code size} points
     * across and of similar ink.
     */
    static Shape marker(int i, double size) {
        double r = size / 2;
        return switch (i % 8) {
            case 0 -> new Ellipse2D.Double(-r, -r, size, size);
            case 1 -> new Rectangle2D.Double(-r * 0.88, -r * 0.88, size * 0.88, size * 0.88);
            case 2 -> polygon(3, r * 1.2, -Math.PI / 2, r * 0.15);
            case 3 -> polygon(4, r * 1.15, -Math.PI / 2, 0);
            case 4 -> polygon(3, r * 1.2, Math.PI / 2, -r * 0.15);
            case 5 -> plus(r * 1.1, r * 0.42, 0);
            case 6 -> plus(r * 1.1, r * 0.42, Math.PI / 4);
            default -> polygon(5, r * 1.08, -Math.PI / 2, 0);
        };
    }

    private static Shape polygon(int corners, double radius, double start, double dy) {
        Path2D.Double p = new Path2D.Double();
        for (int k = 0; k < corners; k++) {
            double a = start + 2 * Math.PI * k / corners;
            double px = radius * Math.cos(a), py = radius * Math.sin(a) + dy;
            if (k == 0) p.moveTo(px, py); else p.lineTo(px, py);
        }
        p.closePath();
        return p;
    }

    private static Shape plus(double arm, double half, double angle) {
        Path2D.Double p = new Path2D.Double();
        double[][] v = {{-half, -arm}, {half, -arm}, {half, -half}, {arm, -half}, {arm, half}, {half, half},
            {half, arm}, {-half, arm}, {-half, half}, {-arm, half}, {-arm, -half}, {-half, -half}};
        p.moveTo(v[0][0], v[0][1]);
        for (int k = 1; k < v.length; k++) p.lineTo(v[k][0], v[k][1]);
        p.closePath();
        return AffineTransform.getRotateInstance(angle).createTransformedShape(p);
    }

    /** Stroke {@code i} of the dash set (solid, dashed, dotted, dash-dot, long dash, …) at {@code width} points. */
    static Stroke dash(int i, double width) {
        float w = (float) width;
        float[][] patterns = {null, {4 * w, 2 * w}, {1 * w, 1.6f * w}, {5 * w, 1.6f * w, 1 * w, 1.6f * w},
            {8 * w, 2.5f * w}, {2.5f * w, 1.5f * w}, {5 * w, 1.5f * w, 1 * w, 1.5f * w, 1 * w, 1.5f * w}};
        float[] p = patterns[i % patterns.length];
        return p == null ? new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND)
                : new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, p, 0f);
    }

    static Stroke solid(double width) {
        return new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
    }

    /** Applies fonts, frame, ticks and padding of the preset to a chart with an XY plot (or combined XY plot). */
    static void apply(JFreeChart chart, FigurePreset p) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        double pad = p.fontPt() * 0.3;
        chart.setPadding(new RectangleInsets(pad, pad, pad, pad * 2));
        XYPlot plot = chart.getXYPlot();
        plot(plot, p);
        if (plot instanceof org.jfree.chart.plot.CombinedDomainXYPlot c) {
            for (XYPlot sub : c.getSubplots()) plot(sub, p);
        }
    }

    static void plot(XYPlot plot, FigurePreset p) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(Color.BLACK);
        plot.setOutlineStroke(solid(p.axisWidthPt()));
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(new RectangleInsets(0, 0, 0, 0));
        for (int i = 0; i < plot.getDomainAxisCount(); i++) axis(plot.getDomainAxis(i), p);
        for (int i = 0; i < plot.getRangeAxisCount(); i++) axis(plot.getRangeAxis(i), p);
    }

    static void axis(ValueAxis a, FigurePreset p) {
        if (a == null) return;
        Font f = FigureFont.plain(p.fontPt());
        a.setTickLabelFont(f);
        a.setLabelFont(f);
        a.setAxisLineVisible(false); // the plot's frame is the axis line
        a.setTickMarkStroke(solid(p.axisWidthPt()));
        a.setTickMarkPaint(Color.BLACK);
        a.setTickMarkOutsideLength((float) (p.fontPt() * 0.35));
        a.setTickMarkInsideLength(0);
        a.setMinorTickMarkOutsideLength((float) (p.fontPt() * 0.2));
        a.setTickLabelInsets(new RectangleInsets(p.fontPt() * 0.25, p.fontPt() * 0.25, p.fontPt() * 0.25, p.fontPt() * 0.25));
        a.setLabelInsets(new RectangleInsets(p.fontPt() * 0.2, p.fontPt() * 0.2, p.fontPt() * 0.2, p.fontPt() * 0.2));
        a.setTickLabelPaint(Color.BLACK);
        a.setLabelPaint(Color.BLACK);
    }

    /**
     * A group name for print: the digits of a chemical formula as subscripts ({@code Li13Si64} →
     * Li₁₃Si₆₄); any other name unchanged. Data files keep the plain name.
     */
    static String label(String group) {
        if (!group.matches("([A-Z][a-z]?\\d*)+") || !group.matches(".*\\d.*")) {
            return group;
        }
        StringBuilder sb = new StringBuilder(group.length());
        for (char ch : group.toCharArray()) {
            sb.append(ch >= '0' && ch <= '9' ? (char) ('\u2080' + (ch - '0')) : ch);
        }
        return sb.toString();
    }
}
