package org.sift.io;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sift.model.Elements;

/**
 * Options for reading.
 *
 * @param typeMap    element symbols for integer atom types, index = type (MTP types start at 0,
 *                   LAMMPS types at 1 and use {@code typeMap.get(type - 1)}); empty when the format
 *                   names its elements or the user gave none
 * @param aliases    element of each atom name that is not an element symbol (GROMACS-style
 *                   {@code OW}, {@code HW}...), given as {@code OW=O} in the type map; every other
 *                   name that is not an element is an error at read time
 * @param labelKeys  which per-configuration or per-atom keys hold the energy, forces, stress and
 *                   virial when a file stores them under other names ({@link LabelKeys})
 * @param vaspEnergy which VASP energy becomes the configuration's {@code energy}
 * @param keep       frames that are dropped unless asked for ({@link Keep})
 * @param partial    what a file that ends inside a frame does ({@link Partial})
 * @param log        where readers report dropped frames and label choices (never null)
 */
public record ReadOptions(List<String> typeMap, Map<String, String> aliases, LabelKeys labelKeys, VaspEnergy vaspEnergy,
                          Set<Keep> keep, Partial partial, ReadLog log) {

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
        labelKeys = labelKeys == null ? LabelKeys.DETECT : labelKeys;
        vaspEnergy = vaspEnergy == null ? VaspEnergy.SIGMA0 : vaspEnergy;
        keep = keep == null || keep.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(keep));
        partial = partial == null ? Partial.WARN : partial;
        log = log == null ? ReadLog.NONE : log;
    }

    /**
     * A type map as the user gives it (entries {@code NAME=Element} are aliases, the others the
     * type map in order) with the label choices.
     */
    public ReadOptions(List<String> typeMapAndAliases, LabelKeys labelKeys, VaspEnergy vaspEnergy, Set<Keep> keep,
                       Partial partial, ReadLog log) {
        this(plain(typeMapAndAliases), aliases(typeMapAndAliases), labelKeys, vaspEnergy, keep, partial, log);
    }

    /** Only a type map (with aliases); everything else at its default. */
    public ReadOptions(List<String> typeMapAndAliases) {
        this(typeMapAndAliases, null, null, null, null, null);
    }

    public static ReadOptions defaults() {
        return new ReadOptions(List.of());
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

    public boolean keeps(Keep k) {
        return keep.contains(k);
    }

    public ReadOptions withLog(ReadLog newLog) {
        return new ReadOptions(typeMap, aliases, labelKeys, vaspEnergy, keep, partial, newLog);
    }

    /**
     * The settings that decide which labels are read, for a manifest: {@code vaspEnergy},
     * {@code keep}, {@code partial} and the label keys given (JSON-friendly types only).
     */
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("vaspEnergy", vaspEnergy.name().toLowerCase(Locale.ROOT));
        m.put("keep", keep.stream().map(k -> k.name().toLowerCase(Locale.ROOT)).sorted().toList());
        m.put("partial", partial.name().toLowerCase(Locale.ROOT));
        m.put("labelKeys", labelKeys.describe());
        return m;
    }
}
