package org.sift.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.sift.io.FormatRegistry;
import org.sift.io.WriteOptions;
import org.sift.model.Dataset;
import org.sift.workflow.ExportSubset;
import org.sift.workflow.SelectOptions;
import org.sift.workflow.SelectSubset;
import org.sift.workflow.Selection;
import org.sift.workflow.SimilarityProvider;
import org.sift.workflow.SubsetSize;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sift select FILE -n 400 -o subset.extxyz}: FPS or random subset, with complement and manifest. */
@Command(
        name = "select",
        mixinStandardHelpOptions = true,
        description =
                "Select a subset by farthest point sampling on the SOAP similarity (or at random) and write it out.")
final class SelectCommand extends DatasetCommand {

    @Option(
            names = "-n",
            paramLabel = "N|FRACTION",
            converter = SizeConverter.class,
            description = "Subset size: a count (400) or a fraction of the dataset (0.1 = 10 %%, rounded, at least 1); "
                    + "default: until a stop rule, or all.")
    SubsetSize size;

    @Option(
            names = {"-o", "--output"},
            required = true,
            description = "Subset file (format from its name or --to).")
    Path output;

    @Option(names = "--method", defaultValue = "fps", description = "fps or random (default ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--seed", defaultValue = "0", description = "Seed of random sampling and of a random start.")
    long seed;

    @Option(names = "--pin", split = ",", description = "Indices (0-based) selected first, in order.")
    List<Integer> pin;

    @Option(names = "--pin-file", description = "File of indices to pin (whitespace or comma separated).")
    Path pinFile;

    @Option(names = "--ban", split = ",", description = "Indices never selected.")
    List<Integer> ban;

    @Option(names = "--ban-file", description = "File of indices to ban.")
    Path banFile;

    @Option(names = "--warm-start-file", description = "File of indices of an existing subset, selected first.")
    Path warmFile;

    @Option(
            names = "--start",
            defaultValue = "medoid",
            description = "medoid, random or an index (default ${DEFAULT-VALUE}).")
    String start;

    @Option(names = "--threshold", description = "Stop when the farthest distance D(n) <= this.")
    Double threshold;

    @Option(names = "--rep-target", description = "Stop when REP(n) >= this percentage.")
    Double repTarget;

    @Option(
            names = "--epsilon",
            defaultValue = "0.1",
            description = "Distance below which a configuration counts as represented (default ${DEFAULT-VALUE}).")
    double epsilon;

    @Option(names = "--complement", description = "Write the configurations not selected here.")
    Path complement;

    @Option(names = "--train", description = "Write the training part of a group-preserving split of the subset here.")
    Path train;

    @Option(names = "--validation", description = "Write the validation part of the split here.")
    Path validation;

    @Option(
            names = "--train-fraction",
            defaultValue = "0.5",
            description = "Share of the split's training part (default ${DEFAULT-VALUE}).")
    double trainFraction;

    @Option(names = "--split-seed", defaultValue = "0", description = "Seed of the split (default ${DEFAULT-VALUE}).")
    long splitSeed;

    @Option(
            names = "--manifest",
            description = "Write a JSON manifest (sources with SHA-256, options, order, D(n), REP(n)).")
    Path manifest;

    @Option(names = "--indices", description = "Write the selected indices, one per line.")
    Path indices;

    @Option(names = "--to", description = "Output format id (default: from the file name).")
    String to;

    SelectCommand() {
        this(FormatRegistry.standard(), null);
    }

    SelectCommand(FormatRegistry registry, Supplier<SimilarityProvider> providers) {
        super(registry, providers);
    }

    @Override
    public Integer call() throws Exception {
        SelectOptions.Method m = switch (method.toLowerCase(java.util.Locale.ROOT)) {
            case "fps" -> SelectOptions.Method.FPS;
            case "random" -> SelectOptions.Method.RANDOM;
            default -> throw new IllegalArgumentException("--method must be fps or random, got " + method);
        };
        int[] pins = merge(pin, pinFile);
        int[] bans = merge(ban, banFile);
        int[] warm = merge(null, warmFile);
        // validated before the long computation; the size is resolved once N is known
        new SelectOptions(
                m, size == null ? null : 1, seed, start, pins, bans, warm, threshold, repTarget, epsilon, true);
        ExportSubset.Options exp = ExportSubset.Options.subsetOnly(output).withComplement(complement)
                .withSplit(train, validation, trainFraction, splitSeed).withIndices(indices, null)
                .withManifest(manifest).withFormat(to).withWriteOptions(new WriteOptions(typeMap)).overwriting(force);
        ExportSubset export = new ExportSubset(registry);
        export.check(files, exp); // refuse before the long computation
        ConsoleProgress progress = progress();
        Dataset d = load(progress);
        Integer n0 = size == null ? null : size.resolve(d.size());
        SelectOptions opts =
                new SelectOptions(m, n0, seed, start, pins, bans, warm, threshold, repTarget, epsilon, true);
        SimilarityProvider provider = provider();
        Selection s = new SelectSubset().run(d, provider, opts, progress);
        progress.finish();
        ExportSubset.Result r = export.run(d, files, s, provider.parameters(), exp);
        for (String w : r.warnings()) {
            spec.commandLine().getErr().println("sift: warning: " + w);
        }
        var out = spec.commandLine().getOut();
        int n = s.size();
        out.printf(
                java.util.Locale.ROOT,
                "selected %d of %d configurations (%s, stop: %s); D = %.4f, REP = %.1f %%%n",
                n,
                d.size(),
                m.name().toLowerCase(java.util.Locale.ROOT),
                s.stop().name().toLowerCase(java.util.Locale.ROOT),
                n == 0 ? Double.NaN : s.farthest()[n - 1],
                n == 0 ? Double.NaN : s.rep()[n - 1]);
        for (Path p : r.written()) {
            out.printf("wrote %s%n", p);
        }
        return SiftCli.OK;
    }

    /** Indices from the option list and from a file of integers separated by whitespace or commas. */
    static int[] merge(List<Integer> list, Path file) throws IOException {
        List<Integer> all = new ArrayList<>(list == null ? List.of() : list);
        if (file != null) {
            int line = 0;
            for (String l : Files.readAllLines(file)) {
                line++;
                String t = l.replaceAll("#.*", "").trim();
                if (t.isEmpty()) continue;
                for (String tok : t.split("[\\s,]+")) {
                    try {
                        all.add(Integer.parseInt(tok));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException(
                                file + ", line " + line + ": expected an index, got '" + tok + "'");
                    }
                }
            }
        }
        return all.stream().mapToInt(Integer::intValue).toArray();
    }
}
