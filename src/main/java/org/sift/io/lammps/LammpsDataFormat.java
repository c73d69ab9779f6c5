package org.sift.io.lammps;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.sift.io.TextOutput;
import org.sift.io.WriteOptions;
import org.sift.io.text.LineReader;
import org.sift.model.Cell;
import org.sift.model.Configuration;
import org.sift.model.Elements;
import org.sift.model.Property;
import org.sift.model.Values;

/**
 * LAMMPS data file ({@code read_data} / {@code write_data}), id {@code lammps-data}, one
 * configuration, read and write.
 *
 * <p><b>Reading.</b> Line 1 is a free comment. Header lines give {@code N atoms},
 * {@code T atom types} and the box: {@code xlo xhi}, {@code ylo yhi}, {@code zlo zhi} with an
 * optional {@code xy xz yz} tilt line (restricted triclinic: {@code a = (xhi - xlo, 0, 0)},
 * {@code b = (xy, yhi - ylo, 0)}, {@code c = (xz, yz, zhi - zlo)}), or the general triclinic
 * {@code avec}, {@code bvec}, {@code cvec} and {@code abc origin} lines (LAMMPS 2024 and later).
 * Positions are stored relative to the box origin, so the cell starts at 0 (as dpdata does); image
 * flags are ignored; the box is periodic along all axes (a data file does not say otherwise).
 * Sections: {@code Masses} ({@code type mass [# comment]}), {@code Atoms [# style]}; every other
 * section (Velocities, Bonds, coefficients...) is skipped. The atom style is the one named after
 * {@code Atoms #}, else inferred from the number of columns as dpdata does (with or without three
 * image flags): 5 {@code atomic} ({@code id type x y z}), 6 {@code charge} ({@code id type q x y z})
 * or, when the third column is an integer, {@code molecular} ({@code id mol type x y z}), 7
 * {@code full} ({@code id mol type q x y z}). Charges become the per-atom real property
 * {@code charges}, molecule ids the per-atom integer property {@code mol-id}. Atoms are sorted by id.
 * Species: type t is {@code typeMap.get(t - 1)} when a type map is given; else the comment of its
 * {@code Masses} line when it is an element symbol (as ASE and OVITO write); else the element whose
 * standard atomic mass is within 0.1 u of its mass (reported as a note), else an error asking
 * for a type map.
 *
 * <p><b>Writing</b>: a comment line, the counts, the box, {@code Masses} with the element named in a
 * comment, then {@code Atoms # atomic}, {@code # charge} (when the configuration has {@code charges})
 * or {@code # full} (when it has {@code mol-id}; charges 0 where absent). Types follow the type map
 * ({@link WriteOptions#typeMap()}, else the elements in alphabetical order). A cell with
 * {@code a} along x and {@code b} in the xy plane (positive diagonal) is written as a restricted
 * triclinic box with xlo = ylo = zlo = 0; any other cell as a general triclinic box
 * ({@code avec bvec cvec}, LAMMPS 7Feb2024 or later), so positions are written as stored, never
 * rotated. Numbers are written with {@code Double.toString} (exact). A configuration without a
 * periodic cell cannot be written.
 */
public final class LammpsDataFormat extends DeclaredFormat {

    public static final String CHARGES = "charges";
    public static final String MOL_ID = "mol-id";

    /** Largest difference between a mass in the file and an element's standard mass to name it by mass (u). */
    static final double MASS_TOLERANCE = 0.1;

    private static final Capabilities CAPS = Capabilities.of(Label.CELL, Label.PER_ATOM_ARRAYS);

    private enum Style {
        ATOMIC(5, -1, 1, -1),
        CHARGE(6, -1, 1, 2),
        MOLECULAR(6, 1, 2, -1),
        FULL(7, 1, 2, 3);

        final int columns;
        final int mol;
        final int type;
        final int charge;

        Style(int columns, int mol, int type, int charge) {
            this.columns = columns;
            this.mol = mol;
            this.type = type;
            this.charge = charge;
        }

        static Style named(String s) {
            return switch (s) {
                case "atomic" -> ATOMIC;
                case "charge" -> CHARGE;
                case "molecular", "bond", "angle" -> MOLECULAR;
                case "full" -> FULL;
                default -> null;
            };
        }
    }

    public LammpsDataFormat() {
        super("lammps-data", "LAMMPS data file", List.of("lmp", "lammps-data"), CAPS, Trait.READS, Trait.WRITES);
    }

    /** Only {@code charges} (reals, shape [N]) and {@code mol-id} (integers, shape [N]). */
    @Override
    public boolean holdsArray(Property p) {
        boolean n = p.shape().length == 1;
        return (p.name().equals(CHARGES) && n && p.values() instanceof Values.Reals)
                || (p.name().equals(MOL_ID) && n && p.values() instanceof Values.Ints);
    }

    /** A data file's box is periodic along all axes. */
    @Override
    public boolean holdsPbc(boolean[] pbc) {
        return pbc[0] && pbc[1] && pbc[2];
    }

    /** True if a header line {@code N atoms} and a line ending in {@code xlo xhi} or {@code avec} come before any section. */
    @Override
    public boolean sniff(Path path, byte[] head) {
        String[] lines = new String(head, StandardCharsets.ISO_8859_1).split("\r?\n", -1);
        boolean atoms = false;
        boolean box = false;
        for (int i = 1; i < lines.length - 1; i++) {
            String s = stripComment(lines[i]).strip();
            if (s.isEmpty()) {
                continue;
            }
            String[] t = s.split("\\s+");
            if (t.length == 2 && t[1].equals("atoms") && isInteger(t[0])) {
                atoms = true;
            } else if (s.endsWith("xlo xhi") || s.endsWith("avec")) {
                box = true;
            } else if (!LineReader.isNumber(t[0])) {
                break; // a section header
            }
        }
        return atoms
                && box
                && !new String(head, StandardCharsets.ISO_8859_1).stripLeading().startsWith("ITEM:");
    }

    private static String stripComment(String line) {
        int h = line.indexOf('#');
        return h >= 0 ? line.substring(0, h) : line;
    }

    private static boolean isInteger(String s) {
        try {
            Long.parseLong(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    @Override
    public List<Configuration> read(Path path, ReadOptions options, ProgressMonitor monitor) throws IOException {
        String file = path.toString();
        try (LineReader r = new LineReader(path)) {
            if (r.next() == null) {
                throw r.error("file is empty; expected the comment line of a LAMMPS data file");
            }
            options.log().frameLine(file, 0, 1);
            long n = -1;
            int ntypes = -1;
            double[] lo = new double[3];
            double[] hi = new double[3];
            boolean[] have = new boolean[3];
            double[] tilt = new double[3];
            double[][] general = new double[4][];
            // header
            String line;
            while ((line = r.next()) != null) {
                String s = stripComment(line).strip();
                if (s.isEmpty()) {
                    continue;
                }
                if (!LineReader.isNumber(LineReader.firstToken(s))) {
                    break; // first section
                }
                if (s.endsWith(" atoms")) {
                    n = r.integer(0, "the number of atoms");
                    if (n < 1 || n > Integer.MAX_VALUE / 3) {
                        throw r.error("invalid number of atoms " + n);
                    }
                } else if (s.endsWith(" atom types")) {
                    long t = r.integer(0, "the number of atom types");
                    if (t < 1 || t > 10_000) {
                        throw r.error("invalid number of atom types " + t);
                    }
                    ntypes = (int) t;
                } else if (s.endsWith("xlo xhi") || s.endsWith("ylo yhi") || s.endsWith("zlo zhi")) {
                    int k = s.charAt(s.length() - 3) - 'x';
                    lo[k] = r.real(0, "the lower bound");
                    hi[k] = r.real(1, "the upper bound");
                    have[k] = true;
                } else if (s.endsWith("xy xz yz")) {
                    for (int k = 0; k < 3; k++) {
                        tilt[k] = r.real(k, "tilt factor " + new String[] {"xy", "xz", "yz"}[k]);
                    }
                } else if (s.endsWith("avec") || s.endsWith("bvec") || s.endsWith("cvec") || s.endsWith("abc origin")) {
                    int k = s.endsWith("origin") ? 3 : s.charAt(s.length() - 4) - 'a';
                    general[k] = new double[3];
                    for (int j = 0; j < 3; j++) {
                        general[k][j] = r.real(j, "a component of the general triclinic box");
                    }
                }
                // other header lines (bonds, angles, ellipsoids, extra ...) are not used
            }
            if (n < 0) {
                throw new FormatException(
                        file, r.lineNumber(), "no 'N atoms' line in the header of the LAMMPS data file");
            }
            if (ntypes < 0) {
                throw new FormatException(
                        file, r.lineNumber(), "no 'N atom types' line in the header of the LAMMPS data file");
            }
            double[] v = new double[9];
            double[] origin = new double[3];
            if (general[0] != null || general[1] != null || general[2] != null) {
                for (int k = 0; k < 3; k++) {
                    if (general[k] == null) {
                        throw new FormatException(
                                file,
                                r.lineNumber(),
                                "general triclinic box without its " + "abc".charAt(k) + "vec line");
                    }
                    System.arraycopy(general[k], 0, v, 3 * k, 3);
                }
                if (general[3] != null) {
                    origin = general[3];
                }
            } else {
                for (int k = 0; k < 3; k++) {
                    if (!have[k]) {
                        throw new FormatException(
                                file,
                                r.lineNumber(),
                                "no '" + "xyz".charAt(k) + "lo " + "xyz".charAt(k) + "hi' line in the header");
                    }
                    origin[k] = lo[k];
                }
                v[0] = hi[0] - lo[0];
                v[3] = tilt[0];
                v[4] = hi[1] - lo[1];
                v[6] = tilt[1];
                v[7] = tilt[2];
                v[8] = hi[2] - lo[2];
            }
            // sections
            double[] masses = new double[ntypes];
            String[] massNames = new String[ntypes];
            int count = (int) n;
            long[] ids = null;
            int[] types = null;
            double[] pos = null;
            double[] charges = null;
            long[] mols = null;
            while (line != null) {
                monitor.checkCancelled();
                String section = stripComment(line).strip();
                String comment = line.indexOf('#') >= 0
                        ? line.substring(line.indexOf('#') + 1).strip()
                        : "";
                long sectionLine = r.lineNumber();
                if (section.equals("Masses")) {
                    for (int i = 0; i < ntypes; i++) {
                        nextData(r, "a line of the Masses section (line " + sectionLine + ")");
                        long t = r.integer(0, "the atom type");
                        if (t < 1 || t > ntypes) {
                            throw r.error("atom type " + t + " is not between 1 and " + ntypes
                                    + " (the header's atom types)");
                        }
                        masses[(int) t - 1] = r.real(1, "the mass");
                        int h = r.line().indexOf('#');
                        if (h >= 0) {
                            String name = LineReader.firstToken(r.line().substring(h + 1));
                            massNames[(int) t - 1] = Elements.isElement(name) ? name : null;
                        }
                    }
                    line = nextSection(r);
                } else if (section.equals("Atoms")) {
                    ids = new long[count];
                    types = new int[count];
                    pos = new double[3 * count];
                    Style style = comment.isEmpty() ? null : Style.named(LineReader.firstToken(comment));
                    if (!comment.isEmpty() && style == null) {
                        throw r.error("atom style '" + comment
                                + "' is not read (atomic, charge, full, molecular, bond, angle)");
                    }
                    for (int a = 0; a < count; a++) {
                        nextData(
                                r,
                                "atom " + (a + 1) + " of " + count + " of the Atoms section (line " + sectionLine
                                        + ")");
                        int nf = r.fieldCount();
                        int h = r.line().indexOf('#');
                        if (h >= 0) {
                            nf = fields(r.line().substring(0, h));
                        }
                        if (style == null) {
                            style = infer(r, nf);
                        }
                        if (nf != style.columns && nf != style.columns + 3) {
                            throw r.error("atom style " + style.name().toLowerCase(Locale.ROOT) + " has "
                                    + style.columns + " columns (or " + (style.columns + 3)
                                    + " with image flags), this line has " + nf);
                        }
                        if (charges == null && style.charge >= 0) {
                            charges = new double[count];
                        }
                        if (mols == null && style.mol >= 0) {
                            mols = new long[count];
                        }
                        ids[a] = r.integer(0, "the atom id");
                        long t = r.integer(style.type, "the atom type");
                        if (t < 1 || t > ntypes) {
                            throw r.error("atom type " + t + " is not between 1 and " + ntypes
                                    + " (the header's atom types)");
                        }
                        types[a] = (int) t;
                        if (style.mol >= 0) {
                            mols[a] = r.integer(style.mol, "the molecule id");
                        }
                        if (style.charge >= 0) {
                            charges[a] = r.real(style.charge, "the charge");
                        }
                        int x = style.columns - 3;
                        for (int k = 0; k < 3; k++) {
                            pos[3 * a + k] = r.real(x + k, "coordinate " + "xyz".charAt(k)) - origin[k];
                        }
                    }
                    line = nextSection(r);
                } else {
                    line = nextSection(r); // a section Sift does not use
                }
            }
            if (ids == null) {
                throw new FormatException(file, r.lineNumber(), "no Atoms section in the LAMMPS data file");
            }
            String[] names = typeNames(file, options, masses, massNames, types);
            Integer[] order = new Integer[count];
            for (int i = 0; i < count; i++) {
                order[i] = i;
            }
            final long[] idv = ids;
            java.util.Arrays.sort(order, (i, j) -> Long.compare(idv[i], idv[j]));
            String[] species = new String[count];
            double[] p = new double[3 * count];
            double[] q = charges == null ? null : new double[count];
            long[] m = mols == null ? null : new long[count];
            for (int i = 0; i < count; i++) {
                int o = order[i];
                species[i] = names[types[o] - 1];
                System.arraycopy(pos, 3 * o, p, 3 * i, 3);
                if (q != null) {
                    q[i] = charges[o];
                }
                if (m != null) {
                    m[i] = mols[o];
                }
            }
            Map<String, Property> arrays = new LinkedHashMap<>();
            if (q != null) {
                arrays.put(CHARGES, new Property(CHARGES, new Values.Reals(q), new int[] {count}, null));
            }
            if (m != null) {
                arrays.put(MOL_ID, new Property(MOL_ID, new Values.Ints(m), new int[] {count}, null));
            }
            return List.of(new Configuration(species, p, Cell.periodic(v), null, null, null, null, null, arrays));
        }
    }

    /** Number of whitespace-separated fields of a text. */
    private static int fields(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }

    /** The style of an Atoms section without a style comment, from the columns of its first line (as dpdata). */
    private static Style infer(LineReader r, int nf) throws FormatException {
        int base = nf >= 8 ? nf - 3 : nf;
        return switch (base) {
            case 5 -> Style.ATOMIC;
            case 6 -> isInteger(r.field(2)) ? Style.MOLECULAR : Style.CHARGE;
            case 7 -> Style.FULL;
            default ->
                throw r.error("cannot tell the atom style from " + nf + " columns; name it after the section "
                        + "header ('Atoms # atomic', '# charge' or '# full')");
        };
    }

    /** The element of each type (1-based types, index t - 1). */
    private static String[] typeNames(
            String file, ReadOptions options, double[] masses, String[] massNames, int[] types) throws FormatException {
        int ntypes = masses.length;
        int maxType = 0;
        for (int t : types) {
            maxType = Math.max(maxType, t);
        }
        String[] names = new String[ntypes];
        List<String> map = options.typeMap();
        if (!map.isEmpty()) {
            if (map.size() < maxType) {
                throw new FormatException(
                        file,
                        0,
                        "atom type " + maxType + " has no element in the type map " + String.join(",", map)
                                + " (LAMMPS types start at 1); give " + maxType + " elements (--type-map)");
            }
            for (int t = 0; t < ntypes && t < map.size(); t++) {
                names[t] = map.get(t);
            }
            return names;
        }
        List<String> byMass = new ArrayList<>();
        for (int t = 0; t < ntypes; t++) {
            if (massNames[t] != null) {
                names[t] = massNames[t];
            } else if (masses[t] > 0) {
                names[t] = elementOfMass(masses[t]);
                if (names[t] != null) {
                    byMass.add((t + 1) + "=" + names[t]);
                }
            }
        }
        for (int t : types) {
            if (names[t - 1] == null) {
                throw new FormatException(
                        file,
                        0,
                        "atom type " + t + " names no element (no element comment in Masses and "
                                + (masses[t - 1] > 0 ? "no element of mass " + masses[t - 1] : "no mass")
                                + "); give a type map for LAMMPS types 1.." + maxType + " (--type-map A,B,...)");
            }
        }
        if (!byMass.isEmpty()) {
            options.log()
                    .note(
                            file,
                            "atom types named by their masses: " + String.join(", ", byMass)
                                    + " (--type-map chooses others)");
        }
        return names;
    }

    /** The element whose standard atomic mass is closest to {@code mass}, if within {@link #MASS_TOLERANCE}. */
    static String elementOfMass(double mass) {
        String best = null;
        double d = MASS_TOLERANCE;
        for (int z = 1; z <= 118; z++) {
            String s;
            double m;
            try {
                s = Elements.symbol(z);
                m = Elements.mass(s);
            } catch (IllegalArgumentException e) {
                break;
            }
            if (Math.abs(m - mass) <= d) {
                d = Math.abs(m - mass);
                best = s;
            }
        }
        return best;
    }

    /** The next non-blank line, which must be a data line of the current section. */
    private static void nextData(LineReader r, String what) throws IOException {
        if (r.nextNonBlank() == null) {
            throw new FormatException(r.file(), r.lineNumber() + 1, "file ends early: expected " + what);
        }
        if (!LineReader.isNumber(r.field(0))) {
            throw r.error("expected " + what + ", found '" + r.line().strip() + "'");
        }
    }

    /** Skips data lines; returns the next section header line, or null at the end. */
    private static String nextSection(LineReader r) throws IOException {
        String l;
        while ((l = r.nextNonBlank()) != null) {
            if (!LineReader.isNumber(r.field(0))) {
                return l;
            }
        }
        return null;
    }

    /** True if the lattice has a along x and b in the xy plane with a positive diagonal (LAMMPS's restricted triclinic). */
    static boolean restricted(double[] v) {
        return v[1] == 0 && v[2] == 0 && v[5] == 0 && v[0] > 0 && v[4] > 0 && v[8] > 0;
    }

    @Override
    public List<String> write(Path path, List<Configuration> configurations, WriteOptions options) throws IOException {
        if (configurations.size() != 1) {
            throw new IOException("lammps-data holds one configuration, got " + configurations.size());
        }
        Configuration c = configurations.get(0);
        int n = c.size();
        if (n == 0) {
            throw new IOException("lammps-data cannot hold a configuration without atoms");
        }
        if (!c.cell().hasLattice() || c.cell().volume() == 0) {
            throw new IOException("lammps-data needs a periodic cell with non-zero volume; the configuration has "
                    + (c.cell().hasLattice() ? "a cell of volume 0" : "no cell"));
        }
        List<String> typeMap = options.typeMap();
        if (typeMap.isEmpty()) {
            typeMap = List.copyOf(new TreeSet<>(List.of(c.species())));
        }
        Map<String, Integer> type = new LinkedHashMap<>();
        for (int i = 0; i < typeMap.size(); i++) {
            type.putIfAbsent(typeMap.get(i), i + 1);
        }
        for (String s : c.species()) {
            if (!type.containsKey(s)) {
                throw new IOException("element " + s + " is not in the type map " + String.join(",", typeMap));
            }
        }
        Property qp = c.arrays().get(CHARGES);
        double[] q = qp != null && holdsArray(qp) ? ((Values.Reals) qp.values()).values() : null;
        Property mp = c.arrays().get(MOL_ID);
        long[] mol = mp != null && holdsArray(mp) ? ((Values.Ints) mp.values()).values() : null;
        String style = mol != null ? "full" : q != null ? "charge" : "atomic";
        List<String> warnings = new ArrayList<>(LabelWarnings.check(this, List.of(c)));
        double[] v = c.cell().vectors();
        try (BufferedWriter w = TextOutput.writer(path)) {
            w.write("LAMMPS data file (" + c.formulaGroup() + "), atom_style " + style + ", units metal\n\n");
            w.write(n + " atoms\n");
            w.write(typeMap.size() + " atom types\n\n");
            if (restricted(v)) {
                w.write("0.0 " + v[0] + " xlo xhi\n");
                w.write("0.0 " + v[4] + " ylo yhi\n");
                w.write("0.0 " + v[8] + " zlo zhi\n");
                if (v[3] != 0 || v[6] != 0 || v[7] != 0) {
                    w.write(v[3] + " " + v[6] + " " + v[7] + " xy xz yz\n");
                }
            } else {
                for (int i = 0; i < 3; i++) {
                    w.write(v[3 * i] + " " + v[3 * i + 1] + " " + v[3 * i + 2] + " " + "abc".charAt(i) + "vec\n");
                }
                w.write("0.0 0.0 0.0 abc origin\n");
            }
            w.write("\nMasses\n\n");
            for (int i = 0; i < typeMap.size(); i++) {
                String e = typeMap.get(i);
                w.write((i + 1) + " " + (Elements.isElement(e) ? Elements.mass(e) : 1.0) + " # " + e + "\n");
            }
            w.write("\nAtoms # " + style + "\n\n");
            StringBuilder sb = new StringBuilder();
            for (int a = 0; a < n; a++) {
                sb.setLength(0);
                sb.append(a + 1).append(' ');
                if (mol != null) {
                    sb.append(mol[a]).append(' ');
                }
                sb.append(type.get(c.species()[a])).append(' ');
                if (mol != null || q != null) {
                    sb.append(q == null ? 0.0 : q[a]).append(' ');
                }
                sb.append(c.position(a, 0))
                        .append(' ')
                        .append(c.position(a, 1))
                        .append(' ')
                        .append(c.position(a, 2));
                w.write(sb.append('\n').toString());
            }
        }
        return warnings;
    }
}
