package org.sift.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sift.io.FormatRegistry;
import org.sift.io.StructureFormat;
import org.sift.model.Configuration;
import org.sift.model.Dataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sift info FILE...}: what a dataset holds. */
@Command(
        name = "info",
        mixinStandardHelpOptions = true,
        description = "Print configurations, atoms, species, groups with counts and labels present.")
final class InfoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Dataset files or DeePMD folders.")
    List<Path> files;

    @Option(names = "--format", description = "Input format id (default: detected).")
    String format;

    @Option(
            names = "--type-map",
            split = ",",
            description = "Element of each integer atom type (MTP from 0, LAMMPS from 1), e.g. Li,Si.")
    List<String> typeMap;

    @Option(
            names = "--group-by",
            description = "Group by this per-configuration property instead of the reduced formula.")
    String groupBy;

    @picocli.CommandLine.Mixin
    ReadingOptions reading = new ReadingOptions();

    @Override
    public Integer call() throws Exception {
        FormatRegistry registry = FormatRegistry.standard();
        var out = spec.commandLine().getOut();
        List<Dataset> parts = new ArrayList<>();
        for (Path f : files) {
            StructureFormat fmt = format == null
                    ? registry.detect(f)
                    : registry.byId(format).orElseThrow(() -> new IllegalArgumentException("unknown format " + format));
            org.sift.io.ReadLog.Collector log = new org.sift.io.ReadLog.Collector();
            Dataset d = registry.read(f, fmt, reading.readOptions(typeMap, log), SiftCli.progress(spec, false));
            out.printf("%s: %s, %d configurations%n", f, fmt.id(), d.size());
            out.printf("  reader: %s (%s)%n", fmt.id(), fmt.description());
            for (org.sift.io.ReadLog.Message m : log.messages()) {
                out.printf("  %s: %s%n", m.warning() ? "warning" : "note", m.text());
            }
            parts.add(d);
        }
        Dataset all = Dataset.merge(parts);
        out.printf("configurations: %d%n", all.size());
        out.printf(
                "atoms: %d (min %d, max %d per configuration)%n",
                all.atomCount(),
                all.configurations().stream()
                        .mapToInt(Configuration::size)
                        .min()
                        .orElse(0),
                all.configurations().stream()
                        .mapToInt(Configuration::size)
                        .max()
                        .orElse(0));
        out.printf("species: %s%n", String.join(" ", all.species()));
        String[] groups = groupBy == null ? all.formulaGroups() : all.propertyGroups(groupBy);
        out.printf("groups (%s):%n", groupBy == null ? "reduced formula" : groupBy);
        for (Map.Entry<String, Integer> e : Dataset.counts(groups).entrySet()) {
            out.printf("  %-16s %6d  %5.1f %%%n", e.getKey(), e.getValue(), 100.0 * e.getValue() / all.size());
        }
        Map<String, Integer> labels = new java.util.LinkedHashMap<>();
        for (Configuration c : all.configurations()) {
            Set<String> seen = new LinkedHashSet<>(c.labelNames());
            for (String l : seen) {
                labels.merge(l, 1, Integer::sum);
            }
        }
        out.println("labels:");
        if (labels.isEmpty()) {
            out.println("  (none)");
        }
        labels.forEach((k, v) -> out.printf("  %-16s in %d of %d configurations%n", k, v, all.size()));
        return SiftCli.OK;
    }
}
