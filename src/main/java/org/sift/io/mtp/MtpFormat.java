package org.sift.io.mtp;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.sift.concurrent.ProgressMonitor;
import org.sift.io.Capabilities;
import org.sift.io.Capabilities.Label;
import org.sift.io.DeclaredFormat;
import org.sift.io.FormatException;
import org.sift.io.LabelWarnings;
import org.sift.io.ReadOptions;
import org.sift.io.WriteOptions;
import org.sift.io.text.LineReader;
import org.sift.model.Cell;
import org.sift.model.Configuration;
import org.sift.model.Property;
import org.sift.model.Values;

/**
 * The MLIP (Moment Tensor Potential) {@code .cfg} format, id {@code mtp}: blocks from
 * {@code BEGIN_CFG} to {@code END_CFG} with the sections {@code Size}, {@code Supercell} (0 to 3
 * lattice vectors, Å; fewer than three make the missing axes non-periodic), {@code AtomData:}
 * ({@code id type cartes_x cartes_y cartes_z fx fy fz}, or {@code direct_x ...} for fractional
 * coordinates; further columns become per-atom properties), {@code Energy} (eV),
 * {@code PlusStress: xx yy zz yz xz xy} (the virial, eV, stored as the symmetric 3x3
 * {@link Configuration#virial()}; the writer writes the symmetric part {@code (W + W^T) / 2} of
 * the virial, or of {@code -stress * V}, and warns with its size when an antisymmetric part is
 * lost), and {@code Feature NAME VALUE} lines (kept as per-configuration properties; written back
 * when they read back unchanged, see {@link #holdsInfo}; others are named in the warnings). The
 * writer writes no per-atom properties besides the forces. Atom types are integers from 0; the file names no elements, so the
 * reader takes {@link ReadOptions#typeMap()} (index = type) and the writer
 * {@link WriteOptions#typeMap()} or the species in alphabetical order.
 */
public final class MtpFormat extends DeclaredFormat {

    private static final Capabilities CAPS = Capabilities.of(Label.CELL, Label.ENERGY, Label.FORCES, Label.VIRIAL, Label.INFO, Label.SYMMETRIC_STRESS_ONLY);

    /** The virial components of PlusStress in file order, as (row, column) of the 3x3 matrix. */
    private static final String[] STRESS_NAMES = {"xx", "yy", "zz", "yz", "xz", "xy"};

    private static final int[][] STRESS_INDEX = {{0, 0}, {1, 1}, {2, 2}, {1, 2}, {0, 2}, {0, 1}};

    public MtpFormat() {
        super(
                "mtp",
                "MLIP / MTP configurations (.cfg)",
                List.of("cfg"),
                CAPS,
                Trait.MULTI_FRAME,
                Trait.READS,
                Trait.WRITES);
    }

    @Override
    public boolean sniff(Path path, byte[] head) {
        String s = new String(head, StandardCharsets.ISO_8859_1).stripLeading();
        return s.regionMatches(true, 0, "BEGIN_CFG", 0, 9);
    }

    /** One block as read, before its integer types are named. */
    private record Raw(
            int[] types,
            double[] positions,
            Cell cell,
            Double energy,
            double[] forces,
            double[] virial,
            Map<String, Property> info,
            Map<String, Property> arrays) {}

    @Override
    public List<Configuration> read(Path path, ReadOptions options, ProgressMonitor monitor) throws IOException {
        List<Raw> blocks = new ArrayList<>();
        int maxType = -1;
        try (LineReader r = new LineReader(path)) {
            while (r.nextNonBlank() != null) {
                monitor.checkCancelled();
                if (!r.field(0).equalsIgnoreCase("BEGIN_CFG")) {
                    throw r.error("expected BEGIN_CFG, got '" + r.line().strip() + "'");
                }
                long at = r.lineNumber();
                Raw b = block(r);
                for (int t : b.types) {
                    maxType = Math.max(maxType, t);
                }
                blocks.add(b);
                options.log().frameLine(r.file(), blocks.size() - 1, at);
            }
        }
        List<String> map = options.typeMap();
        if (maxType >= map.size()) {
            throw new FormatException(
                    path.toString(),
                    0,
                    map.isEmpty()
                            ? "MTP files do not name their elements: the highest atom type is " + maxType
                                    + "; give a type map of " + (maxType + 1) + " elements for types 0.." + maxType
                                    + " (--type-map A,B,...)"
                            : "atom type " + maxType + " (the highest in the file) has no element in the type map "
                                    + String.join(",", map) + "; give " + (maxType + 1) + " elements (--type-map)");
        }
        List<Configuration> out = new ArrayList<>(blocks.size());
        for (Raw b : blocks) {
            String[] species = new String[b.types.length];
            for (int i = 0; i < species.length; i++) {
                species[i] = map.get(b.types[i]);
            }
            out.add(new Configuration(
                    species, b.positions, b.cell, b.energy, b.forces, null, b.virial, b.info, b.arrays));
        }
        return out;
    }

    private static Raw block(LineReader r) throws IOException {
        long start = r.lineNumber();
        int n = -1;
        List<double[]> lattice = new ArrayList<>();
        int[] types = null;
        double[] pos = null;
        double[] forces = null;
        boolean direct = false;
        Double energy = null;
        double[] virial = null;
        Map<String, Property> info = new LinkedHashMap<>();
        Map<String, Property> arrays = new LinkedHashMap<>();
        while (true) {
            if (r.nextNonBlank() == null) {
                throw new FormatException(
                        r.file(),
                        r.lineNumber(),
                        "file ends inside the configuration begun at line " + start + "; expected END_CFG");
            }
            String h = r.field(0);
            String key = h.toLowerCase(Locale.ROOT);
            if (key.endsWith(":")) {
                key = key.substring(0, key.length() - 1);
            }
            switch (key) {
                case "end_cfg" -> {
                    if (n < 0) {
                        throw r.error("configuration begun at line " + start + " has no Size section");
                    }
                    if (pos == null) {
                        throw r.error("configuration begun at line " + start + " has no AtomData section");
                    }
                    boolean[] pbc = new boolean[3];
                    double[] v = new double[9];
                    for (int i = 0; i < lattice.size(); i++) {
                        pbc[i] = true;
                        System.arraycopy(lattice.get(i), 0, v, 3 * i, 3);
                    }
                    if (direct) {
                        if (lattice.size() < 3) {
                            throw new FormatException(
                                    r.file(),
                                    start,
                                    "direct (fractional) coordinates need three " + "Supercell vectors, got "
                                            + lattice.size());
                        }
                        for (int i = 0; i < n; i++) {
                            double f0 = pos[3 * i];
                            double f1 = pos[3 * i + 1];
                            double f2 = pos[3 * i + 2];
                            for (int k = 0; k < 3; k++) {
                                pos[3 * i + k] = f0 * v[k] + f1 * v[3 + k] + f2 * v[6 + k];
                            }
                        }
                    }
                    return new Raw(types, pos, new Cell(v, pbc), energy, forces, virial, info, arrays);
                }
                case "size" -> {
                    nextData(r, "the number of atoms after Size");
                    long size = r.integer(0, "the number of atoms");
                    if (size < 0 || size > Integer.MAX_VALUE / 3) {
                        throw r.error("invalid number of atoms " + size);
                    }
                    n = (int) size;
                }
                case "supercell" -> {
                    while (isDataLine(r.peek())) {
                        r.next();
                        if (lattice.size() == 3) {
                            throw r.error("Supercell has more than three lattice vectors");
                        }
                        if (r.fieldCount() != 3) {
                            throw r.error("expected 3 components of a lattice vector, got " + r.fieldCount());
                        }
                        lattice.add(new double[] {r.real(0, "x"), r.real(1, "y"), r.real(2, "z")});
                    }
                }
                case "atomdata" -> {
                    if (n < 0) {
                        throw r.error("AtomData before Size: the number of atoms is not known");
                    }
                    List<String> cols = new ArrayList<>();
                    for (int i = 1; i < r.fieldCount(); i++) {
                        String c = r.field(i);
                        if (!c.equals(":")) {
                            cols.add(c);
                        }
                    }
                    int cType = cols.indexOf("type");
                    int cx = cols.indexOf("cartes_x");
                    direct = cx < 0;
                    String prefix = direct ? "direct_" : "cartes_";
                    int[] cPos = {cols.indexOf(prefix + "x"), cols.indexOf(prefix + "y"), cols.indexOf(prefix + "z")};
                    int[] cF = {cols.indexOf("fx"), cols.indexOf("fy"), cols.indexOf("fz")};
                    if (cType < 0 || cPos[0] < 0 || cPos[1] < 0 || cPos[2] < 0) {
                        throw r.error("AtomData needs the columns type and cartes_x cartes_y cartes_z (or direct_x "
                                + "direct_y direct_z), got: " + String.join(" ", cols));
                    }
                    boolean hasF = cF[0] >= 0 && cF[1] >= 0 && cF[2] >= 0;
                    List<Integer> extra = new ArrayList<>();
                    for (int i = 0; i < cols.size(); i++) {
                        String c = cols.get(i);
                        if (i != cType
                                && !c.equals("id")
                                && !c.startsWith(prefix)
                                && !(hasF && (i == cF[0] || i == cF[1] || i == cF[2]))) {
                            extra.add(i);
                        }
                    }
                    types = new int[n];
                    pos = new double[3 * n];
                    forces = hasF ? new double[3 * n] : null;
                    double[][] extraValues = new double[extra.size()][n];
                    int width = cols.size();
                    for (int a = 0; a < n; a++) {
                        if (r.next() == null) {
                            throw new FormatException(
                                    r.file(),
                                    r.lineNumber(),
                                    "file ends after " + a + " of " + n + " atoms of AtomData");
                        }
                        if (r.fieldCount() != width) {
                            throw r.error("expected " + width + " AtomData columns (" + String.join(" ", cols)
                                    + ") for atom " + (a + 1) + " of " + n + ", got " + r.fieldCount());
                        }
                        long t = r.integer(cType, "the atom type");
                        if (t < 0 || t > 10_000) {
                            throw r.error("invalid atom type " + t);
                        }
                        types[a] = (int) t;
                        for (int k = 0; k < 3; k++) {
                            pos[3 * a + k] = r.real(cPos[k], cols.get(cPos[k]));
                        }
                        if (hasF) {
                            for (int k = 0; k < 3; k++) {
                                forces[3 * a + k] = r.real(cF[k], cols.get(cF[k]));
                            }
                        }
                        for (int e = 0; e < extra.size(); e++) {
                            extraValues[e][a] = r.real(extra.get(e), cols.get(extra.get(e)));
                        }
                    }
                    for (int e = 0; e < extra.size(); e++) {
                        String name = cols.get(extra.get(e));
                        arrays.put(name, new Property(name, new Values.Reals(extraValues[e]), new int[] {n}, null));
                    }
                }
                case "energy" -> {
                    nextData(r, "the energy after Energy");
                    energy = r.real(0, "the energy");
                }
                case "plusstress" -> {
                    int[] order = {0, 1, 2, 3, 4, 5};
                    if (r.fieldCount() == 7) {
                        for (int i = 0; i < 6; i++) {
                            int k = Arrays.asList(STRESS_NAMES)
                                    .indexOf(r.field(i + 1).toLowerCase(Locale.ROOT));
                            if (k < 0) {
                                throw r.error("unknown PlusStress component '" + r.field(i + 1)
                                        + "'; expected xx yy zz yz xz xy");
                            }
                            order[i] = k;
                        }
                    }
                    nextData(r, "six PlusStress values");
                    if (r.fieldCount() != 6) {
                        throw r.error("expected 6 PlusStress values (xx yy zz yz xz xy), got " + r.fieldCount());
                    }
                    virial = new double[9];
                    for (int i = 0; i < 6; i++) {
                        int[] ij = STRESS_INDEX[order[i]];
                        double w = r.real(i, "PlusStress " + STRESS_NAMES[order[i]]);
                        virial[3 * ij[0] + ij[1]] = w;
                        virial[3 * ij[1] + ij[0]] = w;
                    }
                }
                case "feature" -> {
                    if (r.fieldCount() < 2) {
                        throw r.error("expected 'Feature NAME VALUE'");
                    }
                    String name = r.field(1);
                    info.put(name, feature(r, name));
                }
                default -> {
                    // an unknown section: keep its numeric data lines as a per-configuration property
                    String name = h.endsWith(":") ? h.substring(0, h.length() - 1) : h;
                    List<Double> values = new ArrayList<>();
                    while (isDataLine(r.peek())) {
                        r.next();
                        for (int i = 0; i < r.fieldCount(); i++) {
                            values.add(r.real(i, name));
                        }
                    }
                    if (!values.isEmpty()) {
                        double[] v =
                                values.stream().mapToDouble(Double::doubleValue).toArray();
                        info.put(
                                name,
                                new Property(
                                        name,
                                        new Values.Reals(v),
                                        v.length == 1 ? new int[0] : new int[] {v.length},
                                        null));
                    } else if (r.fieldCount() > 1) {
                        info.put(name, feature(r, name));
                    } else {
                        throw r.error("unknown section '" + h + "' without data");
                    }
                }
            }
        }
    }

    /** The value of a {@code Feature NAME VALUE...} line: a number, numbers, T/F, or text. */
    private static Property feature(LineReader r, String name) {
        String line = r.line();
        int at = line.indexOf(name, line.indexOf(r.field(0)) + r.field(0).length()) + name.length();
        return featureValue(name, line.substring(at));
    }

    /**
     * The value of a feature from its text (everything after the name): nothing is the empty
     * string; integers are {@code Ints}, other numbers {@code Reals} (shape {@code []} for one
     * value, {@code [k]} for k); a lone T or F is a boolean; anything else is the stripped text.
     */
    static Property featureValue(String name, String rawText) {
        String text = rawText.strip();
        List<String> tokens = new ArrayList<>();
        int n = text.length();
        for (int i = 0; i < n; ) {
            while (i < n && text.charAt(i) <= ' ') {
                i++;
            }
            int j = i;
            while (j < n && text.charAt(j) > ' ') {
                j++;
            }
            if (j > i) {
                tokens.add(text.substring(i, j));
            }
            i = j;
        }
        int k = tokens.size();
        if (k == 0) {
            return Property.scalar(name, "");
        }
        boolean allInt = true;
        boolean allNum = true;
        for (String t : tokens) {
            if (!LineReader.isNumber(t)) {
                allNum = false;
                break;
            }
            allInt &= isInteger(t);
        }
        int[] shape = k == 1 ? new int[0] : new int[] {k};
        if (allNum && allInt) {
            long[] v = new long[k];
            for (int i = 0; i < k; i++) {
                v[i] = Long.parseLong(tokens.get(i));
            }
            return new Property(name, new Values.Ints(v), shape, null);
        }
        if (allNum) {
            double[] v = new double[k];
            for (int i = 0; i < k; i++) {
                v[i] = Double.parseDouble(tokens.get(i));
            }
            return new Property(name, new Values.Reals(v), shape, null);
        }
        if (k == 1 && (text.equals("T") || text.equals("F"))) {
            return Property.scalar(name, text.equals("T"));
        }
        return Property.scalar(name, text);
    }

    /** Supercell vectors written: 3, 2 or 1 for periodic flags TTT, TTF, TFF; 0 without periodic axes; else 3. */
    private static int vectorsWritten(Cell cell) {
        boolean[] pbc = cell.pbc();
        if (!cell.anyPeriodic()) {
            return 0;
        }
        if (pbc[0] && pbc[1] && !pbc[2]) {
            return 2;
        }
        if (pbc[0] && !pbc[1] && !pbc[2]) {
            return 1;
        }
        return 3;
    }

    /** Periodic flags TTT, TTF, TFF and FFF read back; others are written as TTT. */
    @Override
    public boolean holdsPbc(boolean[] pbc) {
        return (pbc[0] || !pbc[1]) && (pbc[1] || !pbc[2]);
    }

    /**
     * MTP stores only the lattice vectors of periodic axes (1, 2 or 3 Supercell lines; the reader
     * sets the others to zero), so a cell is held when the vectors of its non-periodic axes are
     * zero. Periodic flags other than TTT, TTF, TFF, FFF are written as TTT (and warned about).
     */
    @Override
    public boolean holdsCell(Cell cell) {
        int k = vectorsWritten(cell);
        for (int i = k; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                if (cell.get(i, j) != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * True if the property, written as a {@code Feature} line, reads back with the same number of
     * values of the same kind (numbers equal, booleans equal, text equal): its name has no
     * white space and its text no line break, and {@link #featureValue} of its text gives it back.
     * Not held, for example: the text {@code "007"} (reads back as the integer 7), several strings
     * (read back as one), several booleans, text with surrounding blanks.
     */
    @Override
    public boolean holdsInfo(Property p) {
        if (p.name().chars().anyMatch(ch -> ch <= ' ')) {
            return false;
        }
        String text = p.asText();
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return false;
        }
        Property q = featureValue(p.name(), text);
        Values a = p.values();
        Values b = q.values();
        if (a.size() != b.size()) {
            return false;
        }
        boolean numA = a instanceof Values.Reals || a instanceof Values.Ints;
        boolean numB = b instanceof Values.Reals || b instanceof Values.Ints;
        if (numA != numB || (!numA && a.getClass() != b.getClass())) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (numA
                    ? Double.compare(real(a, i), real(b, i)) != 0
                    : !a.format(i).equals(b.format(i))) {
                return false;
            }
        }
        return true;
    }

    private static double real(Values v, int i) {
        return v instanceof Values.Reals r ? r.values()[i] : ((Values.Ints) v).values()[i];
    }

    private static boolean isInteger(String t) {
        int i = t.startsWith("-") || t.startsWith("+") ? 1 : 0;
        if (i >= t.length() || t.length() > 18) {
            return false;
        }
        for (; i < t.length(); i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isDataLine(String l) {
        return l != null && LineReader.isNumber(LineReader.firstToken(l));
    }

    private static void nextData(LineReader r, String what) throws IOException {
        if (r.nextNonBlank() == null) {
            throw new FormatException(r.file(), r.lineNumber(), "file ends; expected " + what);
        }
    }

    @Override
    public List<String> write(Path path, List<Configuration> configurations, WriteOptions options) throws IOException {
        List<String> warnings = new ArrayList<>(LabelWarnings.check(this, configurations));
        List<String> typeMap = options.typeMap();
        if (typeMap.isEmpty()) {
            TreeSet<String> all = new TreeSet<>();
            for (Configuration c : configurations) {
                all.addAll(Arrays.asList(c.species()));
            }
            typeMap = List.copyOf(all);
        }
        Map<String, Integer> typeOf = new LinkedHashMap<>();
        for (int i = 0; i < typeMap.size(); i++) {
            typeOf.putIfAbsent(typeMap.get(i), i);
        }
        try (BufferedWriter w = org.sift.io.TextOutput.writer(path)) {
            StringBuilder sb = new StringBuilder(1 << 16);
            for (Configuration c : configurations) {
                int n = c.size();
                sb.append("BEGIN_CFG\n Size\n    ").append(n).append('\n');
                int vectors = vectorsWritten(c.cell()); // holdsCell and holdsPbc say what this loses
                if (vectors > 0) {
                    sb.append(" Supercell\n");
                    for (int i = 0; i < vectors; i++) {
                        sb.append("    ");
                        for (int k = 0; k < 3; k++) {
                            pad(sb, num(c.cell().get(i, k)), 24);
                        }
                        sb.append('\n');
                    }
                }
                double[] f = c.forces();
                sb.append(" AtomData:  id type       cartes_x      cartes_y      cartes_z");
                sb.append(f != null ? "           fx          fy          fz\n" : "\n");
                String[] sp = c.species();
                for (int a = 0; a < n; a++) {
                    Integer t = typeOf.get(sp[a]);
                    if (t == null) {
                        throw new IOException(
                                "element " + sp[a] + " is not in the type map " + String.join(",", typeMap));
                    }
                    pad(sb, Integer.toString(a + 1), 14);
                    pad(sb, Integer.toString(t), 5);
                    for (int k = 0; k < 3; k++) {
                        pad(sb, num(c.position(a, k)), 24);
                    }
                    if (f != null) {
                        for (int k = 0; k < 3; k++) {
                            pad(sb, num(f[3 * a + k]), 24);
                        }
                    }
                    sb.append('\n');
                }
                if (c.energy() != null) {
                    sb.append(" Energy\n    ").append(num(c.energy())).append('\n');
                }
                double[] v = c.virialOrDerived();
                if (v != null) {
                    sb.append(" PlusStress:  xx          yy          zz          yz          xz          xy\n");
                    sb.append("   ");
                    for (int[] ij : STRESS_INDEX) {
                        // the symmetric part (exact for a symmetric tensor); the warnings name an antisymmetric part
                        pad(sb, num(0.5 * (v[3 * ij[0] + ij[1]] + v[3 * ij[1] + ij[0]])), 24);
                    }
                    sb.append('\n');
                }
                for (Property p : c.info().values()) {
                    if (!holdsInfo(p)) {
                        continue; // it would read back changed (e.g. "007" as 7); named in the warnings
                    }
                    sb.append(" Feature   ")
                            .append(p.name())
                            .append('\t')
                            .append(p.asText())
                            .append('\n');
                }
                sb.append("END_CFG\n\n");
                if (sb.length() > (1 << 16) - 4096) {
                    w.append(sb);
                    sb.setLength(0);
                }
            }
            w.append(sb);
        }
        return warnings;
    }

    private static String num(double x) {
        return Double.toString(x);
    }

    private static void pad(StringBuilder sb, String s, int width) {
        sb.append(' ');
        for (int i = s.length() + 1; i < width; i++) {
            sb.append(' ');
        }
        sb.append(s);
    }
}
