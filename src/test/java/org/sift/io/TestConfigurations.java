package org.sift.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.sift.model.Cell;
import org.sift.model.Configuration;
import org.sift.model.Property;
import org.sift.model.Values;

/** Shared test inputs for the format tests: data-file paths and a synthetic configuration with every kind of label. */
public final class TestConfigurations {

    private TestConfigurations() {
    }

    /** A test resource as a path (resources are plain files under target/test-classes). */
    public static Path resource(String name) {
        try {
            return Path.of(TestConfigurations.class.getResource("/" + name).toURI());
        } catch (Exception e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }

    public static final String LISI = "data/lisi-dftb/LixSi64-dftb.extxyz.gz";
    public static final String DSCRIBE = "data/formats/dscribe__examples__multiple.extxyz";
    public static final String DPDATA_XYZ = "data/formats/dpdata__xyz__xyz_unittest.xyz";

    /**
     * A configuration of 5 atoms with forces, a symmetric stress, a non-symmetric virial, per-atom
     * int/real/string/bool arrays, info keys of every type and shape, pbc T T F. Seeded.
     */
    public static Configuration synthetic(long seed) {
        Random r = new Random(seed);
        int n = 5;
        String[] species = {"Li", "Si", "Si", "O", "H"};
        double[] pos = new double[3 * n];
        double[] f = new double[3 * n];
        for (int i = 0; i < 3 * n; i++) {
            pos[i] = 10 * r.nextDouble() - 1;
            f[i] = r.nextGaussian() / 3;
        }
        Cell cell = new Cell(new double[] {7.1 + r.nextDouble(), 0.1 * r.nextDouble(), 0,
            -0.3 * r.nextDouble(), 6.5 + r.nextDouble(), 0.02,
            0.4 * r.nextDouble(), 0.3 * r.nextDouble(), 12 + r.nextDouble()}, new boolean[] {true, true, false});
        double[] stress = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = i; j < 3; j++) {
                stress[3 * i + j] = stress[3 * j + i] = r.nextGaussian() * 1e-3;
            }
        }
        double[] virial = new double[9];
        for (int i = 0; i < 9; i++) {
            virial[i] = r.nextGaussian() * 10;
        }
        Map<String, Property> info = new LinkedHashMap<>();
        info.put("config_type", Property.scalar("config_type", "bulk amorphous"));
        info.put("md_step", Property.scalar("md_step", 123456789012L));
        info.put("temperature", Property.scalar("temperature", 300.0 + r.nextDouble()));
        info.put("tiny", Property.scalar("tiny", 1.2345678901234567e-300));
        info.put("converged", Property.scalar("converged", true));
        info.put("relaxed", Property.scalar("relaxed", false));
        info.put("code", Property.scalar("code", "dftb+"));
        info.put("label", Property.scalar("label", "007"));
        info.put("flag_text", Property.scalar("flag_text", "T"));
        info.put("empty", Property.scalar("empty", ""));
        info.put("quoted", Property.scalar("quoted", "say \"hi\", it's {odd} [x] a=b \\ end"));
        info.put("kpts", new Property("kpts", new Values.Ints(new long[] {4, 4, 2}), new int[] {3}, null));
        info.put("dipole_guess", new Property("dipole_guess", new Values.Reals(new double[] {0.1, -2.5e-7, 3e10, r.nextDouble()}), new int[] {4}, null));
        info.put("mask", new Property("mask", new Values.Bools(new boolean[] {true, false, true}), new int[] {3}, null));
        double[] m = new double[9];
        for (int i = 0; i < 9; i++) {
            m[i] = r.nextGaussian();
        }
        info.put("polarisability", new Property("polarisability", new Values.Reals(m), new int[] {3, 3}, null));
        info.put("int_matrix", new Property("int_matrix", new Values.Ints(new long[] {1, 2, 3, 4, 5, 6, 7, 8, 9}), new int[] {3, 3}, null));
        info.put("nine", new Property("nine", new Values.Reals(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9.5}), new int[] {9}, null));
        info.put("one", new Property("one", new Values.Reals(new double[] {42.5}), new int[] {1}, null));
        info.put("grid", new Property("grid", new Values.Reals(new double[] {1.5, 2, 3, 4, 5, 6}), new int[] {2, 3}, null));
        info.put("names", new Property("names", new Values.Strings(new String[] {"alpha", "beta gamma", "7"}), new int[] {3}, null));
        Map<String, Property> arrays = new LinkedHashMap<>();
        long[] tags = new long[n];
        double[] charges = new double[n];
        double[] vel = new double[3 * n];
        String[] labels = new String[n];
        boolean[] fixed = new boolean[n];
        for (int i = 0; i < n; i++) {
            tags[i] = r.nextInt(1000) - 500;
            charges[i] = r.nextGaussian();
            labels[i] = "site" + i;
            fixed[i] = r.nextBoolean();
            for (int k = 0; k < 3; k++) {
                vel[3 * i + k] = r.nextGaussian() * 1e-2;
            }
        }
        arrays.put("tags", new Property("tags", new Values.Ints(tags), new int[] {n}, null));
        arrays.put("charge", new Property("charge", new Values.Reals(charges), new int[] {n}, null));
        arrays.put("velocities", new Property("velocities", new Values.Reals(vel), new int[] {n, 3}, null));
        arrays.put("site", new Property("site", new Values.Strings(labels), new int[] {n}, null));
        arrays.put("fixed", new Property("fixed", new Values.Bools(fixed), new int[] {n}, null));
        return new Configuration(species, pos, cell, -1234.5678901234 + r.nextDouble(), f, stress, virial, info, arrays);
    }

    /** A molecule (no cell) with energy and forces only. */
    public static Configuration molecule(long seed) {
        Random r = new Random(seed);
        String[] species = {"O", "H", "H"};
        double[] pos = new double[9];
        double[] f = new double[9];
        for (int i = 0; i < 9; i++) {
            pos[i] = r.nextGaussian();
            f[i] = r.nextGaussian();
        }
        return new Configuration(species, pos, Cell.none(), -76.4 + r.nextDouble(), f, null, null, null, null);
    }

    public static List<Configuration> synthetics() {
        List<Configuration> l = new ArrayList<>();
        l.add(synthetic(1));
        l.add(synthetic(2));
        l.add(molecule(3));
        return l;
    }
}
