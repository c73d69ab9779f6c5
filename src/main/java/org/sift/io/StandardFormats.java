package org.sift.io;

import java.util.ArrayList;
import java.util.List;

/** The formats Sift ships, in sniffing order (most specific first). */
final class StandardFormats {

    private StandardFormats() {}

    static List<StructureFormat> all() {
        List<StructureFormat> f = new ArrayList<>();
        // formats register here, one line each
        f.add(new org.sift.io.extxyz.ExtXyzFormat());
        f.add(new org.sift.io.vasp.VasprunFormat());
        f.add(new org.sift.io.vasp.OutcarFormat());
        f.add(new org.sift.io.vasp.XdatcarFormat());
        f.add(new org.sift.io.vasp.PoscarFormat());
        f.add(org.sift.io.deepmd.DeepmdFormat.mixed());
        f.add(org.sift.io.deepmd.DeepmdFormat.npy());
        f.add(org.sift.io.deepmd.DeepmdFormat.raw());
        f.add(new org.sift.io.mtp.MtpFormat());
        f.add(new org.sift.io.lammps.LammpsDumpFormat());
        f.add(new org.sift.io.lammps.LammpsDataFormat());
        f.add(new org.sift.io.qe.EspressoOutputFormat());
        f.add(new org.sift.io.qe.EspressoInputFormat());
        f.add(new org.sift.io.n2p2.N2p2Format());
        return f;
    }
}
