package org.sift.io.vasp;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sift.concurrent.ProgressMonitor;
import org.sift.io.Capabilities;
import org.sift.io.Capabilities.Label;
import org.sift.io.DeclaredFormat;
import org.sift.io.FormatException;
import org.sift.io.LabelWarnings;
import org.sift.io.ReadOptions;
import org.sift.io.WriteOptions;
import org.sift.model.Cell;
import org.sift.model.Configuration;
import org.sift.model.Property;
import org.sift.model.Values;

/**
 * VASP POSCAR / CONTCAR: one periodic configuration.
 *
 * <p><b>Reading.</b> Line 1 is kept as info {@code comment}. Line 2 holds one scaling factor
 * {@code s} (positive: lattice vectors and Cartesian positions are multiplied by {@code s};
 * negative: {@code |s|} is the cell volume in Å^3 and the factor is {@code (|s| / |det L|)^(1/3)})
 * or three positive factors for the x, y, z Cartesian components. Lines 3-5 are the lattice
 * vectors. VASP 5 files then name the species (POTCAR suffixes such as {@code Ti_sv} or
 * {@code Si/hash} are reduced to the element); VASP 4 files give only the counts, and the species
 * are taken from {@link ReadOptions#typeMap()} (block i is {@code typeMap.get(i)}). Blocks may
 * repeat a species ({@code Si Li Si}). An optional {@code Selective dynamics} line makes every
 * position line carry three T/F flags, kept as the per-atom boolean property
 * {@code selective_dynamics} of shape [N, 3] ({@code true} = 'T' = that coordinate may move). The
 * coordinate line starting with C/c/K/k means Cartesian (Å, scaled), anything else Direct
 * (fractional). An optional "Lattice velocities and vectors" block (CONTCAR of MD with a moving
 * cell) is skipped. An optional velocity block follows: a mode line (blank or C/c/K/k: Cartesian,
 * else Direct, converted to Cartesian with the cell) and N lines of three numbers, kept as the
 * per-atom real property {@code velocities} of shape [N, 3] in Å/fs. Predictor-corrector data
 * after it is ignored. The cell is always fully periodic.
 *
 * <p><b>Writing</b> (choice: VASP 5, <b>Cartesian</b> coordinates, scale 1, 16 decimals, as ASE's
 * {@code write_vasp} does by default): Cartesian positions are written exactly as stored, so
 * write-then-read reproduces them to the last printed digit without a round trip through the
 * inverse cell. The atoms keep their order: consecutive runs of one species form one block, so a
 * configuration that is not grouped by species is written with repeated blocks ({@code Si Li Si}),
 * which VASP 5 accepts (the POTCAR must then list the same blocks). {@code comment} becomes
 * line 1 (else the formula), {@code selective_dynamics} and {@code velocities} are written back
 * (see {@link #holdsInfo} and {@link #holdsArray} for the exact conditions); every other label is
 * reported as dropped.
 */
public final class PoscarFormat extends DeclaredFormat {

    public static final String SELECTIVE_DYNAMICS = "selective_dynamics";
    public static final String VELOCITIES = "velocities";
    public static final String COMMENT = "comment";

    private static final Capabilities CAPS = Capabilities.of(Label.CELL);

    /**
     * Only {@code comment}, when it is one string without line breaks or surrounding blanks (line 1
     * is read back stripped). Another comment is named in the warnings and line 1 is the formula.
     */
    public PoscarFormat() {
        super(
                "poscar",
                "VASP POSCAR/CONTCAR",
                List.of("POSCAR", "CONTCAR", "vasp", "poscar"),
                CAPS,
                Trait.READS,
                Trait.WRITES);
    }

    @Override
    public boolean holdsInfo(Property p) {
        if (!p.name().equals(COMMENT) || !(p.values() instanceof Values.Strings s) || s.size() != 1) {
            return false;
        }
        String t = s.values()[0];
        return t.indexOf('\n') < 0 && t.indexOf('\r') < 0 && t.equals(t.strip());
    }

    /** POSCAR cells are always periodic along all three axes. */
    @Override
    public boolean holdsPbc(boolean[] pbc) {
        return pbc[0] && pbc[1] && pbc[2];
    }

    /** Only {@code selective_dynamics} (booleans, shape [N, 3]) and {@code velocities} (reals, shape [N, 3]). */
    @Override
    public boolean holdsArray(Property p) {
        boolean n3 = p.shape().length == 2 && p.shape()[1] == 3;
        return (p.name().equals(SELECTIVE_DYNAMICS) && n3 && p.values() instanceof Values.Bools)
                || (p.name().equals(VELOCITIES) && n3 && p.values() instanceof Values.Reals);
    }

    /**
     * True if the head has the POSCAR shape: a scale line of one or three numbers, three lines of
     * three numbers, an optional line of species names, a line of positive counts, then a line
     * starting with S, C, K or D.
     */
    @Override
    public boolean sniff(Path path, byte[] head) {
        String[] lines = new String(head, StandardCharsets.UTF_8).split("\r?\n", -1);
        if (lines.length < 8) {
            return false;
        }
        try {
            String[] scale = VaspText.tokens(lines[1]);
            if (scale.length != 1 && scale.length != 3) {
                return false;
            }
            for (String t : scale) {
                Double.parseDouble(t);
            }
            for (int i = 2; i < 5; i++) {
                String[] t = VaspText.tokens(lines[i]);
                if (t.length < 3) {
                    return false;
                }
                for (int k = 0; k < 3; k++) {
                    Double.parseDouble(t[k]);
                }
            }
            int at = 5;
            String[] t = countTokens(lines[at]);
            if (t.length == 0) {
                return false;
            }
            if (!isInt(t[0])) {
                for (String s : t) {
                    if (VaspText.element(s) == null) {
                        return false;
                    }
                }
                at++;
                String[] c = countTokens(lines[at]);
                if (c.length != t.length) {
                    return false;
                }
                t = c;
            }
            for (String s : t) {
                if (!isInt(s) || Integer.parseInt(s) < 0) {
                    return false;
                }
            }
            String mode = lines[at + 1].strip();
            // "Direct configuration= 1" starts an XDATCAR frame, not POSCAR coordinates
            return !mode.isEmpty()
                    && "SsCcKkDd".indexOf(mode.charAt(0)) >= 0
                    && !XdatcarFormat.isConfigurationLine(mode);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isInt(String s) {
        try {
            Integer.parseInt(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Most atoms of one configuration (3 N coordinates must fit in one array). */
    static final int MAX_ATOMS = (Integer.MAX_VALUE - 16) / 3;

    /** Tokens of the counts line up to a {@code !} comment. */
    private static String[] countTokens(String line) {
        int bang = line.indexOf('!');
        return VaspText.tokens(bang >= 0 ? line.substring(0, bang) : line);
    }

    @Override
    public List<Configuration> read(Path path, ReadOptions options, ProgressMonitor monitor) throws IOException {
        String file = path.toString();
        VaspText.Progress progress = new VaspText.Progress(monitor, path);
        try (VaspText.Lines in = new VaspText.Lines(path)) {
            String comment = in.next();
            if (comment == null) {
                throw new FormatException(file, 1, "file is empty; expected a POSCAR comment line");
            }
            options.log().frameLine(file, 0, 1);
            // scaling factor(s)
            String[] sc = VaspText.tokens(require(in, file, "the scaling factor line"));
            if (sc.length == 0) {
                throw new FormatException(file, in.number(), "expected a scaling factor, found an empty line");
            }
            double[] scale3 = null;
            double scale = VaspText.parseDouble(sc[0], file, in.number(), "the scaling factor");
            if (sc.length >= 3 && isNumber(sc[1]) && isNumber(sc[2])) {
                scale3 = new double[3];
                for (int k = 0; k < 3; k++) {
                    scale3[k] = VaspText.parseDouble(sc[k], file, in.number(), "scaling factor " + (k + 1));
                    if (scale3[k] <= 0) {
                        throw new FormatException(
                                file, in.number(), "three scaling factors must all be positive, found " + sc[k]);
                    }
                }
            } else if (scale == 0) {
                throw new FormatException(file, in.number(), "the scaling factor must not be 0");
            }
            double[] lat = new double[9];
            for (int i = 0; i < 3; i++) {
                String[] t = VaspText.tokens(require(in, file, "lattice vector " + (i + 1)));
                if (t.length < 3) {
                    throw new FormatException(
                            file,
                            in.number(),
                            "expected 3 numbers for lattice vector " + (i + 1) + ", found " + t.length);
                }
                for (int k = 0; k < 3; k++) {
                    lat[3 * i + k] = VaspText.parseDouble(t[k], file, in.number(), "lattice vector " + (i + 1));
                    if (!Double.isFinite(lat[3 * i + k])) {
                        throw new FormatException(file, in.number(), "lattice vector " + (i + 1) + " is not finite");
                    }
                }
            }
            // effective Cartesian scale per component
            double[] f = new double[3];
            if (scale3 != null) {
                f = scale3;
            } else if (scale > 0) {
                f[0] = f[1] = f[2] = scale;
            } else {
                double det = Math.abs(Cell.periodic(lat).volume());
                if (det == 0) {
                    throw new FormatException(file, 5, "the lattice vectors are linearly dependent (volume 0)");
                }
                double s = Math.cbrt(-scale / det);
                f[0] = f[1] = f[2] = s;
            }
            for (int i = 0; i < 3; i++) {
                for (int k = 0; k < 3; k++) {
                    lat[3 * i + k] *= f[k];
                }
            }
            Cell cell = Cell.periodic(lat);
            if (cell.volume() == 0) {
                throw new FormatException(file, 5, "the lattice vectors are linearly dependent (volume 0)");
            }

            // species and counts
            String[] t = countTokens(require(in, file, "species names or atom counts"));
            if (t.length == 0) {
                throw new FormatException(
                        file, in.number(), "expected species names or atom counts, found an empty line");
            }
            String[] blocks;
            if (!isInt(t[0])) {
                blocks = new String[t.length];
                for (int i = 0; i < t.length; i++) {
                    blocks[i] = VaspText.element(t[i]);
                    if (blocks[i] == null) {
                        throw new FormatException(
                                file, in.number(), "unknown species '" + t[i] + "' (expected element symbols)");
                    }
                }
                t = countTokens(require(in, file, "atom counts"));
                if (t.length != blocks.length) {
                    throw new FormatException(
                            file,
                            in.number(),
                            "expected " + blocks.length + " atom counts (one per species on the line before), found "
                                    + t.length);
                }
            } else {
                List<String> map = options.typeMap();
                if (map.size() < t.length) {
                    throw new FormatException(
                            file,
                            in.number(),
                            "VASP 4 POSCAR without a species line: "
                                    + t.length + " atom types need a type map (e.g. --type-map Si,Li) naming "
                                    + t.length + " elements" + (map.isEmpty() ? "" : ", got " + map.size()));
                }
                blocks = new String[t.length];
                for (int i = 0; i < t.length; i++) {
                    blocks[i] = map.get(i);
                }
            }
            int[] counts = new int[t.length];
            long total = 0;
            for (int i = 0; i < t.length; i++) {
                counts[i] = VaspText.parseInt(t[i], file, in.number(), "the atom count of species " + blocks[i]);
                if (counts[i] < 0) {
                    throw new FormatException(
                            file, in.number(), "atom counts must not be negative, found " + counts[i]);
                }
                total += counts[i];
            }
            if (total == 0) {
                throw new FormatException(file, in.number(), "the atom counts add up to 0");
            }
            if (total > MAX_ATOMS) {
                throw new FormatException(
                        file,
                        in.number(),
                        "the atom counts add up to " + total + ", more than the " + MAX_ATOMS
                                + " atoms one configuration can hold");
            }
            int n = (int) total;

            String mode = require(in, file, "'Selective dynamics', 'Direct' or 'Cartesian'")
                    .strip();
            boolean selective = !mode.isEmpty() && (mode.charAt(0) == 's' || mode.charAt(0) == 'S');
            if (selective) {
                mode = require(in, file, "'Direct' or 'Cartesian'").strip();
            }
            boolean cartesian = isCartesian(mode);

            // grown as positions are read: the counts are not trusted for allocation
            int capacity = Math.min(n, 1024);
            double[] pos = new double[3 * capacity];
            boolean[] flags = selective ? new boolean[3 * capacity] : null;
            for (int a = 0; a < n; a++) {
                if (a == capacity) {
                    capacity = (int) Math.min(n, 2L * capacity);
                    pos = java.util.Arrays.copyOf(pos, 3 * capacity);
                    flags = selective ? java.util.Arrays.copyOf(flags, 3 * capacity) : null;
                }
                String line = in.next();
                if (line == null) {
                    throw new FormatException(
                            file,
                            in.number() + 1,
                            "file ends after " + a + " of " + n + " atom positions (the counts line promises " + n
                                    + " atoms)");
                }
                String[] p = VaspText.tokens(line);
                if (p.length < (selective ? 6 : 3)) {
                    throw new FormatException(
                            file,
                            in.number(),
                            "expected 3 coordinates" + (selective ? " and 3 T/F flags" : "") + " for atom " + (a + 1)
                                    + " of " + n + ", found " + p.length + " fields");
                }
                double[] x = new double[3];
                for (int k = 0; k < 3; k++) {
                    x[k] = VaspText.parseDouble(
                            p[k], file, in.number(), "coordinate " + (k + 1) + " of atom " + (a + 1));
                    if (!Double.isFinite(x[k])) {
                        throw new FormatException(
                                file,
                                in.number(),
                                "coordinate " + (k + 1) + " of atom " + (a + 1) + " is not finite (" + p[k] + ")");
                    }
                }
                toCartesian(x, cartesian, f, lat, pos, a);
                if (selective) {
                    for (int k = 0; k < 3; k++) {
                        String fl = p[3 + k];
                        char c = fl.isEmpty()
                                ? '?'
                                : Character.toUpperCase(fl.charAt(fl.startsWith(".") && fl.length() > 1 ? 1 : 0));
                        if (c != 'T' && c != 'F') {
                            throw new FormatException(
                                    file,
                                    in.number(),
                                    "expected a selective-dynamics flag T or F for atom " + (a + 1) + ", found '" + fl
                                            + "'");
                        }
                        flags[3 * a + k] = c == 'T';
                    }
                }
            }

            String[] species = new String[n];
            for (int i = 0, a = 0; i < blocks.length; i++) {
                for (int j = 0; j < counts[i]; j++) {
                    species[a++] = blocks[i];
                }
            }

            // optional blocks after the positions
            double[] vel = null;
            String line = in.next();
            if (line != null
                    && !line.isBlank()
                    && (line.strip().charAt(0) == 'L' || line.strip().charAt(0) == 'l')) {
                for (int i = 0; i < 7; i++) {
                    require(in, file, "the lattice velocities and vectors block (8 lines)");
                }
                line = in.next();
            }
            if (line != null) {
                String vmode = line.strip();
                if (!vmode.isEmpty() && "0123456789+-.".indexOf(vmode.charAt(0)) >= 0) {
                    throw new FormatException(
                            file,
                            in.number(),
                            "expected " + n + " atoms as the counts line says,"
                                    + " found a further coordinate line (or a velocity block without its mode line)");
                }
                boolean vcart = vmode.isEmpty() || isCartesian(vmode);
                String first = in.next();
                if (first != null && !first.isBlank()) {
                    vel = new double[3 * n];
                    String cur = first;
                    for (int a = 0; a < n; a++) {
                        if (cur == null) {
                            throw new FormatException(
                                    file, in.number() + 1, "file ends after " + a + " of " + n + " velocities");
                        }
                        String[] p = VaspText.numericTokens(cur);
                        if (p.length < 3) {
                            throw new FormatException(
                                    file,
                                    in.number(),
                                    "expected 3 velocity components for atom " + (a + 1) + ", found " + p.length
                                            + " fields");
                        }
                        double[] v = new double[3];
                        for (int k = 0; k < 3; k++) {
                            v[k] = VaspText.parseDouble(
                                    p[k], file, in.number(), "velocity component " + (k + 1) + " of atom " + (a + 1));
                        }
                        toCartesian(v, vcart, new double[] {1, 1, 1}, lat, vel, a);
                        if (a + 1 < n) {
                            cur = in.next();
                        }
                    }
                }
            }
            progress.done();

            Map<String, Property> info = new LinkedHashMap<>();
            info.put(COMMENT, Property.scalar(COMMENT, comment.strip()));
            Map<String, Property> arrays = new LinkedHashMap<>();
            if (flags != null) {
                arrays.put(
                        SELECTIVE_DYNAMICS,
                        new Property(SELECTIVE_DYNAMICS, new Values.Bools(flags), new int[] {n, 3}, null));
            }
            if (vel != null) {
                arrays.put(VELOCITIES, new Property(VELOCITIES, new Values.Reals(vel), new int[] {n, 3}, "Å/fs"));
            }
            return List.of(new Configuration(species, pos, cell, null, null, null, null, info, arrays));
        }
    }

    private static boolean isCartesian(String mode) {
        if (mode.isEmpty()) {
            return false;
        }
        char c = Character.toLowerCase(mode.charAt(0));
        return c == 'c' || c == 'k';
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Writes atom a's Cartesian vector: x scaled component-wise by f, or x (fractional) times the lattice rows. */
    private static void toCartesian(double[] x, boolean cartesian, double[] f, double[] lat, double[] out, int a) {
        for (int k = 0; k < 3; k++) {
            out[3 * a + k] = cartesian ? x[k] * f[k] : x[0] * lat[k] + x[1] * lat[3 + k] + x[2] * lat[6 + k];
        }
    }

    private static String require(VaspText.Lines in, String file, String what) throws IOException {
        String l = in.next();
        if (l == null) {
            throw new FormatException(file, in.number() + 1, "file ends early: expected " + what);
        }
        return l;
    }

    @Override
    public List<String> write(Path path, List<Configuration> configurations, WriteOptions options) throws IOException {
        if (configurations.size() != 1) {
            throw new IOException("poscar holds one configuration, got " + configurations.size());
        }
        Configuration c = configurations.get(0);
        int n = c.size();
        if (n == 0) {
            throw new IOException("poscar cannot hold a configuration without atoms");
        }
        if (!c.cell().hasLattice() || c.cell().volume() == 0) {
            throw new IOException("poscar needs a periodic cell with non-zero volume; the configuration has "
                    + (c.cell().hasLattice() ? "a cell of volume 0" : "no cell"));
        }
        Property sel = c.arrays().get(SELECTIVE_DYNAMICS);
        boolean[] flags = sel != null && holdsArray(sel) ? ((Values.Bools) sel.values()).values() : null;
        Property vp = c.arrays().get(VELOCITIES);
        double[] vel = vp != null && holdsArray(vp) ? ((Values.Reals) vp.values()).values() : null;
        Property comment = c.info().get(COMMENT);

        // labels that POSCAR cannot hold: everything except those written below
        List<String> warnings = new ArrayList<>(LabelWarnings.check(this, List.of(c)));

        // species blocks: consecutive runs, order preserved
        List<String> blockSpecies = new ArrayList<>();
        List<Integer> blockCounts = new ArrayList<>();
        for (String s : c.species()) {
            if (!blockSpecies.isEmpty()
                    && blockSpecies.get(blockSpecies.size() - 1).equals(s)) {
                blockCounts.set(blockCounts.size() - 1, blockCounts.get(blockCounts.size() - 1) + 1);
            } else {
                blockSpecies.add(s);
                blockCounts.add(1);
            }
        }
        // a comment that would not read back unchanged is not written (the warnings name it)
        String title = comment != null && holdsInfo(comment) ? comment.asText() : c.formulaGroup();
        try (BufferedWriter w = org.sift.io.TextOutput.writer(path)) {
            w.write(title);
            w.write('\n');
            w.write("   1.0\n");
            for (int i = 0; i < 3; i++) {
                w.write(String.format(
                        Locale.ROOT,
                        " %22.16f %22.16f %22.16f\n",
                        c.cell().get(i, 0),
                        c.cell().get(i, 1),
                        c.cell().get(i, 2)));
            }
            StringBuilder names = new StringBuilder();
            StringBuilder counts = new StringBuilder();
            for (int i = 0; i < blockSpecies.size(); i++) {
                int width = Math.max(
                                blockSpecies.get(i).length(),
                                String.valueOf(blockCounts.get(i)).length())
                        + 1;
                names.append(String.format(Locale.ROOT, " %" + width + "s", blockSpecies.get(i)));
                counts.append(String.format(Locale.ROOT, " %" + width + "d", blockCounts.get(i)));
            }
            w.write(names.append('\n').toString());
            w.write(counts.append('\n').toString());
            if (flags != null) {
                w.write("Selective dynamics\n");
            }
            w.write("Cartesian\n");
            for (int a = 0; a < n; a++) {
                w.write(String.format(
                        Locale.ROOT, " %22.16f %22.16f %22.16f", c.position(a, 0), c.position(a, 1), c.position(a, 2)));
                if (flags != null) {
                    for (int k = 0; k < 3; k++) {
                        w.write(flags[3 * a + k] ? "   T" : "   F");
                    }
                }
                w.write('\n');
            }
            if (vel != null) {
                w.write("Cartesian\n");
                for (int a = 0; a < n; a++) {
                    w.write(String.format(
                            Locale.ROOT, " %22.16e %22.16e %22.16e\n", vel[3 * a], vel[3 * a + 1], vel[3 * a + 2]));
                }
            }
        }
        return warnings;
    }
}
