package org.sift.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.sift.io.FormatRegistry;
import org.sift.io.WriteOptions;
import org.sift.workflow.ExportSubset;
import org.sift.workflow.Manifest;
import org.sift.workflow.ReplayManifest;
import org.sift.workflow.SelectSubset;
import org.sift.workflow.SimilarityProvider;
import org.sift.workflow.SimilarityProviders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sift replay MANIFEST.json [-o OUT]}: recomputes the subset a manifest of {@code sift
 * select} records, from the recorded sources and options. It refuses a source whose SHA-256
 * changed and SOAP options (given here) that differ from the recorded ones, naming what changed,
 * and exits with 1 if the order it computes differs from the recorded one (naming the first
 * position), so that exit 0 proves the same order.
 */
@Command(
        name = "replay",
        mixinStandardHelpOptions = true,
        description =
                "Recompute the subset recorded in a manifest written by 'sift select' and check that the order is the same.")
final class ReplayCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MANIFEST", description = "Manifest JSON written by sift select --manifest.")
    Path manifest;

    @Option(
            names = {"-o", "--output"},
            description = "Write the replayed subset here (format from its name or --to).")
    Path output;

    @Option(names = "--to", description = "Output format id (default: from the file name).")
    String to;

    @Option(names = "--type-map", split = ",", description = "Elements of integer atom types, as given to select.")
    List<String> typeMap;

    @Option(
            names = {"-f", "--force"},
            description = "Overwrite OUT if it exists.")
    boolean force;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Mixin
    SoapOptions soapOptions = new SoapOptions();

    @Mixin
    ReadingOptions reading = new ReadingOptions();

    private final FormatRegistry registry;
    private final Function<Map<String, Object>, SimilarityProvider> providers;

    ReplayCommand() {
        this(FormatRegistry.standard(), SimilarityProviders::fromParameters);
    }

    /** @param providers the provider computing with the given parameters (tests inject their own) */
    ReplayCommand(FormatRegistry registry, Function<Map<String, Object>, SimilarityProvider> providers) {
        this.registry = registry;
        this.providers = providers;
    }

    /** True if any SOAP or kernel option was given on the command line. */
    private boolean soapGiven() {
        var parsed = spec.commandLine().getParseResult();
        for (String o :
                List.of("--rc", "--width", "--sigma", "--lmax", "--center-weight", "--zeta", "--separate-species")) {
            if (parsed.hasMatchedOption(o)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Integer call() throws Exception {
        Manifest m = Manifest.read(manifest);
        Map<String, Object> parameters =
                soapGiven() ? SimilarityProviders.parameters(soapOptions.soap(), soapOptions.kernel()) : m.similarity();
        SimilarityProvider provider = providers.apply(parameters);
        ExportSubset export = new ExportSubset(registry);
        ExportSubset.Options exp = output == null
                ? null
                : ExportSubset.Options.subsetOnly(output).withFormat(to).withWriteOptions(new WriteOptions(typeMap))
                        .overwriting(force);
        List<Path> sources = m.sources().stream().map(s -> Path.of(s.path())).toList();
        if (exp != null) {
            export.check(sources, exp); // refuse before the computation
        }
        ConsoleProgress progress = SiftCli.progress(spec, !quiet);
        ReplayManifest.Result r = new ReplayManifest(registry, new SelectSubset())
                .run(
                        manifest,
                        provider,
                        reading.readOptions(
                                typeMap,
                                ReadingOptions.printing(spec.commandLine().getErr())),
                        progress);
        progress.finish();
        int[] got = r.selection().order();
        int[] want = m.order();
        var out = spec.commandLine().getOut();
        if (!r.identical()) {
            int k = 0;
            while (k < Math.min(got.length, want.length) && got[k] == want[k]) {
                k++;
            }
            String at = k < Math.min(got.length, want.length)
                    ? "position " + k + " selects " + got[k] + ", the manifest " + want[k]
                    : "the replay selects " + got.length + " configurations, the manifest " + want.length;
            throw new java.io.IOException("the replayed order differs from manifest " + manifest + ": " + at
                    + " (same sources and parameters; a different Sift version "
                    + (m.softwareVersion() == null ? "" : "than " + m.softwareVersion() + " ")
                    + "may compute otherwise)");
        }
        out.printf(
                Locale.ROOT,
                "replayed %d of %d configurations: the same order as %s%n",
                got.length,
                r.dataset().size(),
                manifest);
        if (exp != null) {
            ExportSubset.Result w = export.run(r.dataset(), r.sources(), r.selection(), provider.parameters(), exp);
            for (String warning : w.warnings()) {
                spec.commandLine().getErr().println("sift: warning: " + warning);
            }
            for (Path p : w.written()) {
                out.printf("wrote %s%n", p);
            }
        }
        return SiftCli.OK;
    }
}
