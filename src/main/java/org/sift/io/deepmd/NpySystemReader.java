package org.sift.io.deepmd;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.sift.concurrent.ProgressMonitor;
import org.sift.io.ConfigurationChecks;
import org.sift.io.FormatException;
import org.sift.io.ReadOptions;
import org.sift.model.Configuration;
import org.sift.model.Property;

/**
 * Reads one DeePMD npy system: every {@code set.*} folder in numeric order, frames in file order.
 *
 * <p>A mixed-type system (dpdata's {@code deepmd/npy/mixed}) has {@code real_atom_types.npy} in
 * every set, shape {@code (frames, N)}, integers: the type of atom {@code i} in frame {@code f}, an
 * index into {@code type_map.raw} (or the user's type map), or {@code -1} for a padding ("virtual")
 * atom. {@code type.raw} then only gives the padded atom count {@code N} (its types, all 0 as dpdata
 * writes them, are not used). Each frame keeps its real atoms, in file order: padding atoms are
 * dropped from the coordinates, forces and per-atom arrays.
 */
final class NpySystemReader {

    private NpySystemReader() {
    }

    static List<Configuration> read(Path dir, ReadOptions options, ProgressMonitor monitor) throws IOException {
        List<Path> sets = DeepmdSystems.setFolders(dir);
        boolean mixed = DeepmdSystems.isMixed(dir);
        String[] species;
        List<String> typeMap;
        if (mixed) {
            species = null;
            typeMap = DeepmdSystems.typeMap(dir, options);
        } else {
            species = DeepmdSystems.species(dir, options);
            typeMap = null;
        }
        int n = mixed ? DeepmdSystems.types(dir).length : species.length;
        boolean periodic = DeepmdSystems.isPeriodic(dir);
        List<Configuration> out = new ArrayList<>();
        for (Path set : sets) {
            monitor.checkCancelled();
            Path coordPath = set.resolve("coord.npy");
            Npy.Array coord = Npy.read(coordPath);
            int frames = coord.rows();
            check(coordPath, coord, frames, 3 * n, n + " atoms in type.raw x 3");
            Npy.Array realTypes = null;
            if (mixed) {
                Path p = set.resolve(DeepmdSystems.MIXED_TYPES);
                if (!Files.isRegularFile(p)) {
                    throw new FormatException(set.toString(), 0, DeepmdSystems.MIXED_TYPES + " is missing: another set "
                            + "of this mixed-type system has one, and every set needs it");
                }
                realTypes = Npy.read(p);
                check(p, realTypes, frames, n, n + " atoms in type.raw");
                if (!realTypes.isInteger()) {
                    throw new FormatException(p.toString(), 0, "atom types must be integers, got a real array");
                }
            }
            Npy.Array box = load(set, "box", frames, 9, "9 box components");
            if (box == null && periodic) {
                throw new FormatException(set.toString(), 0, "box.npy is missing (needed unless the system has a nopbc file)");
            }
            Npy.Array energy = load(set, "energy", frames, 1, "1 energy");
            Npy.Array force = load(set, "force", frames, 3 * n, n + " atoms x 3");
            Npy.Array virial = load(set, "virial", frames, 9, "9 virial components");
            Map<String, Npy.Array> extras = new LinkedHashMap<>();
            try (Stream<Path> s = Files.list(set)) {
                for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".npy") && Files.isRegularFile(p))
                        .sorted().toList()) {
                    String stem = DeepmdSystems.stem(p);
                    if (DeepmdSystems.RESERVED.contains(stem)) {
                        continue;
                    }
                    Npy.Array a = Npy.read(p);
                    if (a.rows() != frames || a.shape().length == 0) {
                        throw new FormatException(p.toString(), 0, "expected " + frames + " frames (as coord.npy), got shape "
                                + Arrays.toString(a.shape()));
                    }
                    extras.put(stem, a);
                }
            }
            for (int i = 0; i < frames; i++) {
                String[] sp = species;
                boolean[] real = null;
                if (mixed) {
                    long[] t = realTypes.intRow(i);
                    real = new boolean[n];
                    List<String> names = new ArrayList<>();
                    for (int j = 0; j < n; j++) {
                        if (t[j] < -1 || t[j] >= typeMap.size()) {
                            throw new FormatException(set.resolve(DeepmdSystems.MIXED_TYPES).toString(), 0, "frame " + i
                                    + ", atom " + j + ": type " + t[j] + " is neither -1 (padding) nor a type of "
                                    + DeepmdSystems.typeMapSource(dir, options) + " (" + typeMap.size() + " names: "
                                    + String.join(",", typeMap) + ")");
                        }
                        real[j] = t[j] >= 0;
                        if (real[j]) {
                            names.add(typeMap.get((int) t[j]));
                        }
                    }
                    if (names.isEmpty()) {
                        throw new FormatException(set.resolve(DeepmdSystems.MIXED_TYPES).toString(), 0, "frame " + i
                                + " has no real atom (every type is -1)");
                    }
                    sp = names.toArray(new String[0]);
                }
                int atoms = sp.length;
                Map<String, Property> info = DeepmdSystems.newMap();
                Map<String, Property> arrays = DeepmdSystems.newMap();
                for (Map.Entry<String, Npy.Array> x : extras.entrySet()) {
                    Npy.Array a = x.getValue();
                    int k = a.rowSize();
                    boolean perAtom = k > 0 && k % n == 0
                            && ((a.shape().length == 3 && a.shape()[1] == n) || DeepmdSystems.perAtomName(x.getKey()));
                    Property p = a.isInteger()
                            ? DeepmdSystems.extra(x.getKey(), null, perAtom ? realOnly(a.intRow(i), real) : a.intRow(i),
                                    perAtom, atoms)
                            : DeepmdSystems.extra(x.getKey(), perAtom ? realOnly(a.row(i), real) : a.row(i), null,
                                    perAtom, atoms);
                    DeepmdSystems.put(info, arrays, p, perAtom);
                }
                Configuration c = DeepmdSystems.frame(sp, periodic, box == null ? null : box.row(i),
                        realOnly(coord.row(i), real), energy == null ? null : energy.get(i),
                        force == null ? null : realOnly(force.row(i), real),
                        virial == null ? null : virial.row(i), info, arrays);
                String bad = ConfigurationChecks.cellProblem(c.cell(), atoms);
                if (bad != null) {
                    throw new FormatException(set.resolve("box.npy").toString(), 0, "frame " + i + ": " + bad);
                }
                out.add(c);
            }
        }
        return out;
    }

    /**
     * The values of the real atoms of a per-atom row ({@code N * k} values, atom-major), or the row
     * itself if {@code real} is null (no padding).
     */
    static double[] realOnly(double[] row, boolean[] real) {
        if (real == null) {
            return row;
        }
        int k = row.length / real.length;
        double[] out = new double[count(real) * k];
        int o = 0;
        for (int j = 0; j < real.length; j++) {
            if (real[j]) {
                System.arraycopy(row, j * k, out, o, k);
                o += k;
            }
        }
        return out;
    }

    static long[] realOnly(long[] row, boolean[] real) {
        if (real == null) {
            return row;
        }
        int k = row.length / real.length;
        long[] out = new long[count(real) * k];
        int o = 0;
        for (int j = 0; j < real.length; j++) {
            if (real[j]) {
                System.arraycopy(row, j * k, out, o, k);
                o += k;
            }
        }
        return out;
    }

    private static int count(boolean[] b) {
        int c = 0;
        for (boolean x : b) {
            c += x ? 1 : 0;
        }
        return c;
    }

    private static Npy.Array load(Path set, String name, int frames, int width, String meaning) throws IOException {
        Path p = set.resolve(name + ".npy");
        if (!Files.isRegularFile(p)) {
            return null;
        }
        Npy.Array a = Npy.read(p);
        check(p, a, frames, width, meaning);
        return a;
    }

    private static void check(Path p, Npy.Array a, int frames, int width, String meaning) throws FormatException {
        if (a.shape().length == 0) {
            throw new FormatException(p.toString(), 0, "expected one row per frame, got a scalar");
        }
        if (a.rows() != frames) {
            throw new FormatException(p.toString(), 0, p.getFileName() + " has " + a.rows() + " frames, but coord.npy has "
                    + frames + " (shape " + Arrays.toString(a.shape()) + ")");
        }
        if (frames > 0 && a.rowSize() != width) {
            throw new FormatException(p.toString(), 0, "expected " + width + " values per frame (" + meaning + "), got "
                    + a.rowSize() + " (shape " + Arrays.toString(a.shape()) + ")");
        }
    }
}
