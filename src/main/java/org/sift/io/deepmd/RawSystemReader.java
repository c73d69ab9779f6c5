package org.sift.io.deepmd;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.sift.concurrent.ProgressMonitor;
import org.sift.io.ConfigurationChecks;
import org.sift.io.FormatException;
import org.sift.io.ReadOptions;
import org.sift.io.text.LineReader;
import org.sift.model.Configuration;
import org.sift.model.Property;

/**
 * Reads one DeePMD raw system: every per-frame {@code .raw} file is read in step, line by line
 * (one frame per non-blank line), so that the first file to end early or to hold a malformed row
 * is named with its line.
 */
final class RawSystemReader {

    private RawSystemReader() {
    }

    /** One per-frame file being read. */
    private static final class Column implements AutoCloseable {
        final String name;
        final Path path;
        final LineReader reader;
        final int expected; // values per row, or -1 for "as the first row"
        int width = -1;
        final boolean perAtom;

        Column(String name, Path path, int expected, boolean perAtom) throws IOException {
            this.name = name;
            this.path = path;
            this.reader = new LineReader(path);
            this.expected = expected;
            this.perAtom = perAtom;
        }

        /** The next row, or null at the end of the file. */
        double[] row(String meaning) throws IOException {
            if (reader.nextNonBlank() == null) {
                return null;
            }
            int n = reader.fieldCount();
            int want = expected >= 0 ? expected : width;
            if (want >= 0 && n != want) {
                throw reader.error("expected " + want + " values (" + meaning + ") in this frame, got " + n);
            }
            width = n;
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = reader.real(i, name + " value " + (i + 1));
            }
            return v;
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }

    static List<Configuration> read(Path dir, ReadOptions options, ProgressMonitor monitor) throws IOException {
        String[] species = DeepmdSystems.species(dir, options);
        int n = species.length;
        boolean periodic = DeepmdSystems.isPeriodic(dir);
        Path boxPath = dir.resolve("box.raw");
        if (periodic && !Files.isRegularFile(boxPath)) {
            throw new FormatException(dir.toString(), 0, "box.raw is missing (needed unless the system has a nopbc file)");
        }
        List<Column> cols = new ArrayList<>();
        try {
            Column coord = new Column("coord", dir.resolve("coord.raw"), 3 * n, false);
            cols.add(coord);
            Column box = Files.isRegularFile(boxPath) ? add(cols, new Column("box", boxPath, 9, false)) : null;
            Column energy = optional(cols, dir, "energy", 1);
            Column force = optional(cols, dir, "force", 3 * n);
            Column virial = optional(cols, dir, "virial", 9);
            List<Column> extras = new ArrayList<>();
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".raw") && Files.isRegularFile(p))
                        .sorted().toList()) {
                    String stem = DeepmdSystems.stem(p);
                    if (DeepmdSystems.RESERVED.contains(stem)) {
                        continue;
                    }
                    extras.add(add(cols, new Column(stem, p, -1, DeepmdSystems.perAtomName(stem))));
                }
            }
            String meaning3n = n + " atoms in type.raw x 3";
            List<Configuration> out = new ArrayList<>();
            int frame = 0;
            while (true) {
                monitor.checkCancelled();
                double[] x = coord.row(meaning3n);
                if (x == null) {
                    for (Column c : cols) {
                        if (c != coord && c.reader.nextNonBlank() != null) {
                            throw new FormatException(c.path.toString(), c.reader.lineNumber(), c.path.getFileName()
                                    + " has more frames than coord.raw (" + frame + " frames); every per-frame file"
                                    + " needs one line per frame");
                        }
                    }
                    break;
                }
                double[] b = box == null ? null : need(box, frame, "9 box components");
                double[] e = energy == null ? null : need(energy, frame, "1 energy");
                double[] f = force == null ? null : need(force, frame, meaning3n);
                double[] v = virial == null ? null : need(virial, frame, "9 virial components");
                Map<String, Property> info = DeepmdSystems.newMap();
                Map<String, Property> arrays = DeepmdSystems.newMap();
                for (Column c : extras) {
                    double[] row = need(c, frame, "as many as in its first frame");
                    boolean perAtom = c.perAtom && row.length % n == 0 && row.length > 0;
                    DeepmdSystems.put(info, arrays, DeepmdSystems.extra(c.name, row, null, perAtom, n), perAtom);
                }
                Configuration c = DeepmdSystems.frame(species, periodic, b, x, e == null ? null : e[0], f, v, info, arrays);
                String bad = ConfigurationChecks.cellProblem(c.cell(), n);
                if (bad != null) {
                    throw new FormatException(boxPath.toString(), box.reader.lineNumber(), "frame " + frame + ": " + bad);
                }
                out.add(c);
                frame++;
            }
            return out;
        } finally {
            for (Column c : cols) {
                c.close();
            }
        }
    }

    private static Column add(List<Column> cols, Column c) {
        cols.add(c);
        return c;
    }

    private static Column optional(List<Column> cols, Path dir, String name, int expected) throws IOException {
        Path p = dir.resolve(name + ".raw");
        return Files.isRegularFile(p) ? add(cols, new Column(name, p, expected, false)) : null;
    }

    private static double[] need(Column c, int frame, String meaning) throws IOException {
        double[] r = c.row(meaning);
        if (r == null) {
            throw new FormatException(c.path.toString(), c.reader.lineNumber(), c.path.getFileName() + " has only "
                    + frame + " frames, but coord.raw has more; every per-frame file needs one line per frame");
        }
        return r;
    }
}
