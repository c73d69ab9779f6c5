package org.sift.io.qe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sift.concurrent.ProgressMonitor;
import org.sift.io.Capabilities;
import org.sift.io.Capabilities.Label;
import org.sift.io.DeclaredFormat;
import org.sift.io.FormatException;
import org.sift.io.ReadOptions;
import org.sift.io.WriteOptions;
import org.sift.io.text.LineReader;
import org.sift.model.Cell;
import org.sift.model.Configuration;
import org.sift.model.Elements;

/**
 * Quantum ESPRESSO pw.x output (the text pw.x writes to standard output), id {@code espresso-out},
 * read only, one configuration per converged SCF: a single point ({@code scf}), every ionic step of
 * {@code relax}, {@code vc-relax}, {@code md} and {@code vc-md}, and the final SCF of a vc-relax.
 *
 * <p><b>Structure.</b> The header gives {@code lattice parameter (alat) = A a.u.}, the
 * {@code crystal axes} {@code a(1..3)} in units of alat and the {@code site n. ... positions (alat
 * units)} table ({@code tau}), alat taken from {@code celldm(1)} when printed (6 decimals rather
 * than 4); the species are the atom labels with trailing digits or
 * {@code _}/{@code -} suffixes removed ({@code Fe1} → Fe). After each ionic step pw.x prints the next
 * structure as {@code CELL_PARAMETERS (alat= A)} / {@code (bohr)} / {@code (angstrom)} and
 * {@code ATOMIC_POSITIONS (alat)} / {@code (bohr)} / {@code (angstrom)} / {@code (crystal)}, in
 * those units (alat in bohr; crystal coordinates are fractions of the current cell). A frame takes
 * the structure in force when its energy is printed. The header that pw.x prints again for the
 * final SCF of a vc-relax (rounded to 6 or 7 decimals) does not replace the more precise
 * {@code Begin final coordinates} block before it.
 *
 * <p><b>Labels</b> (units converted with CODATA 2014, as ASE: 1 Ry = 13.605693009 eV, 1 bohr =
 * 0.52917721067 Å): {@code energy} from the line {@code !    total energy = E Ry} (the SCF
 * converged; with smearing this is the free energy, as ASE and dpdata read it; a {@code !!} line of
 * a hybrid-functional run replaces the {@code !} lines of its inner loops); {@code forces} from the
 * N lines after {@code Forces acting on atoms (... Ry/au)}, times Ry/bohr (the contribution tables
 * pw.x may print after them are not read); {@code stress} from the first three columns (Ry/bohr^3)
 * of {@code total stress}, as {@code stress = -sigma Ry/bohr^3} (pw.x prints it positive under
 * compression; the model's sign is ASE's). Always fully periodic. An ionic step whose SCF did not
 * converge ({@code convergence NOT achieved}) has no {@code !} energy and is not read; a warning
 * counts such steps.
 */
public final class EspressoOutputFormat extends DeclaredFormat {

    /** 1 Rydberg in eV (CODATA 2014, ASE's default). */
    public static final double RY = 13.605693009;
    /** 1 bohr in Å (CODATA 2014, ASE's default). */
    public static final double BOHR = 0.52917721067;

    private static final Capabilities CAPS = Capabilities.of(Label.CELL, Label.ENERGY, Label.FORCES, Label.STRESS);

    public EspressoOutputFormat() {
        super("espresso-out", "Quantum ESPRESSO pw.x output", List.of("pwo"), CAPS, Trait.MULTI_FRAME, Trait.READS);
    }

    /** True if the head holds {@code Program PWSCF} (the banner pw.x prints first). */
    @Override
    public boolean sniff(Path path, byte[] head) {
        return new String(head, StandardCharsets.ISO_8859_1).contains("Program PWSCF");
    }

    /** The element of a pw.x atom label: its leading letters, capitalised ({@code Fe1}, {@code O_h} → Fe, O). */
    static String element(String label) {
        int i = 0;
        while (i < label.length() && Character.isLetter(label.charAt(i))) {
            i++;
        }
        String s = label.substring(0, i);
        if (s.isEmpty()) {
            return null;
        }
        s = Character.toUpperCase(s.charAt(0)) + s.substring(1).toLowerCase(Locale.ROOT);
        if (Elements.isElement(s)) {
            return s;
        }
        String one = s.substring(0, 1);
        return Elements.isElement(one) ? one : null;
    }

    /** The state of the structure while reading. */
    private static final class State {
        int n = -1;
        double alat; // bohr
        double[] cell; // Å, rows
        double[] pos; // Å
        String[] species;
        boolean finalCoordinates;
    }

    /** A frame whose energy is known, waiting for its forces and stress. */
    private static final class Pending {
        final String[] species;
        final double[] pos;
        final double[] cell;
        final long line;
        double energy;
        double[] forces;
        double[] stress;

        Pending(State s, double energy, long line) {
            this.species = s.species.clone();
            this.pos = s.pos.clone();
            this.cell = s.cell.clone();
            this.energy = energy;
            this.line = line;
        }

        Configuration configuration() {
            return new Configuration(species, pos, Cell.periodic(cell), energy, forces, stress, null, null, null);
        }
    }

    @Override
    public List<Configuration> read(Path path, ReadOptions options, ProgressMonitor monitor) throws IOException {
        List<Configuration> out = new ArrayList<>();
        String file = path.toString();
        State s = new State();
        Pending pending = null;
        int unconverged = 0;
        boolean sawProgram = false;
        try (LineReader r = new LineReader(path)) {
            String line;
            while ((line = r.next()) != null) {
                if (r.fieldCount() == 0) {
                    continue;
                }
                String t = line.strip();
                if (t.startsWith("Program PWSCF")) {
                    sawProgram = true;
                } else if (t.startsWith("lattice parameter (alat)")) {
                    s.alat = number(r, t.substring(t.indexOf('=') + 1), "the lattice parameter");
                } else if (t.startsWith("celldm(1)=")) {
                    s.alat = number(r, t.substring("celldm(1)=".length()), "celldm(1)"); // more digits than alat
                } else if (t.startsWith("number of atoms/cell")) {
                    long n = r.integer(r.fieldCount() - 1, "the number of atoms");
                    if (n < 1 || n > Integer.MAX_VALUE / 3) {
                        throw r.error("invalid number of atoms " + n);
                    }
                    if (s.n >= 0 && s.n != n) {
                        throw r.error("the number of atoms changes from " + s.n + " to " + n);
                    }
                    s.n = (int) n;
                } else if (t.startsWith("crystal axes:")) {
                    double[] c = new double[9];
                    for (int i = 0; i < 3; i++) {
                        nextLine(r, "crystal axis a(" + (i + 1) + ")");
                        double[] v = parenthesised(r, "crystal axis a(" + (i + 1) + ")");
                        for (int k = 0; k < 3; k++) {
                            c[3 * i + k] = v[k] * s.alat * BOHR;
                        }
                    }
                    if (!s.finalCoordinates) {
                        pending = emit(pending, out, options, file);
                        s.cell = c;
                    }
                } else if (t.startsWith("site n.") && t.contains("(alat units)")) {
                    requireAtoms(r, s);
                    String[] sp = new String[s.n];
                    double[] p = new double[3 * s.n];
                    for (int a = 0; a < s.n; a++) {
                        nextLine(r, "the position of atom " + (a + 1));
                        if (r.fieldCount() < 2) {
                            throw r.error(
                                    "expected the position of atom " + (a + 1) + " ('n  label  tau(n) = ( x y z )')");
                        }
                        sp[a] = species(r, r.field(1));
                        double[] v = parenthesised(r, "the position of atom " + (a + 1));
                        for (int k = 0; k < 3; k++) {
                            p[3 * a + k] = v[k] * s.alat * BOHR;
                        }
                    }
                    if (!s.finalCoordinates) {
                        pending = emit(pending, out, options, file);
                        s.species = sp;
                        s.pos = p;
                    }
                } else if (t.startsWith("CELL_PARAMETERS")) {
                    pending = emit(pending, out, options, file);
                    String unit = unit(t);
                    double f;
                    if (unit.startsWith("alat")) {
                        int eq = unit.indexOf('=');
                        double alat = eq >= 0 ? number(r, unit.substring(eq + 1), "alat") : s.alat;
                        f = alat * BOHR;
                    } else if (unit.equals("bohr")) {
                        f = BOHR;
                    } else if (unit.equals("angstrom")) {
                        f = 1;
                    } else {
                        throw r.error(
                                "unknown unit '" + unit + "' of CELL_PARAMETERS (alat, bohr or angstrom expected)");
                    }
                    double[] c = new double[9];
                    for (int i = 0; i < 3; i++) {
                        nextLine(r, "lattice vector " + (i + 1) + " of CELL_PARAMETERS");
                        for (int k = 0; k < 3; k++) {
                            c[3 * i + k] = r.real(k, "component " + (k + 1) + " of lattice vector " + (i + 1)) * f;
                        }
                    }
                    s.cell = c;
                } else if (t.startsWith("ATOMIC_POSITIONS")) {
                    pending = emit(pending, out, options, file);
                    requireAtoms(r, s);
                    String unit = unit(t);
                    if (s.cell == null) {
                        throw r.error("ATOMIC_POSITIONS before any cell");
                    }
                    String[] sp = new String[s.n];
                    double[] p = new double[3 * s.n];
                    for (int a = 0; a < s.n; a++) {
                        nextLine(r, "atom " + (a + 1) + " of ATOMIC_POSITIONS");
                        sp[a] = species(r, r.field(0));
                        double x = r.real(1, "coordinate x of atom " + (a + 1));
                        double y = r.real(2, "coordinate y of atom " + (a + 1));
                        double z = r.real(3, "coordinate z of atom " + (a + 1));
                        double f = switch (unit) {
                            case "alat" -> s.alat * BOHR;
                            case "bohr" -> BOHR;
                            case "angstrom", "crystal" -> 1;
                            default ->
                                throw r.error("unknown unit '" + unit
                                        + "' of ATOMIC_POSITIONS (alat, bohr, angstrom or crystal expected)");
                        };
                        if (unit.equals("crystal")) {
                            for (int k = 0; k < 3; k++) {
                                p[3 * a + k] = x * s.cell[k] + y * s.cell[3 + k] + z * s.cell[6 + k];
                            }
                        } else {
                            p[3 * a] = x * f;
                            p[3 * a + 1] = y * f;
                            p[3 * a + 2] = z * f;
                        }
                    }
                    s.species = sp;
                    s.pos = p;
                } else if (t.startsWith("End final coordinates")) {
                    s.finalCoordinates = true;
                } else if (t.startsWith("!")) {
                    int eq = t.indexOf('=');
                    if (!t.contains("total energy") || eq < 0) {
                        continue;
                    }
                    String[] v = t.substring(eq + 1).strip().split("\\s+");
                    double e = number(r, v[0], "the total energy") * RY;
                    boolean outer = t.startsWith("!!");
                    if (pending != null
                            && pending.forces == null
                            && pending.stress == null
                            && (outer || sameStructure(pending, s))) {
                        pending.energy = e; // a later loop of the same SCF (hybrid functionals)
                    } else {
                        pending = emit(pending, out, options, file);
                        if (s.pos == null || s.cell == null) {
                            throw r.error("a total energy before the structure (no crystal axes and positions yet)");
                        }
                        pending = new Pending(s, e, r.lineNumber());
                    }
                } else if (t.startsWith("Forces acting on atoms")) {
                    requireAtoms(r, s);
                    double[] f = new double[3 * s.n];
                    for (int a = 0; a < s.n; a++) {
                        nextLine(r, "the force on atom " + (a + 1));
                        int nf = r.fieldCount();
                        if (!r.field(0).equals("atom") || nf < 3) {
                            throw r.error("expected 'atom " + (a + 1) + " type t force = fx fy fz'");
                        }
                        for (int k = 0; k < 3; k++) {
                            f[3 * a + k] = r.real(nf - 3 + k, "force component " + (k + 1) + " of atom " + (a + 1))
                                    * RY
                                    / BOHR;
                        }
                    }
                    if (pending != null && pending.forces == null) {
                        pending.forces = f;
                    }
                } else if (t.startsWith("total   stress") || t.startsWith("total stress")) {
                    double[] st = new double[9];
                    double conv = RY / (BOHR * BOHR * BOHR);
                    for (int i = 0; i < 3; i++) {
                        nextLine(r, "row " + (i + 1) + " of the stress");
                        for (int k = 0; k < 3; k++) {
                            // + 0.0 turns the -0.0 of a printed "-0.00000000" into 0.0
                            st[3 * i + k] =
                                    -r.real(k, "stress component (" + (i + 1) + "," + (k + 1) + ")") * conv + 0.0;
                        }
                    }
                    if (pending != null && pending.stress == null) {
                        pending.stress = st;
                    }
                } else if (t.startsWith("convergence NOT achieved")) {
                    pending = emit(pending, out, options, file); // this step's forces are not another's
                    unconverged++;
                }
                monitor.checkCancelled();
            }
        }
        emit(pending, out, options, file);
        if (!sawProgram) {
            throw new FormatException(file, 0, "not a pw.x output (no 'Program PWSCF' line)");
        }
        if (unconverged > 0) {
            options.log()
                    .warn(
                            file,
                            unconverged + " SCF cycles did not converge ('convergence NOT achieved'): their ionic "
                                    + "steps have no total energy and are not read");
        }
        return out;
    }

    private static boolean sameStructure(Pending p, State s) {
        return java.util.Arrays.equals(p.pos, s.pos) && java.util.Arrays.equals(p.cell, s.cell);
    }

    private static Pending emit(Pending p, List<Configuration> out, ReadOptions options, String file) {
        if (p != null) {
            options.log().frameLine(file, out.size(), p.line);
            out.add(p.configuration());
        }
        return null;
    }

    private static void requireAtoms(LineReader r, State s) throws FormatException {
        if (s.n < 0) {
            throw r.error("atoms listed before 'number of atoms/cell'");
        }
    }

    private static String species(LineReader r, String label) throws FormatException {
        String e = element(label);
        if (e == null) {
            throw r.error("atom label '" + label + "' does not start with an element symbol");
        }
        return e;
    }

    /** The unit in parentheses or braces after a card name, lower case, without blanks ({@code alat=7.01}). */
    private static String unit(String t) {
        int open = Math.max(t.indexOf('('), t.indexOf('{'));
        if (open < 0) {
            return "alat";
        }
        int close = Math.max(t.indexOf(')', open), t.indexOf('}', open));
        return t.substring(open + 1, close < 0 ? t.length() : close)
                .replace(" ", "")
                .toLowerCase(Locale.ROOT);
    }

    private static double number(LineReader r, String text, String what) throws FormatException {
        String tok = LineReader.firstToken(text);
        try {
            return Double.parseDouble(tok);
        } catch (NumberFormatException e) {
            throw r.error("expected a number for " + what + ", got '" + tok + "'");
        }
    }

    /** The three numbers between the parentheses of a line {@code ... = ( x y z )}. */
    private static double[] parenthesised(LineReader r, String what) throws FormatException {
        String l = r.line();
        int open = l.lastIndexOf('(');
        int close = l.lastIndexOf(')');
        if (open < 0 || close < open) {
            throw r.error("expected '( x y z )' for " + what);
        }
        String[] v = l.substring(open + 1, close).strip().split("\\s+");
        if (v.length < 3) {
            throw r.error("expected three numbers for " + what);
        }
        double[] d = new double[3];
        for (int k = 0; k < 3; k++) {
            try {
                d[k] = Double.parseDouble(v[k]);
            } catch (NumberFormatException e) {
                throw r.error("expected a number for " + what + ", got '" + v[k] + "'");
            }
        }
        return d;
    }

    private static void nextLine(LineReader r, String what) throws IOException {
        if (r.nextNonBlank() == null) {
            throw new FormatException(r.file(), r.lineNumber() + 1, "file ends early: expected " + what);
        }
    }

    @Override
    public List<String> write(Path path, List<Configuration> configurations, WriteOptions options) throws IOException {
        throw new IOException("format " + id() + " is read only");
    }
}
