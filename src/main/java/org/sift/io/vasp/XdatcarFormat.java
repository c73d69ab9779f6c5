package org.sift.io.vasp;

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
import org.sift.io.ReadOptions;
import org.sift.io.WriteOptions;
import org.sift.io.text.LineReader;
import org.sift.model.Cell;
import org.sift.model.Configuration;
import org.sift.model.Property;

/**
 * VASP XDATCAR, the ionic trajectory of an MD or relaxation run (VASP 5 and later), id
 * {@code xdatcar}, read only, many frames, no labels.
 *
 * <p>The file starts with a POSCAR-like header: a comment line, a scaling factor (one positive
 * factor; a negative value is the cell volume in Å^3; or three positive factors for x, y, z), three
 * lattice vectors (Å, before scaling), the species names (POTCAR suffixes such as {@code Ti_sv} are
 * reduced to the element; VASP 4 style files without this line take block i from
 * {@link ReadOptions#typeMap()}) and the atom counts. Then each frame is a line
 * {@code Direct configuration=  k} (or {@code Cartesian configuration= k}) and N lines of three
 * coordinates (further fields, such as element names some tools append, are ignored). Direct
 * coordinates are fractional: {@code r = x a + y b + z c}; Cartesian ones are multiplied by the
 * scaling factor. A run with a variable cell (ISIF >= 3) repeats the whole header before every
 * frame, with that frame's cell; the species and counts must then stay the same. Every frame is
 * fully periodic and carries info {@code md_step} (the integer k of its configuration line); the
 * comment line of the (first) header is kept as info {@code comment}.
 */
public final class XdatcarFormat extends DeclaredFormat {

    /** Info key of the configuration number (ionic step) of each frame. */
    public static final String MD_STEP = "md_step";

    private static final Capabilities CAPS = Capabilities.of(Label.CELL, Label.INFO);

    public XdatcarFormat() {
        super("xdatcar", "VASP XDATCAR (MD trajectory)", List.of("XDATCAR"), CAPS, Trait.MULTI_FRAME, Trait.READS);
    }

    /**
     * True if line 2 is one or three numbers and line 7 or 8 (after the counts line, with or
     * without a species line) starts with {@code Direct configuration} or {@code Cartesian configuration}.
     */
    @Override
    public boolean sniff(Path path, byte[] head) {
        String[] lines = new String(head, StandardCharsets.ISO_8859_1).split("\r?\n", -1);
        if (lines.length < 8) {
            return false;
        }
        String[] scale = VaspText.tokens(lines[1]);
        if (scale.length != 1 && scale.length != 3) {
            return false;
        }
        for (String s : scale) {
            if (!LineReader.isNumber(s)) {
                return false;
            }
        }
        return isConfigurationLine(lines[6]) || isConfigurationLine(lines[7]);
    }

    /** True for {@code Direct configuration= k} and {@code Cartesian configuration= k} (any case). */
    static boolean isConfigurationLine(String line) {
        String s = line.strip().toLowerCase(Locale.ROOT);
        return (s.startsWith("direct") || s.startsWith("cartesian")) && s.contains("configuration");
    }

    /** A parsed header: cell (scaled, Å), species per atom, the comment and the Cartesian scale factors. */
    private record Header(String comment, Cell cell, double[] lattice, double[] factors, String[] species) {}

    @Override
    public List<Configuration> read(Path path, ReadOptions options, ProgressMonitor monitor) throws IOException {
        List<Configuration> out = new ArrayList<>();
        try (LineReader r = new LineReader(path)) {
            if (r.next() == null) {
                throw r.error("file is empty; expected an XDATCAR comment line");
            }
            Header first = header(r, options, null);
            Header h = first;
            int n = first.species.length;
            while (true) {
                monitor.checkCancelled();
                String line = r.next();
                while (line != null && r.fieldCount() == 0) {
                    line = r.next();
                }
                if (line == null) {
                    break;
                }
                if (!isConfigurationLine(line)) {
                    // a variable-cell run repeats the header before each frame
                    h = header(r, options, first);
                    if (r.next() == null || !isConfigurationLine(r.line())) {
                        throw r.error("expected 'Direct configuration= k' after the header of a variable-cell frame");
                    }
                }
                long start = r.lineNumber();
                boolean cartesian = r.field(0).toLowerCase(Locale.ROOT).startsWith("c");
                long step = out.size() + 1L;
                String last = r.field(r.fieldCount() - 1);
                int eq = last.indexOf('=');
                String number = eq >= 0 ? last.substring(eq + 1) : last;
                if (!number.isEmpty() && LineReader.isNumber(number) && number.indexOf('.') < 0) {
                    try {
                        step = Long.parseLong(number.startsWith("+") ? number.substring(1) : number);
                    } catch (NumberFormatException tooLong) {
                        // a step number beyond 64 bits is not a step number: keep the running count
                    }
                }
                double[] pos = new double[3 * n];
                double[] v = h.lattice;
                for (int a = 0; a < n; a++) {
                    if (r.next() == null) {
                        throw new FormatException(
                                r.file(),
                                r.lineNumber() + 1,
                                "file ends after " + a + " of " + n + " positions of the configuration at line "
                                        + start);
                    }
                    double x = r.real(0, "coordinate 1 of atom " + (a + 1));
                    double y = r.real(1, "coordinate 2 of atom " + (a + 1));
                    double z = r.real(2, "coordinate 3 of atom " + (a + 1));
                    if (cartesian) {
                        pos[3 * a] = x * h.factors[0];
                        pos[3 * a + 1] = y * h.factors[1];
                        pos[3 * a + 2] = z * h.factors[2];
                    } else {
                        for (int k = 0; k < 3; k++) {
                            pos[3 * a + k] = x * v[k] + y * v[3 + k] + z * v[6 + k];
                        }
                    }
                }
                Map<String, Property> info = new LinkedHashMap<>();
                info.put(PoscarFormat.COMMENT, Property.scalar(PoscarFormat.COMMENT, first.comment));
                info.put(MD_STEP, Property.scalar(MD_STEP, step));
                options.log().frameLine(r.file(), out.size(), start);
                out.add(new Configuration(h.species, pos, h.cell, null, null, null, null, info, null));
            }
        }
        if (out.isEmpty()) {
            throw new FormatException(path.toString(), 0, "the XDATCAR holds a header but no configuration");
        }
        return out;
    }

    /**
     * Reads a header whose comment line is the current line; {@code first} is the file's first
     * header (null when this is it), whose species a repeated header must match.
     */
    private static Header header(LineReader r, ReadOptions options, Header first) throws IOException {
        String comment = r.line().strip();
        require(r, "the scaling factor");
        if (r.fieldCount() != 1 && r.fieldCount() != 3) {
            throw r.error(
                    "expected one or three scaling factors, got '" + r.line().strip() + "'");
        }
        double[] factors = new double[3];
        double scale = r.real(0, "the scaling factor");
        boolean three = r.fieldCount() == 3;
        if (three) {
            for (int k = 0; k < 3; k++) {
                factors[k] = r.real(k, "scaling factor " + (k + 1));
                if (factors[k] <= 0) {
                    throw r.error("three scaling factors must all be positive, found " + r.field(k));
                }
            }
        } else if (scale == 0) {
            throw r.error("the scaling factor must not be 0");
        }
        long latticeLine = r.lineNumber() + 1;
        double[] lat = new double[9];
        for (int i = 0; i < 3; i++) {
            require(r, "lattice vector " + (i + 1));
            for (int k = 0; k < 3; k++) {
                lat[3 * i + k] = r.real(k, "component " + (k + 1) + " of lattice vector " + (i + 1));
            }
        }
        if (!three) {
            if (scale > 0) {
                factors[0] = factors[1] = factors[2] = scale;
            } else {
                double det = Math.abs(Cell.periodic(lat).volume());
                if (det == 0) {
                    throw new FormatException(r.file(), latticeLine, "the lattice vectors are linearly dependent");
                }
                factors[0] = factors[1] = factors[2] = Math.cbrt(-scale / det);
            }
        }
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 3; k++) {
                lat[3 * i + k] *= factors[k];
            }
        }
        require(r, "species names or atom counts");
        String[] blocks;
        if (!isInteger(r.field(0))) {
            blocks = new String[r.fieldCount()];
            for (int i = 0; i < blocks.length; i++) {
                blocks[i] = VaspText.element(r.field(i));
                if (blocks[i] == null) {
                    throw r.error("unknown species '" + r.field(i) + "' (expected element symbols)");
                }
            }
            require(r, "atom counts");
            if (r.fieldCount() != blocks.length) {
                throw r.error("expected " + blocks.length + " atom counts (one per species on the line before), found "
                        + r.fieldCount());
            }
        } else {
            List<String> map = options.typeMap();
            if (map.size() < r.fieldCount()) {
                throw r.error("XDATCAR without a species line: " + r.fieldCount() + " atom types need a type map "
                        + "(--type-map A,B,...) naming " + r.fieldCount() + " elements"
                        + (map.isEmpty() ? "" : ", got " + map.size()));
            }
            blocks = map.subList(0, r.fieldCount()).toArray(new String[0]);
        }
        long total = 0;
        int[] counts = new int[blocks.length];
        for (int i = 0; i < blocks.length; i++) {
            long c = r.integer(i, "the atom count of " + blocks[i]);
            if (c < 0) {
                throw r.error("atom counts must not be negative, found " + c);
            }
            counts[i] = (int) Math.min(c, Integer.MAX_VALUE);
            total += c;
        }
        if (total == 0 || total > PoscarFormat.MAX_ATOMS) {
            throw r.error("the atom counts add up to " + total);
        }
        String[] species = new String[(int) total];
        int at = 0;
        for (int i = 0; i < blocks.length; i++) {
            for (int j = 0; j < counts[i]; j++) {
                species[at++] = blocks[i];
            }
        }
        if (first != null && !java.util.Arrays.equals(species, first.species)) {
            throw r.error("the species and counts of this frame differ from those of the first header (line 6-7): "
                    + "an XDATCAR holds one set of atoms");
        }
        return new Header(comment, Cell.periodic(lat), lat, factors, species);
    }

    private static boolean isInteger(String s) {
        try {
            Long.parseLong(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void require(LineReader r, String what) throws IOException {
        if (r.next() == null) {
            throw new FormatException(r.file(), r.lineNumber() + 1, "file ends early: expected " + what);
        }
        if (r.fieldCount() == 0) {
            throw r.error("expected " + what + ", found an empty line");
        }
    }

    @Override
    public List<String> write(Path path, List<Configuration> configurations, WriteOptions options) throws IOException {
        throw new IOException("format " + id() + " is read only");
    }
}
