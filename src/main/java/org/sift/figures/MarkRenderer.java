package org.sift.figures;

import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;

/**
 * Scatter renderer of the print figures: each series drawn with its own filled marker. Up to
 * {@code vectorLimit} points the markers are vector shapes; above it they are drawn once into an
 * image of the data area at {@code rasterDpi} that is placed into the output, so a PDF or SVG of
 * 100 000 points stays a few hundred kilobytes while axes, ticks and text remain vector.
 */
final class MarkRenderer extends XYLineAndShapeRenderer {

    /** Points above which the markers become an embedded raster layer. */
    static final int DEFAULT_VECTOR_LIMIT = 20_000;
    /** Resolution of the raster layer. */
    static final int DEFAULT_RASTER_DPI = 600;
    private static final long MAX_RASTER_PIXELS = 40_000_000L;

    private final int vectorLimit;
    private final int rasterDpi;
    private boolean rastered;

    MarkRenderer(int vectorLimit, int rasterDpi) {
        super(false, true);
        this.vectorLimit = vectorLimit;
        this.rasterDpi = rasterDpi;
        setDefaultCreateEntities(false);
        setDrawOutlines(false);
    }

    /** Whether the last drawing put the markers into a raster layer. */
    boolean lastDrawnAsRaster() {
        return rastered;
    }

    @Override
    public int getPassCount() {
        return 1;
    }

    @Override
    public XYItemRendererState initialise(Graphics2D g2, Rectangle2D dataArea, XYPlot plot, XYDataset dataset,
                                          PlotRenderingInfo info) {
        XYItemRendererState state = super.initialise(g2, dataArea, plot, dataset, info);
        long total = 0;
        for (int s = 0; s < dataset.getSeriesCount(); s++) {
            total += dataset.getItemCount(s);
        }
        rastered = total > vectorLimit;
        if (rastered) {
            drawRaster(g2, dataArea, plot, dataset);
        }
        return state;
    }

    private void drawRaster(Graphics2D g2, Rectangle2D area, XYPlot plot, XYDataset dataset) {
        double scale = rasterDpi / 72.0;
        double pixels = area.getWidth() * area.getHeight() * scale * scale;
        if (pixels > MAX_RASTER_PIXELS) {
            scale *= Math.sqrt(MAX_RASTER_PIXELS / pixels);
        }
        int w = Math.max(1, (int) Math.ceil(area.getWidth() * scale));
        int h = Math.max(1, (int) Math.ceil(area.getHeight() * scale));
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D gi = img.createGraphics();
        gi.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        gi.scale(scale, scale);
        gi.translate(-area.getX(), -area.getY());
        ValueAxis xa = plot.getDomainAxisForDataset(plot.indexOf(dataset));
        ValueAxis ya = plot.getRangeAxisForDataset(plot.indexOf(dataset));
        boolean forward = plot.getSeriesRenderingOrder() == org.jfree.chart.plot.SeriesRenderingOrder.FORWARD;
        for (int k = 0; k < dataset.getSeriesCount(); k++) {
            int s = forward ? k : dataset.getSeriesCount() - 1 - k;
            for (int i = 0; i < dataset.getItemCount(s); i++) {
                mark(gi, area, plot, xa, ya, dataset, s, i);
            }
        }
        gi.dispose();
        AffineTransform place = AffineTransform.getTranslateInstance(area.getX(), area.getY());
        place.scale(area.getWidth() / w, area.getHeight() / h);
        g2.drawImage(img, place, null);
    }

    @Override
    public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
                         XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series,
                         int item, CrosshairState crosshairState, int pass) {
        if (!rastered) {
            mark(g2, dataArea, plot, domainAxis, rangeAxis, dataset, series, item);
        }
    }

    private void mark(Graphics2D g2, Rectangle2D area, XYPlot plot, ValueAxis xa, ValueAxis ya, XYDataset dataset,
                      int series, int item) {
        double x = dataset.getXValue(series, item);
        double y = dataset.getYValue(series, item);
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return;
        }
        double tx = xa.valueToJava2D(x, area, plot.getDomainAxisEdge());
        double ty = ya.valueToJava2D(y, area, plot.getRangeAxisEdge());
        if (!area.contains(tx, ty)) {
            return;
        }
        Paint p = lookupSeriesPaint(series);
        if (g2.getPaint() != p) {
            g2.setPaint(p);
        }
        Shape s = lookupSeriesShape(series);
        g2.fill(AffineTransform.getTranslateInstance(tx, ty).createTransformedShape(s));
    }
}
