package org.sift.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.sift.workflow.CompareSelectors;

/**
 * Selectors side by side: D(n), REP(n) and, with energies, the validation RMSE per atom against the
 * subset size n (logarithmic), one line per selector in the same colour on every panel.
 */
public final class SelectorComparisonChart {

    private static final Color[] COLORS = {
        new Color(0x0072B2),
        new Color(0xD55E00),
        new Color(0x009E73),
        new Color(0xCC79A7),
        new Color(0xE69F00),
        new Color(0x56B4E9),
        new Color(0x000000)
    };

    private SelectorComparisonChart() {}

    public static JFreeChart of(CompareSelectors.Result r) {
        LogAxis n = new LogAxis("subset size n");
        n.setBase(10);
        n.setSmallestValue(1);
        n.setNumberFormatOverride(new java.text.DecimalFormat("0"));
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(n);
        plot.setGap(8);
        plot.add(panel(r, 0, new NumberAxis("D(n)"), false), 1);
        NumberAxis rep = new NumberAxis("REP(n) [%]");
        rep.setRange(0, 100);
        plot.add(panel(r, 1, rep, true), 1);
        if (r.hasRmse()) {
            LogAxis e = new LogAxis("RMSE [meV/atom]");
            e.setBase(10);
            e.setSmallestValue(1e-3);
            e.setNumberFormatOverride(new java.text.DecimalFormat("0.###"));
            plot.add(panel(r, 2, e, true), 1);
        }
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        Charts.style(chart);
        return chart;
    }

    private static XYPlot panel(
            CompareSelectors.Result r, int metric, org.jfree.chart.axis.ValueAxis axis, boolean hideLegend) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (CompareSelectors.Curve c : r.curves()) {
            XYSeries s = new XYSeries(c.selector().id(), false, true);
            for (CompareSelectors.Row p : c.rows()) {
                double v = switch (metric) {
                    case 0 -> p.farthest();
                    case 1 -> p.rep();
                    default -> p.rmse();
                };
                if (Double.isFinite(v) && (metric != 2 || v > 0)) s.add(p.n(), v);
            }
            data.addSeries(s);
        }
        XYLineAndShapeRenderer rr = new XYLineAndShapeRenderer(true, true);
        for (int k = 0; k < r.curves().size(); k++) {
            rr.setSeriesPaint(k, COLORS[k % COLORS.length]);
            rr.setSeriesStroke(k, new BasicStroke(1.6f));
            rr.setSeriesShape(k, new Ellipse2D.Double(-2, -2, 4, 4));
            rr.setSeriesVisibleInLegend(k, !hideLegend);
        }
        XYPlot p = new XYPlot(data, null, axis, rr);
        p.setBackgroundPaint(Color.WHITE);
        p.setDomainGridlinePaint(new Color(0xDDDDDD));
        p.setRangeGridlinePaint(new Color(0xDDDDDD));
        p.setOutlinePaint(Color.GRAY);
        return p;
    }
}
