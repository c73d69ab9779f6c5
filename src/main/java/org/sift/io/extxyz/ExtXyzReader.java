package org.sift.io.extxyz;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sift.concurrent.ProgressMonitor;
import org.sift.io.FormatException;
import org.sift.io.LabelKeys;
import org.sift.io.TextInput;
import org.sift.model.Cell;
import org.sift.model.Configuration;
import org.sift.model.Elements;
import org.sift.model.Property;
import org.sift.model.Values;

/**
 * Streaming reader of (extended) XYZ, line by line, following ASE's {@code ase.io.extxyz.read_xyz}.
 *
 * <p>Mapping to the model: {@code Lattice} (9 numbers, row i = lattice vector i, Å) to the cell;
 * {@code pbc} to the periodic flags (default {@code T T T} with a Lattice, {@code F F F} without);
 * info {@code energy} (eV) to the energy; {@code stress} (eV/Å^3, ASE sign) and {@code virial} (eV)
 * to 3x3 tensors, read from 9 values in column-major (Fortran) order as ASE does, or from 6 Voigt
 * values {@code xx yy zz yz xz xy}; the {@code forces:R:3} column (eV/Å) to the forces; the other
 * keys to info and the other columns to per-atom arrays, in file order. The columns
 * {@code species}/{@code symbols}, {@code pos}/{@code positions} and {@code Z}/{@code numbers} are
 * recognised as in ASE (Z, when present, decides the element, as in ASE). A comment line without
 * any {@code key=value} is plain XYZ: no cell, and the line kept as info {@code comment}.
 */
final class ExtXyzReader {

    private final Path path;
    private final String file;
    private final BufferedReader in;
    private long lineNo;
    private final Map<String, String> speciesCache = new HashMap<>();
    private final Map<String, String> shortStrings = new HashMap<>();
    private char[] buf = new char[256];
    /** Atom lines with more fields than their frame declares, and where the first one is. */
    private long extraLines;

    private String extraFirst;

    private final org.sift.io.ReadOptions options;

    private ExtXyzReader(Path path, BufferedReader in, org.sift.io.ReadOptions options) {
        this.path = path;
        this.options = options;
        this.file = path.toString();
        this.in = in;
    }

    static List<Configuration> read(Path path, org.sift.io.ReadOptions options, ProgressMonitor monitor)
            throws IOException {
        try (BufferedReader r = TextInput.reader(path)) {
            return new ExtXyzReader(path, r, options).readAll(monitor);
        }
    }

    private String next() throws IOException {
        String s = in.readLine();
        if (s != null) {
            lineNo++;
        }
        return s;
    }

    private FormatException error(long line, String problem) {
        return new FormatException(file, line, problem);
    }

    private List<Configuration> readAll(ProgressMonitor monitor) throws IOException {
        monitor.begin("Reading " + path.getFileName(), 0);
        List<Configuration> out = new ArrayList<>();
        while (true) {
            monitor.checkCancelled();
            String countLine = next();
            while (countLine != null && countLine.isBlank()) {
                countLine = next();
            }
            if (countLine == null) {
                break;
            }
            long at = lineNo;
            // a byte order mark inside the file: files concatenated with cat, each saved with one
            out.add(readFrame(out.size(), countLine.replace("\uFEFF", "").strip()));
            options.log().frameLine(file, out.size() - 1, at);
            monitor.worked(1);
        }
        if (out.isEmpty()) {
            throw error(Math.max(1, lineNo), "file is empty: expected the number of atoms of the first frame");
        }
        if (extraLines > 0) {
            options.log()
                    .warn(
                            file,
                            extraFirst + "; the extra columns of " + extraLines + " atom line"
                                    + (extraLines == 1 ? " were" : "s were")
                                    + " ignored, as ASE does (declare them in Properties to keep them)");
        }
        return out;
    }

    private record Column(String name, char type, int cols, int first) {
        String describe() {
            return name + ":" + type + ":" + cols;
        }
    }

    private Configuration readFrame(int frame, String countText) throws IOException {
        long countLineNo = lineNo;
        int n;
        try {
            n = Integer.parseInt(countText);
        } catch (NumberFormatException e) {
            throw error(
                    countLineNo,
                    "expected the number of atoms of frame " + frame + " (0-based), found '" + abbreviate(countText)
                            + "'");
        }
        if (n < 0) {
            throw error(countLineNo, "negative number of atoms " + n);
        }
        String comment = next();
        if (comment == null) {
            throw error(countLineNo + 1, "truncated frame " + frame + ": expected the comment line, found end of file");
        }
        long commentLineNo = lineNo;
        String stripped = comment.strip();

        LinkedHashMap<String, Property> info = new LinkedHashMap<>();
        double[] lattice = null;
        boolean[] pbc = null;
        Double energy = null;
        double[] stress = null;
        double[] virial = null;
        String propertiesText = "species:S:1:pos:R:3";
        boolean declared = false;
        if (!stripped.isEmpty() && CommentLine.hasKeyValues(stripped)) {
            LinkedHashMap<String, String> raw = CommentLine.split(stripped);
            for (Map.Entry<String, String> e : raw.entrySet()) {
                String key = e.getKey();
                String value = e.getValue();
                switch (key) {
                    case "Properties" -> {
                        propertiesText = value;
                        declared = true;
                    }
                    case "Lattice" -> {
                        double[] l = numbers(key, value, commentLineNo);
                        if (l.length != 9) {
                            throw error(
                                    commentLineNo,
                                    "Lattice must have 9 numbers (three lattice vectors), found " + l.length + ": '"
                                            + abbreviate(value) + "'");
                        }
                        for (double x : l) {
                            if (!Double.isFinite(x)) {
                                throw error(
                                        commentLineNo, "Lattice has a non-finite number: '" + abbreviate(value) + "'");
                            }
                        }
                        lattice = l;
                    }
                    case "pbc" -> pbc = pbc(value, commentLineNo);
                    case "energy" -> {
                        double[] v = numbers(key, value, commentLineNo);
                        if (v.length != 1) {
                            throw error(commentLineNo, "energy must be one number, found " + v.length);
                        }
                        energy = v[0];
                    }
                    case "stress" -> stress = tensor(key, value, commentLineNo);
                    case "virial" -> virial = tensor(key, value, commentLineNo);
                    default -> info.put(key, CommentLine.typed(key, value));
                }
            }
        } else if (!stripped.isEmpty()) {
            info.put("comment", Property.scalar("comment", stripped));
        }
        if (pbc == null) {
            pbc = lattice != null ? new boolean[] {true, true, true} : new boolean[3];
        }
        if (lattice == null && (pbc[0] || pbc[1] || pbc[2])) {
            throw error(commentLineNo, "pbc=\"" + flags(pbc) + "\" needs a Lattice, but the comment line has none");
        }
        List<Column> columns = properties(propertiesText, commentLineNo);
        int fields = 0;
        for (Column c : columns) {
            fields += c.cols;
        }

        // per-column storage
        // per-column storage, grown as atom lines are actually read: the count is not trusted for allocation
        if ((long) n * fields > Integer.MAX_VALUE - 16) {
            throw error(
                    countLineNo,
                    "the count declares " + n + " atoms of " + fields + " fields each, more values than "
                            + "one frame can hold");
        }
        int capacity = Math.min(n, INITIAL_ATOMS);
        Object[] store = new Object[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            store[c] = allocate(columns.get(c), capacity);
        }
        int[] start = new int[fields + 1];
        int[] end = new int[fields + 1];
        for (int a = 0; a < n; a++) {
            if (a == capacity) {
                capacity = (int) Math.min(n, 2L * capacity);
                for (int c = 0; c < columns.size(); c++) {
                    store[c] = grow(store[c], columns.get(c), capacity);
                }
            }
            String line = next();
            if (line == null) {
                throw error(
                        lineNo + 1,
                        "truncated frame " + frame + ": the count on line " + countLineNo + " declares " + n
                                + " atoms, but the file ends after " + a + " atom lines");
            }
            int len = line.length();
            if (buf.length < len) {
                buf = new char[Math.max(len, 2 * buf.length)];
            }
            line.getChars(0, len, buf, 0);
            int got = split(buf, len, start, end);
            if (got > fields) {
                if (extraLines++ == 0) {
                    extraFirst = "line " + lineNo + " (atom " + (a + 1) + " of frame " + frame + ") has " + got
                            + " fields, but "
                            + (declared ? "Properties=" + propertiesText : "a frame without Properties")
                            + " declares " + fields;
                }
            }
            if (got < fields) {
                throw error(
                        lineNo,
                        "atom line " + (a + 1) + " of frame " + frame + " has " + got + " fields, expected "
                                + fields + " (Properties=" + propertiesText + ")"
                                + (got <= 1
                                        ? "; the frame has fewer atom lines than the " + n + " declared on line "
                                                + countLineNo
                                        : ""));
            }
            for (int c = 0; c < columns.size(); c++) {
                Column col = columns.get(c);
                for (int k = 0; k < col.cols; k++) {
                    int f = col.first + k;
                    int idx = a * col.cols + k;
                    switch (col.type) {
                        case 'R' -> ((double[]) store[c])[idx] = real(buf, start[f], end[f], col, f + 1);
                        case 'I' -> {
                            String t = line.substring(start[f], end[f]);
                            try {
                                if (!CommentLine.isInteger(t)) {
                                    throw new NumberFormatException();
                                }
                                ((long[]) store[c])[idx] = Long.parseLong(t);
                            } catch (NumberFormatException e) {
                                throw error(
                                        lineNo,
                                        "column " + (f + 1) + " (" + col.describe() + "): '" + abbreviate(t)
                                                + "' is not an integer");
                            }
                        }
                        case 'L' -> {
                            String t = line.substring(start[f], end[f]);
                            Boolean b = CommentLine.parseBool(t);
                            if (b == null) {
                                throw error(
                                        lineNo,
                                        "column " + (f + 1) + " (" + col.describe() + "): '" + abbreviate(t)
                                                + "' is not a logical (T, F, True, False)");
                            }
                            ((boolean[]) store[c])[idx] = b;
                        }
                        default -> ((String[]) store[c])[idx] = text(line, start[f], end[f]);
                    }
                }
            }
        }

        // assemble
        String[] species = null;
        double[] positions = null;
        double[] forces = null;
        long[] numbers = null;
        LinkedHashMap<String, Property> arrays = new LinkedHashMap<>();
        long firstAtomLine = commentLineNo + 1;
        for (int c = 0; c < columns.size(); c++) {
            Column col = columns.get(c);
            String role = role(col);
            switch (role) {
                case "species" -> species = species((String[]) store[c], firstAtomLine, col.first + 1);
                case "pos" -> positions = (double[]) store[c];
                case "Z" -> numbers = (long[]) store[c];
                case "forces" -> forces = (double[]) store[c];
                default -> {
                    Values v = switch (col.type) {
                        case 'R' -> new Values.Reals((double[]) store[c]);
                        case 'I' -> new Values.Ints((long[]) store[c]);
                        case 'L' -> new Values.Bools((boolean[]) store[c]);
                        default -> new Values.Strings((String[]) store[c]);
                    };
                    int[] shape = col.cols == 1 ? new int[] {n} : new int[] {n, col.cols};
                    arrays.put(col.name, new Property(col.name, v, shape, null));
                }
            }
        }
        if (positions != null) {
            for (int q = 0; q < positions.length; q++) {
                if (!Double.isFinite(positions[q])) {
                    throw error(
                            firstAtomLine + q / 3,
                            "position of atom " + (q / 3 + 1) + " of frame " + frame + " is not finite (" + positions[q]
                                    + ")");
                }
            }
        }
        if (numbers != null) {
            String[] fromZ = new String[n];
            for (int a = 0; a < n; a++) {
                long z = numbers[a];
                if (z < 1 || z > 118) {
                    throw error(firstAtomLine + a, "atomic number " + z + " is not an element");
                }
                fromZ[a] = Elements.symbol((int) z);
            }
            species = fromZ;
        }
        Cell cell = new Cell(lattice != null ? lattice : new double[9], pbc);
        return new Configuration(species, positions, cell, energy, forces, stress, virial, info, arrays);
    }

    /** What a column means in the model: species, pos, Z, forces, or "" for a per-atom array. */
    private static String role(Column c) {
        return switch (c.name) {
            case "species", "symbols" -> c.type == 'S' && c.cols == 1 ? "species" : "";
            case "pos", "positions" -> "pos";
            case "Z", "numbers" -> c.type == 'I' && c.cols == 1 ? "Z" : "";
            case "forces" -> c.type == 'R' && c.cols == 3 ? "forces" : "";
            default -> "";
        };
    }

    private List<Column> properties(String text, long line) throws FormatException {
        String[] f = text.split(":", -1);
        if (f.length % 3 != 0 || text.isEmpty()) {
            throw error(line, "bad Properties '" + abbreviate(text) + "': expected name:type:columns triples");
        }
        List<Column> cols = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        int first = 0;
        boolean hasSpecies = false;
        boolean hasPos = false;
        for (int i = 0; i < f.length; i += 3) {
            String name = f[i];
            String type = f[i + 1];
            int count;
            try {
                count = Integer.parseInt(f[i + 2]);
            } catch (NumberFormatException e) {
                count = -1;
            }
            if (name.isEmpty()) {
                throw error(line, "bad Properties '" + abbreviate(text) + "': empty property name");
            }
            if (!(type.equals("R") || type.equals("I") || type.equals("S") || type.equals("L"))) {
                throw error(
                        line,
                        "bad Properties '" + abbreviate(text) + "': property " + name + " has type '" + type
                                + "', expected R, I, S or L");
            }
            if (count < 1) {
                throw error(
                        line,
                        "bad Properties '" + abbreviate(text) + "': property " + name + " has column count '" + f[i + 2]
                                + "', expected a positive integer");
            }
            if (count > MAX_FIELDS - first) {
                throw error(
                        line,
                        "bad Properties '" + abbreviate(text) + "': more than " + MAX_FIELDS
                                + " columns per atom line");
            }
            if (!seen.add(name)) {
                throw error(line, "bad Properties '" + abbreviate(text) + "': property " + name + " appears twice");
            }
            Column c = new Column(name, type.charAt(0), count, first);
            String role = role(c);
            if ((name.equals("pos") || name.equals("positions")) && !(c.type == 'R' && c.cols == 3)) {
                throw error(
                        line,
                        "bad Properties '" + abbreviate(text) + "': " + name + " must be R:3, found " + type + ":"
                                + count);
            }
            if (role.equals("pos")) {
                if (hasPos) {
                    throw error(line, "bad Properties '" + abbreviate(text) + "': positions given twice");
                }
                hasPos = true;
            }
            hasSpecies |= role.equals("species") || role.equals("Z");
            cols.add(c);
            first += count;
        }
        if (!hasPos) {
            throw error(line, "bad Properties '" + abbreviate(text) + "': no positions column (pos:R:3)");
        }
        if (!hasSpecies) {
            throw error(line, "bad Properties '" + abbreviate(text) + "': no species column (species:S:1 or Z:I:1)");
        }
        return cols;
    }

    /** Atoms of a frame stored before the declared count is trusted further (arrays then double). */
    private static final int INITIAL_ATOMS = 1024;

    /** Columns an atom line may declare in all: far above any real file, small enough to allocate. */
    private static final int MAX_FIELDS = 10_000;

    private static Object allocate(Column col, int atoms) {
        int len = atoms * col.cols;
        return switch (col.type) {
            case 'R' -> new double[len];
            case 'I' -> new long[len];
            case 'L' -> new boolean[len];
            default -> new String[len];
        };
    }

    private static Object grow(Object a, Column col, int atoms) {
        int len = atoms * col.cols;
        return switch (col.type) {
            case 'R' -> java.util.Arrays.copyOf((double[]) a, len);
            case 'I' -> java.util.Arrays.copyOf((long[]) a, len);
            case 'L' -> java.util.Arrays.copyOf((boolean[]) a, len);
            default -> java.util.Arrays.copyOf((String[]) a, len);
        };
    }

    /** Element symbols, capitalised as ASE does ({@code si}, {@code SI} -> {@code Si}); atomic numbers accepted. */
    private String[] species(String[] raw, long firstLine, int field) throws FormatException {
        String[] out = new String[raw.length];
        for (int a = 0; a < raw.length; a++) {
            String s = raw[a];
            String known = speciesCache.get(s);
            if (known == null) {
                String cap = s.isEmpty()
                        ? s
                        : s.substring(0, 1).toUpperCase(Locale.ROOT)
                                + s.substring(1).toLowerCase(Locale.ROOT);
                if (options.aliases().containsKey(s)) {
                    known = options.element(s);
                } else if (Elements.isElement(cap)) {
                    known = cap;
                } else if (CommentLine.isInteger(s)
                        && s.length() < 4
                        && Integer.parseInt(s) >= 1
                        && Integer.parseInt(s) <= 118) {
                    known = Elements.symbol(Integer.parseInt(s));
                } else {
                    throw error(
                            firstLine + a,
                            "column " + field + " (species): unknown element '" + abbreviate(s)
                                    + "' (if it names one, map it: --type-map " + abbreviate(s) + "=O)");
                }
                speciesCache.put(s, known);
            }
            out[a] = known;
        }
        return out;
    }

    private double[] numbers(String key, String value, long line) throws FormatException {
        List<String> tok = CommentLine.tokens(value);
        double[] v = new double[tok.size()];
        for (int i = 0; i < v.length; i++) {
            Double d = CommentLine.parseReal(tok.get(i));
            if (d == null) {
                throw error(line, key + ": '" + abbreviate(tok.get(i)) + "' is not a number");
            }
            v[i] = d;
        }
        return v;
    }

    /** 9 values in column-major order (as ASE) or 6 Voigt values, to a row-major 3x3. */
    private double[] tensor(String key, String value, long line) throws FormatException {
        double[] v = numbers(key, value, line);
        double[] m = LabelKeys.rowMajor3x3(v);
        if (m == null) {
            throw error(line, key + " must have 9 values (3x3) or 6 (Voigt xx yy zz yz xz xy), found " + v.length);
        }
        return m;
    }

    private boolean[] pbc(String value, long line) throws FormatException {
        List<String> tok = CommentLine.tokens(value);
        boolean[] b = new boolean[tok.size()];
        for (int i = 0; i < b.length; i++) {
            String t = tok.get(i);
            Boolean v = CommentLine.parseBool(t);
            if (v == null && (t.equals("0") || t.equals("1"))) {
                v = t.equals("1");
            }
            if (v == null) {
                throw error(line, "pbc: '" + abbreviate(t) + "' is not T or F");
            }
            b[i] = v;
        }
        if (b.length == 1) {
            return new boolean[] {b[0], b[0], b[0]};
        }
        if (b.length != 3) {
            throw error(line, "pbc must have 3 flags (e.g. \"T T F\"), found " + b.length);
        }
        return b;
    }

    private static String flags(boolean[] b) {
        return (b[0] ? "T" : "F") + " " + (b[1] ? "T" : "F") + " " + (b[2] ? "T" : "F");
    }

    /**
     * Splits {@code c[0, len)} on whitespace: field i is {@code c[start[i], end[i])}. Returns the
     * number of fields (may exceed the arrays' length; only the first fields are recorded).
     */
    private static int split(char[] c, int len, int[] start, int[] end) {
        int count = 0;
        int i = 0;
        while (i < len) {
            while (i < len && isSpace(c[i])) {
                i++;
            }
            if (i >= len) {
                break;
            }
            int s = i;
            while (i < len && !isSpace(c[i])) {
                i++;
            }
            if (count < start.length) {
                start[count] = s;
                end[count] = i;
            }
            count++;
        }
        return count;
    }

    private static boolean isSpace(char ch) {
        return ch == ' '
                || ch == '\t'
                || (ch > ' ' ? ch >= 0x80 && Character.isWhitespace(ch) : Character.isWhitespace(ch));
    }

    /**
     * The real number in {@code c[s, e)}: plain decimal tokens are parsed in place (no String, no
     * boxing; the same double as {@code Double.parseDouble}); anything else (nan, inf, errors) goes
     * through {@link CommentLine#parseReal}.
     */
    private double real(char[] c, int s, int e, Column col, int field) throws FormatException {
        boolean plain = e > s;
        for (int i = s; i < e && plain; i++) {
            char ch = c[i];
            plain = (ch >= '0' && ch <= '9') || ch == '.' || ch == '-' || ch == '+' || ch == 'e' || ch == 'E';
        }
        if (plain) {
            try {
                return CommentLine.fastDouble(c, s, e - s);
            } catch (NumberFormatException ignored) {
                // reported below
            }
        }
        String t = new String(c, s, e - s);
        Double d = CommentLine.parseReal(t);
        if (d == null) {
            throw error(
                    lineNo,
                    "column " + field + " (" + col.describe() + "): '" + abbreviate(t) + "' is not a real number");
        }
        return d;
    }

    /** The text of a string field; repeated short values (species) share one String. */
    private String text(String line, int s, int e) {
        if (e - s <= 3) {
            String key = line.substring(s, e);
            String known = shortStrings.putIfAbsent(key, key);
            return known != null ? known : key;
        }
        return line.substring(s, e);
    }

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
