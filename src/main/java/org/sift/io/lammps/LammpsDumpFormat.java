package org.sift.io.lammps;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.sift.model.Values;

/**
 * LAMMPS text dump ({@code dump atom/custom}), id {@code lammps-dump}, read only, many frames.
 *
 * <p>Each frame: {@code ITEM: TIMESTEP} (kept as the per-configuration property {@code timestep}),
 * {@code ITEM: NUMBER OF ATOMS}, {@code ITEM: BOX BOUNDS} and {@code ITEM: ATOMS} with named
 * columns. The box is orthogonal ({@code xlo xhi} per axis), restricted triclinic
 * ({@code xy xz yz}: {@code lo_bound hi_bound tilt} per axis) or general triclinic
 * ({@code abc origin}: a lattice vector and an origin component per line). For the restricted
 * triclinic box the bounds are converted as LAMMPS documents:
 * <pre>
 * xlo = xlo_bound - min(0, xy, xz, xy + xz)    xhi = xhi_bound - max(0, xy, xz, xy + xz)
 * ylo = ylo_bound - min(0, yz)                 yhi = yhi_bound - max(0, yz)
 * a = (xhi - xlo, 0, 0)   b = (xy, yhi - ylo, 0)   c = (xz, yz, zhi - zlo)
 * </pre>
 * Positions are taken from {@code x y z}, else {@code xu yu zu}, else the scaled {@code xs ys zs}
 * or {@code xsu ysu zsu} (times the lattice vectors), and are stored relative to the box origin
 * {@code (xlo, ylo, zlo)} so that the cell starts at 0 (as dpdata does). Boundary flags {@code pp}
 * make an axis periodic, others ({@code f s m}) not. {@code fx fy fz} become the forces (LAMMPS
 * {@code metal} units: eV/Å); every other column becomes a per-atom property, with columns
 * {@code name[1] name[2] ...} joined into one property {@code name} of shape {@code [N, k]}.
 * Species come from an {@code element} column, else from {@link ReadOptions#typeMap()}: LAMMPS
 * types start at 1, so type t is {@code typeMap.get(t - 1)}. Atoms are sorted by {@code id}.
 */
public final class LammpsDumpFormat extends DeclaredFormat {

    private static final Capabilities CAPS = Capabilities.of(Label.CELL, Label.PBC_PER_AXIS, Label.FORCES, Label.INFO, Label.PER_ATOM_ARRAYS);

    public LammpsDumpFormat() {
        super("lammps-dump", "LAMMPS text dump", List.of("dump", "lammpstrj"), CAPS, Trait.MULTI_FRAME, Trait.READS);
    }

    @Override
    public boolean sniff(Path path, byte[] head) {
        String s = new String(head, StandardCharsets.ISO_8859_1).stripLeading();
        return s.startsWith("ITEM: TIMESTEP") || s.startsWith("ITEM: UNITS") || s.startsWith("ITEM: TIME");
    }

    /** A frame as read, before integer types are named. */
    private record Raw(
            long line,
            int[] types,
            String[] elements,
            double[] positions,
            Cell cell,
            double[] forces,
            Map<String, Property> info,
            Map<String, Property> arrays) {}

    @Override
    public List<Configuration> read(Path path, ReadOptions options, ProgressMonitor monitor) throws IOException {
        List<Raw> frames = new ArrayList<>();
        int maxType = 0;
        try (LineReader r = new LineReader(path)) {
            Map<String, Property> info = new LinkedHashMap<>();
            long n = -1;
            Cell cell = null;
            double[] origin = null;
            long frameStart = 0;
            while (r.nextNonBlank() != null) {
                monitor.checkCancelled();
                if (frameStart == 0) {
                    frameStart = r.lineNumber();
                }
                if (!r.field(0).equals("ITEM:") || r.fieldCount() < 2) {
                    throw r.error("expected an 'ITEM:' line, got '" + r.line().strip() + "'");
                }
                String item = r.field(1);
                if (item.equals("TIMESTEP")) {
                    data(r, "the timestep");
                    info.put("timestep", Property.scalar("timestep", r.integer(0, "the timestep")));
                } else if (item.equals("TIME")) {
                    data(r, "the time");
                    info.put("time", Property.scalar("time", r.real(0, "the time")));
                } else if (item.equals("UNITS")) {
                    data(r, "the unit style");
                    info.put("units", Property.scalar("units", r.field(0)));
                } else if (item.equals("NUMBER")
                        && r.fieldCount() >= 4
                        && r.field(3).equals("ATOMS")) {
                    data(r, "the number of atoms");
                    n = r.integer(0, "the number of atoms");
                    if (n < 0 || n > Integer.MAX_VALUE / 3) {
                        throw r.error("invalid number of atoms " + n);
                    }
                } else if (item.equals("BOX")
                        && r.fieldCount() >= 3
                        && r.field(2).equals("BOUNDS")) {
                    origin = new double[3];
                    cell = box(r, origin);
                } else if (item.equals("ATOMS")) {
                    if (n < 0) {
                        throw r.error("ITEM: ATOMS before ITEM: NUMBER OF ATOMS");
                    }
                    if (cell == null) {
                        throw r.error("ITEM: ATOMS before ITEM: BOX BOUNDS");
                    }
                    Raw f = atoms(r, (int) n, cell, origin, info);
                    if (f.types != null) {
                        for (int t : f.types) {
                            maxType = Math.max(maxType, t);
                        }
                    }
                    frames.add(f);
                    options.log().frameLine(r.file(), frames.size() - 1, frameStart);
                    frameStart = 0;
                    info = new LinkedHashMap<>();
                    n = -1;
                    cell = null;
                } else {
                    // an item Sift does not use: skip its lines
                    while (r.peek() != null && !r.peek().startsWith("ITEM:")) {
                        r.next();
                    }
                }
            }
            if (n >= 0 || cell != null) {
                throw new FormatException(
                        r.file(), r.lineNumber(), "file ends before the ITEM: ATOMS section of the " + "last frame");
            }
        }
        List<String> map = options.typeMap();
        if (maxType > map.size()) {
            throw new FormatException(
                    path.toString(),
                    0,
                    map.isEmpty()
                            ? "the dump names no elements (no 'element' column): the highest atom type is " + maxType
                                    + "; give a type map of " + maxType + " elements for LAMMPS types 1.." + maxType
                                    + " (--type-map A,B,...)"
                            : "atom type " + maxType + " (the highest in the file) has no element in the type map "
                                    + String.join(",", map) + " (LAMMPS types start at 1); give " + maxType
                                    + " elements (--type-map)");
        }
        List<Configuration> out = new ArrayList<>(frames.size());
        for (Raw f : frames) {
            String[] species = f.elements;
            if (species == null) {
                species = new String[f.types.length];
                for (int i = 0; i < species.length; i++) {
                    species[i] = map.get(f.types[i] - 1);
                }
            }
            out.add(new Configuration(species, f.positions, f.cell, null, f.forces, null, null, f.info, f.arrays));
        }
        return out;
    }

    private static void data(LineReader r, String what) throws IOException {
        if (r.next() == null || r.fieldCount() == 0) {
            throw new FormatException(r.file(), r.lineNumber(), "expected " + what);
        }
    }

    /** Reads the three lines after {@code ITEM: BOX BOUNDS}; fills {@code origin}. */
    private static Cell box(LineReader r, double[] origin) throws IOException {
        int nf = r.fieldCount();
        boolean tilt = nf >= 6 && r.field(3).equals("xy");
        boolean abc = nf >= 5 && r.field(3).equals("abc");
        int flags = 3 + (tilt ? 3 : abc ? 2 : 0);
        boolean[] pbc = {true, true, true}; // old dumps without boundary flags: periodic
        if (nf - flags == 3) {
            for (int k = 0; k < 3; k++) {
                pbc[k] = r.field(flags + k).equals("pp");
            }
        }
        double[][] rows = new double[3][];
        int want = tilt || abc ? (abc ? 4 : 3) : 2;
        for (int i = 0; i < 3; i++) {
            data(r, "a line of box bounds");
            if (r.fieldCount() < want) {
                throw r.error("expected " + want + " numbers of box bounds, got " + r.fieldCount());
            }
            rows[i] = new double[want];
            for (int k = 0; k < want; k++) {
                rows[i][k] = r.real(k, "a box bound");
            }
        }
        double[] v = new double[9];
        if (abc) {
            for (int i = 0; i < 3; i++) {
                System.arraycopy(rows[i], 0, v, 3 * i, 3);
                origin[i] = rows[i][3];
            }
            return new Cell(v, pbc);
        }
        double xy = tilt ? rows[0][2] : 0;
        double xz = tilt ? rows[1][2] : 0;
        double yz = tilt ? rows[2][2] : 0;
        double xlo = rows[0][0] - Math.min(Math.min(0.0, xy), Math.min(xz, xy + xz));
        double xhi = rows[0][1] - Math.max(Math.max(0.0, xy), Math.max(xz, xy + xz));
        double ylo = rows[1][0] - Math.min(0.0, yz);
        double yhi = rows[1][1] - Math.max(0.0, yz);
        double zlo = rows[2][0];
        double zhi = rows[2][1];
        v[0] = xhi - xlo;
        v[3] = xy;
        v[4] = yhi - ylo;
        v[6] = xz;
        v[7] = yz;
        v[8] = zhi - zlo;
        origin[0] = xlo;
        origin[1] = ylo;
        origin[2] = zlo;
        return new Cell(v, pbc);
    }

    /** One extra per-atom property: its name and its columns in the ATOMS line. */
    private record Extra(String name, int[] columns) {}

    private static Raw atoms(LineReader r, int n, Cell cell, double[] origin, Map<String, Property> info)
            throws IOException {
        long headerLine = r.lineNumber();
        List<String> cols = new ArrayList<>();
        for (int i = 2; i < r.fieldCount(); i++) {
            cols.add(r.field(i));
        }
        int cId = cols.indexOf("id");
        int cType = cols.indexOf("type");
        int cElem = cols.indexOf("element");
        int[] cPos = null;
        boolean scaled = false;
        for (String[] names :
                new String[][] {{"x", "y", "z"}, {"xu", "yu", "zu"}, {"xs", "ys", "zs"}, {"xsu", "ysu", "zsu"}}) {
            int[] c = {cols.indexOf(names[0]), cols.indexOf(names[1]), cols.indexOf(names[2])};
            if (c[0] >= 0 && c[1] >= 0 && c[2] >= 0) {
                cPos = c;
                scaled = names[0].startsWith("xs");
                break;
            }
        }
        if (cPos == null) {
            throw r.error("ITEM: ATOMS needs position columns x y z, xu yu zu, xs ys zs or xsu ysu zsu; got "
                    + String.join(" ", cols));
        }
        if (cElem < 0 && cType < 0) {
            throw r.error("ITEM: ATOMS needs a type or an element column; got " + String.join(" ", cols));
        }
        int[] cF = {cols.indexOf("fx"), cols.indexOf("fy"), cols.indexOf("fz")};
        boolean hasF = cF[0] >= 0 && cF[1] >= 0 && cF[2] >= 0;
        boolean[] used = new boolean[cols.size()];
        for (int c : cPos) {
            used[c] = true;
        }
        if (hasF) {
            for (int c : cF) {
                used[c] = true;
            }
        }
        for (int c : new int[] {cId, cType, cElem}) {
            if (c >= 0) {
                used[c] = true;
            }
        }
        List<Extra> extras = new ArrayList<>();
        for (int i = 0; i < cols.size(); i++) {
            if (used[i]) {
                continue;
            }
            String c = cols.get(i);
            int b = c.indexOf('[');
            if (b > 0 && c.endsWith("]")) {
                String base = c.substring(0, b);
                int j = i;
                List<Integer> group = new ArrayList<>();
                while (j < cols.size() && !used[j] && cols.get(j).equals(base + "[" + (group.size() + 1) + "]")) {
                    group.add(j);
                    j++;
                }
                if (group.size() > 1) {
                    extras.add(new Extra(
                            base, group.stream().mapToInt(Integer::intValue).toArray()));
                    i = j - 1;
                    continue;
                }
            }
            extras.add(new Extra(c, new int[] {i}));
        }
        long[] ids = new long[n];
        int[] types = cElem < 0 ? new int[n] : null;
        String[] elements = cElem >= 0 ? new String[n] : null;
        double[] pos = new double[3 * n];
        double[] forces = hasF ? new double[3 * n] : null;
        double[][] ex = new double[extras.size()][];
        for (int e = 0; e < ex.length; e++) {
            ex[e] = new double[n * extras.get(e).columns.length];
        }
        int width = cols.size();
        double[] v = cell.vectors();
        boolean sorted = true;
        for (int a = 0; a < n; a++) {
            if (r.next() == null) {
                throw new FormatException(
                        r.file(),
                        r.lineNumber(),
                        "file ends after " + a + " of " + n + " atoms of the ITEM: ATOMS section at line "
                                + headerLine);
            }
            if (r.fieldCount() != width) {
                throw r.error("expected " + width + " columns (" + String.join(" ", cols) + ") for atom " + (a + 1)
                        + " of " + n + ", got " + r.fieldCount());
            }
            ids[a] = cId >= 0 ? r.integer(cId, "the atom id") : a + 1;
            if (a > 0 && ids[a] < ids[a - 1]) {
                sorted = false;
            }
            if (types != null) {
                long t = r.integer(cType, "the atom type");
                if (t < 1 || t > 10_000) {
                    throw r.error("invalid atom type " + t + " (LAMMPS types start at 1)");
                }
                types[a] = (int) t;
            } else {
                elements[a] = r.field(cElem);
            }
            double p0 = r.real(cPos[0], cols.get(cPos[0]));
            double p1 = r.real(cPos[1], cols.get(cPos[1]));
            double p2 = r.real(cPos[2], cols.get(cPos[2]));
            if (scaled) {
                for (int k = 0; k < 3; k++) {
                    pos[3 * a + k] = p0 * v[k] + p1 * v[3 + k] + p2 * v[6 + k];
                }
            } else {
                pos[3 * a] = p0 - origin[0];
                pos[3 * a + 1] = p1 - origin[1];
                pos[3 * a + 2] = p2 - origin[2];
            }
            if (hasF) {
                for (int k = 0; k < 3; k++) {
                    forces[3 * a + k] = r.real(cF[k], cols.get(cF[k]));
                }
            }
            for (int e = 0; e < ex.length; e++) {
                int[] cs = extras.get(e).columns;
                for (int k = 0; k < cs.length; k++) {
                    ex[e][a * cs.length + k] = r.real(cs[k], cols.get(cs[k]));
                }
            }
        }
        if (!sorted) {
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, (i, j) -> Long.compare(ids[i], ids[j]));
            pos = permute(pos, order, 3);
            forces = forces == null ? null : permute(forces, order, 3);
            for (int e = 0; e < ex.length; e++) {
                ex[e] = permute(ex[e], order, extras.get(e).columns.length);
            }
            if (types != null) {
                int[] t = new int[n];
                for (int i = 0; i < n; i++) {
                    t[i] = types[order[i]];
                }
                types = t;
            } else {
                String[] s = new String[n];
                for (int i = 0; i < n; i++) {
                    s[i] = elements[order[i]];
                }
                elements = s;
            }
        }
        Map<String, Property> arrays = new LinkedHashMap<>();
        for (int e = 0; e < ex.length; e++) {
            Extra x = extras.get(e);
            int k = x.columns.length;
            arrays.put(
                    x.name,
                    new Property(x.name, new Values.Reals(ex[e]), k == 1 ? new int[] {n} : new int[] {n, k}, null));
        }
        return new Raw(headerLine, types, elements, pos, cell, forces, info, arrays);
    }

    private static double[] permute(double[] x, Integer[] order, int k) {
        double[] y = new double[x.length];
        for (int i = 0; i < order.length; i++) {
            System.arraycopy(x, order[i] * k, y, i * k, k);
        }
        return y;
    }

    @Override
    public List<String> write(Path path, List<Configuration> configurations, WriteOptions options) throws IOException {
        throw new IOException("format " + id() + " is read only");
    }
}
