package org.sift.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sift.model.Elements;

/**
 * Options for reading.
 *
 * @param typeMap element symbols for integer atom types, index = type (MTP types start at 0,
 *                LAMMPS types at 1 and use {@code typeMap.get(type - 1)}); empty when the format
 *                names its elements or the user gave none
 * @param aliases element of each atom name that is not an element symbol (GROMACS-style
 *                {@code OW}, {@code HW}...), given as {@code OW=O} in the type map; every other
 *                name that is not an element is an error at read time
 */
public record ReadOptions(List<String> typeMap, Map<String, String> aliases) {

    public ReadOptions {
        typeMap = typeMap == null ? List.of() : List.copyOf(typeMap);
        aliases = aliases == null ? Map.of() : Map.copyOf(aliases);
        for (Map.Entry<String, String> e : aliases.entrySet()) {
            if (!Elements.isElement(e.getValue())) {
                throw new IllegalArgumentException("--type-map " + e.getKey() + "=" + e.getValue() + ": '" + e.getValue()
                        + "' is not an element symbol");
            }
        }
        for (String s : typeMap) {
            if (!Elements.isElement(s) && !aliases.containsKey(s)) {
                throw new IllegalArgumentException("--type-map: '" + s + "' is not an element symbol (map a type name to "
                        + "its element as " + s + "=O)");
            }
        }
    }

    /** Entries of the form {@code NAME=Element} are aliases, the others the type map in order. */
    public ReadOptions(List<String> typeMapAndAliases) {
        this(plain(typeMapAndAliases), aliases(typeMapAndAliases));
    }

    public static ReadOptions defaults() {
        return new ReadOptions(List.of(), Map.of());
    }

    public static ReadOptions withTypeMap(List<String> typeMapAndAliases) {
        return new ReadOptions(typeMapAndAliases);
    }

    /** The element an atom name stands for: itself, or its alias. */
    public String element(String name) {
        return aliases.getOrDefault(name, name);
    }

    private static List<String> plain(List<String> entries) {
        List<String> out = new ArrayList<>();
        if (entries != null) {
            for (String e : entries) {
                if (e.indexOf('=') < 0) {
                    out.add(e.strip());
                }
            }
        }
        return out;
    }

    private static Map<String, String> aliases(List<String> entries) {
        Map<String, String> out = new LinkedHashMap<>();
        if (entries != null) {
            for (String e : entries) {
                int eq = e.indexOf('=');
                if (eq >= 0) {
                    out.put(e.substring(0, eq).strip(), e.substring(eq + 1).strip());
                }
            }
        }
        return out;
    }
}
