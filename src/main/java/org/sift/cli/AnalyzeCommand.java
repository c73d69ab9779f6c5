package org.sift.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.sift.io.FormatRegistry;
import org.sift.model.Dataset;
import org.sift.workflow.AnalysisFiles;
import org.sift.workflow.AnalyzeDataset;
import org.sift.workflow.ChemiscopeFile;
import org.sift.workflow.SafeFiles;
import org.sift.workflow.SimilarityProvider;
import org.sift.workflow.SubsetSize;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sift analyze FILE --out DIR}: the study's analyses as CSV and JSON. */
@Command(
        name = "analyze",
        mixinStandardHelpOptions = true,
        description =
                "Similarity diagram, pair similarity per group, FPS curves, composition tables and FPS vs random, "
                        + "written as diagram.csv, distributions.csv, fps_curve.csv, composition.csv, fps_vs_random.csv, summary.json, "
                        + "and the figure set in DIR/figures (see sift figures).")
final class AnalyzeCommand extends DatasetCommand {

    @Option(names = "--out", required = true, description = "Output folder.")
    Path out;

    @Option(
            names = "--sizes",
            split = ",",
            defaultValue = "25,50,100,200,400,800,1500",
            converter = SizeConverter.class,
            description = "Subset sizes for composition tables and FPS vs random, counts or fractions of the dataset "
                    + "(0.1 = 10 %%) (default ${DEFAULT-VALUE}; counts above N are left out).")
    List<SubsetSize> sizes;

    @Option(
            names = "--chemiscope",
            paramLabel = "FILE.json[.gz]",
            description = "Also write a chemiscope input file: the structures with diagram x and y, group, FPS rank, "
                    + "REP and D at that rank and membership of the FPS subset of -n.")
    Path chemiscope;

    @Option(
            names = "-n",
            paramLabel = "N|FRACTION",
            converter = SizeConverter.class,
            description = "Subset flagged in the chemiscope file: a count or a fraction of the dataset "
                    + "(default: the largest of --sizes that fits).")
    SubsetSize flagged;

    @Option(
            names = "--random-repeats",
            defaultValue = "3",
            description = "Random subsets per size (default ${DEFAULT-VALUE}).")
    int repeats;

    @Option(names = "--seed", defaultValue = "0", description = "Seed of random subsets and pair sampling.")
    long seed;

    @Option(
            names = "--group-x",
            description = "Group of the diagram's x axis (default: lowest fraction of the first element).")
    String groupX;

    @Option(names = "--group-y", description = "Group of the diagram's y axis (default: highest fraction).")
    String groupY;

    @Option(
            names = "--group-by",
            description = "Group by this per-configuration property instead of the reduced formula.")
    String groupBy;

    @Option(
            names = "--epsilon",
            defaultValue = "0.1",
            description = "REP distance threshold (default ${DEFAULT-VALUE}).")
    double epsilon;

    @Option(names = "--start", defaultValue = "medoid", description = "FPS start: medoid, random or an index.")
    String start;

    @Option(
            names = "--max-pairs",
            defaultValue = "1000000",
            description = "Pairs per group above which pairs are sampled.")
    long maxPairs;

    @Option(
            names = "--kpca",
            description = "Also write kpca.csv: the first two kernel PCA components of K (PCA of the mean "
                    + "vectors above " + org.sift.analysis.KernelPca.KERNEL_LIMIT
                    + " configurations) with their explained variance.")
    boolean kpca;

    @picocli.CommandLine.Mixin
    FigureOptions figures = new FigureOptions();

    AnalyzeCommand() {
        this(FormatRegistry.standard(), null);
    }

    AnalyzeCommand(FormatRegistry registry, Supplier<SimilarityProvider> providers) {
        super(registry, providers);
    }

    @Override
    public Integer call() throws Exception {
        for (String n : AnalysisFiles.NAMES) {
            SafeFiles.checkWritable(out.resolve(n), force);
        }
        if (kpca) SafeFiles.checkWritable(out.resolve(org.sift.workflow.KernelPcaFiles.CSV), force);
        org.sift.figures.FigureSet.Options figureSet = figures.options();
        if (figureSet != null) {
            for (Path p : org.sift.figures.FigureSet.plannedFiles(figureSet, out.resolve("figures"))) {
                SafeFiles.checkWritable(p, force);
            }
        }
        SafeFiles.checkWritable(chemiscope, force);
        if (chemiscope != null) {
            SafeFiles.checkOutputs(files, List.of(new SafeFiles.Output("--chemiscope", chemiscope)));
        }
        ConsoleProgress progress = progress();
        Dataset d = load(progress);
        int[] counts = new int[sizes.size()];
        for (int k = 0; k < counts.length; k++) {
            SubsetSize s = sizes.get(k);
            counts[k] = s.isFraction() ? s.resolve(d.size()) : s.count(); // counts above N are left out
        }
        int flag = flagged == null ? 0 : flagged.resolve(d.size());
        AnalyzeDataset.Options o =
                new AnalyzeDataset.Options(groupBy, groupX, groupY, counts, repeats, seed, epsilon, start, maxPairs);
        SimilarityProvider provider = provider();
        AnalyzeDataset.Report r = new AnalyzeDataset().run(d, provider, o, progress);
        org.sift.analysis.KernelPca map = kpca
                ? org.sift.analysis.KernelPca.of(
                        r.similarity(), Runtime.getRuntime().availableProcessors(), progress)
                : null;
        progress.finish();
        List<Path> written = new java.util.ArrayList<>(AnalysisFiles.write(r, d, out, force));
        if (map != null) written.add(org.sift.workflow.KernelPcaFiles.write(map, r.groups(), out, force));
        if (chemiscope != null) {
            if (flagged == null && !r.sizes().isEmpty())
                flag = r.sizes().get(r.sizes().size() - 1);
            ChemiscopeFile.write(
                    chemiscope,
                    force,
                    d.name(),
                    ChemiscopeFile.describe(d, r.groups(), r.diagram(), r.fps(), provider.parameters()),
                    d,
                    ChemiscopeFile.analysisProperties(
                            r.groups(),
                            r.diagram(),
                            r.fps(),
                            Math.min(flag, r.fps().size())),
                    ChemiscopeFile.analysisMap());
            written.add(chemiscope);
        }
        if (figureSet != null) {
            var data = org.sift.figures.FigureData.of(r, d.name(), epsilon, soapOptions.describe());
            written.addAll(FigureOptions.write(
                    data,
                    figureSet,
                    out.resolve("figures"),
                    force,
                    spec.commandLine().getErr()));
        }
        var w = spec.commandLine().getOut();
        w.printf(
                "analysed %d configurations in %d groups; diagram groups %s / %s%n",
                d.size(), r.groups().count(), r.diagram().groupX(), r.diagram().groupY());
        if (map != null) {
            w.printf(
                    java.util.Locale.ROOT,
                    "kernel PCA (%s): explained variance %.1f %% and %.1f %%%n",
                    map.method() == org.sift.analysis.KernelPca.Method.KERNEL
                            ? "centred kernel"
                            : "PCA of the mean vectors",
                    100 * map.explained()[0],
                    100 * map.explained()[1]);
        }
        for (Path p : written) {
            w.printf("wrote %s%n", p);
        }
        return SiftCli.OK;
    }
}
