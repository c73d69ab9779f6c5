package org.sift.figures;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The typeface of every exported figure: Liberation Sans (SIL Open Font License 1.1, metric-compatible
 * with Arial and Helvetica), bundled as a resource so PNG, TIFF, SVG and PDF look the same on every
 * machine and the PDF can embed a subset of it. Licence: {@code fonts/LICENSE-LiberationSans.txt}.
 */
public final class FigureFont {

    /** Family name written into SVG files, with fallbacks for viewers that lack the font. */
    public static final String SVG_FAMILY = "\"Liberation Sans\", Arial, Helvetica, sans-serif";

    private static final String REGULAR_FILE = "fonts/LiberationSans-Regular.ttf";
    private static final String BOLD_FILE = "fonts/LiberationSans-Bold.ttf";
    private static final Font REGULAR = load(REGULAR_FILE);
    private static final Font BOLD = load(BOLD_FILE);

    private FigureFont() {
    }

    /** The regular face at {@code pt} points. */
    public static Font plain(double pt) {
        return REGULAR.deriveFont((float) pt);
    }

    /** The bold face at {@code pt} points (panel letters). */
    public static Font bold(double pt) {
        return BOLD.deriveFont((float) pt);
    }

    /** Whether a font is one of the bundled faces (the PDF writer embeds only these). */
    static boolean isBundled(Font f) {
        return f.getFontName().equals(REGULAR.getFontName()) || f.getFontName().equals(BOLD.getFontName());
    }

    /**
     * Registers both faces with a PDF text drawer, loaded into {@code doc} as Type 0 fonts with
     * subset embedding, so text stays text and only the glyphs used are embedded.
     */
    static void registerFor(PDDocument doc, PdfBoxGraphics2DFontTextDrawer drawer) throws IOException {
        drawer.registerFont(REGULAR.getFontName(), PDType0Font.load(doc, open(REGULAR_FILE), true));
        drawer.registerFont(BOLD.getFontName(), PDType0Font.load(doc, open(BOLD_FILE), true));
    }

    private static InputStream open(String file) throws IOException {
        InputStream in = FigureFont.class.getResourceAsStream(file);
        if (in == null) {
            throw new IOException("font resource " + file + " is missing from the application");
        }
        return in;
    }

    private static Font load(String file) {
        try (InputStream in = open(file)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("font resource " + file + " is not a TrueType font", e);
        }
    }
}
