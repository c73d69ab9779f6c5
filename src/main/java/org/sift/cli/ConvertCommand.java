package org.sift.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sift.io.FormatRegistry;
import org.sift.io.StructureFormat;
import org.sift.io.WriteOptions;
import org.sift.model.Dataset;
import org.sift.workflow.SafeFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sift convert IN OUT}: format conversion that keeps every label the target can hold. */
@Command(
        name = "convert",
        mixinStandardHelpOptions = true,
        description = "Convert a dataset between formats. Labels the output format cannot hold are named in warnings.")
final class ConvertCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT")
    Path out;

    @Option(names = "--from", description = "Input format id (default: detected).")
    String from;

    @Option(names = "--to", description = "Output format id (default: from the OUT file name).")
    String to;

    @Option(
            names = "--type-map",
            split = ",",
            description = "Elements of integer atom types, e.g. Li,Si (MTP, LAMMPS, DeePMD).")
    List<String> typeMap;

    @Option(
            names = {"-f", "--force"},
            description = "Overwrite OUT if it exists.")
    boolean force;

    @picocli.CommandLine.Mixin
    ReadingOptions reading = new ReadingOptions();

    @Override
    public Integer call() throws Exception {
        FormatRegistry registry = FormatRegistry.standard();
        StructureFormat inFmt = from == null ? registry.detect(in) : lookup(registry, from);
        StructureFormat outFmt = to == null ? null : lookup(registry, to);
        SafeFiles.checkOutputs(List.of(in), List.of(new SafeFiles.Output("OUT", out)));
        registry.checkTarget(out, registry.writerFor(out, outFmt), force);
        Dataset d = registry.read(
                in,
                inFmt,
                reading.readOptions(
                        typeMap, ReadingOptions.printing(spec.commandLine().getErr())),
                SiftCli.progress(spec, false));
        List<String> warnings = registry.write(out, outFmt, d.configurations(), new WriteOptions(typeMap), force);
        for (String w : warnings) {
            spec.commandLine().getErr().println("sift: warning: " + w);
        }
        spec.commandLine().getOut().printf("wrote %d configurations to %s%n", d.size(), out);
        return SiftCli.OK;
    }

    private static StructureFormat lookup(FormatRegistry r, String id) {
        return r.byId(id).orElseThrow(() -> new IllegalArgumentException("unknown format " + id));
    }
}
