package org.sift.ui.inspect;

import java.util.Map;
import javafx.scene.paint.Color;

/**
 * Display colours (CPK / Jmol-like) and sphere radii of elements. Radii are 0.4 × the covalent
 * radius (Å; Cordero et al. 2008) plus 0.1 Å, so that neighbours stay visible as separate balls.
 */
public final class ElementStyle {

    private static final Map<String, String> COLOURS = Map.ofEntries(
            Map.entry("H", "#FFFFFF"), Map.entry("He", "#D9FFFF"), Map.entry("Li", "#CC80FF"),
            Map.entry("Be", "#C2FF00"), Map.entry("B", "#FFB5B5"), Map.entry("C", "#909090"),
            Map.entry("N", "#3050F8"), Map.entry("O", "#FF0D0D"), Map.entry("F", "#90E050"),
            Map.entry("Na", "#AB5CF2"), Map.entry("Mg", "#8AFF00"), Map.entry("Al", "#BFA6A6"),
            Map.entry("Si", "#F0C8A0"), Map.entry("P", "#FF8000"), Map.entry("S", "#FFFF30"),
            Map.entry("Cl", "#1FF01F"), Map.entry("K", "#8F40D4"), Map.entry("Ca", "#3DFF00"),
            Map.entry("Ti", "#BFC2C7"), Map.entry("Fe", "#E06633"), Map.entry("Co", "#F090A0"),
            Map.entry("Ni", "#50D050"), Map.entry("Cu", "#C88033"), Map.entry("Zn", "#7D80B0"),
            Map.entry("Ga", "#C28F8F"), Map.entry("Ge", "#668F8F"), Map.entry("Sn", "#668080"),
            Map.entry("Au", "#FFD123"), Map.entry("Ag", "#C0C0C0"), Map.entry("Pt", "#D0D0E0"));

    private static final Map<String, Double> COVALENT = Map.ofEntries(
            Map.entry("H", 0.31), Map.entry("He", 0.28), Map.entry("Li", 1.28), Map.entry("Be", 0.96),
            Map.entry("B", 0.84), Map.entry("C", 0.76), Map.entry("N", 0.71), Map.entry("O", 0.66),
            Map.entry("F", 0.57), Map.entry("Na", 1.66), Map.entry("Mg", 1.41), Map.entry("Al", 1.21),
            Map.entry("Si", 1.11), Map.entry("P", 1.07), Map.entry("S", 1.05), Map.entry("Cl", 1.02),
            Map.entry("K", 2.03), Map.entry("Ca", 1.76), Map.entry("Ti", 1.60), Map.entry("Fe", 1.32),
            Map.entry("Co", 1.26), Map.entry("Ni", 1.24), Map.entry("Cu", 1.32), Map.entry("Zn", 1.22),
            Map.entry("Ga", 1.22), Map.entry("Ge", 1.20), Map.entry("Sn", 1.39), Map.entry("Au", 1.36),
            Map.entry("Ag", 1.45), Map.entry("Pt", 1.36));

    private ElementStyle() {
    }

    /** Display colour; unknown elements are pink (as in Jmol). */
    public static Color colour(String element) {
        return Color.web(COLOURS.getOrDefault(element, "#FF1493"));
    }

    /** Sphere radius, Å. */
    public static double radius(String element) {
        return 0.4 * COVALENT.getOrDefault(element, 1.5) + 0.1;
    }
}
