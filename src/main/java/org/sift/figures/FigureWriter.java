package org.sift.figures;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jfree.chart.ui.Drawable;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUnits;
import org.jfree.svg.ViewBox;
import org.sift.concurrent.AtomicFiles;

/**
 * Writes anything drawable (a chart, a multi-panel figure) at a physical size in points:
 * PDF through Apache PDFBox with the bundled font embedded as a subset (text stays text), SVG with
 * text as {@code <text>} elements, PNG and TIFF at a chosen DPI with the DPI recorded in the file.
 * Every file is written beside its target and renamed into place ({@link AtomicFiles}).
 */
public final class FigureWriter {

    /** Raster resolutions accepted, in dots per inch. */
    public static final int MIN_DPI = 72;

    public static final int MAX_DPI = 2400;

    static {
        // rotated labels (the y axes) as drawString, not as TextLayout outlines: text stays text in SVG and PDF
        org.jfree.chart.text.TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private FigureWriter() {}

    /**
     * Draws {@code figure} into {@code file} as {@code format}.
     *
     * @param widthPt  width in points (1/72 inch); the PDF page and SVG canvas have exactly this size
     * @param heightPt height in points
     * @param dpi      resolution of PNG and TIFF (ignored for vector formats)
     * @param title    document title (PDF metadata, SVG {@code <title>})
     */
    public static void write(
            Drawable figure,
            double widthPt,
            double heightPt,
            FigureFormat format,
            int dpi,
            String title,
            Path file,
            boolean force)
            throws IOException {
        if (format.isVector() == false && (dpi < MIN_DPI || dpi > MAX_DPI)) {
            throw new IllegalArgumentException("DPI must be " + MIN_DPI + " to " + MAX_DPI + ", got " + dpi);
        }
        AtomicFiles.writeStream(file, force, out -> {
            switch (format) {
                case PDF -> pdf(figure, widthPt, heightPt, title, out);
                case SVG -> out.write(svg(figure, widthPt, heightPt, title).getBytes(StandardCharsets.UTF_8));
                case PNG, TIFF -> raster(figure, widthPt, heightPt, dpi, format, out);
            }
        });
    }

    private static void pdf(Drawable figure, double w, double h, String title, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument();
                PdfBoxGraphics2DFontTextDrawer fonts = new PdfBoxGraphics2DFontTextDrawer()) {
            FigureFont.registerFor(doc, fonts);
            PDPage page = new PDPage(new PDRectangle((float) w, (float) h));
            doc.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, (float) w, (float) h);
            g.setFontTextDrawer(fonts);
            g.setImageEncoder(FigureWriter::flateImage);
            hints(g);
            figure.draw(g, new Rectangle2D.Double(0, 0, w, h));
            g.dispose();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawForm(g.getXFormObject());
            }
            doc.getDocumentInformation().setTitle(title);
            doc.getDocumentInformation().setCreator("Sift");
            doc.save(out);
        }
    }

    /**
     * An image (the raster layer of a large scatter) as a Flate-compressed RGB image XObject with its
     * alpha as a soft mask, without PNG row predictors: lossless like PDFBox's own encoder, and
     * about ten times faster on the mostly empty layers of several million pixels Sift draws.
     */
    private static org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject flateImage(
            PDDocument doc,
            PDPageContentStream cs,
            java.awt.Image image,
            de.rototor.pdfbox.graphics2d.IPdfBoxGraphics2DImageEncoder.IPdfBoxGraphics2DImageEncoderEnv env) {
        if (!(image instanceof BufferedImage img)) {
            return new de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DLosslessImageEncoder()
                    .encodeImage(doc, cs, image, env);
        }
        int w = img.getWidth(), h = img.getHeight();
        byte[] rgb = new byte[w * h * 3];
        byte[] alpha = new byte[w * h];
        boolean translucent = img.getColorModel().hasAlpha();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            img.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int argb = row[x], k = y * w + x;
                rgb[3 * k] = (byte) (argb >> 16);
                rgb[3 * k + 1] = (byte) (argb >> 8);
                rgb[3 * k + 2] = (byte) argb;
                alpha[k] = (byte) (argb >>> 24);
            }
        }
        try {
            var xo = new org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject(
                    doc,
                    new java.io.ByteArrayInputStream(deflate(rgb)),
                    org.apache.pdfbox.cos.COSName.FLATE_DECODE,
                    w,
                    h,
                    8,
                    org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB.INSTANCE);
            if (translucent) {
                var mask = new org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject(
                        doc,
                        new java.io.ByteArrayInputStream(deflate(alpha)),
                        org.apache.pdfbox.cos.COSName.FLATE_DECODE,
                        w,
                        h,
                        8,
                        org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray.INSTANCE);
                xo.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.SMASK, mask);
            }
            return xo;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] deflate(byte[] data) {
        java.util.zip.Deflater d = new java.util.zip.Deflater(java.util.zip.Deflater.DEFAULT_COMPRESSION);
        d.setInput(data);
        d.finish();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(Math.max(64, data.length / 8));
        byte[] buf = new byte[1 << 16];
        while (!d.finished()) {
            out.write(buf, 0, d.deflate(buf));
        }
        d.end();
        return out.toByteArray();
    }

    /** The SVG document of a figure, sized in points, with text as text in the bundled font's family. */
    static String svg(Drawable figure, double w, double h, String title) {
        SVGGraphics2D g = new SVGGraphics2D(w, h, SVGUnits.PT);
        g.setFontFunction(family -> FigureFont.SVG_FAMILY);
        hints(g);
        figure.draw(g, new Rectangle2D.Double(0, 0, w, h));
        String element =
                g.getSVGElement(null, true, new ViewBox(0, 0, (int) Math.ceil(w), (int) Math.ceil(h)), null, null);
        // the view box in exact points, so one user unit is one point at the stated width and height
        element = element.replaceFirst(
                "viewBox='[^']*'", String.format(java.util.Locale.ROOT, "viewBox='0 0 %.4f %.4f'", w, h));
        String t = "<title>" + title.replace("&", "&amp;").replace("<", "&lt;") + "</title>";
        int close = element.indexOf('>');
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element.substring(0, close + 1) + t
                + element.substring(close + 1);
    }

    /** Renders a figure into an RGB image at {@code dpi}. */
    public static BufferedImage image(Drawable figure, double w, double h, int dpi) {
        double scale = dpi / 72.0;
        BufferedImage img =
                new BufferedImage((int) Math.round(w * scale), (int) Math.round(h * scale), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        hints(g);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.scale(scale, scale);
        figure.draw(g, new Rectangle2D.Double(0, 0, w, h));
        g.dispose();
        return img;
    }

    private static void raster(Drawable figure, double w, double h, int dpi, FigureFormat format, OutputStream out)
            throws IOException {
        BufferedImage img = image(figure, w, h, dpi);
        String type = format == FigureFormat.PNG ? "png" : "tiff";
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(type);
        if (!writers.hasNext()) {
            throw new IOException("no " + type.toUpperCase() + " writer in this Java runtime");
        }
        ImageWriter writer = writers.next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (format == FigureFormat.TIFF) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionType("LZW");
            }
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), param);
            if (format == FigureFormat.PNG) {
                setPngDpi(meta, dpi);
            } else {
                setDpi(meta, dpi);
            }
            writer.write(null, new IIOImage(img, null, meta), param);
        } finally {
            writer.dispose();
        }
    }

    /** Records the resolution in the PNG pHYs chunk (pixels per metre; the standard tree's mapping is off by 10⁶ in the JDK). */
    private static void setPngDpi(IIOMetadata meta, int dpi) throws IIOInvalidTreeException {
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        String perMetre = Long.toString(Math.round(dpi / 0.0254));
        phys.setAttribute("pixelsPerUnitXAxis", perMetre);
        phys.setAttribute("pixelsPerUnitYAxis", perMetre);
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(phys);
        meta.mergeTree("javax_imageio_png_1.0", root);
    }

    /** Records the resolution in the standard image metadata (TIFF XResolution/YResolution). */
    private static void setDpi(IIOMetadata meta, int dpi) throws IIOInvalidTreeException {
        double mmPerPixel = 25.4 / dpi;
        IIOMetadataNode h = new IIOMetadataNode("HorizontalPixelSize");
        h.setAttribute("value", Double.toString(mmPerPixel));
        IIOMetadataNode v = new IIOMetadataNode("VerticalPixelSize");
        v.setAttribute("value", Double.toString(mmPerPixel));
        IIOMetadataNode dim = new IIOMetadataNode("Dimension");
        dim.appendChild(h);
        dim.appendChild(v);
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_1.0");
        root.appendChild(dim);
        meta.mergeTree("javax_imageio_1.0", root);
    }

    private static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }
}
