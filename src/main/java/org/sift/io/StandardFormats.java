package org.sift.io;

import java.util.ArrayList;
import java.util.List;

/** The formats Sift ships, in sniffing order (most specific first). */
final class StandardFormats {

    private StandardFormats() {
    }

    static List<StructureFormat> all() {
        List<StructureFormat> f = new ArrayList<>();
        // formats register here, one line each
        f.add(new org.sift.io.extxyz.ExtXyzFormat());
        f.add(new org.sift.io.vasp.VasprunFormat());
        f.add(new org.sift.io.vasp.OutcarFormat());
        f.add(new org.sift.io.vasp.PoscarFormat());
        return f;
    }
}
