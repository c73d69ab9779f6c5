package org.sift.io;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Options for reading.
 *
 * @param typeMap    element symbols for integer atom types, index = type (MTP types start at 0,
 *                   LAMMPS types at 1 and use {@code typeMap.get(type - 1)}); empty when the format
 *                   names its elements or the user gave none
 * @param labelKeys  which per-configuration or per-atom keys hold the energy, forces, stress and
 *                   virial when a file stores them under other names ({@link LabelKeys})
 * @param vaspEnergy which VASP energy becomes the configuration's {@code energy}
 * @param keep       frames that are dropped unless asked for ({@link Keep})
 * @param partial    what a file that ends inside a frame does ({@link Partial})
 * @param log        where readers report dropped frames and label choices (never null)
 */
public record ReadOptions(List<String> typeMap, LabelKeys labelKeys, VaspEnergy vaspEnergy, Set<Keep> keep,
                          Partial partial, ReadLog log) {

    /** Which VASP energy is the DFT label. */
    public enum VaspEnergy {
        /** {@code energy(sigma->0)}, the extrapolation to zero smearing (ASE's choice; the default). */
        SIGMA0,
        /** {@code free energy TOTEN}, the force-consistent free energy (dpdata's choice). */
        FREE
    }

    /** Frames that readers drop by default and keep, flagged, when asked. */
    public enum Keep {
        /** VASP on-the-fly machine-learning steps ({@code ML_LMLFF}/{@code ML_MODE} runs): info {@code vasp_ml = T}. */
        VASP_ML_STEPS,
        /** Ionic steps whose SCF reached NELM without converging: info {@code scf_converged = F}. */
        UNCONVERGED_STEPS
    }

    /** What a file that ends inside a frame (a stopped or cut run) does. */
    public enum Partial {
        /** The complete frames are read and a warning says what was dropped (the default). */
        WARN,
        /** It is an error naming the file and the frame. */
        ERROR
    }

    public ReadOptions {
        typeMap = typeMap == null ? List.of() : List.copyOf(typeMap);
        labelKeys = labelKeys == null ? LabelKeys.DETECT : labelKeys;
        vaspEnergy = vaspEnergy == null ? VaspEnergy.SIGMA0 : vaspEnergy;
        keep = keep == null || keep.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(keep));
        partial = partial == null ? Partial.WARN : partial;
        log = log == null ? ReadLog.NONE : log;
    }

    /** Only a type map; everything else at its default. */
    public ReadOptions(List<String> typeMap) {
        this(typeMap, null, null, null, null, null);
    }

    public static ReadOptions defaults() {
        return new ReadOptions(List.of());
    }

    public static ReadOptions withTypeMap(List<String> typeMap) {
        return new ReadOptions(typeMap);
    }

    public boolean keeps(Keep k) {
        return keep.contains(k);
    }

    public ReadOptions withLog(ReadLog newLog) {
        return new ReadOptions(typeMap, labelKeys, vaspEnergy, keep, partial, newLog);
    }

    /**
     * The settings that decide which labels are read, for a manifest: {@code vaspEnergy},
     * {@code keep}, {@code partial} and the label keys given (JSON-friendly types only).
     */
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("vaspEnergy", vaspEnergy.name().toLowerCase(java.util.Locale.ROOT));
        m.put("keep", keep.stream().map(k -> k.name().toLowerCase(java.util.Locale.ROOT)).sorted().toList());
        m.put("partial", partial.name().toLowerCase(java.util.Locale.ROOT));
        m.put("labelKeys", labelKeys.describe());
        return m;
    }
}
