package org.sift.ui.diagram;

import java.util.Arrays;

/**
 * Hit tests on the points of a scatter plot, in data coordinates (plain Java, no JavaFX):
 * the nearest point to the mouse, points in a box, points in a lasso polygon.
 */
public final class PointPicker {

    private final double[] x;
    private final double[] y;

    /** @param x, y point coordinates (same length, not copied) */
    public PointPicker(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " points, y has " + y.length);
        }
        this.x = x;
        this.y = y;
    }

    /**
     * The point nearest to (px, py) on screen, or -1 if none lies within {@code maxPixels}.
     * Distances are measured in pixels: dx / unitsPerPixelX, dy / unitsPerPixelY, so axes of
     * different scales are treated fairly. Ties go to the lower index. O(N).
     */
    public int nearest(double px, double py, double unitsPerPixelX, double unitsPerPixelY, double maxPixels) {
        double sx = 1 / Math.abs(unitsPerPixelX);
        double sy = 1 / Math.abs(unitsPerPixelY);
        double best = maxPixels * maxPixels;
        int found = -1;
        for (int i = 0; i < x.length; i++) {
            double dx = (x[i] - px) * sx;
            double dy = (y[i] - py) * sy;
            double d = dx * dx + dy * dy;
            if (d <= best && (found < 0 || d < best)) {
                best = d;
                found = i;
            }
        }
        return found;
    }

    /** Indices of the points in the box spanned by two corners (any order), edges included, ascending. */
    public int[] inBox(double x0, double y0, double x1, double y1) {
        double xl = Math.min(x0, x1);
        double xh = Math.max(x0, x1);
        double yl = Math.min(y0, y1);
        double yh = Math.max(y0, y1);
        int[] out = new int[x.length];
        int k = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] >= xl && x[i] <= xh && y[i] >= yl && y[i] <= yh) out[k++] = i;
        }
        return Arrays.copyOf(out, k);
    }

    /**
     * Indices of the points inside the polygon (vertices in order, closed implicitly), ascending.
     * Even-odd rule by ray casting; a self-intersecting lasso selects the odd-winding parts.
     */
    public int[] inPolygon(double[] px, double[] py) {
        if (px.length != py.length) {
            throw new IllegalArgumentException("polygon has " + px.length + " x and " + py.length + " y values");
        }
        if (px.length < 3) {
            return new int[0];
        }
        double xl = Double.POSITIVE_INFINITY, xh = Double.NEGATIVE_INFINITY;
        double yl = Double.POSITIVE_INFINITY, yh = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < px.length; k++) {
            xl = Math.min(xl, px[k]);
            xh = Math.max(xh, px[k]);
            yl = Math.min(yl, py[k]);
            yh = Math.max(yh, py[k]);
        }
        int[] out = new int[x.length];
        int m = 0;
        for (int i = 0; i < x.length; i++) {
            double a = x[i];
            double b = y[i];
            if (a < xl || a > xh || b < yl || b > yh) continue;
            if (contains(px, py, a, b)) out[m++] = i;
        }
        return Arrays.copyOf(out, m);
    }

    /** Even-odd point-in-polygon test. */
    static boolean contains(double[] px, double[] py, double a, double b) {
        boolean in = false;
        int n = px.length;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            if ((py[i] > b) != (py[j] > b)) {
                double xc = px[j] + (b - py[j]) * (px[i] - px[j]) / (py[i] - py[j]);
                if (a < xc) in = !in;
            }
        }
        return in;
    }

    public int size() {
        return x.length;
    }
}
