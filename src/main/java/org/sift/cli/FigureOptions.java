package org.sift.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.sift.figures.FigureData;
import org.sift.figures.FigureFormat;
import org.sift.figures.FigurePreset;
import org.sift.figures.FigureSet;
import picocli.CommandLine.Option;

/** The figure-set options shared by {@code sift analyze} and {@code sift figures}. */
final class FigureOptions {

    @Option(names = "--figures", split = ",", defaultValue = "pdf,png",
            description = "Figure formats of the figure set (pdf, svg, png, tiff; 'none' for no figures; default ${DEFAULT-VALUE}).")
    List<String> formats;

    @Option(names = "--figure-preset", defaultValue = "single",
            description = "Journal size of every figure: single (85 mm), onehalf (120 mm), double (170 mm) (default ${DEFAULT-VALUE}).")
    String preset;

    @Option(names = "--figure-width-mm", description = "Custom figure width in mm (replaces the preset's).")
    Double widthMm;

    @Option(names = "--figure-height-mm", description = "Custom figure height in mm.")
    Double heightMm;

    @Option(names = "--figure-font-pt", description = "Custom text size in points.")
    Double fontPt;

    @Option(names = "--figure-n", defaultValue = "400", description = "Size of the FPS subset drawn in the subset figure (default ${DEFAULT-VALUE}).")
    int subsetN;

    @Option(names = "--dpi", defaultValue = "300", description = "Resolution of PNG and TIFF figures (default ${DEFAULT-VALUE}).")
    int dpi;

    EnumSet<FigureFormat> formats() {
        return FigureFormat.parseList(formats);
    }

    /** The options of the figure set, or null when no format is asked for. */
    FigureSet.Options options() {
        EnumSet<FigureFormat> f = formats();
        if (f.isEmpty()) return null;
        return new FigureSet.Options(FigurePreset.byId(preset).with(widthMm, heightMm, fontPt), f, dpi, subsetN);
    }

    /** Writes the set, prints its warnings to {@code err}; returns the files. */
    static List<Path> write(FigureData data, FigureSet.Options o, Path dir, boolean force, PrintWriter err) throws java.io.IOException {
        FigureSet.Result r = FigureSet.write(data, o, dir, force);
        for (String w : r.warnings()) err.println("sift: warning: " + w);
        return r.files();
    }
}
