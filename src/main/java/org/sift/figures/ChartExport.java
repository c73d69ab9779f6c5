package org.sift.figures;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.jfree.chart.JFreeChart;

/**
 * Writes one chart of the workbench as PNG (at a chosen DPI), SVG and PDF, sized by a
 * {@link ChartStyle}, through {@link FigureWriter} (PDF with the bundled font embedded). Files are
 * written to a temporary file and renamed into place; an existing file is replaced only if asked.
 */
public final class ChartExport {

    public enum Kind { PNG, SVG, PDF;
        /** From a file name's extension. */
        public static Kind of(Path file) {
            String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
            for (Kind k : values()) {
                if (n.endsWith("." + k.name().toLowerCase(Locale.ROOT))) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown figure type for " + file + " (use .png, .svg or .pdf)");
        }
    }

    private ChartExport() {
    }

    /**
     * Exports a copy of {@code chart} styled for print: fonts from the style, size in points,
     * PNG rendered at {@code dpi}.
     */
    public static void write(JFreeChart chart, Path file, ChartStyle style, int dpi, boolean overwrite) throws IOException {
        Kind kind = Kind.of(file);
        JFreeChart c;
        try {
            c = (JFreeChart) chart.clone();
        } catch (CloneNotSupportedException e) {
            c = chart;
        }
        Charts.applyFonts(c, style.fontPt());
        int w = (int) Math.round(style.widthPt());
        int h = (int) Math.round(style.heightPt());
        FigureFormat format = switch (kind) {
            case PNG -> FigureFormat.PNG;
            case SVG -> FigureFormat.SVG;
            case PDF -> FigureFormat.PDF;
        };
        FigureWriter.write(c, w, h, format, dpi, "Sift figure", file, overwrite);
    }
}
