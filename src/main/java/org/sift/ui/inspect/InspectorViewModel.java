package org.sift.ui.inspect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.sift.model.Cell;
import org.sift.model.Configuration;
import org.sift.model.Property;

/**
 * One configuration prepared for inspection: a list of named properties and the view state of
 * the 3D scene (rotation about x and y in degrees, camera distance in Å).
 */
public final class InspectorViewModel {

    /** One line of the property list. */
    public record Entry(String name, String value) {
    }

    private final int index;
    private final String origin;
    private final Configuration configuration;
    private final List<Entry> entries;
    private final double[] centre;
    private final double extent;
    private final double diagonal;
    private final DoubleProperty angleX = new SimpleDoubleProperty(this, "angleX", -20);
    private final DoubleProperty angleY = new SimpleDoubleProperty(this, "angleY", 30);
    private final DoubleProperty distance = new SimpleDoubleProperty(this, "distance");

    public InspectorViewModel(int index, String origin, Configuration c) {
        this.index = index;
        this.origin = origin;
        this.configuration = c;
        this.entries = List.copyOf(describe(index, origin, c));
        double[][] box = bounds(c);
        centre = new double[] {(box[0][0] + box[1][0]) / 2, (box[0][1] + box[1][1]) / 2, (box[0][2] + box[1][2]) / 2};
        double e = 0;
        for (int k = 0; k < 3; k++) {
            e = Math.max(e, box[1][k] - box[0][k]);
        }
        extent = Math.max(e, 2.0);
        double dd = 0;
        for (int k = 0; k < 3; k++) {
            dd += sq(box[1][k] - box[0][k]);
        }
        diagonal = Math.max(Math.sqrt(dd), 2.0);
        distance.set(defaultDistance());
    }

    private static List<Entry> describe(int index, String origin, Configuration c) {
        List<Entry> l = new ArrayList<>();
        l.add(new Entry("Index", Integer.toString(index)));
        l.add(new Entry("Origin", origin));
        l.add(new Entry("Formula", c.composition().formula()));
        l.add(new Entry("Atoms", Integer.toString(c.size())));
        for (Map.Entry<String, Integer> e : c.composition().counts().entrySet()) {
            l.add(new Entry("  " + e.getKey(), Integer.toString(e.getValue())));
        }
        Cell cell = c.cell();
        if (cell.hasLattice()) {
            String[] names = {"a", "b", "c"};
            for (int i = 0; i < 3; i++) {
                double len = Math.sqrt(sq(cell.get(i, 0)) + sq(cell.get(i, 1)) + sq(cell.get(i, 2)));
                l.add(new Entry("Cell " + names[i] + " (Å)", String.format(Locale.ROOT, "%.4f %.4f %.4f  |%s| = %.4f",
                        cell.get(i, 0), cell.get(i, 1), cell.get(i, 2), names[i], len)));
            }
            l.add(new Entry("Volume (Å³)", String.format(Locale.ROOT, "%.3f", Math.abs(cell.volume()))));
        } else {
            l.add(new Entry("Cell", "none"));
        }
        boolean[] p = cell.pbc();
        l.add(new Entry("PBC", (p[0] ? "T" : "F") + " " + (p[1] ? "T" : "F") + " " + (p[2] ? "T" : "F")));
        l.add(new Entry("Energy (eV)", c.energy() == null ? "—" : String.format(Locale.ROOT, "%.6f", c.energy())));
        if (c.energy() != null && c.size() > 0) {
            l.add(new Entry("Energy per atom (eV)", String.format(Locale.ROOT, "%.6f", c.energy() / c.size())));
        }
        l.add(new Entry("Forces", c.forces() == null ? "—" : "present"));
        l.add(new Entry("Stress", c.stress() == null ? "—" : "present"));
        l.add(new Entry("Virial", c.virial() == null ? "—" : "present"));
        for (Map.Entry<String, Property> e : c.info().entrySet()) {
            Property prop = e.getValue();
            String v = prop.asText();
            if (v.length() > 120) {
                v = v.substring(0, 117) + "…";
            }
            l.add(new Entry("info: " + e.getKey(), v + (prop.unit() == null ? "" : " " + prop.unit())));
        }
        for (Map.Entry<String, Property> e : c.arrays().entrySet()) {
            l.add(new Entry("per-atom: " + e.getKey(), "shape " + Arrays.toString(e.getValue().shape())
                    + (e.getValue().unit() == null ? "" : " " + e.getValue().unit())));
        }
        return l;
    }

    private static double sq(double x) {
        return x * x;
    }

    /** Lower and upper corners of the box holding the atoms and the cell corners. */
    private static double[][] bounds(Configuration c) {
        double[] lo = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        double[] hi = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int i = 0; i < c.size(); i++) {
            for (int k = 0; k < 3; k++) {
                lo[k] = Math.min(lo[k], c.position(i, k));
                hi[k] = Math.max(hi[k], c.position(i, k));
            }
        }
        if (c.cell().hasLattice()) {
            for (double[] corner : cellCorners(c.cell())) {
                for (int k = 0; k < 3; k++) {
                    lo[k] = Math.min(lo[k], corner[k]);
                    hi[k] = Math.max(hi[k], corner[k]);
                }
            }
        }
        if (lo[0] == Double.POSITIVE_INFINITY) {
            return new double[][] {{0, 0, 0}, {0, 0, 0}};
        }
        return new double[][] {lo, hi};
    }

    /** The 8 corners of the cell, index bits (i, j, k) = which of a, b, c are added. */
    public static double[][] cellCorners(Cell cell) {
        double[][] out = new double[8][3];
        for (int n = 0; n < 8; n++) {
            for (int v = 0; v < 3; v++) {
                if ((n >> v & 1) == 1) {
                    for (int k = 0; k < 3; k++) {
                        out[n][k] += cell.get(v, k);
                    }
                }
            }
        }
        return out;
    }

    /** The 12 cell edges as pairs of corner indices (corners differing in one bit). */
    public static int[][] cellEdges() {
        List<int[]> e = new ArrayList<>();
        for (int a = 0; a < 8; a++) {
            for (int v = 0; v < 3; v++) {
                int b = a | (1 << v);
                if (b != a) {
                    e.add(new int[] {a, b});
                }
            }
        }
        return e.toArray(new int[0][]);
    }

    /** Mouse drag by (dx, dy) pixels: half a degree per pixel. */
    public void drag(double dx, double dy) {
        angleY.set(angleY.get() + 0.5 * dx);
        angleX.set(Math.max(-90, Math.min(90, angleX.get() - 0.5 * dy)));
    }

    /** Scroll by {@code deltaY} (positive = away from the user = zoom in). */
    public void zoom(double deltaY) {
        double d = distance.get() * Math.exp(-deltaY / 400.0);
        distance.set(Math.max(diagonal * 0.3, Math.min(diagonal * 10, d)));
    }

    public void resetView() {
        angleX.set(-20);
        angleY.set(30);
        distance.set(defaultDistance());
    }

    /** Camera distance at which the whole bounding box fits a 35° field of view in any orientation. */
    public double defaultDistance() {
        return 1.9 * diagonal;
    }

    public int index() { return index; }
    public String origin() { return origin; }
    public Configuration configuration() { return configuration; }
    public List<Entry> entries() { return entries; }
    /** Centre of the bounding box of atoms and cell, Å (the rotation centre). */
    public double[] centre() { return centre.clone(); }
    /** Largest side of the bounding box, Å (at least 2). */
    public double extent() { return extent; }
    /** Diagonal of the bounding box, Å (at least 2): the largest size the scene shows in any orientation. */
    public double diagonal() { return diagonal; }
    public DoubleProperty angleXProperty() { return angleX; }
    public DoubleProperty angleYProperty() { return angleY; }
    public DoubleProperty distanceProperty() { return distance; }
    public String title() { return "Configuration " + index + " — " + configuration.composition().formula(); }
}
