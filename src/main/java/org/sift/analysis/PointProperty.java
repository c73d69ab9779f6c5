package org.sift.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sift.model.Configuration;
import org.sift.model.Dataset;
import org.sift.model.Property;
import org.sift.model.Values;
import org.sift.selection.FpsResult;

/**
 * A number per configuration to colour a map by: total energy, energy per atom, the largest force
 * on an atom, the fraction of one element, the rank in the FPS order, or any numeric scalar info
 * key of the dataset. {@link #values} gives NaN where a configuration has no such value.
 *
 * @param kind what is computed
 * @param key  the element (kind {@code FRACTION}) or the info key (kind {@code INFO}); else empty
 */
public record PointProperty(Kind kind, String key) {

    /** What a point property measures. */
    public enum Kind {
        ENERGY,
        ENERGY_PER_ATOM,
        MAX_FORCE,
        FRACTION,
        FPS_RANK,
        INFO
    }

    public static final PointProperty ENERGY = new PointProperty(Kind.ENERGY, "");
    public static final PointProperty ENERGY_PER_ATOM = new PointProperty(Kind.ENERGY_PER_ATOM, "");
    public static final PointProperty MAX_FORCE = new PointProperty(Kind.MAX_FORCE, "");
    public static final PointProperty FPS_RANK = new PointProperty(Kind.FPS_RANK, "");

    public PointProperty {
        key = key == null ? "" : key;
        if ((kind == Kind.FRACTION || kind == Kind.INFO) == key.isEmpty()) {
            throw new IllegalArgumentException(kind + (key.isEmpty() ? " needs a key" : " takes no key"));
        }
    }

    /** The fraction of atoms of {@code element}, x(element). */
    public static PointProperty fraction(String element) {
        return new PointProperty(Kind.FRACTION, element);
    }

    /** A numeric scalar info key. */
    public static PointProperty info(String key) {
        return new PointProperty(Kind.INFO, key);
    }

    /** The label of the colour bar, with the unit. */
    public String label() {
        return switch (kind) {
            case ENERGY -> "energy (eV)";
            case ENERGY_PER_ATOM -> "energy per atom (eV/atom)";
            case MAX_FORCE -> "max |F| (eV/Å)";
            case FRACTION -> "x(" + key + ")";
            case FPS_RANK -> "FPS rank";
            case INFO -> key;
        };
    }

    /** True if the values are positive by construction and a log scale may make sense. */
    public boolean alwaysPositive() {
        return kind == Kind.MAX_FORCE || kind == Kind.FPS_RANK;
    }

    @Override
    public String toString() {
        return label();
    }

    /**
     * The properties a dataset offers, in menu order: energy and energy per atom if any
     * configuration has an energy, max |F| if any has forces, x(E) for each element if there are at
     * least two, the FPS rank, and every info key that is a numeric scalar in at least one
     * configuration.
     */
    public static List<PointProperty> available(Dataset d) {
        boolean energy = false;
        boolean forces = false;
        Set<String> info = new LinkedHashSet<>();
        for (Configuration c : d.configurations()) {
            energy |= c.energy() != null;
            forces |= c.forces() != null;
            for (Property p : c.info().values()) {
                if (numericScalar(p)) info.add(p.name());
            }
        }
        List<PointProperty> out = new ArrayList<>();
        if (energy) {
            out.add(ENERGY);
            out.add(ENERGY_PER_ATOM);
        }
        if (forces) out.add(MAX_FORCE);
        List<String> species = d.species();
        if (species.size() >= 2) {
            for (String e : species) out.add(fraction(e));
        }
        out.add(FPS_RANK);
        for (String k : info) out.add(info(k));
        return out;
    }

    /**
     * The value of every configuration (NaN where it has none).
     *
     * @param fps the FPS order for {@link Kind#FPS_RANK} (rank 1 = first chosen; NaN beyond the
     *            computed prefix); may be null for the other kinds
     */
    public double[] values(Dataset d, FpsResult fps) {
        int n = d.size();
        double[] v = new double[n];
        if (kind == Kind.FPS_RANK) {
            java.util.Arrays.fill(v, Double.NaN);
            if (fps != null) {
                int[] order = fps.order();
                for (int r = 0; r < order.length; r++) v[order[r]] = r + 1;
            }
            return v;
        }
        for (int i = 0; i < n; i++) v[i] = value(d.get(i));
        return v;
    }

    private double value(Configuration c) {
        return switch (kind) {
            case ENERGY -> c.energy() == null ? Double.NaN : c.energy();
            case ENERGY_PER_ATOM -> c.energy() == null || c.size() == 0 ? Double.NaN : c.energy() / c.size();
            case MAX_FORCE -> maxForce(c.forces());
            case FRACTION -> fraction(c.species(), key);
            case INFO -> {
                Property p = c.info().get(key);
                yield p != null && numericScalar(p) ? number(p.values()) : Double.NaN;
            }
            case FPS_RANK -> throw new IllegalStateException("FPS rank needs the FPS order");
        };
    }

    private static double maxForce(double[] f) {
        if (f == null) return Double.NaN;
        double m = 0;
        for (int a = 0; a < f.length; a += 3) {
            m = Math.max(m, Math.sqrt(f[a] * f[a] + f[a + 1] * f[a + 1] + f[a + 2] * f[a + 2]));
        }
        return m;
    }

    private static double fraction(String[] species, String element) {
        if (species.length == 0) return Double.NaN;
        int k = 0;
        for (String s : species) if (s.equals(element)) k++;
        return (double) k / species.length;
    }

    private static boolean numericScalar(Property p) {
        return p.isScalar() && (p.values() instanceof Values.Reals || p.values() instanceof Values.Ints);
    }

    private static double number(Values v) {
        if (v instanceof Values.Reals r) return r.values()[0];
        if (v instanceof Values.Ints i) return i.values()[0];
        return Double.NaN;
    }

    /** "energy per atom: -4.123 eV/atom"-style text of one value, for tooltips. */
    public String describe(double value) {
        if (Double.isNaN(value)) return label() + ": –";
        if (kind == Kind.FPS_RANK) return String.format(Locale.ROOT, "FPS rank %,d", (long) value);
        return String.format(Locale.ROOT, "%s = %.6g", label(), value);
    }
}
