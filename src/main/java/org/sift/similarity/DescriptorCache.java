package org.sift.similarity;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sift.concurrent.AtomicFiles;
import org.sift.descriptor.SoapParameters;
import org.sift.model.Configuration;

/**
 * Per-configuration descriptor results, keyed by a SHA-256 hash of the configuration's species,
 * positions, cell and periodicity together with every parameter that determines the result
 * (SOAP parameters, species channels, what is stored). Held in memory and, optionally, in a
 * directory: one binary file per entry, {@code <hash>.soap}, with the header
 * {@code "SIFTSOAP" (8 bytes), int version = 1, int length}, then {@code length} big-endian doubles.
 * Files are written to a temporary name and renamed, so a reader never sees half a file; a file
 * that does not parse is ignored (recomputed). Thread-safe.
 */
public final class DescriptorCache {

    private static final byte[] MAGIC = "SIFTSOAP".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 1;

    private final Map<String, double[]> memory = new ConcurrentHashMap<>();
    private final Path directory;

    /** In memory only. */
    public DescriptorCache() {
        this.directory = null;
    }

    /** In memory and in {@code directory} (created if needed). */
    public DescriptorCache(Path directory) throws IOException {
        this.directory = directory;
        Files.createDirectories(directory);
    }

    public static DescriptorCache memoryOnly() {
        return new DescriptorCache();
    }

    /** Number of entries in memory. */
    public int size() {
        return memory.size();
    }

    /** The hash of one configuration's descriptor request. */
    public static String key(Configuration c, SoapParameters p, List<String> species, String kind) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            ByteBuffer b = ByteBuffer.allocate(8 * (c.positions().length + 9 + 8) + 64);
            md.update(("sift-soap-v3|" + p + "|" + species + "|" + kind + "|" + String.join(",", c.species()))
                    .getBytes(StandardCharsets.UTF_8));
            for (double x : c.positions()) b.putDouble(x);
            for (double x : c.cell().vectors()) b.putDouble(x);
            for (boolean f : c.cell().pbc()) b.put((byte) (f ? 1 : 0));
            b.flip();
            md.update(b);
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stored vector, or null; a vector read from the directory is kept in memory. */
    public double[] get(String key) {
        return get(key, true);
    }

    /** The stored vector, or null; with {@code remember} false a vector read from the directory is not kept in memory. */
    public double[] get(String key, boolean remember) {
        double[] v = memory.get(key);
        if (v != null || directory == null) {
            return v;
        }
        Path f = directory.resolve(key + ".soap");
        if (!Files.isRegularFile(f)) {
            return null;
        }
        try (InputStream raw = Files.newInputStream(f);
                DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            byte[] magic = in.readNBytes(MAGIC.length);
            if (!java.util.Arrays.equals(magic, MAGIC) || in.readInt() != VERSION) {
                return null;
            }
            int n = in.readInt();
            if (n < 0) {
                return null;
            }
            double[] d = new double[n];
            for (int i = 0; i < n; i++) {
                d[i] = in.readDouble();
            }
            if (remember) {
                memory.put(key, d);
            }
            return d;
        } catch (IOException e) {
            return null;
        }
    }

    /** Stores a vector (the array is kept: do not modify it afterwards). */
    public void put(String key, double[] value) {
        put(key, value, true);
    }

    /**
     * Stores a vector in the directory (if any) and, if {@code inMemory}, in memory (then the array is
     * kept: do not modify it afterwards). Without {@code inMemory} the array is only read during the call.
     */
    public void put(String key, double[] value, boolean inMemory) {
        if (inMemory) {
            memory.put(key, value);
        }
        if (directory == null) {
            return;
        }
        Path f = directory.resolve(key + ".soap");
        try {
            AtomicFiles.writeCacheEntry(f, raw -> {
                DataOutputStream out = new DataOutputStream(raw);
                out.write(MAGIC);
                out.writeInt(VERSION);
                out.writeInt(value.length);
                for (double x : value) {
                    out.writeDouble(x);
                }
                out.flush();
            });
        } catch (IOException e) {
            // a cache that cannot be written is only slower: keep the in-memory entry
        }
    }
}
