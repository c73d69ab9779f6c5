package org.sift.io.mtp;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import org.sift.io.FormatException;
import org.sift.io.LabelWarnings;
import org.sift.io.ReadOptions;
import org.sift.io.StructureFormat;
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
 * {@link Configuration#virial()}), and {@code Feature NAME VALUE} lines (kept as per-configuration
 * properties, written back). Atom types are integers from 0; the file names no elements, so the
 * reader takes {@link ReadOptions#typeMap()} (index = type) and the writer
 * {@link WriteOptions#typeMap()} or the species in alphabetical order.
 */
public final class MtpFormat implements StructureFormat {

    private static final Capabilities CAPS = new Capabilities(true, false, true, true, false, true, true, false);

    /** The virial components of PlusStress in file order, as (row, column) of the 3x3 matrix. */
    private static final String[] STRESS_NAMES = {"xx", "yy", "zz", "yz", "xz", "xy"};
    private static final int[][] STRESS_INDEX = {{0, 0}, {1, 1}, {2, 2}, {1, 2}, {0, 2}, {0, 1}};

    @Override
    public String id() {
        return "mtp";
    }

    @Override
    public String description() {
        return "MLIP / MTP configurations (.cfg)";
    }

    @Override
    public List<String> extensions() {
        return List.of("cfg");
    }

    @Override
    public boolean multiFrame() {
        return true;
    }

    @Override
    public boolean canRead() {
        return true;
    }

    @Override
    public boolean canWrite() {
        return true;
    }

    @Override
    public Capabilities capabilities() {
        return CAPS;
    }

    @Override
    public boolean sniff(Path path, byte[] head) {
        String s = new String(head, StandardCharsets.ISO_8859_1).stripLeading();
        return s.regionMatches(true, 0, "BEGIN_CFG", 0, 9);
    }

    /** One block as read, before its integer types are named. */
    private record Raw(int[] types, double[] positions, Cell cell, Double energy, double[] forces, double[] virial,
                       Map<String, Property> info, Map<String, Property> arrays) {
    }

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
                Raw b = block(r);
                for (int t : b.types) {
                    maxType = Math.max(maxType, t);
                }
                blocks.add(b);
            }
        }
        List<String> map = options.typeMap();
        if (maxType >= map.size()) {
            throw new FormatException(path.toString(), 0, map.isEmpty()
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
            out.add(new Configuration(species, b.positions, b.cell, b.energy, b.forces, null, b.virial, b.info, b.arrays));
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
                throw new FormatException(r.file(), r.lineNumber(), "file ends inside the configuration begun at line "
                        + start + "; expected END_CFG");
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
                            throw new FormatException(r.file(), start, "direct (fractional) coordinates need three "
                                    + "Supercell vectors, got " + lattice.size());
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
                        if (i != cType && !c.equals("id") && !c.startsWith(prefix) && !(hasF && (i == cF[0] || i == cF[1]
                                || i == cF[2]))) {
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
                            throw new FormatException(r.file(), r.lineNumber(), "file ends after " + a + " of " + n
                                    + " atoms of AtomData");
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
                            int k = Arrays.asList(STRESS_NAMES).indexOf(r.field(i + 1).toLowerCase(Locale.ROOT));
                            if (k < 0) {
                                throw r.error("unknown PlusStress component '" + r.field(i + 1) + "'; expected xx yy zz yz xz xy");
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
                        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
                        info.put(name, new Property(name, new Values.Reals(v),
                                v.length == 1 ? new int[0] : new int[] {v.length}, null));
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
        int k = r.fieldCount() - 2;
        String line = r.line();
        int at = line.indexOf(name, line.indexOf(r.field(0)) + r.field(0).length()) + name.length();
        String text = line.substring(at).strip();
        if (k == 0) {
            return Property.scalar(name, "");
        }
        boolean allInt = true;
        boolean allNum = true;
        for (int i = 0; i < k; i++) {
            String t = r.field(2 + i);
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
                v[i] = Long.parseLong(r.field(2 + i));
            }
            return new Property(name, new Values.Ints(v), shape, null);
        }
        if (allNum) {
            double[] v = new double[k];
            for (int i = 0; i < k; i++) {
                v[i] = Double.parseDouble(r.field(2 + i));
            }
            return new Property(name, new Values.Reals(v), shape, null);
        }
        if (k == 1 && (text.equals("T") || text.equals("F"))) {
            return Property.scalar(name, text.equals("T"));
        }
        return Property.scalar(name, text);
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
        Capabilities keepPbc = new Capabilities(true, true, true, true, false, true, true, false);
        List<String> warnings = new ArrayList<>(LabelWarnings.check(id(), keepPbc, configurations));
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
        int badPbc = 0;
        int boxDropped = 0;
        Map<String, Integer> badInfo = new LinkedHashMap<>();
        try (BufferedWriter w = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            StringBuilder sb = new StringBuilder(1 << 16);
            for (Configuration c : configurations) {
                int n = c.size();
                sb.append("BEGIN_CFG\n Size\n    ").append(n).append('\n');
                boolean[] pbc = c.cell().pbc();
                int vectors;
                if (pbc[0] && pbc[1] && pbc[2]) {
                    vectors = 3;
                } else if (pbc[0] && pbc[1] && !pbc[2]) {
                    vectors = 2;
                } else if (pbc[0] && !pbc[1] && !pbc[2]) {
                    vectors = 1;
                } else if (c.cell().anyPeriodic()) {
                    vectors = 3;
                    badPbc++;
                } else {
                    vectors = 0;
                    if (c.cell().hasLattice()) {
                        boxDropped++;
                    }
                }
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
                        throw new IOException("element " + sp[a] + " is not in the type map " + String.join(",", typeMap));
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
                        pad(sb, num(v[3 * ij[0] + ij[1]]), 24);
                    }
                    sb.append('\n');
                }
                for (Property p : c.info().values()) {
                    String text = p.asText();
                    if (p.name().chars().anyMatch(ch -> ch <= ' ') || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
                        badInfo.merge(p.name(), 1, Integer::sum);
                        continue;
                    }
                    sb.append(" Feature   ").append(p.name()).append('\t').append(text).append('\n');
                }
                sb.append("END_CFG\n\n");
                if (sb.length() > (1 << 16) - 4096) {
                    w.append(sb);
                    sb.setLength(0);
                }
            }
            w.append(sb);
        }
        if (badPbc > 0) {
            warnings.add(id() + " cannot hold label 'pbc' (periodic axes other than the first one or two, present in "
                    + badPbc + " configurations); written as fully periodic");
        }
        if (boxDropped > 0) {
            warnings.add(id() + " cannot hold label 'cell' of a non-periodic configuration (present in " + boxDropped
                    + " configurations); not written");
        }
        badInfo.forEach((k, cnt) -> warnings.add(id() + " cannot hold label '" + k + "' (name with spaces or value with "
                + "line breaks, present in " + cnt + " configurations); not written"));
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
