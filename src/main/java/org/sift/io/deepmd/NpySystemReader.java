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

/** Reads one DeePMD npy system: every {@code set.*} folder in numeric order, frames in file order. */
final class NpySystemReader {

    private NpySystemReader() {
    }

    static List<Configuration> read(Path dir, ReadOptions options, ProgressMonitor monitor) throws IOException {
        String[] species = DeepmdSystems.species(dir, options);
        int n = species.length;
        boolean periodic = DeepmdSystems.isPeriodic(dir);
        List<Configuration> out = new ArrayList<>();
        for (Path set : DeepmdSystems.setFolders(dir)) {
            monitor.checkCancelled();
            if (Files.exists(set.resolve("real_atom_types.npy"))) {
                throw new FormatException(set.toString(), 0, "mixed-type DeePMD systems (real_atom_types.npy) are not "
                        + "supported; convert to one system per composition");
            }
            Path coordPath = set.resolve("coord.npy");
            Npy.Array coord = Npy.read(coordPath);
            int frames = coord.rows();
            check(coordPath, coord, frames, 3 * n, n + " atoms in type.raw x 3");
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
                Map<String, Property> info = DeepmdSystems.newMap();
                Map<String, Property> arrays = DeepmdSystems.newMap();
                for (Map.Entry<String, Npy.Array> x : extras.entrySet()) {
                    Npy.Array a = x.getValue();
                    int k = a.rowSize();
                    boolean perAtom = k > 0 && k % n == 0
                            && ((a.shape().length == 3 && a.shape()[1] == n) || DeepmdSystems.perAtomName(x.getKey()));
                    Property p = a.isInteger()
                            ? DeepmdSystems.extra(x.getKey(), null, a.intRow(i), perAtom, n)
                            : DeepmdSystems.extra(x.getKey(), a.row(i), null, perAtom, n);
                    DeepmdSystems.put(info, arrays, p, perAtom);
                }
                Configuration c = DeepmdSystems.frame(species, periodic, box == null ? null : box.row(i), coord.row(i),
                        energy == null ? null : energy.get(i), force == null ? null : force.row(i),
                        virial == null ? null : virial.row(i), info, arrays);
                String bad = ConfigurationChecks.cellProblem(c.cell(), n);
                if (bad != null) {
                    throw new FormatException(set.resolve("box.npy").toString(), 0, "frame " + i + ": " + bad);
                }
                out.add(c);
            }
        }
        return out;
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
