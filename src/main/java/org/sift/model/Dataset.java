package org.sift.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * An ordered list of configurations with their origins. Index i of the dataset is the identity of
 * a configuration everywhere in Sift (selections, diagrams, exports).
 */
public record Dataset(String name, List<Configuration> configurations, List<Origin> origins) {

    public Dataset {
        if (configurations.size() != origins.size()) {
            throw new IllegalArgumentException("configurations and origins differ in length");
        }
        configurations = List.copyOf(configurations);
        origins = List.copyOf(origins);
    }

    /** A dataset whose origins are frames 0..n-1 of {@code name}. */
    public static Dataset of(String name, List<Configuration> configurations) {
        List<Origin> o = new ArrayList<>(configurations.size());
        for (int i = 0; i < configurations.size(); i++) {
            o.add(new Origin(name, i));
        }
        return new Dataset(name, configurations, o);
    }

    /**
     * A dataset whose origins are frames 0..n-1 of {@code name}, frame i starting on line
     * {@code lines[i]} (1-based, 0 if unknown; {@code lines} may be shorter than the list).
     */
    public static Dataset of(String name, List<Configuration> configurations, long[] lines) {
        List<Origin> o = new ArrayList<>(configurations.size());
        for (int i = 0; i < configurations.size(); i++) {
            o.add(new Origin(name, i, i < lines.length ? lines[i] : 0));
        }
        return new Dataset(name, configurations, o);
    }

    /**
     * Where configuration {@code i} is, for messages: {@code FILE:LINE: configuration I}, with
     * {@code (frame F)} added when its frame index in the file differs from its index here.
     */
    public String where(int i) {
        Origin o = origins.get(i);
        return o.file() + (o.line() > 0 ? ":" + o.line() : "") + ": configuration " + i
                + (o.frame() != i ? " (frame " + o.frame() + " of the file)" : "");
    }

    /** Concatenation, in order; the name is the names joined by {@code +}. */
    public static Dataset merge(List<Dataset> parts) {
        List<Configuration> c = new ArrayList<>();
        List<Origin> o = new ArrayList<>();
        StringBuilder name = new StringBuilder();
        for (Dataset d : parts) {
            c.addAll(d.configurations);
            o.addAll(d.origins);
            if (name.length() > 0) {
                name.append(" + ");
            }
            name.append(d.name);
        }
        return new Dataset(name.toString(), c, o);
    }

    public int size() {
        return configurations.size();
    }

    public Configuration get(int i) {
        return configurations.get(i);
    }

    public long atomCount() {
        long n = 0;
        for (Configuration c : configurations) {
            n += c.size();
        }
        return n;
    }

    /** All species present, alphabetical. */
    public List<String> species() {
        TreeSet<String> s = new TreeSet<>();
        for (Configuration c : configurations) {
            Collections.addAll(s, c.species());
        }
        return List.copyOf(s);
    }

    /** Default group label of each configuration (reduced formula). */
    public String[] formulaGroups() {
        return groups(Configuration::formulaGroup);
    }

    /**
     * Group label of each configuration by a per-configuration property (its text), or
     * {@code "(none)"} where the configuration lacks it.
     */
    public String[] propertyGroups(String key) {
        return groups(c -> {
            Property p = c.info().get(key);
            return p == null ? "(none)" : p.asText();
        });
    }

    public String[] groups(Function<Configuration, String> labeller) {
        String[] g = new String[size()];
        for (int i = 0; i < g.length; i++) {
            g[i] = labeller.apply(configurations.get(i));
        }
        return g;
    }

    /** Count of configurations per label, in order of first appearance. */
    public static Map<String, Integer> counts(String[] labels) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (String l : labels) {
            m.merge(l, 1, Integer::sum);
        }
        return m;
    }

    /** The configurations at the given indices, in that order, with their origins. */
    public Dataset subset(String subsetName, int[] indices) {
        List<Configuration> c = new ArrayList<>(indices.length);
        List<Origin> o = new ArrayList<>(indices.length);
        for (int i : indices) {
            c.add(configurations.get(i));
            o.add(origins.get(i));
        }
        return new Dataset(subsetName, c, o);
    }
}
