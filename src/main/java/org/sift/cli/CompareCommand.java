package org.sift.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.sift.io.FormatRegistry;
import org.sift.model.Dataset;
import org.sift.workflow.CompareFiles;
import org.sift.workflow.CompareSelectors;
import org.sift.workflow.LearningCurveOptions;
import org.sift.workflow.SafeFiles;
import org.sift.workflow.SimilarityProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sift compare FILE... -n SIZES --selectors ... -o DIR}: the selectors side by side (D(n),
 * REP(n), energy RMSE at n when energies exist, time taken) as compare.csv, compare.json and a figure.
 */
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        description = {
            "Compare selectors on one dataset: for each selector and subset size n, the farthest distance D(n) and "
                    + "the representativeness REP(n) of its subset over the whole dataset, the validation RMSE of the energy per "
                    + "atom of the surrogate fitted on a subset of n chosen by the same selector from a group-preserving half "
                    + "(when every configuration has an energy), and the time the selector took.",
            "Writes compare.csv, compare.json and compare.<format> (D, REP and RMSE panels) in DIR."
        })
final class CompareCommand extends DatasetCommand {

    @Option(
            names = {"-o", "--out"},
            required = true,
            description = "Output folder (compare.csv, compare.json, figure).")
    Path out;

    @Option(
            names = {"-n", "--sizes"},
            split = ",",
            defaultValue = "25,50,100,200,400,800,1500",
            description = "Subset sizes, clipped to the dataset (default ${DEFAULT-VALUE}).")
    int[] sizes;

    @Option(
            names = "--selectors",
            split = ",",
            defaultValue = "fps,random,stratified,group-fps,cur,kmedoids",
            description = "Selectors: fps, random, stratified, group-fps, cur, kmedoids (default ${DEFAULT-VALUE}).")
    List<String> selectors;

    @Option(
            names = "--seed",
            defaultValue = "0",
            description = "Seed of random, stratified and k-medoids and of the pool split (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--epsilon",
            defaultValue = "0.1",
            description = "REP distance threshold (default ${DEFAULT-VALUE}).")
    double epsilon;

    @Option(
            names = "--group-by",
            description = "Group by this per-configuration property instead of the reduced formula.")
    String groupBy;

    @picocli.CommandLine.Mixin
    CurveOutputOptions outputs = new CurveOutputOptions();

    CompareCommand() {
        this(FormatRegistry.standard(), null);
    }

    CompareCommand(FormatRegistry registry, Supplier<SimilarityProvider> providers) {
        super(registry, providers);
    }

    @Override
    public Integer call() throws Exception {
        List<LearningCurveOptions.Selector> sel =
                selectors.stream().map(LearningCurveOptions.Selector::parse).toList();
        CompareSelectors.Options o = new CompareSelectors.Options(
                sizes, sel, seed, epsilon, groupBy, Runtime.getRuntime().availableProcessors());
        List<Path> figures = outputs.figures(out, "compare");
        SafeFiles.checkWritable(out.resolve(CompareFiles.CSV), force);
        SafeFiles.checkWritable(out.resolve(CompareFiles.JSON), force);
        for (Path f : figures) SafeFiles.checkWritable(f, force);
        ConsoleProgress progress = progress();
        Dataset d = load(progress);
        CompareSelectors.Result r = new CompareSelectors().run(d, provider(), o, progress);
        progress.finish();
        List<Path> written = new ArrayList<>(CompareFiles.write(r, out, force));
        outputs.write(
                org.sift.figures.SelectorComparisonChart.of(r),
                figures,
                org.sift.figures.ChartStyle.DOUBLE_COLUMN,
                force,
                written);
        var w = spec.commandLine().getOut();
        if (outputs.json) {
            w.println(CompareFiles.json(r));
            return SiftCli.OK;
        }
        w.print(table(r));
        for (Path p : written) w.printf("wrote %s%n", p);
        return SiftCli.OK;
    }

    /** One line per selector and size. */
    static String table(CompareSelectors.Result r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(
                Locale.ROOT,
                "%d configurations; energy RMSE per atom [meV/atom]: %s%n",
                r.size(),
                r.hasRmse()
                        ? "subsets from a pool of " + r.learning().poolSize() + ", validated on "
                                + r.learning().validationSize()
                        : "not computed (" + r.noRmse() + ")"));
        sb.append(String.format(
                Locale.ROOT, "%-11s %6s %8s %7s %10s %9s%n", "selector", "n", "D", "REP %", "RMSE", "time [s]"));
        for (CompareSelectors.Curve c : r.curves()) {
            for (CompareSelectors.Row p : c.rows()) {
                sb.append(String.format(
                        Locale.ROOT,
                        "%-11s %6d %8.4f %7.1f %10s %9.2f%n",
                        c.selector().id(),
                        p.n(),
                        p.farthest(),
                        p.rep(),
                        Double.isNaN(p.rmse()) ? "-" : String.format(Locale.ROOT, "%.3f", p.rmse()),
                        c.seconds()));
            }
        }
        return sb.toString();
    }
}
