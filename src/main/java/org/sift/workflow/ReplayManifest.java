package org.sift.workflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sift.concurrent.ProgressMonitor;
import org.sift.io.FormatRegistry;
import org.sift.io.ReadOptions;
import org.sift.model.Dataset;

/**
 * Use case: re-run the selection recorded in a manifest. The source files must have the recorded
 * SHA-256 and the provider the recorded parameters; otherwise it refuses with a message naming the
 * difference. The result says whether the order came out identical.
 */
public final class ReplayManifest {

    /** @param identical true if the replayed order equals the recorded one */
    public record Result(
            Manifest manifest, Dataset dataset, List<Path> sources, Selection selection, boolean identical) {}

    private final FormatRegistry registry;
    private final SelectSubset select;

    public ReplayManifest(FormatRegistry registry, SelectSubset select) {
        this.registry = registry;
        this.select = select;
    }

    public Result run(Path manifestFile, SimilarityProvider provider, ReadOptions readOptions, ProgressMonitor monitor)
            throws IOException {
        Manifest m = Manifest.read(manifestFile);
        List<Path> sources = new ArrayList<>();
        for (Manifest.SourceFile f : m.sources()) {
            Path p = Path.of(f.path());
            Path beside = manifestFile.toAbsolutePath().getParent();
            if (!Files.exists(p) && !p.isAbsolute() && beside != null && Files.exists(beside.resolve(p))) {
                p = beside.resolve(p); // a relative source, replayed from another working folder
            }
            if (!Files.exists(p)) {
                throw new java.nio.file.NoSuchFileException(
                        p.toString(), null, "source recorded in " + manifestFile + " is missing");
            }
            String sha = Manifest.sha256(p);
            if (!sha.equalsIgnoreCase(f.sha256())) {
                throw new IOException(
                        "source " + p + " has SHA-256 " + sha + " but manifest " + manifestFile + " records "
                                + f.sha256() + ": the file changed since the selection was made; refusing to replay");
            }
            sources.add(p);
        }
        com.fasterxml.jackson.databind.JsonNode recorded = normalise(m.similarity());
        com.fasterxml.jackson.databind.JsonNode given = normalise(provider.parameters());
        if (!recorded.equals(given)) {
            List<String> changed = new ArrayList<>();
            java.util.Set<String> keys = new java.util.TreeSet<>();
            recorded.fieldNames().forEachRemaining(keys::add);
            given.fieldNames().forEachRemaining(keys::add);
            for (String k : keys) {
                if (!java.util.Objects.equals(recorded.get(k), given.get(k))) {
                    changed.add(k + " " + given.get(k) + " (manifest: " + recorded.get(k) + ")");
                }
            }
            throw new IOException("similarity parameters differ from those in manifest " + manifestFile + ": "
                    + String.join(", ", changed) + "; refusing to replay");
        }
        Dataset d = new LoadDataset(registry).load(sources, readOptions, monitor);
        Selection s = select.run(d, provider, m.selection(), monitor);
        return new Result(m, d, sources, s, Arrays.equals(s.order(), m.order()));
    }

    /** Parameters compared through JSON, so 3 and 3.0 or int and long do not differ spuriously. */
    private static com.fasterxml.jackson.databind.JsonNode normalise(java.util.Map<String, Object> p)
            throws IOException {
        return Manifest.MAPPER.readTree(
                Manifest.MAPPER.writeValueAsString(p == null ? java.util.Map.of() : new java.util.TreeMap<>(p)));
    }
}
