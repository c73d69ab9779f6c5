package org.sift.figures;

import com.orsonpdf.PDFDocument;
import com.orsonpdf.PDFGraphics2D;
import com.orsonpdf.Page;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.sift.concurrent.AtomicFiles;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * Writes charts as PNG (at a chosen DPI), SVG and PDF, sized by a {@link ChartStyle}. Files are
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
        Path target = file.toAbsolutePath();
        if (Files.exists(target) && !overwrite) {
            throw new FileAlreadyExistsException(target.toString(), null, "exists (use --force to overwrite)");
        }
        JFreeChart styled = c;
        AtomicFiles.writeFile(target, overwrite, tmp -> {
            switch (kind) {
                case PNG -> writePng(styled, tmp, w, h, dpi);
                case SVG -> {
                    SVGGraphics2D g = new SVGGraphics2D(w, h);
                    styled.draw(g, new Rectangle2D.Double(0, 0, w, h));
                    Files.writeString(tmp, g.getSVGDocument(), StandardCharsets.UTF_8);
                }
                case PDF -> {
                    PDFDocument doc = new PDFDocument();
                    doc.setTitle("Sift figure");
                    Page page = doc.createPage(new Rectangle2D.Double(0, 0, w, h));
                    PDFGraphics2D g = page.getGraphics2D();
                    styled.draw(g, new Rectangle2D.Double(0, 0, w, h));
                    try (OutputStream out = Files.newOutputStream(tmp)) {
                        out.write(doc.getPDFBytes());
                    }
                }
            }
            return null;
        });
    }

    private static void writePng(JFreeChart c, Path file, int wPt, int hPt, int dpi) throws IOException {
        if (dpi < 36 || dpi > 2400) {
            throw new IllegalArgumentException("DPI must be in 36..2400, got " + dpi);
        }
        double scale = dpi / 72.0;
        int w = (int) Math.round(wPt * scale);
        int h = (int) Math.round(hPt * scale);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.scale(scale, scale);
        c.draw(g, new Rectangle2D.Double(0, 0, wPt, hPt));
        g.dispose();
        if (!ImageIO.write(img, "png", file.toFile())) {
            throw new IOException("no PNG writer available");
        }
    }
}
