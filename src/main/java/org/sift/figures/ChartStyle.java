package org.sift.figures;

/**
 * Size and font preset of an exported figure.
 *
 * @param name       label shown to users
 * @param widthPt    width in points (1/72 inch)
 * @param heightPt   height in points
 * @param fontPt     base font size in points (tick labels; axis labels and titles scale from it)
 */
public record ChartStyle(String name, double widthPt, double heightPt, double fontPt) {

    /** One journal column: 8.5 cm (241 pt) wide, 8 pt text. */
    public static final ChartStyle SINGLE_COLUMN = new ChartStyle("Journal single column (8.5 cm)", 241, 181, 8);
    /** Two journal columns: 17.8 cm (504 pt) wide, 9 pt text. */
    public static final ChartStyle DOUBLE_COLUMN = new ChartStyle("Journal double column (17.8 cm)", 504, 302, 9);
    /** Screen and slides. */
    public static final ChartStyle SCREEN = new ChartStyle("Screen (800 × 600)", 800, 600, 14);

    public static final java.util.List<ChartStyle> PRESETS = java.util.List.of(SINGLE_COLUMN, DOUBLE_COLUMN, SCREEN);

    public ChartStyle {
        if (!(widthPt > 0 && heightPt > 0 && fontPt > 0)) {
            throw new IllegalArgumentException("figure size and font must be positive");
        }
    }
}
