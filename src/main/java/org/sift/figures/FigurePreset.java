package org.sift.figures;

import java.util.List;
import java.util.Locale;

/**
 * Physical size and type size of exported figures; one preset applies to every figure of a set.
 * Line widths and marker sizes follow from the font size, so a figure printed at its nominal width
 * has 7–8 pt text, hairline-free axes and markers a reader can tell apart.
 *
 * @param id       short name used on the command line ({@code single}, {@code onehalf}, {@code double}, {@code custom})
 * @param name     label shown to users
 * @param widthMm  width of one figure in millimetres
 * @param heightMm height of one figure in millimetres
 * @param fontPt   text size in points (tick labels, legend); axis labels use the same size
 */
public record FigurePreset(String id, String name, double widthMm, double heightMm, double fontPt) {

    /** Points per millimetre (1 pt = 1/72 inch). */
    public static final double PT_PER_MM = 72 / 25.4;

    public static final FigurePreset SINGLE = new FigurePreset("single", "Single column (85 mm)", 85, 66, 7);
    public static final FigurePreset ONE_AND_HALF = new FigurePreset("onehalf", "1.5 column (120 mm)", 120, 80, 7.5);
    public static final FigurePreset DOUBLE = new FigurePreset("double", "Double column (170 mm)", 170, 100, 8);
    public static final List<FigurePreset> PRESETS = List.of(SINGLE, ONE_AND_HALF, DOUBLE);

    public FigurePreset {
        if (!(widthMm >= 20 && widthMm <= 600 && heightMm >= 20 && heightMm <= 600)) {
            throw new IllegalArgumentException("figure width and height must be 20 to 600 mm, got "
                    + widthMm + " × " + heightMm + " mm");
        }
        if (!(fontPt >= 4 && fontPt <= 36)) {
            throw new IllegalArgumentException("figure font size must be 4 to 36 pt, got " + fontPt);
        }
    }

    /** A preset by its id ({@code single}, {@code onehalf} or {@code 1.5}, {@code double}). */
    public static FigurePreset byId(String id) {
        String s = id.strip().toLowerCase(Locale.ROOT);
        if (s.equals("1.5")) {
            return ONE_AND_HALF;
        }
        for (FigurePreset p : PRESETS) {
            if (p.id.equals(s)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown figure preset '" + id + "' (use single, onehalf or double)");
    }

    /** This preset with some of width, height (mm) and font size (pt) replaced; null keeps a value. */
    public FigurePreset with(Double widthMm, Double heightMm, Double fontPt) {
        if (widthMm == null && heightMm == null && fontPt == null) {
            return this;
        }
        double w = widthMm != null ? widthMm : this.widthMm;
        double h = heightMm != null ? heightMm : this.heightMm;
        double f = fontPt != null ? fontPt : this.fontPt;
        return new FigurePreset("custom", String.format(Locale.ROOT, "Custom (%.0f × %.0f mm, %.1f pt)", w, h, f), w, h, f);
    }

    public double widthPt() {
        return widthMm * PT_PER_MM;
    }

    public double heightPt() {
        return heightMm * PT_PER_MM;
    }

    /** Width of data lines (curves), in points: 1 pt at 8 pt text. */
    public double lineWidthPt() {
        return fontPt / 8.0;
    }

    /** Width of axis lines, ticks and frames, in points: 0.5 pt at 8 pt text. */
    public double axisWidthPt() {
        return fontPt / 16.0;
    }

    /** Size (diameter) of scatter markers, in points, for a scatter of {@code points} points. */
    public double markerPt(int points) {
        double base = fontPt * 0.4;
        return points > 20_000 ? base * 0.5 : points > 2_000 ? base * 0.7 : base;
    }

    @Override
    public String toString() {
        return name;
    }
}
