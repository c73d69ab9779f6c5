package org.sift.workflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sift.descriptor.SoapParameters;
import org.sift.similarity.KernelOptions;

/**
 * A whole curation, saved as a JSON project file ({@code .sift}): input files by path and SHA-256,
 * similarity parameters, grouping, the subset size n, pins, bans and named subsets. Reopening checks
 * the inputs' digests, so results are never silently mixed with a changed file.
 *
 * @param schemaVersion {@value #SCHEMA_VERSION}
 * @param inputs        input files (absolute paths) with their SHA-256 when saved
 * @param typeMap       element of each integer atom type, or empty
 * @param soap          SOAP parameters
 * @param kernel        kernel options
 * @param groupBy       per-configuration property used for groups, or null for the reduced formula
 * @param groupX        reference group of the diagram's x axis, or null for the default
 * @param groupY        reference group of the diagram's y axis, or null for the default
 * @param epsilon       REP threshold
 * @param n             chosen subset size
 * @param pins          configurations always kept, in order
 * @param bans          configurations never selected
 * @param namedSubsets  subsets saved by name (indices into the dataset)
 * @param savedAt       ISO-8601 time of saving
 * @param software      "Sift VERSION"
 * @param view          how the results were shown (absent in files of Sift 0.1: the workbench then keeps its
 *                      current view)
 */
public record Session(int schemaVersion, List<Manifest.SourceFile> inputs, List<String> typeMap, SoapParameters soap,
                      KernelOptions kernel, String groupBy, String groupX, String groupY, double epsilon, int n,
                      int[] pins, int[] bans, Map<String, int[]> namedSubsets, String savedAt, String software,
                      View view) {

    /**
     * The workbench's view of the results, restored with the project.
     *
     * @param coverBanned    banned configurations count in D(n) and REP(n)
     * @param colourBy       property the diagram's points are coloured by, or null for the groups
     * @param colourLog      log colour scale
     * @param colourMin      lower end of the colour range, or null for the smallest value
     * @param colourMax      upper end of the colour range, or null for the largest value
     * @param logScale       subset-size axis of the coverage chart on a log scale
     * @param compareRandom  random subsets shown beside FPS
     * @param repTarget      REP target (percent) of "smallest n with REP at least"
     */
    public record View(boolean coverBanned, org.sift.analysis.PointProperty colourBy, boolean colourLog,
                       Double colourMin, Double colourMax, boolean logScale, boolean compareRandom, double repTarget) { }

    public static final int SCHEMA_VERSION = 1;

    /** File extension of project files. */
    public static final String EXTENSION = "sift";

    public Session {
        inputs = List.copyOf(inputs);
        typeMap = typeMap == null ? List.of() : List.copyOf(typeMap);
        pins = pins == null ? new int[0] : pins.clone();
        bans = bans == null ? new int[0] : bans.clone();
        namedSubsets = namedSubsets == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(namedSubsets));
    }

    /** A new session over the given input files (their digests are computed now). */
    public static Session of(List<Path> files, List<String> typeMap, SoapParameters soap, KernelOptions kernel,
                             String groupBy, String groupX, String groupY, double epsilon, int n,
                             int[] pins, int[] bans, Map<String, int[]> namedSubsets) throws IOException {
        List<Manifest.SourceFile> in = new ArrayList<>();
        for (Path f : files) {
            in.add(new Manifest.SourceFile(f.toAbsolutePath().toString(), Manifest.sha256(f), -1));
        }
        return new Session(SCHEMA_VERSION, in, typeMap, soap, kernel, groupBy, groupX, groupY, epsilon, n, pins, bans,
                namedSubsets, Instant.now().toString(), currentSoftware(), null);
    }

    /** "Sift VERSION", as recorded in project files and manifests. */
    public static String currentSoftware() {
        return "Sift " + Manifest.currentVersion();
    }

    /** The input paths, in order. */
    public List<Path> inputPaths() {
        return inputs.stream().map(s -> Path.of(s.path())).toList();
    }

    /** Writes the session (temporary file, then rename). A session file is always replaced. */
    public void save(Path file) throws IOException {
        SafeFiles.writeString(file, Manifest.MAPPER.writeValueAsString(this), true);
    }

    /**
     * Reads a session file.
     *
     * @throws IOException naming the file if it is not a Sift session or has another schema version
     */
    public static Session load(Path file) throws IOException {
        Session s;
        try {
            s = Manifest.MAPPER.readValue(file.toFile(), Session.class);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IOException(file + ": not a Sift project file: " + e.getOriginalMessage());
        }
        if (s.schemaVersion() != SCHEMA_VERSION) {
            throw new IOException(file + ": project schema version " + s.schemaVersion() + ", this Sift reads " + SCHEMA_VERSION);
        }
        return s;
    }

    /**
     * Input files that are missing or whose content changed since the session was saved, each with
     * a message saying which ({@code "data.xyz: changed on disk since the project was saved"}).
     * Empty if every input is as it was.
     */
    public List<String> changedInputs() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Manifest.SourceFile f : inputs) {
            Path p = Path.of(f.path());
            if (!Files.exists(p)) {
                problems.add(p + ": missing");
            } else if (!Manifest.sha256(p).equals(f.sha256())) {
                problems.add(p + ": changed on disk since the project was saved");
            }
        }
        return problems;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Session s && schemaVersion == s.schemaVersion && inputs.equals(s.inputs)
                && typeMap.equals(s.typeMap) && java.util.Objects.equals(soap, s.soap) && java.util.Objects.equals(kernel, s.kernel)
                && java.util.Objects.equals(groupBy, s.groupBy) && java.util.Objects.equals(groupX, s.groupX)
                && java.util.Objects.equals(groupY, s.groupY) && Double.compare(epsilon, s.epsilon) == 0 && n == s.n
                && java.util.Arrays.equals(pins, s.pins) && java.util.Arrays.equals(bans, s.bans)
                && namedSubsets.keySet().equals(s.namedSubsets.keySet())
                && namedSubsets.entrySet().stream().allMatch(e -> java.util.Arrays.equals(e.getValue(), s.namedSubsets.get(e.getKey())))
                && java.util.Objects.equals(savedAt, s.savedAt) && java.util.Objects.equals(software, s.software)
                && java.util.Objects.equals(view, s.view);
    }

    @Override
    public int hashCode() {
        return inputs.hashCode() * 31 + n;
    }
}
