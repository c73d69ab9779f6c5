package org.sift.io.extxyz;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sift.model.Configuration;
import org.sift.model.Property;
import org.sift.model.Values;

/**
 * Writes extended XYZ as ASE's {@code write_xyz} does, so that ASE reads energy, forces and stress
 * back as calculator results and the other keys as {@code atoms.info} / {@code atoms.arrays}:
 *
 * <pre>
 * N
 * Lattice="ax ay az bx by bz cx cy cz" Properties=species:S:1:pos:R:3:forces:R:3 key=value ... energy=E stress="..." virial="..." pbc="T T F"
 * Si x y z fx fy fz
 * </pre>
 *
 * Every real is written with full precision ({@link Double#toString}, which reads back to the same
 * double), so a round trip is exact. Lattice is omitted when the cell is all zero (as in ASE);
 * stress and virial are written as 9 values in column-major order (as ASE). Labels that cannot be
 * written (a name clashing with a reserved key, a per-atom name or string that would break the
 * line) are skipped and named in a warning.
 */
final class ExtXyzWriter {

    /** Comment-line keys with a meaning of their own: an info key of that name would change meaning. */
    private static final Set<String> RESERVED_INFO = Set.of("Lattice", "Properties", "pbc", "energy", "stress", "virial");
    /** Column names with a meaning of their own. */
    private static final Set<String> RESERVED_ARRAYS = Set.of("species", "symbols", "pos", "positions", "Z", "numbers", "forces");

    private final Map<String, Integer> skipped = new LinkedHashMap<>();
    private final Map<String, String> reasons = new LinkedHashMap<>();

    static List<String> write(Path path, List<Configuration> configurations) throws IOException {
        ExtXyzWriter w = new ExtXyzWriter();
        try (BufferedWriter out = org.sift.io.TextOutput.writer(path)) {
            for (Configuration c : configurations) {
                w.frame(out, c);
            }
        }
        List<String> warnings = new ArrayList<>();
        w.skipped.forEach((label, n) -> warnings.add(ExtXyzFormat.ID + " cannot hold label '" + label + "' (present in "
                + n + (n == 1 ? " configuration" : " configurations") + "): " + w.reasons.get(label) + "; not written"));
        return warnings;
    }

    /** Why an info property is not written, or null if it is (and reads back unchanged). */
    static String infoProblem(Property p) {
        return RESERVED_INFO.contains(p.name()) ? "the key is reserved for the model's own " + p.name() : null;
    }

    /** Why a per-atom property is not written, or null if it is (and reads back unchanged). */
    static String arrayProblem(Property p) {
        if (RESERVED_ARRAYS.contains(p.name())) {
            return "the column name is reserved";
        }
        if (!validColumnName(p.name())) {
            return "a column name may not hold whitespace, quotes, brackets, '=', ',', ':' or '\\'";
        }
        if (p.values() instanceof Values.Strings s && !validTokens(s.values())) {
            return "per-atom strings must be non-empty and free of whitespace";
        }
        if (columns(p) < 1) {
            return "the array has no columns";
        }
        return null;
    }

    /** Columns per atom: the product of the shape after its first (atom) dimension. */
    private static int columns(Property p) {
        int cols = 1;
        for (int d = 1; d < p.shape().length; d++) {
            cols *= p.shape()[d];
        }
        return cols;
    }

    private void skip(String label, String reason) {
        skipped.merge(label, 1, Integer::sum);
        reasons.putIfAbsent(label, reason);
    }

    private void frame(BufferedWriter out, Configuration c) throws IOException {
        int n = c.size();
        StringBuilder line = new StringBuilder(256);
        if (c.cell().hasLattice()) {
            line.append("Lattice=\"");
            double[] v = c.cell().vectors();
            for (int i = 0; i < 9; i++) {
                if (i > 0) {
                    line.append(' ');
                }
                line.append(CommentLine.real(v[i]));
            }
            line.append("\" ");
        }
        // per-atom columns
        List<Property> columns = new ArrayList<>();
        StringBuilder props = new StringBuilder("species:S:1:pos:R:3");
        if (c.forces() != null) {
            props.append(":forces:R:3");
        }
        for (Property p : c.arrays().values()) {
            String name = p.name();
            String problem = arrayProblem(p);
            if (problem != null) {
                skip(name, problem);
                continue;
            }
            int cols = columns(p);
            char type = p.values() instanceof Values.Reals ? 'R'
                    : p.values() instanceof Values.Ints ? 'I'
                    : p.values() instanceof Values.Bools ? 'L' : 'S';
            props.append(':').append(name).append(':').append(type).append(':').append(cols);
            columns.add(p);
        }
        line.append("Properties=").append(props);
        // info, then calculator results, then pbc (ASE's order)
        for (Property p : c.info().values()) {
            String key = p.name();
            String problem = infoProblem(p);
            if (problem != null) {
                skip(key, problem);
                continue;
            }
            line.append(' ').append(CommentLine.quote(key)).append('=')
                    .append(CommentLine.quote(CommentLine.infoValue(key, p)));
        }
        if (c.energy() != null) {
            line.append(" energy=").append(CommentLine.real(c.energy()));
        }
        if (c.stress() != null) {
            line.append(" stress=").append(tensor(c.stress()));
        }
        if (c.virial() != null) {
            line.append(" virial=").append(tensor(c.virial()));
        }
        boolean[] pbc = c.cell().pbc();
        if (c.cell().anyPeriodic() && !c.cell().hasLattice()) {
            skip("pbc", "periodic flags need a lattice, and the cell is all zero");
            pbc = new boolean[3];
        }
        line.append(" pbc=\"").append(pbc[0] ? 'T' : 'F').append(' ').append(pbc[1] ? 'T' : 'F').append(' ')
                .append(pbc[2] ? 'T' : 'F').append('"');

        out.write(Integer.toString(n));
        out.write('\n');
        out.write(line.toString());
        out.write('\n');
        double[] pos = c.positions();
        double[] f = c.forces();
        StringBuilder atom = new StringBuilder(128);
        for (int a = 0; a < n; a++) {
            atom.setLength(0);
            atom.append(c.species()[a]);
            for (int k = 0; k < 3; k++) {
                atom.append(' ').append(CommentLine.real(pos[3 * a + k]));
            }
            if (f != null) {
                for (int k = 0; k < 3; k++) {
                    atom.append(' ').append(CommentLine.real(f[3 * a + k]));
                }
            }
            for (Property p : columns) {
                int cols = p.values().size() / n;
                for (int k = 0; k < cols; k++) {
                    int i = a * cols + k;
                    atom.append(' ');
                    if (p.values() instanceof Values.Reals r) {
                        atom.append(CommentLine.real(r.values()[i]));
                    } else {
                        atom.append(p.values().format(i));
                    }
                }
            }
            atom.append('\n');
            out.write(atom.toString());
        }
    }

    /** 3x3 row-major to 9 values in column-major order, quoted. */
    private static String tensor(double[] m) {
        StringBuilder sb = new StringBuilder("\"");
        for (int j = 0; j < 3; j++) {
            for (int i = 0; i < 3; i++) {
                if (sb.length() > 1) {
                    sb.append(' ');
                }
                sb.append(CommentLine.real(m[3 * i + j]));
            }
        }
        return sb.append('"').toString();
    }

    private static boolean validColumnName(String name) {
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (Character.isWhitespace(ch) || "\"'{}[]=,:\\".indexOf(ch) >= 0) {
                return false;
            }
        }
        return !name.isEmpty();
    }

    private static boolean validTokens(String[] values) {
        for (String s : values) {
            if (s == null || s.isEmpty()) {
                return false;
            }
            for (int i = 0; i < s.length(); i++) {
                if (Character.isWhitespace(s.charAt(i))) {
                    return false;
                }
            }
        }
        return true;
    }
}
