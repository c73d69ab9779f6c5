package org.sift.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sift.figures.FigureData;
import org.sift.figures.FigureSet;
import org.sift.workflow.SafeFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sift figures ANALYSIS_DIR}: draws the figure set again from the files of {@code sift analyze}, without recomputing. */
@Command(name = "figures", mixinStandardHelpOptions = true,
        description = "Draw the study's figure set (diagram, pair similarity, coverage, subset, composition table, "
                + "multi-panel figure) from the files that sift analyze wrote into ANALYSIS_DIR; nothing is recomputed.")
final class FiguresCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "ANALYSIS_DIR", description = "Folder written by sift analyze --out.")
    Path analysis;

    @Option(names = "--out", description = "Output folder (default: ANALYSIS_DIR/figures).")
    Path out;

    @Option(names = {"-f", "--force"}, description = "Overwrite existing figures.")
    boolean force;

    @Mixin
    FigureOptions figures = new FigureOptions();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        FigureSet.Options o = figures.options();
        if (o == null) {
            throw new IllegalArgumentException("--figures none: no figure format chosen");
        }
        Path dir = out != null ? out : analysis.resolve("figures");
        for (Path p : FigureSet.plannedFiles(o, dir)) SafeFiles.checkWritable(p, force);
        FigureData data = FigureData.read(analysis);
        List<Path> written = FigureOptions.write(data, o, dir, force, spec.commandLine().getErr());
        var w = spec.commandLine().getOut();
        w.printf("figure set of %s (%d configurations), %s%n", data.dataset(), data.size(), o.preset().name());
        for (Path p : written) w.printf("wrote %s%n", p);
        return SiftCli.OK;
    }
}
