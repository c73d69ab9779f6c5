package org.sift.io;

import java.util.List;

/**
 * Options for reading.
 *
 * @param typeMap element symbols for integer atom types, index = type (MTP types start at 0,
 *                LAMMPS types at 1 and use {@code typeMap.get(type - 1)}); empty when the format
 *                names its elements or the user gave none
 */
public record ReadOptions(List<String> typeMap) {

    public ReadOptions {
        typeMap = typeMap == null ? List.of() : List.copyOf(typeMap);
    }

    public static ReadOptions defaults() {
        return new ReadOptions(List.of());
    }

    public static ReadOptions withTypeMap(List<String> typeMap) {
        return new ReadOptions(typeMap);
    }
}
