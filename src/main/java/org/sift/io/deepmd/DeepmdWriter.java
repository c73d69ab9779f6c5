package org.sift.io.deepmd;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.sift.io.Capabilities;
import org.sift.io.LabelWarnings;
import org.sift.io.WriteOptions;
import org.sift.model.Configuration;
import org.sift.model.Property;
import org.sift.model.Values;

/**
 * Writes a dataset as DeePMD systems: one system per distinct (species sequence, periodicity) in
 * sub-folders {@code sys.000}, {@code sys.001}, ... in order of first appearance, each with
 * {@code type_map.raw} (the same for all systems), {@code type.raw}, {@code nopbc} for
 * non-periodic systems, and the per-frame data as {@code .raw} text (one frame per line, shortest
 * exact decimal form) or as {@code set.000/*.npy} ({@code <f8}). The virial is written as stored
 * or, when only the stress is known, as {@code -stress * V} (eV).
 */
final class DeepmdWriter {

    private DeepmdWriter() {
    }

    static List<String> write(Path root, List<Configuration> configs, WriteOptions options, boolean npy,
                              String formatId, Capabilities caps) throws IOException {
        List<String> warnings = new ArrayList<>(LabelWarnings.check(formatId, caps, configs));
        List<String> typeMap = options.typeMap();
        if (typeMap.isEmpty()) {
            TreeSet<String> all = new TreeSet<>();
            for (Configuration c : configs) {
                all.addAll(Arrays.asList(c.species()));
            }
            typeMap = List.copyOf(all);
        }
        Map<String, Integer> typeOf = new LinkedHashMap<>();
        for (int i = 0; i < typeMap.size(); i++) {
            typeOf.putIfAbsent(typeMap.get(i), i);
        }
        Map<String, List<Configuration>> groups = new LinkedHashMap<>();
        for (Configuration c : configs) {
            for (String s : c.species()) {
                if (!typeOf.containsKey(s)) {
                    throw new IOException("element " + s + " is not in the type map " + String.join(",", typeMap));
                }
            }
            String key = String.join(" ", c.species()) + "|" + c.cell().anyPeriodic();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
        }
        Files.createDirectories(root);
        int sys = 0;
        for (List<Configuration> g : groups.values()) {
            String name = String.format("sys.%03d", sys++);
            Path dir = root.resolve(name);
            Files.createDirectories(dir);
            writeSystem(dir, name, g, typeMap, typeOf, npy, warnings);
        }
        return warnings;
    }

    private static void writeSystem(Path dir, String name, List<Configuration> g, List<String> typeMap,
                                    Map<String, Integer> typeOf, boolean npy, List<String> warnings) throws IOException {
        Configuration first = g.get(0);
        int n = first.size();
        int frames = g.size();
        Files.writeString(dir.resolve("type_map.raw"), String.join("\n", typeMap) + "\n", StandardCharsets.UTF_8);
        StringBuilder types = new StringBuilder();
        for (String s : first.species()) {
            types.append(typeOf.get(s)).append('\n');
        }
        Files.writeString(dir.resolve("type.raw"), types, StandardCharsets.UTF_8);
        boolean periodic = first.cell().anyPeriodic();
        if (!periodic) {
            Files.writeString(dir.resolve("nopbc"), "");
        }
        Path out = dir;
        if (npy) {
            out = dir.resolve("set.000");
            Files.createDirectories(out);
        }
        Block block = new Block(out, npy, frames);
        try {
            fill(block, g, name, n, npy, warnings);
        } catch (IOException | RuntimeException e) {
            block.abort();
            throw e;
        }
        block.close();
    }

    private static void fill(Block block, List<Configuration> g, String name, int n, boolean npy, List<String> warnings)
            throws IOException {
        block.reals("box", 9, c -> c.cell().vectors());
        block.reals("coord", 3 * n, Configuration::positions);
        if (present(g, c -> c.energy() == null ? null : new double[] {c.energy()}, "energy", name, warnings)) {
            block.reals("energy", 1, c -> new double[] {c.energy()});
        }
        if (present(g, Configuration::forces, "forces", name, warnings)) {
            block.reals("force", 3 * n, Configuration::forces);
        }
        if (present(g, Configuration::virialOrDerived, "virial", name, warnings)) {
            block.reals("virial", 9, Configuration::virialOrDerived);
        }
        extras(block, g, name, n, false, npy, warnings);
        extras(block, g, name, n, true, npy, warnings);
        for (Configuration c : g) {
            block.row(c);
        }
    }

    /** True if every frame has the label; a warning if only some do. */
    private static boolean present(List<Configuration> g, Function<Configuration, double[]> get, String label,
                                   String sys, List<String> warnings) {
        int have = 0;
        for (Configuration c : g) {
            if (get.apply(c) != null) {
                have++;
            }
        }
        if (have > 0 && have < g.size()) {
            warnings.add("label '" + label + "' is missing in " + (g.size() - have) + " of " + g.size()
                    + " configurations of " + sys + "; not written for that system");
        }
        return have == g.size();
    }

    private static void extras(Block block, List<Configuration> g, String sys, int n, boolean perAtom, boolean npy,
                               List<String> warnings) throws IOException {
        Set<String> keys = new LinkedHashSet<>();
        for (Configuration c : g) {
            keys.addAll((perAtom ? c.arrays() : c.info()).keySet());
        }
        for (String key : keys) {
            String why = null;
            Property p0 = (perAtom ? g.get(0).arrays() : g.get(0).info()).get(key);
            boolean ints = p0 != null && p0.values() instanceof Values.Ints;
            if (DeepmdSystems.RESERVED.contains(key) || !key.matches("[A-Za-z0-9_\\-]+")) {
                why = "its name cannot be a DeePMD file name";
            } else {
                for (Configuration c : g) {
                    Property p = (perAtom ? c.arrays() : c.info()).get(key);
                    if (p == null) {
                        why = "missing in some configurations";
                        break;
                    }
                    if (!(p.values() instanceof Values.Reals || p.values() instanceof Values.Ints)) {
                        why = "not numeric";
                        break;
                    }
                    if (!Arrays.equals(p.shape(), p0.shape())) {
                        why = "its shape differs between configurations";
                        break;
                    }
                    ints &= p.values() instanceof Values.Ints;
                }
            }
            if (why != null) {
                warnings.add("label '" + key + "' of " + sys + " not written (" + why + ")");
                continue;
            }
            if (perAtom && !npy && !DeepmdSystems.perAtomName(key)) {
                warnings.add("per-atom label '" + key + "' of " + sys + " written to " + key
                        + ".raw reads back as a per-configuration label (raw files keep no per-atom shape)");
            }
            int size = p0.values().size();
            int[] shape;
            if (perAtom && npy) {
                shape = new int[] {n, size / n};
            } else {
                shape = new int[] {size};
            }
            block.extra(key, shape, ints, c -> (perAtom ? c.arrays() : c.info()).get(key));
        }
    }

    /** The per-frame files of one system (or set), filled row by row. */
    private static final class Block implements AutoCloseable {
        private final Path dir;
        private final boolean npy;
        private final int frames;
        private final List<Field> fields = new ArrayList<>();

        private record Field(String name, int[] rowShape, boolean ints, Function<Configuration, Values> get,
                             double[] reals, long[] longs, BufferedWriter text, int[] filled) {
        }

        Block(Path dir, boolean npy, int frames) {
            this.dir = dir;
            this.npy = npy;
            this.frames = frames;
        }

        void reals(String name, int width, Function<Configuration, double[]> get) throws IOException {
            add(name, new int[] {width}, false, c -> new Values.Reals(get.apply(c)));
        }

        void extra(String name, int[] rowShape, boolean ints, Function<Configuration, Property> get) throws IOException {
            add(name, rowShape, ints, c -> get.apply(c).values());
        }

        private void add(String name, int[] rowShape, boolean ints, Function<Configuration, Values> get) throws IOException {
            int width = 1;
            for (int s : rowShape) {
                width *= s;
            }
            long total = (long) width * frames;
            if (npy && total > Integer.MAX_VALUE - 16) {
                throw new IOException(name + ".npy would hold " + total + " values; too many for one set");
            }
            if (npy) {
                fields.add(new Field(name, rowShape, ints, get, ints ? null : new double[(int) total],
                        ints ? new long[(int) total] : null, null, new int[1]));
            } else {
                fields.add(new Field(name, rowShape, ints, get, null, null,
                        Files.newBufferedWriter(dir.resolve(name + ".raw"), StandardCharsets.UTF_8), new int[1]));
            }
        }

        void row(Configuration c) throws IOException {
            for (Field f : fields) {
                Values v = f.get.apply(c);
                int k = v.size();
                if (npy) {
                    int off = f.filled[0];
                    if (v instanceof Values.Ints iv && f.ints) {
                        System.arraycopy(iv.values(), 0, f.longs, off, k);
                    } else if (v instanceof Values.Ints iv) {
                        for (int i = 0; i < k; i++) {
                            f.reals[off + i] = iv.values()[i];
                        }
                    } else {
                        System.arraycopy(((Values.Reals) v).values(), 0, f.reals, off, k);
                    }
                    f.filled[0] += k;
                } else {
                    StringBuilder sb = new StringBuilder(k * 24);
                    for (int i = 0; i < k; i++) {
                        if (i > 0) {
                            sb.append(' ');
                        }
                        sb.append(v instanceof Values.Ints iv ? Long.toString(iv.values()[i])
                                : Double.toString(((Values.Reals) v).values()[i]));
                    }
                    f.text.write(sb.append('\n').toString());
                }
            }
        }

        /** Closes open text files after a failure, writing nothing more. */
        void abort() {
            for (Field f : fields) {
                if (f.text != null) {
                    try {
                        f.text.close();
                    } catch (IOException ignored) {
                        // the write already failed; the caller reports that failure
                    }
                }
            }
        }

        @Override
        public void close() throws IOException {
            for (Field f : fields) {
                if (npy) {
                    int[] shape = new int[f.rowShape.length + 1];
                    shape[0] = frames;
                    System.arraycopy(f.rowShape, 0, shape, 1, f.rowShape.length);
                    if (f.name.equals("energy")) {
                        shape = new int[] {frames};
                    }
                    Path p = dir.resolve(f.name + ".npy");
                    if (f.ints) {
                        Npy.writeInts(p, shape, f.longs);
                    } else {
                        Npy.write(p, shape, f.reals);
                    }
                } else {
                    f.text.close();
                }
            }
        }
    }
}
