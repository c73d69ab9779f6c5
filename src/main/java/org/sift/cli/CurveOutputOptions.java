package org.sift.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.sift.figures.ChartExport;
import org.sift.figures.ChartStyle;
import picocli.CommandLine.Option;

/** The figure and JSON options of the commands that write one curve figure ({@code learn}, {@code compare}). */
final class CurveOutputOptions {

    @Option(
            names = "--figures",
            split = ",",
            defaultValue = "png",
            description = "Figure formats (png, svg, pdf; 'none' for no figure; default ${DEFAULT-VALUE}).")
    List<String> figureFormats;

    @Option(
            names = "--dpi",
            defaultValue = "300",
            description = "Resolution of PNG figures (default ${DEFAULT-VALUE}).")
    int dpi;

    @Option(names = "--json", description = "Print the JSON result on standard output instead of the table.")
    boolean json;

    /** The figure files {@code DIR/STEM.FORMAT} asked for. */
    List<Path> figures(Path dir, String stem) {
        List<Path> out = new ArrayList<>();
        for (String e : figureFormats) {
            String x = e.toLowerCase(Locale.ROOT).strip();
            if (!x.equals("none")) out.add(dir.resolve(stem + "." + x));
        }
        return out;
    }

    /** Writes {@code chart} to every figure file, adding each to {@code written}. */
    void write(JFreeChart chart, List<Path> figures, ChartStyle style, boolean force, List<Path> written)
            throws IOException {
        for (Path f : figures) {
            ChartExport.write(chart, f, style, dpi, force);
            written.add(f);
        }
    }
}
