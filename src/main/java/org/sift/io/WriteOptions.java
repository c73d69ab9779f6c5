package org.sift.io;

import java.util.List;

/**
 * Options for writing.
 *
 * @param typeMap element symbols in type order for formats that store integer types (MTP, DeePMD);
 *                empty means: the dataset's species in alphabetical order; given as for reading
 *                ({@link ReadOptions}), so aliases such as {@code OW=O} are applied and dropped
 */
public record WriteOptions(List<String> typeMap) {

    public WriteOptions {
        typeMap = typeMap == null ? List.of() : new ReadOptions(typeMap).typeMap().stream()
                .map(new ReadOptions(typeMap)::element).toList();
    }

    public static WriteOptions defaults() {
        return new WriteOptions(List.of());
    }
}
