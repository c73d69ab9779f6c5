package org.sift.figures;

import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;

/**
 * Scatter renderer for many points: series below {@code firstShapeSeries} are drawn as small
 * squares with {@code fillRect} (no shape transforms, no entities), the rest with their series
 * shape. Draws 100 000 points in a fraction of the time of the generic renderer, in raster and
 * vector output alike.
 */
final class DotRenderer extends XYLineAndShapeRenderer {

    private final int firstShapeSeries;
    private final int dotSize;
    /** Paint of each point (by point index) instead of its series paint, or null. */
    private java.util.function.IntFunction<Paint> pointPaint;

    DotRenderer(int firstShapeSeries, int dotSize) {
        super(false, true);
        this.firstShapeSeries = firstShapeSeries;
        this.dotSize = dotSize;
        setDefaultCreateEntities(false);
        setDrawOutlines(false);
    }

    /** Colours the dots of the series below {@code firstShapeSeries} point by point (null: by series). */
    void setPointPaint(java.util.function.IntFunction<Paint> paint) {
        this.pointPaint = paint;
    }

    @Override
    public int getPassCount() {
        return 1;
    }

    @Override
    public void drawItem(
            Graphics2D g2,
            XYItemRendererState state,
            Rectangle2D dataArea,
            PlotRenderingInfo info,
            XYPlot plot,
            ValueAxis domainAxis,
            ValueAxis rangeAxis,
            XYDataset dataset,
            int series,
            int item,
            CrosshairState crosshairState,
            int pass) {
        double x = dataset.getXValue(series, item);
        double y = dataset.getYValue(series, item);
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return;
        }
        double tx = domainAxis.valueToJava2D(x, dataArea, plot.getDomainAxisEdge());
        double ty = rangeAxis.valueToJava2D(y, dataArea, plot.getRangeAxisEdge());
        if (tx < dataArea.getMinX() - 8
                || tx > dataArea.getMaxX() + 8
                || ty < dataArea.getMinY() - 8
                || ty > dataArea.getMaxY() + 8) {
            return;
        }
        Paint p = pointPaint != null && series < firstShapeSeries && dataset instanceof PointsDataset pd
                ? pointPaint.apply(pd.pointIndex(series, item))
                : lookupSeriesPaint(series);
        if (g2.getPaint() != p) {
            g2.setPaint(p);
        }
        if (series < firstShapeSeries) {
            int half = dotSize / 2;
            g2.fillRect((int) Math.round(tx) - half, (int) Math.round(ty) - half, dotSize, dotSize);
        } else {
            Shape s = lookupSeriesShape(series);
            g2.fill(AffineTransform.getTranslateInstance(tx, ty).createTransformedShape(s));
        }
    }
}
