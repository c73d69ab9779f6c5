package org.sift.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sift.model.Configuration;
import org.sift.model.Property;
import org.sift.model.Values;

/**
 * Which keys hold the DFT labels when a file stores them under other names (QUIP's
 * {@code dft_energy}, {@code REF_forces}, ...). A key given by the user ({@code --energy-key},
 * {@code --forces-key}, {@code --stress-key}, {@code --virial-key}) is used for every
 * configuration; without one, a configuration that has no label of that kind takes it from the
 * first common name it carries ({@link #ENERGY_NAMES}, ...). Either way the key is removed from the
 * info (or per-atom arrays) once it has become the label, and the choice is reported to the
 * {@link ReadLog} (a note; a label of the file that a given key replaces is a warning).
 *
 * <p>Values: the energy is one number (eV); the forces a per-atom array of 3 reals per atom
 * (eV/Å); a stress (eV/Å^3, ASE's sign) or virial (eV) 9 numbers in column-major order, as ASE
 * writes 3x3 values in extended XYZ, or 6 Voigt numbers {@code xx yy zz yz xz xy}. A key whose value
 * has another shape is an error naming the file, the configuration and the key.
 *
 * @param energy key of the energy, or null to detect
 * @param forces key of the forces, or null to detect
 * @param stress key of the stress, or null to detect
 * @param virial key of the virial, or null to detect
 */
public record LabelKeys(String energy, String forces, String stress, String virial) {

    /** Detect every label under its common names. */
    public static final LabelKeys DETECT = new LabelKeys(null, null, null, null);

    /** Common names of the energy, in order of preference (checked only when there is no {@code energy}). */
    public static final List<String> ENERGY_NAMES = List.of("dft_energy", "DFT_energy", "REF_energy", "ref_energy",
            "energy_dft", "Energy", "free_energy");
    /** Common names of the forces. */
    public static final List<String> FORCES_NAMES = List.of("force", "dft_force", "dft_forces", "DFT_force", "DFT_forces",
            "REF_force", "REF_forces", "ref_forces", "forces_dft");
    /** Common names of the stress. */
    public static final List<String> STRESS_NAMES = List.of("dft_stress", "DFT_stress", "REF_stress", "ref_stress");
    /** Common names of the virial. */
    public static final List<String> VIRIAL_NAMES = List.of("dft_virial", "DFT_virial", "REF_virial", "ref_virial",
            "virials");

    /** The keys given, for a manifest ({@code "detect"} where none was given). */
    public Map<String, String> describe() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("energy", energy == null ? "detect" : energy);
        m.put("forces", forces == null ? "detect" : forces);
        m.put("stress", stress == null ? "detect" : stress);
        m.put("virial", virial == null ? "detect" : virial);
        return m;
    }

    private enum Kind {
        ENERGY("energy", ENERGY_NAMES), FORCES("forces", FORCES_NAMES), STRESS("stress", STRESS_NAMES),
        VIRIAL("virial", VIRIAL_NAMES);

        final String label;
        final List<String> names;

        Kind(String label, List<String> names) {
            this.label = label;
            this.names = names;
        }
    }

    private String given(Kind k) {
        return switch (k) {
            case ENERGY -> energy;
            case FORCES -> forces;
            case STRESS -> stress;
            case VIRIAL -> virial;
        };
    }

    /**
     * The configurations with their labels taken from the chosen keys (the list itself when
     * nothing changes).
     *
     * @throws FormatException if a key's value has the wrong shape for its label
     */
    public List<Configuration> apply(List<Configuration> configurations, String file, ReadLog log) throws FormatException {
        List<Configuration> out = configurations;
        for (Kind k : Kind.values()) {
            out = apply(k, out, file, log);
        }
        return out;
    }

    private List<Configuration> apply(Kind kind, List<Configuration> in, String file, ReadLog log) throws FormatException {
        String key = given(kind);
        if (key != null && key.equals(kind.label)) {
            return in; // the format's own label
        }
        Map<String, Integer> used = new LinkedHashMap<>();
        int replaced = 0;
        int missing = 0;
        List<Configuration> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            Configuration c = in.get(i);
            boolean has = has(kind, c);
            String from = null;
            if (key != null) {
                if (source(kind, c, key) != null) {
                    from = key;
                } else {
                    missing++;
                }
            } else if (!has) {
                for (String name : kind.names) {
                    if (source(kind, c, name) != null) {
                        from = name;
                        break;
                    }
                }
            }
            if (key != null && has) {
                replaced++;
            }
            if (from == null) {
                out.add(key != null && has ? without(kind, c) : c);
                continue;
            }
            used.merge(from, 1, Integer::sum);
            out.add(take(kind, c, from, file, i));
        }
        if (!used.isEmpty()) {
            StringBuilder sb = new StringBuilder(kind.label).append(" read from ");
            int j = 0;
            for (Map.Entry<String, Integer> e : used.entrySet()) {
                sb.append(j++ > 0 ? ", " : "").append('\'').append(e.getKey()).append("' (")
                        .append(e.getValue()).append(" of ").append(in.size()).append(" configurations)");
            }
            sb.append(key != null ? ", as asked" : ", detected; --" + kind.label + "-key chooses another key");
            log.note(file, sb.toString());
        }
        if (replaced > 0) {
            log.warn(file, replaced + " configurations had their own '" + kind.label + "', replaced by '" + key
                    + "' (--" + kind.label + "-key)" + (missing > 0 ? " or removed where '" + key + "' is absent" : ""));
        }
        if (key != null && missing > 0) {
            log.warn(file, "'" + key + "' (--" + kind.label + "-key) is absent from " + missing + " of " + in.size()
                    + " configurations: they have no " + kind.label);
        }
        return used.isEmpty() && replaced == 0 ? in : out;
    }

    private static boolean has(Kind kind, Configuration c) {
        return switch (kind) {
            case ENERGY -> c.energy() != null;
            case FORCES -> c.forces() != null;
            case STRESS -> c.stress() != null;
            case VIRIAL -> c.virial() != null;
        };
    }

    private static Property source(Kind kind, Configuration c, String name) {
        return kind == Kind.FORCES ? c.arrays().get(name) : c.info().get(name);
    }

    private static Configuration without(Kind kind, Configuration c) {
        return switch (kind) {
            case ENERGY -> new Configuration(c.species(), c.positions(), c.cell(), null, c.forces(), c.stress(), c.virial(), c.info(), c.arrays());
            case FORCES -> new Configuration(c.species(), c.positions(), c.cell(), c.energy(), null, c.stress(), c.virial(), c.info(), c.arrays());
            case STRESS -> new Configuration(c.species(), c.positions(), c.cell(), c.energy(), c.forces(), null, c.virial(), c.info(), c.arrays());
            case VIRIAL -> new Configuration(c.species(), c.positions(), c.cell(), c.energy(), c.forces(), c.stress(), null, c.info(), c.arrays());
        };
    }

    private static Configuration take(Kind kind, Configuration c, String name, String file, int index) throws FormatException {
        Property p = source(kind, c, name);
        double[] v = reals(p, file, index);
        Map<String, Property> info = new LinkedHashMap<>(c.info());
        Map<String, Property> arrays = new LinkedHashMap<>(c.arrays());
        String where = "configuration " + (index + 1) + ": '" + name + "' as the " + kind.label;
        switch (kind) {
            case ENERGY -> {
                if (v.length != 1) {
                    throw new FormatException(file, 0, where + " must be one number, found " + v.length);
                }
                info.remove(name);
                return new Configuration(c.species(), c.positions(), c.cell(), v[0], c.forces(), c.stress(), c.virial(), info, arrays);
            }
            case FORCES -> {
                if (v.length != 3 * c.size() || p.columns() != 3) {
                    throw new FormatException(file, 0, where + " must have 3 values per atom, found shape "
                            + java.util.Arrays.toString(p.shape()));
                }
                arrays.remove(name);
                return new Configuration(c.species(), c.positions(), c.cell(), c.energy(), v, c.stress(), c.virial(), info, arrays);
            }
            default -> {
                double[] m = tensor(v, file, where);
                info.remove(name);
                return kind == Kind.STRESS
                        ? new Configuration(c.species(), c.positions(), c.cell(), c.energy(), c.forces(), m, c.virial(), info, arrays)
                        : new Configuration(c.species(), c.positions(), c.cell(), c.energy(), c.forces(), c.stress(), m, info, arrays);
            }
        }
    }

    private static double[] reals(Property p, String file, int index) throws FormatException {
        if (p.values() instanceof Values.Reals r) {
            return r.values().clone();
        }
        if (p.values() instanceof Values.Ints n) {
            double[] d = new double[n.values().length];
            for (int i = 0; i < d.length; i++) {
                d[i] = n.values()[i];
            }
            return d;
        }
        throw new FormatException(file, 0, "configuration " + (index + 1) + ": '" + p.name() + "' is not numeric");
    }

    /** 9 values in column-major order (as ASE writes them) or 6 Voigt values, to a row-major 3x3. */
    private static double[] tensor(double[] v, String file, String where) throws FormatException {
        double[] m = rowMajor3x3(v);
        if (m == null) {
            throw new FormatException(file, 0, where + " must have 9 values (3x3) or 6 (Voigt xx yy zz yz xz xy), found " + v.length);
        }
        return m;
    }

    /**
     * A stress or virial as stored in extended XYZ: 9 values in column-major order (as ASE writes
     * them) or 6 Voigt values {@code xx yy zz yz xz xy}, to a new row-major 3x3 array.
     *
     * @return the 9 values, or null when {@code v} has neither 9 nor 6 values
     */
    public static double[] rowMajor3x3(double[] v) {
        double[] m = new double[9];
        if (v.length == 9) {
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    m[3 * i + j] = v[i + 3 * j];
                }
            }
        } else if (v.length == 6) {
            m[0] = v[0];
            m[4] = v[1];
            m[8] = v[2];
            m[5] = m[7] = v[3];
            m[2] = m[6] = v[4];
            m[1] = m[3] = v[5];
        } else {
            return null;
        }
        return m;
    }
}
