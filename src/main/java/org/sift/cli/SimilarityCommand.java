package org.sift.cli;

import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sift.io.FormatRegistry;
import org.sift.io.StructureFormat;
import org.sift.model.Dataset;
import org.sift.workflow.SimilarityMatrix;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sift similarity FILE}: SOAP structure similarity K(A, B) (docs/method.md §2-3). */
@Command(
        name = "similarity",
        mixinStandardHelpOptions = true,
        description = {
            "SOAP structure similarity of the configurations of a dataset: print one row of K, "
                    + "or write the full normalised matrix (.npy or .csv)."
        })
final class SimilarityCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Dataset file or DeePMD folder.")
    Path file;

    @Option(
            names = "--matrix",
            paramLabel = "OUT",
            description = "Write the N x N matrix K to OUT (.npy: float64, or .csv).")
    Path matrix;

    @Option(names = "--row", paramLabel = "I", description = "Print K(I, j) and d(I, j) for every j.")
    Integer row;

    @Option(names = "--force", description = "Overwrite an existing output file.")
    boolean force;

    @Option(
            names = "--quiet",
            description = "No progress on standard error (a bar on a terminal, else a line every few seconds).")
    boolean quiet;

    @picocli.CommandLine.Mixin
    SoapOptions soapOptions = new SoapOptions();

    @Option(names = "--format", description = "Input format id (default: detected).")
    String format;

    @Option(names = "--type-map", split = ",", description = "Element of each integer atom type, e.g. Li,Si.")
    List<String> typeMap;

    @picocli.CommandLine.Mixin
    ReadingOptions reading = new ReadingOptions();

    @Override
    public Integer call() throws Exception {
        if (matrix == null && row == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give --row I and/or --matrix OUT");
        }
        if (matrix != null && !force && Files.exists(matrix)) {
            throw new FileAlreadyExistsException(matrix.toString());
        }
        FormatRegistry registry = FormatRegistry.standard();
        StructureFormat fmt = format == null
                ? registry.detect(file)
                : registry.byId(format).orElseThrow(() -> new IllegalArgumentException("unknown format " + format));
        PrintWriter err = spec.commandLine().getErr();
        Dataset d = registry.read(
                file,
                fmt,
                reading.readOptions(
                        typeMap, ReadingOptions.printing(spec.commandLine().getErr())),
                SiftCli.progress(spec, false));
        if (row != null && (row < 0 || row >= d.size())) {
            throw new IllegalArgumentException("--row " + row + " is outside 0.." + (d.size() - 1));
        }
        ConsoleProgress bar = SiftCli.progress(spec, !quiet); // redrawn at most 10 times a second
        SimilarityMatrix k = SimilarityMatrix.compute(d, soapOptions.soap(), soapOptions.kernel(), bar);
        bar.finish();
        if (row != null) {
            double[] r = k.row(row);
            PrintWriter out = spec.commandLine().getOut();
            out.println("# j K(" + row + ",j) d(" + row + ",j)");
            for (int j = 0; j < r.length; j++) {
                out.printf(Locale.ROOT, "%d %.12f %.12f%n", j, r[j], Math.sqrt(Math.max(0, 2 - 2 * r[j])));
            }
            out.flush();
        }
        if (matrix != null) {
            double[][] m = k.full(bar);
            bar.finish();
            SimilarityMatrix.write(matrix, m, force);
            err.println("wrote " + matrix + " (" + m.length + " x " + m.length + ")");
        }
        return SiftCli.OK;
    }
}
