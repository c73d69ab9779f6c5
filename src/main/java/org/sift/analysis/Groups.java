package org.sift.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sift.model.Configuration;
import org.sift.model.Dataset;

/**
 * The group of every configuration and a fixed order of the groups, used by every table and chart.
 *
 * <p>Default order ({@link #of(Dataset, String[])}): by increasing mean fraction of the
 * alphabetically first element of the dataset (the first of {@link Dataset#species()}) over the
 * group's configurations, ties by group name. For the Li–Si data of the study this gives
 * Li1Si64, Li1Si3, Li1Si1, Li13Si4, Li54Si1 (Li fraction 1/65 … 54/55), the order of its tables, and
 * the two ends of this order are the default groups of the similarity diagram.
 *
 * @param names   group names in their fixed order
 * @param groupOf group index (into {@code names}) of every configuration, length N
 */
public record Groups(List<String> names, int[] groupOf) {

    public Groups {
        names = List.copyOf(names);
        for (int g : groupOf) {
            if (g < 0 || g >= names.size()) {
                throw new IllegalArgumentException("group index " + g + " out of range 0.." + (names.size() - 1));
            }
        }
    }

    /** Groups from labels, ordered by the fraction of the dataset's alphabetically first element. */
    public static Groups of(Dataset dataset, String[] labels) {
        if (labels.length != dataset.size()) {
            throw new IllegalArgumentException(labels.length + " labels for " + dataset.size() + " configurations");
        }
        List<String> species = dataset.species();
        String first = species.isEmpty() ? "" : species.get(0);
        Map<String, double[]> frac = new HashMap<>();
        for (int i = 0; i < labels.length; i++) {
            Configuration c = dataset.get(i);
            long k = Arrays.stream(c.species()).filter(first::equals).count();
            double f = c.size() == 0 ? 0 : (double) k / c.size();
            double[] acc = frac.computeIfAbsent(labels[i], x -> new double[2]);
            acc[0] += f;
            acc[1]++;
        }
        List<String> names = new ArrayList<>(frac.keySet());
        names.sort(Comparator.<String>comparingDouble(g -> frac.get(g)[0] / frac.get(g)[1]).thenComparing(Comparator.naturalOrder()));
        return inOrder(labels, names);
    }

    /** Groups of the dataset's default labels (reduced formula) or of a per-configuration property. */
    public static Groups of(Dataset dataset, String groupByProperty) {
        return of(dataset, groupByProperty == null ? dataset.formulaGroups() : dataset.propertyGroups(groupByProperty));
    }

    /** Groups in a given order; every label must be in it. */
    public static Groups inOrder(String[] labels, List<String> order) {
        Map<String, Integer> idx = new LinkedHashMap<>();
        for (String s : order) {
            idx.put(s, idx.size());
        }
        int[] g = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            Integer k = idx.get(labels[i]);
            if (k == null) {
                throw new IllegalArgumentException("group " + labels[i] + " of configuration " + i + " is not in " + order);
            }
            g[i] = k;
        }
        return new Groups(order, g);
    }

    public int size() {
        return groupOf.length;
    }

    public int count() {
        return names.size();
    }

    /** Index of a group by name. */
    public int indexOf(String name) {
        int k = names.indexOf(name);
        if (k < 0) {
            throw new IllegalArgumentException("no group " + name + "; groups: " + String.join(", ", names));
        }
        return k;
    }

    /** Members of group g, ascending. */
    public int[] members(int g) {
        int n = 0;
        for (int x : groupOf) {
            if (x == g) n++;
        }
        int[] m = new int[n];
        int k = 0;
        for (int i = 0; i < groupOf.length; i++) {
            if (groupOf[i] == g) m[k++] = i;
        }
        return m;
    }

    /** Number of configurations per group, in group order. */
    public int[] sizes() {
        int[] s = new int[names.size()];
        for (int g : groupOf) {
            s[g]++;
        }
        return s;
    }

    /** Default diagram groups: the first and the last in the fixed order (x, y). */
    public String[] extremes() {
        return new String[] {names.get(0), names.get(names.size() - 1)};
    }
}
