package org.sift.cli;

import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.sift.io.LabelKeys;
import org.sift.io.ReadLog;
import org.sift.io.ReadOptions;
import picocli.CommandLine.Option;

/**
 * The options that decide which frames and labels a read keeps, shared by every command that
 * reads a dataset (a picocli mixin): label keys, the VASP energy, machine-learned and unconverged
 * VASP steps, files cut inside a frame.
 */
final class ReadingOptions {

    @Option(names = "--energy-key", paramLabel = "KEY",
            description = "Per-configuration key holding the energy (default: 'energy', else detected among dft_energy, REF_energy, Energy, free_energy, ...).")
    String energyKey;

    @Option(names = "--forces-key", paramLabel = "KEY",
            description = "Per-atom key holding the forces (default: 'forces', else detected among force, dft_force, REF_forces, ...).")
    String forcesKey;

    @Option(names = "--stress-key", paramLabel = "KEY", description = "Key holding the stress, eV/A^3 (default: detected).")
    String stressKey;

    @Option(names = "--virial-key", paramLabel = "KEY", description = "Key holding the virial, eV (default: detected).")
    String virialKey;

    @Option(names = "--vasp-energy", paramLabel = "sigma0|free",
            description = "VASP energy used as the label: sigma0 = energy(sigma->0), as ASE (default); free = free energy TOTEN, as dpdata.")
    String vaspEnergy;

    @Option(names = "--vasp-ml", paramLabel = "drop|include",
            description = "VASP on-the-fly machine-learned steps: drop (default) or include, flagged vasp_ml = T.")
    String vaspMl;

    @Option(names = "--keep-unconverged", description = "Keep VASP steps whose SCF reached NELM, flagged scf_converged = F (default: dropped, with a warning).")
    boolean keepUnconverged;

    @Option(names = "--partial", paramLabel = "warn|error",
            description = "A file that ends inside a frame: warn (default; the complete frames are read) or error.")
    String partial;

    /** The read options with this type map, reporting to {@code log}. */
    ReadOptions readOptions(List<String> typeMap, ReadLog log) {
        EnumSet<ReadOptions.Keep> keep = EnumSet.noneOf(ReadOptions.Keep.class);
        if (vaspMl != null) {
            switch (vaspMl.toLowerCase(Locale.ROOT)) {
                case "include" -> keep.add(ReadOptions.Keep.VASP_ML_STEPS);
                case "drop" -> { }
                default -> throw new IllegalArgumentException("--vasp-ml must be drop or include, got '" + vaspMl + "'");
            }
        }
        if (keepUnconverged) {
            keep.add(ReadOptions.Keep.UNCONVERGED_STEPS);
        }
        return new ReadOptions(typeMap, new LabelKeys(energyKey, forcesKey, stressKey, virialKey),
                choice(ReadOptions.VaspEnergy.class, vaspEnergy, "--vasp-energy"), keep,
                choice(ReadOptions.Partial.class, partial, "--partial"), log);
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String option) {
        if (value == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value)) {
                return e;
            }
        }
        List<String> names = java.util.Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
        throw new IllegalArgumentException(option + " must be one of " + String.join(", ", names) + ", got '" + value + "'");
    }

    /** A log that prints each message on {@code err} as {@code sift: warning: FILE: ...} or {@code sift: note: ...}. */
    static ReadLog printing(PrintWriter err) {
        return new ReadLog() {
            @Override
            public void warn(String file, String message) {
                err.println("sift: warning: " + file + ": " + message);
            }

            @Override
            public void note(String file, String message) {
                err.println("sift: note: " + file + ": " + message);
            }
        };
    }
}
