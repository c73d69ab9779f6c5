package org.sift.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.sift.io.FormatRegistry;
import org.sift.io.ReadOptions;
import org.sift.model.Dataset;
import org.sift.workflow.LearningCurve;
import org.sift.workflow.LearningCurveFiles;
import org.sift.workflow.LearningCurveOptions;
import org.sift.workflow.LoadDataset;
import org.sift.workflow.SafeFiles;
import org.sift.workflow.SimilarityProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sift learn FILE... --out DIR}: the surrogate learning curve (energy RMSE per atom against
 * subset size, per selector) as learning_curve.csv, learning_curve.json and a figure.
 */
@Command(
        name = "learn",
        mixinStandardHelpOptions = true,
        description = {
            "Surrogate learning curve: fit kernel ridge regression on the SOAP structure kernel (after per-element "
                    + "reference energies) to subsets of n configurations chosen by each selector, and report the RMSE and MAE "
                    + "of the energy per atom (meV/atom) on a validation set. Needs the total energy of every configuration.",
            "A surrogate for how much of what matters for energies a subset covers, not a replacement for training "
                    + "the real potential; forces are not modelled."
        })
final class LearnCommand extends DatasetCommand {

    @Option(
            names = "--out",
            required = true,
            description = "Output folder (learning_curve.csv, learning_curve.json, figure).")
    Path out;

    @Option(
            names = "--sizes",
            split = ",",
            defaultValue = "25,50,100,200,400,800,1500",
            description = "Subset sizes, clipped to the pool (default ${DEFAULT-VALUE}).")
    int[] sizes;

    @Option(
            names = "--selectors",
            split = ",",
            defaultValue = "fps,random",
            description = "Selectors: fps, random, stratified, group-fps, cur, kmedoids (default ${DEFAULT-VALUE}).")
    List<String> selectors;

    @Option(
            names = "--repeats",
            defaultValue = "3",
            description = "Subsets per size for random and stratified (default ${DEFAULT-VALUE}).")
    int repeats;

    @Option(
            names = "--seed",
            defaultValue = "0",
            description = "Seed of the split, the random subsets and the CV folds (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--test", description = "Validation set file (default: a group-preserving split of the input).")
    Path test;

    @Option(
            names = "--pool-fraction",
            defaultValue = "0.5",
            description = "Share of the input in the pool without --test (default ${DEFAULT-VALUE}).")
    double poolFraction;

    @Option(
            names = "--group-by",
            description = "Group by this per-configuration property instead of the reduced formula.")
    String groupBy;

    @Option(
            names = "--krr-zeta",
            defaultValue = "1",
            description = "Exponent of the regression kernel K^zeta: 1, 2 or 4 (default ${DEFAULT-VALUE}).")
    int krrZeta;

    @Option(
            names = "--folds",
            defaultValue = "5",
            description = "k of the k-fold cross-validation of the regulariser (default ${DEFAULT-VALUE}).")
    int folds;

    @Option(
            names = "--epsilon",
            defaultValue = "0.1",
            description = "REP distance threshold (default ${DEFAULT-VALUE}).")
    double epsilon;

    @Option(
            names = "--tolerance",
            defaultValue = "10",
            description =
                    "Report the smallest n within this many percent of the full-pool RMSE (default ${DEFAULT-VALUE}).")
    double tolerancePercent;

    @picocli.CommandLine.Mixin
    CurveOutputOptions outputs = new CurveOutputOptions();

    LearnCommand() {
        this(FormatRegistry.standard(), null);
    }

    LearnCommand(FormatRegistry registry, Supplier<SimilarityProvider> providers) {
        super(registry, providers);
    }

    @Override
    public Integer call() throws Exception {
        List<LearningCurveOptions.Selector> sel =
                selectors.stream().map(LearningCurveOptions.Selector::parse).toList();
        LearningCurveOptions o = new LearningCurveOptions(
                sizes,
                sel,
                repeats,
                seed,
                poolFraction,
                groupBy,
                krrZeta,
                folds,
                null,
                epsilon,
                Runtime.getRuntime().availableProcessors());
        List<Path> figures = outputs.figures(out, "learning_curve");
        SafeFiles.checkWritable(out.resolve(LearningCurveFiles.CSV), force);
        SafeFiles.checkWritable(out.resolve(LearningCurveFiles.JSON), force);
        for (Path f : figures) SafeFiles.checkWritable(f, force);
        ConsoleProgress progress = progress();
        Dataset d = load(progress);
        Dataset t = test == null
                ? null
                : new LoadDataset(registry).load(List.of(test), ReadOptions.withTypeMap(typeMap), progress);
        LearningCurve.Result r = new LearningCurve().run(d, t, provider(), o, progress);
        progress.finish();
        List<Path> written = new ArrayList<>(LearningCurveFiles.write(r, out, force));
        outputs.write(
                org.sift.figures.LearningCurveChart.of(r),
                figures,
                org.sift.figures.ChartStyle.SINGLE_COLUMN,
                force,
                written);
        var w = spec.commandLine().getOut();
        if (outputs.json) {
            w.println(LearningCurveFiles.json(r));
            return SiftCli.OK;
        }
        w.print(table(r, tolerancePercent / 100));
        for (Path p : written) w.printf("wrote %s%n", p);
        return SiftCli.OK;
    }

    /** The human-readable summary: one line per selector and size, then the size within tolerance. */
    static String table(LearningCurve.Result r, double tolerance) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(
                Locale.ROOT,
                "pool %d, validation %d configurations; energy RMSE per atom [meV/atom]%n",
                r.poolSize(),
                r.validationSize()));
        sb.append(String.format(
                Locale.ROOT,
                "%-12s %6s %18s %18s %8s %7s%n",
                "selector",
                "n",
                "RMSE (mean ± sd)",
                "MAE (mean ± sd)",
                "D",
                "REP %"));
        for (LearningCurve.Curve c : r.curves()) {
            for (LearningCurve.Point p : c.points()) {
                sb.append(String.format(
                        Locale.ROOT,
                        "%-12s %6d %9.3f ± %6.3f %9.3f ± %6.3f %8.4f %7.1f%n",
                        c.selector().id(),
                        p.n(),
                        p.rmseMean(),
                        p.rmseSd(),
                        p.maeMean(),
                        p.maeSd(),
                        p.farthestMean(),
                        p.repMean()));
            }
        }
        sb.append(String.format(
                Locale.ROOT,
                "%-12s %6d %9.3f %8s %9.3f%n",
                LearningCurveFiles.FULL_POOL,
                r.poolSize(),
                r.fullPool().rmseMean(),
                "",
                r.fullPool().maeMean()));
        for (LearningCurve.Curve c : r.curves()) {
            OptionalInt s = r.sizeWithin(c.selector(), tolerance);
            sb.append(String.format(
                    Locale.ROOT,
                    "%s: %s%n",
                    c.selector().id(),
                    s.isPresent()
                            ? "within " + Math.round(tolerance * 100) + " % of the full-pool RMSE from n = "
                                    + s.getAsInt()
                            : "not within " + Math.round(tolerance * 100)
                                    + " % of the full-pool RMSE at any computed n"));
        }
        return sb.toString();
    }
}
