package org.sift.workflow;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sift.analysis.Groups;
import org.sift.analysis.TrainValidationSplit;
import org.sift.io.FormatRegistry;
import org.sift.io.StructureFormat;
import org.sift.io.WriteOptions;
import org.sift.model.Configuration;
import org.sift.model.Dataset;

/**
 * Use case: write a selection out. Structure files go through {@link FormatRegistry#write} (any
 * writable format, temporary file then rename, every label the format can hold); index lists,
 * JSON and the manifest through {@link SafeFiles}. Every target is checked before anything is
 * written, so a refused overwrite leaves nothing half-done.
 */
public final class ExportSubset {

    /**
     * Targets (each null to skip) and their settings.
     *
     * @param subset        the selected configurations, in order of selection
     * @param complement    the others, in dataset order
     * @param train         training part of a group-preserving split of the selected subset
     * @param validation    validation part of that split
     * @param trainFraction share of the training part (default 0.5)
     * @param splitSeed     seed of the split
     * @param groupBy       property for the split's groups, or null for the reduced formula
     * @param indexText     selected indices, one per line, 0-based, in order of selection
     * @param indexJson     the same as a JSON array
     * @param manifest      the manifest JSON
     * @param format        output format id, or null to choose by file name
     * @param writeOptions  options of the structure writer
     * @param force         overwrite existing files
     */
    public record Options(Path subset, Path complement, Path train, Path validation, double trainFraction,
                          long splitSeed, String groupBy, Path indexText, Path indexJson, Path manifest, String format,
                          WriteOptions writeOptions, boolean force) {
        public Options {
            writeOptions = writeOptions == null ? WriteOptions.defaults() : writeOptions;
        }

        /** Nothing to write yet: start here and name the targets with the {@code with…} methods. */
        public static Options none() {
            return new Options(null, null, null, null, 0.5, 0, null, null, null, null, null, null, false);
        }

        /** The subset to {@code subset}, format chosen by the file name, nothing else. */
        public static Options subsetOnly(Path subset) {
            return none().withSubset(subset);
        }

        public Options withSubset(Path p) {
            return new Options(p, complement, train, validation, trainFraction, splitSeed, groupBy, indexText, indexJson,
                    manifest, format, writeOptions, force);
        }

        public Options withComplement(Path p) {
            return new Options(subset, p, train, validation, trainFraction, splitSeed, groupBy, indexText, indexJson,
                    manifest, format, writeOptions, force);
        }

        /** A group-preserving split of the subset: {@code fraction} of it to {@code train}, the rest to {@code validation}. */
        public Options withSplit(Path train, Path validation, double fraction, long seed) {
            return new Options(subset, complement, train, validation, fraction, seed, groupBy, indexText, indexJson,
                    manifest, format, writeOptions, force);
        }

        /** Index lists: one index per line ({@code text}) and a JSON array ({@code json}); either may be null. */
        public Options withIndices(Path text, Path json) {
            return new Options(subset, complement, train, validation, trainFraction, splitSeed, groupBy, text, json,
                    manifest, format, writeOptions, force);
        }

        /** The per-configuration property whose values are the groups (null: the reduced formula). */
        public Options withGroupBy(String property) {
            return new Options(subset, complement, train, validation, trainFraction, splitSeed, property, indexText,
                    indexJson, manifest, format, writeOptions, force);
        }

        public Options withManifest(Path p) {
            return new Options(subset, complement, train, validation, trainFraction, splitSeed, groupBy, indexText,
                    indexJson, p, format, writeOptions, force);
        }

        /** Output format id, or null to choose by file name. */
        public Options withFormat(String id) {
            return new Options(subset, complement, train, validation, trainFraction, splitSeed, groupBy, indexText,
                    indexJson, manifest, id, writeOptions, force);
        }

        public Options withWriteOptions(WriteOptions w) {
            return new Options(subset, complement, train, validation, trainFraction, splitSeed, groupBy, indexText,
                    indexJson, manifest, format, w, force);
        }

        /** Whether existing targets (written by Sift) may be replaced. */
        public Options overwriting(boolean f) {
            return new Options(subset, complement, train, validation, trainFraction, splitSeed, groupBy, indexText,
                    indexJson, manifest, format, writeOptions, f);
        }
    }

    /** @param written files written; @param warnings labels a format could not hold */
    public record Result(List<Path> written, List<String> warnings, Manifest manifest) { }

    private final FormatRegistry registry;

    public ExportSubset(FormatRegistry registry) {
        this.registry = registry;
    }

    /**
     * @param sources    the files the dataset was read from, in order (hashed into the manifest)
     * @param similarity parameters of the similarity used
     */
    public Result run(Dataset dataset, List<Path> sources, Selection selection, java.util.Map<String, Object> similarity,
                      Options o) throws IOException {
        StructureFormat fmt = check(sources, o);
        List<Path> written = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int[] order = selection.order();
        if (o.subset() != null) {
            write(o.subset(), fmt, dataset.subset("subset", order), o, written, warnings);
        }
        if (o.complement() != null) {
            write(o.complement(), fmt, dataset.subset("complement", selection.complement(dataset.size())), o, written, warnings);
        }
        if (o.train() != null) {
            Groups g = Groups.of(dataset, o.groupBy());
            TrainValidationSplit.Split s = TrainValidationSplit.split(g, order, o.trainFraction(), o.splitSeed());
            write(o.train(), fmt, dataset.subset("train", s.train()), o, written, warnings);
            write(o.validation(), fmt, dataset.subset("validation", s.validation()), o, written, warnings);
        }
        if (o.indexText() != null) {
            StringBuilder sb = new StringBuilder();
            for (int i : order) sb.append(i).append('\n');
            SafeFiles.writeString(o.indexText(), sb.toString(), o.force());
            written.add(o.indexText());
        }
        if (o.indexJson() != null) {
            SafeFiles.writeString(o.indexJson(), Manifest.MAPPER.writeValueAsString(order), o.force());
            written.add(o.indexJson());
        }
        Manifest m = manifest(dataset, sources, selection, similarity, o.groupBy());
        if (o.manifest() != null) {
            SafeFiles.writeString(o.manifest(), m.toJson(), o.force());
            written.add(o.manifest());
        }
        return new Result(List.copyOf(written), List.copyOf(warnings), m);
    }

    /**
     * Refuses, before any work, what {@link #run} would refuse: outputs that are, contain or lie
     * inside an input or each other, existing targets without {@code force}, a folder where a
     * file goes, a folder that is not the format's own, a split without both parts.
     *
     * @return the output format, or null to choose it by each file's name
     */
    public StructureFormat check(List<Path> sources, Options o) throws IOException {
        if ((o.train() == null) != (o.validation() == null)) {
            throw new IllegalArgumentException("a split needs both a training and a validation output");
        }
        SafeFiles.checkOutputs(sources, List.of(new SafeFiles.Output("--output", o.subset()),
                new SafeFiles.Output("--complement", o.complement()), new SafeFiles.Output("--train", o.train()),
                new SafeFiles.Output("--validation", o.validation()), new SafeFiles.Output("--indices", o.indexText()),
                new SafeFiles.Output("--indices-json", o.indexJson()), new SafeFiles.Output("--manifest", o.manifest())));
        StructureFormat fmt = o.format() == null ? null : registry.byId(o.format())
                .orElseThrow(() -> new IllegalArgumentException("unknown format " + o.format()));
        for (Path p : Arrays.asList(o.subset(), o.complement(), o.train(), o.validation())) {
            if (p != null) {
                registry.checkTarget(p, registry.writerFor(p, fmt), o.force());
            }
        }
        for (Path p : Arrays.asList(o.indexText(), o.indexJson(), o.manifest())) {
            SafeFiles.checkWritable(p, o.force());
            if (p != null && java.nio.file.Files.isDirectory(p)) {
                throw new java.nio.file.FileAlreadyExistsException(p.toAbsolutePath().toString(), null,
                        "is a folder; refusing to replace a folder with a file (even with --force)");
            }
        }
        return fmt;
    }

    /** The manifest of a selection (hashes the sources). */
    public static Manifest manifest(Dataset dataset, List<Path> sources, Selection selection,
                                    java.util.Map<String, Object> similarity, String groupBy) throws IOException {
        List<Manifest.SourceFile> files = new ArrayList<>();
        java.util.Map<String, Integer> perFile = new java.util.LinkedHashMap<>();
        for (var origin : dataset.origins()) perFile.merge(origin.file(), 1, Integer::sum);
        for (Path p : sources) {
            files.add(new Manifest.SourceFile(p.toAbsolutePath().normalize().toString(), Manifest.sha256(p),
                    perFile.getOrDefault(p.toString(), perFile.getOrDefault(p.toAbsolutePath().toString(), -1))));
        }
        return new Manifest(Manifest.SCHEMA_VERSION, "Sift", Manifest.currentVersion(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), files, groupBy,
                similarity == null ? java.util.Map.of() : similarity, selection.options(), selection.order(),
                selection.farthest(), selection.rep(), selection.stop().name());
    }

    private void write(Path target, StructureFormat fmt, Dataset part, Options o, List<Path> written,
                       List<String> warnings) throws IOException {
        List<Configuration> cs = withProvenance(part, fmt != null ? fmt : registry.byName(target).orElse(null));
        List<String> w = registry.write(target, fmt, cs, o.writeOptions(), o.force());
        for (String s : w) warnings.add(target.getFileName() + ": " + s);
        written.add(target);
    }

    /** Info key naming the file (or DeePMD folder) a written configuration was read from. */
    public static final String SOURCE_KEY = "sift_source";
    /** Info key of a written configuration's 0-based index among the configurations Sift read from that file. */
    public static final String INDEX_KEY = "sift_index";

    /**
     * The configurations with info {@value #SOURCE_KEY} (the file as given) and {@value #INDEX_KEY}
     * (0-based frame among those read from it) from their origins, each only where the format
     * holds it, so that every exported configuration can be traced back; existing keys of those
     * names are replaced.
     */
    static List<Configuration> withProvenance(Dataset part, StructureFormat fmt) {
        List<Configuration> out = new ArrayList<>(part.size());
        for (int i = 0; i < part.size(); i++) {
            Configuration c = part.get(i);
            var origin = part.origins().get(i);
            var info = new java.util.LinkedHashMap<>(c.info());
            org.sift.model.Property src = org.sift.model.Property.scalar(SOURCE_KEY, origin.file());
            org.sift.model.Property idx = org.sift.model.Property.scalar(INDEX_KEY, (long) origin.frame());
            if (holds(fmt, src)) {
                info.put(SOURCE_KEY, src);
            }
            if (holds(fmt, idx)) {
                info.put(INDEX_KEY, idx);
            }
            out.add(c.withInfo(info));
        }
        return out;
    }

    private static boolean holds(StructureFormat fmt, org.sift.model.Property p) {
        return fmt != null && fmt.capabilities() != null && fmt.holdsInfo(p);
    }
}
