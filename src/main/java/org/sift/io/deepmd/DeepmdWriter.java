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
            Property p0 = (perAtom ? g.get(0).arrays() : g.get(0).info()).get(key);
            String why = p0 == null ? "missing in some configurations" : notWritten(p0);
            boolean ints = p0 != null && p0.values() instanceof Values.Ints;
            if (why == null) {
                for (Configuration c : g) {
                    Property p = (perAtom ? c.arrays() : c.info()).get(key);
                    if (p == null) {
                        why = "missing in some configurations";
                        break;
                    }
                    String w = notWritten(p);
                    if (w != null) {
                        why = w;
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
            String changed = readsBackChanged(p0, perAtom, npy);
            if (changed != null) {
                warnings.add("label '" + key + "' of " + sys + " written to " + key + (npy ? ".npy" : ".raw")
                        + " " + changed);
            }
            int size = p0.values().size();
            int[] shape;
            if (perAtom && npy) {
                shape = new int[] {n, size / n};
            } else if (npy && p0.isScalar()) {
                shape = new int[0]; // one value per frame: shape (frames,), as energy.npy
            } else {
                shape = new int[] {size};
            }
            block.extra(key, shape, ints, c -> (perAtom ? c.arrays() : c.info()).get(key));
        }
    }

    /** Why a property is never written (a name that cannot be a DeePMD file, or values that are not numbers), or null. */
    static String notWritten(Property p) {
        if (DeepmdSystems.RESERVED.contains(p.name()) || !p.name().matches("[A-Za-z0-9_\\-]+")) {
            return "its name cannot be a DeePMD file name";
        }
        if (!(p.values() instanceof Values.Reals || p.values() instanceof Values.Ints)) {
            return "not numeric";
        }
        return null;
    }

    /**
     * How a written property reads back as a different kind, or null if it reads back as written:
     * raw files keep no per-atom shape, so a per-atom property reads back per configuration unless
     * its name is one the reader takes as per-atom ({@link DeepmdSystems#perAtomName}); and a
     * per-configuration property with such a name may read back per atom.
     */
    static String readsBackChanged(Property p, boolean perAtom, boolean npy) {
        boolean atomName = DeepmdSystems.perAtomName(p.name());
        if (perAtom && !npy && !atomName) {
            return "reads back as a per-configuration label (raw files keep no per-atom shape; only aparam, spin,"
                    + " force_mag and atom* files are read per atom)";
        }
        if (!perAtom && atomName) {
            return "may read back as a per-atom label (its name marks a per-atom file)";
        }
        return null;
    }

    /** True if the property is written and reads back as the same kind of label with the same values. */
    static boolean holds(Property p, boolean perAtom, boolean npy) {
        return notWritten(p) == null && readsBackChanged(p, perAtom, npy) == null;
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
