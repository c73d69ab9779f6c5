package org.sift.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.sift.model.Cell;
import org.sift.model.Configuration;
import org.sift.model.Dataset;
import org.sift.model.Property;
import org.sift.model.Values;

/** Small datasets built in memory for UI tests (seeded). */
public final class TestDatasets {

    private TestDatasets() {
    }

    /** A configuration with {@code li} Li and {@code si} Si atoms in a cubic box, random positions. */
    public static Configuration lisi(int li, int si, double box, Double energy, String configType, long seed) {
        Random r = new Random(seed);
        int n = li + si;
        String[] species = new String[n];
        double[] pos = new double[3 * n];
        for (int i = 0; i < n; i++) {
            species[i] = i < li ? "Li" : "Si";
            for (int k = 0; k < 3; k++) {
                pos[3 * i + k] = r.nextDouble() * box;
            }
        }
        Map<String, Property> info = new LinkedHashMap<>();
        if (configType != null) {
            info.put("config_type", Property.scalar("config_type", configType));
        }
        Map<String, Property> arrays = new LinkedHashMap<>();
        double[] charges = new double[n];
        arrays.put("charge", new Property("charge", new Values.Reals(charges), new int[] {n}, "e"));
        return new Configuration(species, pos, Cell.box(box, box, box), energy, null, null, null, info, arrays);
    }

    /**
     * Six configurations: Li1Si64 (x2, "crystal"), Li15Si4 (x3, "md"), Li54Si1 (x1, "md"). Reduced
     * formula groups Li1Si64, Li15Si4, Li54Si1; Li fractions 1/65, 15/19, 54/55.
     */
    public static Dataset six(String name) {
        List<Configuration> c = new ArrayList<>();
        c.add(lisi(1, 64, 11, -300.5, "crystal", 1));
        c.add(lisi(15, 4, 6, -60.25, "md", 2));
        c.add(lisi(1, 64, 11, -301.0, "crystal", 3));
        c.add(lisi(54, 1, 9, -110.0, "md", 4));
        c.add(lisi(15, 4, 6, -61.0, "md", 5));
        c.add(lisi(30, 8, 7.5, -120.0, "md", 6));
        return Dataset.of(name, c);
    }

    /** Two configurations of pure Si with no energy and no info. */
    public static Dataset two(String name) {
        return Dataset.of(name, List.of(lisi(0, 8, 5.4, null, null, 7), lisi(0, 16, 6.8, null, null, 8)));
    }
}
