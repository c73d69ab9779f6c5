package org.sift.figures;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Colours of groups, shared by every chart so a group has the same colour in the diagram, the
 * distributions and the tables. Colour-blind-safe palette (Okabe–Ito), then a fallback hue wheel.
 */
public final class GroupPalette {

    private static final Color[] BASE = {
        new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xCC79A7),
        new Color(0xD55E00), new Color(0x56B4E9), new Color(0xF0E442), new Color(0x000000)
    };

    /** Colour of the highlighted (selected) subset. */
    public static final Color HIGHLIGHT = new Color(0xC00000);

    private final Map<String, Color> colours = new LinkedHashMap<>();

    /** Assigns colours to groups in the given order. */
    public GroupPalette(List<String> groups) {
        for (int i = 0; i < groups.size(); i++) {
            colours.put(groups.get(i), colour(i));
        }
    }

    /** The palette of a grouping: colours in the groups' fixed order (equal palettes for equal names). */
    public static GroupPalette of(org.sift.analysis.Groups groups) {
        return new GroupPalette(groups.names());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GroupPalette p && colours.equals(p.colours);
    }

    @Override
    public int hashCode() {
        return colours.hashCode();
    }

    public Color of(String group) {
        return colours.getOrDefault(group, Color.GRAY);
    }

    public List<String> groups() {
        return List.copyOf(colours.keySet());
    }

    static Color colour(int i) {
        if (i < BASE.length) {
            return BASE[i];
        }
        float h = (float) ((i * 0.618033988749895) % 1.0);
        return Color.getHSBColor(h, 0.65f, 0.8f);
    }

    /** CSS hex string ({@code #0072b2}) for UIs that style tables with the same colours. */
    public String hex(String group) {
        Color c = of(group);
        return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }
}
