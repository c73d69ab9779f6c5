package org.sift.io.deepmd;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.sift.io.FormatException;
import org.sift.io.ReadOptions;
import org.sift.io.text.LineReader;
import org.sift.model.Cell;
import org.sift.model.Configuration;
import org.sift.model.Property;
import org.sift.model.Values;

/**
 * What the two DeePMD layouts share: finding systems in a folder tree, the type map, periodicity
 * ({@code nopbc}), and turning one frame's rows into a {@link Configuration}.
 *
 * <p>A system is a folder holding {@code type.raw} (one integer type per atom) and, optionally,
 * {@code type_map.raw} (one element name per type). Per-frame data, one row per frame:
 * {@code box} (9 values, lattice vectors as rows, Å), {@code coord} (3N, Å), {@code energy} (1, eV),
 * {@code force} (3N, eV/Å), {@code virial} (9, eV, {@code -stress * V}). A file named {@code nopbc}
 * marks a non-periodic system (its box may then be absent). Any further per-frame file becomes a
 * property: per atom (shape {@code [N]} or {@code [N, k]}) for {@code aparam}, {@code spin},
 * {@code force_mag} and names starting with {@code atom}, or for npy arrays of three dimensions
 * {@code (frames, N, k)}; otherwise per configuration (shape {@code []} or {@code [k]}).
 */
final class DeepmdSystems {

    /** Files with a fixed meaning; never read or written as extra properties. */
    static final Set<String> RESERVED = Set.of("type", "type_map", "box", "coord", "energy", "force", "virial",
            "nopbc", "real_atom_types");

    private DeepmdSystems() {
    }

    /** Which systems a search accepts. */
    enum Layout { RAW, NPY, MIXED, ANY }

    /** True if {@code dir} is a system of the given layout. */
    static boolean isSystem(Path dir, Layout layout) {
        if (!Files.isRegularFile(dir.resolve("type.raw"))) {
            return false;
        }
        return switch (layout) {
            case RAW -> Files.isRegularFile(dir.resolve("coord.raw"));
            case NPY -> hasSets(dir) && !isMixed(dir);
            case MIXED -> hasSets(dir) && isMixed(dir);
            case ANY -> Files.isRegularFile(dir.resolve("coord.raw")) || hasSets(dir);
        };
    }

    /** True if the system keeps its frames in {@code set.*} folders (DeePMD-kit reads those first). */
    static boolean hasSets(Path dir) {
        try {
            return !setFolders(dir).isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * True if a set of the system holds {@code real_atom_types.npy}: a mixed-type system (dpdata's
     * {@code deepmd/npy/mixed}), whose frames each name their own atom types.
     */
    static boolean isMixed(Path dir) {
        try {
            return setFolders(dir).stream().anyMatch(s -> Files.isRegularFile(s.resolve(MIXED_TYPES)));
        } catch (IOException e) {
            return false;
        }
    }

    /** The per-set file of a mixed-type system: atom types per frame, {@code -1} for a padding atom. */
    static final String MIXED_TYPES = "real_atom_types.npy";

    /** The {@code set.*} folders of a system that hold {@code coord.npy}, in numeric order. */
    static List<Path> setFolders(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("set.") && Files.isDirectory(p)
                            && Files.isRegularFile(p.resolve("coord.npy")))
                    .sorted(Comparator.comparing(DeepmdSystems::setKey))
                    .toList();
        }
    }

    private static String setKey(Path p) {
        String s = p.getFileName().toString().substring(4);
        // pad numeric suffixes so that set.10 follows set.9
        return s.chars().allMatch(Character::isDigit) ? "0".repeat(Math.max(0, 12 - s.length())) + s : s;
    }

    /**
     * Null if {@code root} holds nothing but DeePMD systems (folders with {@code type.raw}, their
     * {@code .raw} files, {@code nopbc} and {@code set.*} folders of {@code .npy} files), else why
     * not, naming the first other file or folder. Nothing is followed through symbolic links.
     */
    static String whyNotOnlySystems(Path root) throws IOException {
        List<Path> all;
        try (Stream<Path> s = Files.walk(root)) {
            all = s.sorted().toList();
        }
        for (Path p : all) {
            if (p.equals(root) && !Files.isRegularFile(p.resolve("type.raw"))) {
                continue;
            }
            String name = p.getFileName().toString();
            Path parent = p.getParent();
            boolean inSystem = Files.isRegularFile(parent.resolve("type.raw"), java.nio.file.LinkOption.NOFOLLOW_LINKS);
            boolean inSet = parent.getFileName().toString().matches("set\\.\\d+")
                    && Files.isRegularFile(parent.getParent().resolve("type.raw"), java.nio.file.LinkOption.NOFOLLOW_LINKS);
            boolean ok;
            if (Files.isSymbolicLink(p)) {
                ok = false;
            } else if (Files.isDirectory(p)) {
                ok = Files.isRegularFile(p.resolve("type.raw")) || (inSystem && name.matches("set\\.\\d+"));
            } else {
                ok = (inSystem && (name.endsWith(".raw") || name.equals("nopbc"))) || (inSet && name.endsWith(".npy"));
            }
            if (!ok) {
                return "it holds " + root.relativize(p) + ", which is not part of a DeePMD system (Sift replaces only "
                        + "a folder of DeePMD systems, the kind it writes)";
            }
        }
        return null;
    }

    /**
     * Every system folder at or below {@code root}, in sorted path order, looking at most
     * {@code maxDepth} levels down and stopping after {@code limit} systems.
     */
    static List<Path> findSystems(Path root, Layout layout, int maxDepth, int limit) throws IOException {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        try (Stream<Path> s = Files.walk(root, maxDepth)) {
            for (Path p : (Iterable<Path>) s.filter(Files::isDirectory).sorted()::iterator) {
                if (isSystem(p, layout)) {
                    out.add(p);
                    if (out.size() >= limit) {
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** Species of each atom from {@code type.raw} and {@code type_map.raw} (or the user's type map). */
    static String[] species(Path dir, ReadOptions options) throws IOException {
        long[] types = types(dir);
        long maxType = -1;
        for (long t : types) {
            maxType = Math.max(maxType, t);
        }
        List<String> map = typeMap(dir, options);
        if (maxType >= map.size()) {
            throw new FormatException(dir.resolve("type.raw").toString(), 0, "atom type " + maxType
                    + " has no element in " + typeMapSource(dir, options) + " (" + map.size() + " names: "
                    + String.join(",", map) + ")");
        }
        String[] species = new String[types.length];
        for (int i = 0; i < species.length; i++) {
            species[i] = map.get((int) types[i]);
        }
        return species;
    }

    /** The atom types of {@code type.raw}, one integer per atom, each non-negative; never empty. */
    static long[] types(Path dir) throws IOException {
        Path typeFile = dir.resolve("type.raw");
        List<Long> types = new ArrayList<>();
        try (LineReader r = new LineReader(typeFile)) {
            while (r.next() != null) {
                for (int i = 0; i < r.fieldCount(); i++) {
                    long t = r.integer(i, "an atom type");
                    if (t < 0) {
                        throw r.error("atom types must be non-negative, got " + t);
                    }
                    types.add(t);
                }
            }
        }
        if (types.isEmpty()) {
            throw new FormatException(typeFile.toString(), 0, "type.raw is empty; expected one integer type per atom");
        }
        return types.stream().mapToLong(Long::longValue).toArray();
    }

    /** Where the element names come from, for messages. */
    static String typeMapSource(Path dir, ReadOptions options) {
        Path mapFile = dir.resolve("type_map.raw");
        return Files.isRegularFile(mapFile) ? mapFile.toString() : "the type map given";
    }

    /**
     * The element of each type: {@code type_map.raw} (names mapped through the user's aliases), else
     * the user's type map; every name must be an element symbol.
     */
    static List<String> typeMap(Path dir, ReadOptions options) throws IOException {
        List<String> map = new ArrayList<>();
        Path mapFile = dir.resolve("type_map.raw");
        if (Files.isRegularFile(mapFile)) {
            try (LineReader r = new LineReader(mapFile)) {
                while (r.next() != null) {
                    for (int i = 0; i < r.fieldCount(); i++) {
                        String name = options.element(r.field(i));
                        if (!org.sift.model.Elements.isElement(name)) {
                            throw r.error("'" + r.field(i) + "' is not an element symbol (if it names one, map it: "
                                    + "--type-map " + r.field(i) + "=O)");
                        }
                        map.add(name);
                    }
                }
            }
        } else if (!options.typeMap().isEmpty()) {
            for (String t : options.typeMap()) {
                map.add(options.element(t));
            }
        } else {
            throw new FormatException(dir.toString(), 0, "type_map.raw is missing and no type map was given: "
                    + "a type map is needed to name the elements of the atom types (e.g. --type-map O,H)");
        }
        return map;
    }

    static boolean isPeriodic(Path dir) {
        return !Files.exists(dir.resolve("nopbc"));
    }

    /** True if an extra per-frame file of this name holds per-atom values. */
    static boolean perAtomName(String name) {
        return name.equals("aparam") || name.equals("spin") || name.equals("force_mag") || name.startsWith("atom");
    }

    /** Name of a per-frame file without its extension. */
    static String stem(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? n : n.substring(0, dot);
    }

    /**
     * One configuration from its rows.
     *
     * @param box    9 values or null (no cell)
     * @param coord  3N values, Å
     * @param energy eV or null
     * @param force  3N values or null
     * @param virial 9 values or null
     */
    static Configuration frame(String[] species, boolean periodic, double[] box, double[] coord, Double energy,
                               double[] force, double[] virial, Map<String, Property> info,
                               Map<String, Property> arrays) {
        Cell cell = box == null ? Cell.none() : new Cell(box, new boolean[] {periodic, periodic, periodic});
        return new Configuration(species, coord, cell, energy, force, null, virial, info, arrays);
    }

    /** An extra row as a property: per atom if {@code perAtom} (shape [N] or [N, k]), else per frame. */
    static Property extra(String name, double[] reals, long[] ints, boolean perAtom, int atoms) {
        int len = reals != null ? reals.length : ints.length;
        int[] shape;
        if (perAtom) {
            int k = len / atoms;
            shape = k == 1 ? new int[] {atoms} : new int[] {atoms, k};
        } else {
            shape = len == 1 ? new int[0] : new int[] {len};
        }
        Values v = reals != null ? new Values.Reals(reals) : new Values.Ints(ints);
        return new Property(name, v, shape, null);
    }

    /** Adds the property to the map chosen by its kind. */
    static void put(Map<String, Property> info, Map<String, Property> arrays, Property p, boolean perAtom) {
        (perAtom ? arrays : info).put(p.name(), p);
    }

    static Map<String, Property> newMap() {
        return new LinkedHashMap<>();
    }
}
