package org.sift.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Element counts of a configuration, elements in alphabetical order. */
public record Composition(Map<String, Integer> counts) {

    public Composition {
        counts = Collections.unmodifiableMap(new TreeMap<>(counts));
    }

    public static Composition of(String[] species) {
        TreeMap<String, Integer> m = new TreeMap<>();
        for (String s : species) {
            m.merge(s, 1, Integer::sum);
        }
        return new Composition(m);
    }

    /** Full formula with explicit counts, alphabetical: {@code Li240Si64}. */
    public String formula() {
        StringBuilder sb = new StringBuilder();
        counts.forEach((e, c) -> sb.append(e).append(c));
        return sb.toString();
    }

    /**
     * Reduced formula, alphabetical, explicit counts, divided by their greatest common divisor:
     * {@code Li240Si64 -> Li15Si4}, {@code Li32Si32 -> Li1Si1}, {@code Si64 -> Si1}.
     */
    public String reducedFormula() {
        int g = 0;
        for (int c : counts.values()) {
            g = gcd(g, c);
        }
        if (g == 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            sb.append(e.getKey()).append(e.getValue() / g);
        }
        return sb.toString();
    }

    public int atoms() {
        int n = 0;
        for (int c : counts.values()) {
            n += c;
        }
        return n;
    }

    private static int gcd(int a, int b) {
        while (b != 0) {
            int t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
