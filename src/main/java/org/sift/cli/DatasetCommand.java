package org.sift.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.sift.concurrent.ProgressMonitor;
import org.sift.io.FormatRegistry;
import org.sift.io.ReadOptions;
import org.sift.model.Dataset;
import org.sift.workflow.LoadDataset;
import org.sift.workflow.SimilarityProvider;
import org.sift.workflow.SimilarityProviders;
import org.sift.workflow.SubsetSize;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * What the commands that compute similarities share: the input files and their type map, the SOAP
 * options, --force and --quiet, and the one place where the similarity provider is made (tests
 * inject their own).
 */
abstract class DatasetCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Dataset files (concatenated in order).")
    List<Path> files;

    @Option(names = "--type-map", split = ",", description = "Elements of integer atom types, e.g. Li,Si.")
    List<String> typeMap;

    @Option(
            names = {"-f", "--force"},
            description = "Overwrite existing outputs.")
    boolean force;

    @Option(
            names = "--quiet",
            description = "No progress on standard error (a bar on a terminal, else a line every few seconds).")
    boolean quiet;

    @Mixin
    SoapOptions soapOptions = new SoapOptions();

    @Mixin
    ReadingOptions reading = new ReadingOptions();

    final FormatRegistry registry;
    private final Supplier<SimilarityProvider> providers;

    /**
     * @param providers the similarity provider to use, or null for the SOAP provider with this
     *                  command's options
     */
    DatasetCommand(FormatRegistry registry, Supplier<SimilarityProvider> providers) {
        this.registry = registry;
        this.providers = providers;
    }

    SimilarityProvider provider() {
        return providers != null
                ? providers.get()
                : SimilarityProviders.defaultProvider(soapOptions.soap(), soapOptions.kernel());
    }

    /** Progress on stderr (a bar on a terminal, else log lines), unless --quiet. */
    ConsoleProgress progress() {
        return SiftCli.progress(spec, !quiet);
    }

    /** Reads {@code -n} and {@code --sizes} entries: a count or a fraction of N ({@link SubsetSize}). */
    static final class SizeConverter implements ITypeConverter<SubsetSize> {
        @Override
        public SubsetSize convert(String value) {
            try {
                return SubsetSize.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    Dataset load(ProgressMonitor progress) throws IOException {
        return new LoadDataset(registry).load(files, readOptions(), progress);
    }

    /** The read options of this command, printing what a read drops on stderr. */
    ReadOptions readOptions() {
        return reading.readOptions(
                typeMap, ReadingOptions.printing(spec.commandLine().getErr()));
    }
}
