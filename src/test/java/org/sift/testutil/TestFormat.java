package org.sift.testutil;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sift.concurrent.ProgressMonitor;
import org.sift.io.Capabilities;
import org.sift.io.FormatException;
import org.sift.io.FormatRegistry;
import org.sift.io.ReadOptions;
import org.sift.io.StructureFormat;
import org.sift.io.WriteOptions;
import org.sift.model.Cell;
import org.sift.model.Configuration;
import org.sift.model.Property;

/**
 * A minimal multi-frame text format for workflow and CLI tests (extension {@code tsf}), so those
 * tests do not depend on the real readers: per frame a line {@code frame NATOMS ENERGY|none key=value ...}
 * then one line {@code Sp x y z} per atom. Keeps species, positions, energy and string info labels.
 */
public final class TestFormat implements StructureFormat {

    public static FormatRegistry registry() {
        return new FormatRegistry(List.of(new TestFormat()));
    }

    @Override public String id() { return "tsf"; }
    @Override public String description() { return "test format"; }
    @Override public List<String> extensions() { return List.of("tsf"); }
    @Override public boolean multiFrame() { return true; }
    @Override public boolean canRead() { return true; }
    @Override public boolean canWrite() { return true; }
    @Override public Capabilities capabilities() { return null; }
    @Override public boolean sniff(Path path, byte[] head) { return new String(head).startsWith("frame "); }

    @Override
    public List<Configuration> read(Path path, ReadOptions options, ProgressMonitor monitor) throws IOException {
        List<Configuration> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(path)) {
            String line;
            int ln = 0;
            while ((line = r.readLine()) != null) {
                ln++;
                String[] h = line.split(" ");
                if (!h[0].equals("frame")) throw new FormatException(path.toString(), ln, "expected 'frame'");
                int n = Integer.parseInt(h[1]);
                Double e = h[2].equals("none") ? null : Double.parseDouble(h[2]);
                Map<String, Property> info = new LinkedHashMap<>();
                for (int k = 3; k < h.length; k++) {
                    String[] kv = h[k].split("=", 2);
                    info.put(kv[0], Property.scalar(kv[0], kv[1]));
                }
                String[] sp = new String[n];
                double[] pos = new double[3 * n];
                for (int a = 0; a < n; a++) {
                    String[] t = r.readLine().split(" ");
                    ln++;
                    sp[a] = t[0];
                    for (int c = 0; c < 3; c++) pos[3 * a + c] = Double.parseDouble(t[1 + c]);
                }
                out.add(new Configuration(sp, pos, Cell.none(), e, null, null, null, info, null));
            }
        }
        return out;
    }

    @Override
    public List<String> write(Path path, List<Configuration> configurations, WriteOptions options) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Configuration c : configurations) {
            sb.append("frame ").append(c.size()).append(' ').append(c.energy() == null ? "none" : Double.toString(c.energy()));
            c.info().forEach((k, p) -> sb.append(' ').append(k).append('=').append(p.asText()));
            sb.append('\n');
            for (int a = 0; a < c.size(); a++) {
                sb.append(c.species()[a]).append(' ').append(c.position(a, 0)).append(' ').append(c.position(a, 1))
                        .append(' ').append(c.position(a, 2)).append('\n');
            }
        }
        Files.writeString(path, sb.toString());
        return List.of();
    }
}
