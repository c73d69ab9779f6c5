package org.sift.workflow;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * What is needed to reproduce an exported subset, written as JSON next to it.
 *
 * @param schemaVersion   {@link #SCHEMA_VERSION}
 * @param software        "Sift"
 * @param softwareVersion version of the jar ("dev" when run from classes)
 * @param created         ISO-8601 instant
 * @param sources         input files, in the order they were concatenated
 * @param groupBy         per-configuration property used for groups, or null for the reduced formula
 * @param similarity      parameters of the similarity ({@link SimilarityProvider#parameters()})
 * @param selection       the selection options (method, size, seed, start, pins, bans, stop rules, epsilon)
 * @param order           selected indices (0-based into the concatenated sources), in order of selection
 * @param farthest        D(n), index n-1
 * @param rep             REP(n) in percent, index n-1
 * @param stopReason      why the selection stopped
 */
public record Manifest(int schemaVersion, String software, String softwareVersion, String created,
                       List<SourceFile> sources, String groupBy, Map<String, Object> similarity,
                       SelectOptions selection, int[] order, double[] farthest, double[] rep, String stopReason) {

    public static final int SCHEMA_VERSION = 1;

    /** @param sha256 lower-case hex SHA-256 of the file's bytes (for a folder: of its files' digests, by name) */
    public record SourceFile(String path, String sha256, int configurations) { }

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    public String toJson() throws IOException {
        return MAPPER.writeValueAsString(this);
    }

    public static Manifest read(Path file) throws IOException {
        Manifest m;
        try {
            m = MAPPER.readValue(file.toFile(), Manifest.class);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IOException(file + ": not a Sift manifest: " + e.getOriginalMessage());
        }
        if (m.schemaVersion() != SCHEMA_VERSION) {
            throw new IOException(file + ": manifest schema version " + m.schemaVersion() + ", this Sift reads " + SCHEMA_VERSION);
        }
        return m;
    }

    /** SHA-256 of a file (or, for a folder, of the sorted list of its files' relative paths and digests). */
    public static String sha256(Path path) throws IOException {
        MessageDigest md = digest();
        if (Files.isDirectory(path)) {
            List<Path> files;
            try (var s = Files.walk(path)) {
                files = s.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                md.update(path.relativize(f).toString().replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8));
                md.update(HexFormat.of().parseHex(sha256(f)));
            }
        } else {
            try (InputStream in = Files.newInputStream(path)) {
                byte[] buf = new byte[1 << 16];
                int r;
                while ((r = in.read(buf)) > 0) md.update(buf, 0, r);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String currentVersion() {
        String v = Manifest.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
