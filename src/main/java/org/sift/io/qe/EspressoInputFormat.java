package org.sift.io.qe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

/**
 * Quantum ESPRESSO pw.x input, id {@code espresso-in}, read only, one configuration (the structure;
 * an input holds no labels). Always fully periodic.
 *
 * <p><b>Layout.</b> Fortran namelists ({@code &CONTROL ... /}, {@code &SYSTEM ... /}, ...; keys
 * case-insensitive, {@code key = value} separated by commas or new lines, {@code !} comments, reals
 * in Fortran notation such as {@code 1.0d0}), then cards. From {@code &SYSTEM}: {@code ibrav} (only
 * {@code 0} is read: the cell comes from {@code CELL_PARAMETERS}; any other value is an error naming
 * its line), {@code nat}, {@code ntyp}, and the lattice parameter alat as {@code celldm(1)} (bohr)
 * or {@code A} (Å). Cards: {@code ATOMIC_SPECIES} ({@code ntyp} lines {@code label mass pseudo};
 * the element of a label is its leading letters, {@code Fe1} → Fe), {@code CELL_PARAMETERS
 * alat|bohr|angstrom} (3 rows, the lattice vectors; without a unit: alat if alat is given, else
 * bohr), {@code ATOMIC_POSITIONS alat|bohr|angstrom|crystal} ({@code nat} lines {@code label x y z}
 * and optional fixing flags; without a unit: alat; {@code crystal} coordinates are fractions of the
 * cell). Without {@code celldm(1)} or {@code A}, alat is the length of the first lattice vector, as in
 * pw.x. Other cards ({@code K_POINTS}, ...) are skipped. 1 bohr = {@link #BOHR} Å.
 */
public final class EspressoInputFormat extends DeclaredFormat {

    /**
     * 1 bohr in Å as pw.x converts its input: CODATA 2006, the value of QE's {@code constants.f90}
     * and of ASE's {@code ase.io.espresso} module.
     */
    public static final double BOHR = 0.52917720859;

    private static final Capabilities CAPS = Capabilities.of(Label.CELL);

    private static final Set<String> CARDS = Set.of("ATOMIC_SPECIES", "ATOMIC_POSITIONS", "K_POINTS",
            "ADDITIONAL_K_POINTS", "CELL_PARAMETERS", "CONSTRAINTS", "OCCUPATIONS", "ATOMIC_VELOCITIES",
            "ATOMIC_FORCES", "SOLVENTS", "HUBBARD");

    private static final Pattern NAMELIST_START = Pattern.compile("(?im)^[ \\t]*&(control|system|electrons)\\b");
    private static final Pattern PAIR = Pattern.compile(
            "([A-Za-z_][A-Za-z0-9_%]*(?:\\(\\s*\\d+\\s*(?:,\\s*\\d+\\s*)*\\))?)\\s*=\\s*('[^']*'|\"[^\"]*\"|[^,\\s/]+)");
    private static final Pattern FORTRAN_REAL = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eEdD][-+]?\\d+)?");

    public EspressoInputFormat() {
        super("espresso-in", "Quantum ESPRESSO pw.x input", List.of("pwi"), CAPS, Trait.READS);
    }

    /** True if a line of the head opens {@code &CONTROL}, {@code &SYSTEM} or {@code &ELECTRONS}. */
    @Override
    public boolean sniff(Path path, byte[] head) {
        String h = new String(head, StandardCharsets.ISO_8859_1);
        return NAMELIST_START.matcher(h).find() && !h.contains("Program PWSCF");
    }

    /** A namelist value and the line it was on. */
    private record Value(String text, long line) {
    }

    /** A card line: the label and three numbers. */
    private record Row(String label, double[] v, long line) {
    }

    @Override
    public List<Configuration> read(Path path, ReadOptions options, ProgressMonitor monitor) throws IOException {
        String file = path.toString();
        Map<String, Value> system = new HashMap<>();
        Map<String, String> species = new LinkedHashMap<>(); // label -> element
        double[] cellRows = null;
        String cellUnit = null;
        long cellLine = 0;
        List<Row> positions = null;
        String posUnit = null;
        long posLine = 0;
        boolean sawSystem = false;
        try (LineReader r = new LineReader(path)) {
            String namelist = null;
            String line;
            while ((line = r.next()) != null) {
                monitor.checkCancelled();
                String t = stripComment(line).trim();
                if (t.isEmpty()) {
                    continue;
                }
                if (namelist != null) {
                    boolean end = t.equals("/") || t.endsWith("/") && !t.endsWith("'/") && quotesClosed(t);
                    parsePairs(t, namelist.equals("system") ? system : null, r);
                    if (end) {
                        namelist = null;
                    }
                    continue;
                }
                if (t.startsWith("&")) {
                    String rest = t.substring(1);
                    String name = rest.split("[\\s,/]", 2)[0].toLowerCase(Locale.ROOT);
                    if (name.isEmpty()) {
                        throw r.error("a namelist needs a name after '&'");
                    }
                    namelist = name;
                    sawSystem |= name.equals("system");
                    String after = rest.substring(rest.split("[\\s,/]", 2)[0].length()).trim();
                    if (!after.isEmpty()) {
                        parsePairs(after, name.equals("system") ? system : null, r);
                        if (after.endsWith("/")) {
                            namelist = null;
                        }
                    }
                    continue;
                }
                String card = t.split("[\\s{(]", 2)[0].toUpperCase(Locale.ROOT);
                if (!CARDS.contains(card)) {
                    continue; // a line of a card Sift does not read
                }
                String unit = t.substring(t.split("[\\s{(]", 2)[0].length()).replaceAll("[{}()=\\s]", " ").trim()
                        .toLowerCase(Locale.ROOT);
                switch (card) {
                    case "ATOMIC_SPECIES" -> {
                        int ntyp = count(system, "ntyp", file);
                        for (int i = 0; i < ntyp; i++) {
                            if (nextData(r) == null) {
                                throw new FormatException(file, r.lineNumber(), "ATOMIC_SPECIES ends after " + i
                                        + " of ntyp = " + ntyp + " species");
                            }
                            String label = r.field(0);
                            String el = EspressoOutputFormat.element(label);
                            if (el == null) {
                                throw r.error("cannot tell the element of species label '" + label + "'");
                            }
                            species.put(label, options.element(el));
                        }
                    }
                    case "CELL_PARAMETERS" -> {
                        cellUnit = unit.isEmpty() ? null : unit.split(" ")[0];
                        cellLine = r.lineNumber();
                        cellRows = new double[9];
                        for (int i = 0; i < 3; i++) {
                            if (nextData(r) == null) {
                                throw new FormatException(file, r.lineNumber(), "CELL_PARAMETERS ends after " + i
                                        + " of 3 lattice vectors");
                            }
                            for (int k = 0; k < 3; k++) {
                                cellRows[3 * i + k] = real(r, k, "lattice vector " + (i + 1) + " component " + (k + 1));
                            }
                        }
                    }
                    case "ATOMIC_POSITIONS" -> {
                        posUnit = unit.isEmpty() ? "alat" : unit.split(" ")[0];
                        posLine = r.lineNumber();
                        int nat = count(system, "nat", file);
                        positions = new ArrayList<>();
                        for (int i = 0; i < nat; i++) {
                            String l = nextData(r);
                            if (l == null) {
                                throw new FormatException(file, r.lineNumber(), "ATOMIC_POSITIONS ends after " + i
                                        + " of nat = " + nat + " atoms");
                            }
                            double[] v = new double[3];
                            for (int k = 0; k < 3; k++) {
                                v[k] = real(r, k + 1, "atom " + (i + 1) + " coordinate " + (k + 1));
                            }
                            positions.add(new Row(r.field(0), v, r.lineNumber()));
                        }
                    }
                    default -> { }
                }
            }
            if (namelist != null) {
                throw new FormatException(file, r.lineNumber(), "namelist &" + namelist + " is not closed by '/'");
            }
        }
        if (!sawSystem) {
            throw new FormatException(file, 0, "no &SYSTEM namelist");
        }
        Value ibrav = system.get("ibrav");
        if (ibrav == null) {
            throw new FormatException(file, 0, "&SYSTEM has no ibrav");
        }
        if (!ibrav.text().equals("0")) {
            throw new FormatException(file, ibrav.line(), "ibrav = " + ibrav.text() + " is not supported: Sift reads "
                    + "ibrav = 0 with the cell in CELL_PARAMETERS (as ASE writes it)");
        }
        if (species.isEmpty()) {
            throw new FormatException(file, 0, "no ATOMIC_SPECIES card");
        }
        if (cellRows == null) {
            throw new FormatException(file, 0, "ibrav = 0 needs a CELL_PARAMETERS card");
        }
        if (positions == null) {
            throw new FormatException(file, 0, "no ATOMIC_POSITIONS card");
        }
        Value celldm = system.get("celldm(1)");
        Value a = system.get("a");
        if (celldm != null && a != null) {
            throw new FormatException(file, a.line(), "both celldm(1) and A give the lattice parameter; give one");
        }
        Double alat = null; // Å
        if (celldm != null) {
            alat = positive(celldm, "celldm(1)", file) * BOHR;
        } else if (a != null) {
            alat = positive(a, "A", file);
        }
        if (cellUnit == null) {
            cellUnit = alat != null ? "alat" : "bohr";
        }
        double cellScale = switch (cellUnit) {
            case "alat" -> {
                if (alat == null) {
                    throw new FormatException(file, cellLine, "CELL_PARAMETERS alat needs celldm(1) or A in &SYSTEM");
                }
                yield alat;
            }
            case "bohr" -> BOHR;
            case "angstrom" -> 1.0;
            default -> throw new FormatException(file, cellLine, "unknown CELL_PARAMETERS unit '" + cellUnit
                    + "' (expected alat, bohr or angstrom)");
        };
        double[] cell = new double[9];
        for (int i = 0; i < 9; i++) {
            cell[i] = cellRows[i] * cellScale;
        }
        if (alat == null) {
            alat = Math.sqrt(cell[0] * cell[0] + cell[1] * cell[1] + cell[2] * cell[2]);
        }
        int n = positions.size();
        String[] sp = new String[n];
        double[] pos = new double[3 * n];
        for (int i = 0; i < n; i++) {
            Row row = positions.get(i);
            String el = species.get(row.label());
            if (el == null) {
                throw new FormatException(file, row.line(), "species '" + row.label() + "' is not in ATOMIC_SPECIES ("
                        + String.join(", ", species.keySet()) + ")");
            }
            sp[i] = el;
            double[] v = row.v();
            for (int k = 0; k < 3; k++) {
                pos[3 * i + k] = switch (posUnit) {
                    case "alat" -> v[k] * alat;
                    case "bohr" -> v[k] * BOHR;
                    case "angstrom" -> v[k];
                    case "crystal" -> v[0] * cell[k] + v[1] * cell[3 + k] + v[2] * cell[6 + k];
                    default -> throw new FormatException(file, posLine, "unsupported ATOMIC_POSITIONS unit '" + posUnit
                            + "' (Sift reads alat, bohr, angstrom and crystal)");
                };
            }
        }
        return List.of(new Configuration(sp, pos, Cell.periodic(cell), null, null, null, null, null, null));
    }

    /** The line without a {@code !} comment (outside quotes). */
    private static String stripComment(String line) {
        boolean q1 = false;
        boolean q2 = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\'' && !q2) {
                q1 = !q1;
            } else if (c == '"' && !q1) {
                q2 = !q2;
            } else if ((c == '!' || c == '#') && !q1 && !q2) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    private static boolean quotesClosed(String t) {
        return t.chars().filter(c -> c == '\'').count() % 2 == 0 && t.chars().filter(c -> c == '"').count() % 2 == 0;
    }

    private static void parsePairs(String t, Map<String, Value> into, LineReader r) {
        if (into == null) {
            return;
        }
        Matcher m = PAIR.matcher(t);
        while (m.find()) {
            String key = m.group(1).replaceAll("\\s", "").toLowerCase(Locale.ROOT);
            String v = m.group(2);
            if (v.length() >= 2 && (v.startsWith("'") || v.startsWith("\""))) {
                v = v.substring(1, v.length() - 1);
            }
            into.put(key, new Value(v.trim(), r.lineNumber()));
        }
    }

    /** The next line with content (comments removed) that is not a card header, or null at the end. */
    private static String nextData(LineReader r) throws IOException {
        String l;
        while ((l = r.next()) != null) {
            String t = stripComment(l).trim();
            if (t.isEmpty()) {
                continue;
            }
            String head = t.split("[\\s{(]", 2)[0].toUpperCase(Locale.ROOT);
            if (CARDS.contains(head) || t.startsWith("&")) {
                return null;
            }
            return t;
        }
        return null;
    }

    /** Field i as a real, accepting Fortran exponents ({@code 1.5d0}); finite. */
    private static double real(LineReader r, int i, String what) throws FormatException {
        if (i >= r.fieldCount()) {
            throw r.error("expected " + what + " in field " + (i + 1) + ", but the line has only " + r.fieldCount()
                    + " fields");
        }
        String f = stripComment(r.field(i));
        Double v = fortranReal(f);
        if (v == null) {
            throw r.error("expected a number for " + what + " in field " + (i + 1) + ", got '" + r.field(i) + "'");
        }
        return v;
    }

    /** A finite real in Fortran or C notation, or null. */
    static Double fortranReal(String s) {
        if (!FORTRAN_REAL.matcher(s).matches()) {
            return null;
        }
        double v = Double.parseDouble(s.replace('d', 'e').replace('D', 'e'));
        return Double.isFinite(v) ? v : null;
    }

    private static int count(Map<String, Value> system, String key, String file) throws FormatException {
        Value v = system.get(key);
        if (v == null) {
            throw new FormatException(file, 0, "&SYSTEM has no " + key + " (needed before its card)");
        }
        long n;
        try {
            n = Long.parseLong(v.text());
        } catch (NumberFormatException e) {
            throw new FormatException(file, v.line(), key + " must be an integer, got '" + v.text() + "'");
        }
        if (n <= 0 || n > Integer.MAX_VALUE / 3) {
            throw new FormatException(file, v.line(), key + " = " + n + " is not a valid count");
        }
        return (int) n;
    }

    private static double positive(Value v, String key, String file) throws FormatException {
        Double d = fortranReal(v.text());
        if (d == null || d <= 0) {
            throw new FormatException(file, v.line(), key + " must be a positive number, got '" + v.text() + "'");
        }
        return d;
    }

    @Override
    public List<String> write(Path path, List<Configuration> configurations, WriteOptions options) throws IOException {
        throw new IOException("format " + id() + " cannot be written");
    }
}
