package org.sift.figures;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.Drawable;
import org.jfree.chart.ui.RectangleInsets;

/**
 * Several charts as one figure, on a grid of equal panels, each with a bold panel letter — (a), (b),
 * … — in its top-left corner, in the space the panel's padding keeps free above the plot.
 */
final class FigurePanels implements Drawable {

    private final List<JFreeChart> panels;
    private final int columns;
    private final double fontPt;

    FigurePanels(List<JFreeChart> panels, int columns, double fontPt) {
        this.panels = List.copyOf(panels);
        this.columns = columns;
        this.fontPt = fontPt;
    }

    static int rows(int panels, int columns) {
        return (panels + columns - 1) / columns;
    }

    /** Makes room for the letter above a panel's plot; call before the panel's legend is placed. */
    static void reserveLetterSpace(JFreeChart chart, double fontPt) {
        RectangleInsets p = chart.getPadding();
        chart.setPadding(new RectangleInsets(fontPt * 1.5, p.getLeft(), p.getBottom(), p.getRight()));
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        g.setColor(Color.WHITE);
        g.fill(area);
        int rows = rows(panels.size(), columns);
        double w = area.getWidth() / columns, h = area.getHeight() / rows;
        Font letter = FigureFont.bold(fontPt + 1);
        for (int i = 0; i < panels.size(); i++) {
            double x = area.getX() + (i % columns) * w, y = area.getY() + (i / columns) * h;
            panels.get(i).draw(g, new Rectangle2D.Double(x, y, w, h));
            g.setFont(letter);
            g.setColor(Color.BLACK);
            g.drawString("(" + (char) ('a' + i) + ")", (float) (x + fontPt * 0.2), (float) (y + fontPt * 1.25));
        }
    }
}
