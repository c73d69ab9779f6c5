package org.sift.io;

import java.util.List;

/**
 * Options for writing.
 *
 * @param typeMap element symbols in type order for formats that store integer types (MTP, DeePMD);
 *                empty means: the dataset's species in alphabetical order
 */
public record WriteOptions(List<String> typeMap) {

    public WriteOptions {
        typeMap = typeMap == null ? List.of() : List.copyOf(typeMap);
    }

    public static WriteOptions defaults() {
        return new WriteOptions(List.of());
    }
}
