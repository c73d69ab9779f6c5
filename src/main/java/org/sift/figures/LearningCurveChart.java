package org.sift.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.sift.workflow.LearningCurve;

/**
 * The surrogate learning curve: validation RMSE of the energy per atom (meV/atom) against the
 * subset size n, both on logarithmic axes, one line per selector with a band of mean ± sd over the
 * repeats, the full-pool RMSE as a dashed line, and a marker at the current n.
 */
public final class LearningCurveChart {

    private static final Color[] COLORS = {new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73),
            new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9)};

    private LearningCurveChart() {
    }

    public static JFreeChart of(LearningCurve.Result r) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (LearningCurve.Curve c : r.curves()) {
            YIntervalSeries s = new YIntervalSeries(c.selector().id() + (c.selector().seeded() ? " (mean ± sd)" : ""));
            for (LearningCurve.Point p : c.points()) {
                double m = p.rmseMean();
                s.add(p.n(), m, m - p.rmseSd(), m + p.rmseSd());
            }
            data.addSeries(s);
        }
        LogAxis n = new LogAxis("subset size n");
        n.setBase(10);
        n.setSmallestValue(1);
        n.setNumberFormatOverride(new java.text.DecimalFormat("0"));
        // one label per decade, minor ticks between (automatic units repeat rounded labels: 1 1 1 2 2 ...)
        n.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1));
        n.setMinorTickMarksVisible(true);
        n.setMinorTickCount(9);
        LogAxis e = new LogAxis("validation RMSE [meV/atom]");
        e.setBase(10);
        e.setSmallestValue(1e-3);
        e.setNumberFormatOverride(new java.text.DecimalFormat("0.###"));
        DeviationRenderer dr = new DeviationRenderer(true, true);
        dr.setAlpha(0.2f);
        for (int k = 0; k < r.curves().size(); k++) {
            Color col = COLORS[k % COLORS.length];
            dr.setSeriesPaint(k, col);
            dr.setSeriesFillPaint(k, col);
            dr.setSeriesStroke(k, new BasicStroke(1.8f));
            dr.setSeriesShape(k, new Ellipse2D.Double(-2, -2, 4, 4));
        }
        XYPlot plot = new XYPlot(data, n, e, dr);
        ValueMarker full = new ValueMarker(r.fullPool().rmseMean(), Color.DARK_GRAY, new BasicStroke(1f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 1f, new float[] {4f, 3f}, 0f));
        full.setLabel(String.format(java.util.Locale.ROOT, "full pool (n = %d): %.2f", r.poolSize(), r.fullPool().rmseMean()));
        full.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        full.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        full.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
        full.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(full);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        Charts.style(chart);
        return chart;
    }

    /** Moves (or adds) the vertical marker of the current subset size. */
    public static void setCurrentN(JFreeChart chart, int size) {
        XYPlot plot = chart.getXYPlot();
        plot.clearDomainMarkers();
        ValueMarker m = new ValueMarker(Math.max(1, size), new Color(0xC00000), new BasicStroke(1.2f));
        m.setLabel("n = " + size);
        m.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        m.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        m.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_LEFT);
        m.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.TOP_RIGHT);
        plot.addDomainMarker(m);
    }
}
