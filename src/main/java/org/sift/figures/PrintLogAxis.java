package org.sift.figures;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A base-10 logarithmic axis whose tick labels are plain strings (1, 10, 100 …): JFreeChart's
 * {@link LogAxis} draws them as attributed strings, which the SVG and PDF writers turn into
 * outlines, so the labels would not be text in the file.
 */
final class PrintLogAxis extends LogAxis {

    PrintLogAxis(String label) {
        super(label);
        setBase(10);
        setNumberFormatOverride(new java.text.DecimalFormat("0"));
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        List<Tick> plain = new ArrayList<>();
        for (Object o : super.refreshTicks(g2, state, dataArea, edge)) {
            ValueTick t = (ValueTick) o;
            String text = t.getTickType() == org.jfree.chart.axis.TickType.MAJOR
                    ? getNumberFormatOverride().format(t.getValue()) : "";
            plain.add(new NumberTick(t.getTickType(), t.getValue(), text, t.getTextAnchor(), t.getRotationAnchor(), t.getAngle()));
        }
        return plain;
    }
}
