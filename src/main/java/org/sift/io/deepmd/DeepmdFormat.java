package org.sift.io.deepmd;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sift.concurrent.ProgressMonitor;
import org.sift.io.Capabilities;
import org.sift.io.Capabilities.Label;
import org.sift.io.DeclaredFormat;
import org.sift.io.FormatException;
import org.sift.io.ReadOptions;
import org.sift.io.WriteOptions;
import org.sift.model.Configuration;
import org.sift.model.Property;

/**
 * DeePMD-kit training data, a folder format: raw text ({@link #raw()}, id {@code deepmd-raw}) or
 * NumPy sets ({@link #npy()}, id {@code deepmd-npy}), and, read only, dpdata's mixed-type NumPy
 * systems ({@link #mixed()}, id {@code deepmd-mixed}: {@code real_atom_types.npy} in every set,
 * frames of different compositions padded to one atom count, see {@link NpySystemReader}). Reading a folder reads every system at or
 * below it, in sorted path order, each in its own layout (a system with {@code set.*} folders is
 * read from them, as DeePMD-kit does, else from its {@code .raw} files), so either id reads a
 * mixed tree; the id chooses what is written and what sniffing recognises. See
 * {@link DeepmdSystems} for the layout and {@link DeepmdWriter} for what is written. Units as in DeePMD: Å, eV, eV/Å, virial in eV.
 */
public final class DeepmdFormat extends DeclaredFormat {

    /** Sniffing looks this many folder levels down. */
    private static final int SNIFF_DEPTH = 3;

    private static final Capabilities CAPS = Capabilities.of(Label.CELL, Label.ENERGY, Label.FORCES, Label.VIRIAL, Label.INFO, Label.PER_ATOM_ARRAYS);

    private final boolean npy;
    private final DeepmdSystems.Layout layout;

    private DeepmdFormat(String id, String description, DeepmdSystems.Layout layout, Trait... traits) {
        super(id, description, List.of(), CAPS, traits);
        this.npy = layout != DeepmdSystems.Layout.RAW;
        this.layout = layout;
    }

    public static DeepmdFormat raw() {
        return new DeepmdFormat("deepmd-raw", "DeePMD system folder (*.raw)", DeepmdSystems.Layout.RAW,
                Trait.MULTI_FRAME, Trait.DIRECTORY, Trait.READS, Trait.WRITES);
    }

    public static DeepmdFormat npy() {
        return new DeepmdFormat("deepmd-npy", "DeePMD system folder (set.*/*.npy)", DeepmdSystems.Layout.NPY,
                Trait.MULTI_FRAME, Trait.DIRECTORY, Trait.READS, Trait.WRITES);
    }

    /** dpdata's mixed-type systems ({@code deepmd/npy/mixed}); read only. */
    public static DeepmdFormat mixed() {
        return new DeepmdFormat("deepmd-mixed", "DeePMD mixed-type system folder (set.*/real_atom_types.npy)",
                DeepmdSystems.Layout.MIXED, Trait.MULTI_FRAME, Trait.DIRECTORY, Trait.READS);
    }

    /**
     * Numeric properties whose name can be a file name (not a reserved one such as {@code energy})
     * and is not one the reader takes as per-atom ({@code aparam}, {@code spin}, {@code force_mag},
     * {@code atom*}). Strings and booleans are not written; the writer names them.
     */
    @Override
    public boolean holdsInfo(Property p) {
        return DeepmdWriter.holds(p, false, npy);
    }

    /**
     * Numeric per-atom properties with a valid file name; in raw files (which keep no shape) only
     * those named {@code aparam}, {@code spin}, {@code force_mag} or {@code atom*}, which the reader
     * takes as per-atom: others are written but read back per configuration, and the writer says so.
     */
    @Override
    public boolean holdsArray(Property p) {
        return DeepmdWriter.holds(p, true, npy);
    }

    @Override
    public boolean sniff(Path path, byte[] head) {
        try {
            return Files.isDirectory(path) && !DeepmdSystems.findSystems(path, layout, SNIFF_DEPTH, 1).isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public List<Configuration> read(Path path, ReadOptions options, ProgressMonitor monitor) throws IOException {
        if (!Files.isDirectory(path)) {
            throw new FormatException(path.toString(), 0, id() + " reads a folder (a DeePMD system or a tree of systems), "
                    + "not a file");
        }
        List<Path> systems = DeepmdSystems.findSystems(path, DeepmdSystems.Layout.ANY, Integer.MAX_VALUE, Integer.MAX_VALUE);
        if (systems.isEmpty()) {
            throw new FormatException(path.toString(), 0, "no DeePMD system here: expected a folder with type.raw and "
                    + (layout == DeepmdSystems.Layout.MIXED ? "set.*/coord.npy and set.*/real_atom_types.npy"
                    : npy ? "set.*/coord.npy" : "coord.raw") + " (or below it)");
        }
        monitor.begin("Reading " + systems.size() + " DeePMD systems", systems.size());
        List<Configuration> out = new ArrayList<>();
        for (Path s : systems) {
            monitor.checkCancelled();
            out.addAll(DeepmdSystems.hasSets(s) ? NpySystemReader.read(s, options, monitor)
                    : RawSystemReader.read(s, options, monitor));
            monitor.worked(1);
        }
        return out;
    }

    @Override
    public String whyNotReplaceable(Path folder) throws IOException {
        return DeepmdSystems.whyNotOnlySystems(folder);
    }

    @Override
    public List<String> write(Path path, List<Configuration> configurations, WriteOptions options) throws IOException {
        return DeepmdWriter.write(path, configurations, options, npy, id(), CAPS);
    }
}
