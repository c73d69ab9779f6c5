package org.sift.figures;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/** File types of exported figures: vector PDF and SVG, raster PNG and TIFF at a chosen DPI. */
public enum FigureFormat {
    PDF("pdf", true), SVG("svg", true), PNG("png", false), TIFF("tiff", false);

    private final String extension;
    private final boolean vector;

    FigureFormat(String extension, boolean vector) {
        this.extension = extension;
        this.vector = vector;
    }

    public String extension() {
        return extension;
    }

    public boolean isVector() {
        return vector;
    }

    /** From a name such as {@code pdf}, {@code PNG} or {@code tif}. */
    public static FigureFormat parse(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.equals("tif")) {
            return TIFF;
        }
        for (FigureFormat f : values()) {
            if (f.extension.equals(n)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown figure format '" + name + "' (use pdf, svg, png or tiff)");
    }

    /** A comma-separated list such as {@code pdf,png}; {@code none} or an empty list gives no formats. */
    public static EnumSet<FigureFormat> parseList(List<String> names) {
        EnumSet<FigureFormat> out = EnumSet.noneOf(FigureFormat.class);
        for (String n : names) {
            if (!n.isBlank() && !n.strip().equalsIgnoreCase("none")) {
                out.add(parse(n));
            }
        }
        return out;
    }
}
