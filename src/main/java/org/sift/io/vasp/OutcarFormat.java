package org.sift.io.vasp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

/**
 * VASP OUTCAR, read only: one configuration per ionic step, read line by line (the file is never
 * held in memory).
 *
 * <p>Header: the species come from the {@code TITEL} lines (one per POTCAR), else from the
 * {@code POTCAR:} lines (VASP prints each POTCAR twice; the first half is used, as ASE does), else
 * from the {@code VRHFIN} lines; the counts from {@code ions per type}. An ionic step ends with
 * the block {@code FREE ENERGIE OF THE ION-ELECTRON SYSTEM}; its data are the last of each block
 * seen since the previous step:
 * <ul>
 *   <li>cell: the three rows after {@code direct lattice vectors} (Å, first three columns);</li>
 *   <li>positions (Cartesian, Å) and forces (eV/Å): the N rows after
 *       {@code POSITION ... TOTAL-FORCE (eV/Angst)} and its dashed line;</li>
 *   <li>stress: the {@code in kB} line, printed as XX YY ZZ XY YZ ZX of the "FORCE on cell =
 *       -STRESS" table (positive under compression). As ASE does, {@code stress = -kB * 0.1 GPa},
 *       with 1 eV/Å^3 = 160.21766208 GPa, giving eV/Å^3 with ASE's sign (positive under tension);
 *       stored as the symmetric 3x3 [[XX, XY, ZX], [XY, YY, YZ], [ZX, YZ, ZZ]] (ASE's Voigt
 *       order xx yy zz yz xz xy is the same tensor);</li>
 *   <li>energy: as ASE's OUTCAR reader, {@code energy} is {@code energy(sigma->0)} (the
 *       extrapolation to zero smearing) and the force-consistent {@code free energy TOTEN} is
 *       kept as info {@code free_energy} (eV).</li>
 * </ul>
 * Cells are always fully periodic. A file that ends during the SCF cycle of a step (a run that
 * was stopped) yields the complete steps before it. A step whose POSITION block has begun must be
 * complete: a file that ends inside a block, or after the POSITION block but before the step's
 * energies, is an error naming the step.
 */
public final class OutcarFormat extends DeclaredFormat {

    public static final String FREE_ENERGY = "free_energy";

    private static final Capabilities CAPS = Capabilities.of(Label.CELL, Label.ENERGY, Label.FORCES, Label.STRESS, Label.INFO);
    private static final String STEP_END = "FREE ENERGIE OF THE ION-ELECTRON SYSTEM";

    /** First line starts with {@code vasp.} (the version banner) and a VASP run header follows. */
    public OutcarFormat() {
        super("outcar", "VASP OUTCAR", List.of("OUTCAR"), CAPS, Trait.MULTI_FRAME, Trait.READS);
    }

    @Override
    public boolean sniff(Path path, byte[] head) {
        String s = new String(head, StandardCharsets.UTF_8);
        String first = s.strip();
        return first.startsWith("vasp.")
                && (s.contains("running on")
                        || s.contains("executed on")
                        || s.contains("POTCAR:")
                        || s.contains("INCAR:"));
    }

    @Override
    public List<String> write(Path path, List<Configuration> configurations, WriteOptions options) throws IOException {
        throw new IOException("format outcar cannot be written");
    }

    @Override
    public List<Configuration> read(Path path, ReadOptions options, ProgressMonitor monitor) throws IOException {
        String file = path.toString();
        VaspText.Progress progress = new VaspText.Progress(monitor, path);
        List<String> titel = new ArrayList<>();
        List<String> potcar = new ArrayList<>();
        List<String> vrhfin = new ArrayList<>();
        List<Long> titelLines = new ArrayList<>();
        List<Long> potcarLines = new ArrayList<>();
        List<Long> vrhfinLines = new ArrayList<>();
        int[] ionsPerType = null;
        String[] species = null;
        List<Configuration> out = new ArrayList<>();
        VaspText.Drops drops = new VaspText.Drops("ionic step");
        int nelm = -1;
        int nwrite = -1;
        int steps = 0; // ionic steps (and ML steps) ended so far, kept or not

        double[] cell = null;
        double[] stress = null;
        double[] pos = null;
        double[] forces = null;
        boolean mlTable = false;
        int scfIterations = 0;
        long positionLine = 0;

        try (VaspText.Lines in = new VaspText.Lines(path)) {
            String line;
            boolean any = false;
            try {
                while ((line = in.next()) != null) {
                    any = true;
                    if (species == null) {
                        // header information (it may also be repeated later; only the first counts)
                        if (line.contains("TITEL")) {
                            String[] t = VaspText.tokens(line);
                            titel.add(t.length > 3 ? t[3] : "");
                            titelLines.add(in.number());
                        } else if (line.contains("POTCAR:")) {
                            String[] t = VaspText.tokens(line);
                            int idx = line.contains("1/r potential") ? 1 : 2;
                            potcar.add(t.length > idx ? t[idx] : "");
                            potcarLines.add(in.number());
                        } else if (line.contains("VRHFIN")) {
                            int eq = line.indexOf('=');
                            int colon = line.indexOf(':', Math.max(eq, 0));
                            vrhfin.add(eq >= 0 && colon > eq ? line.substring(eq + 1, colon) : "");
                            vrhfinLines.add(in.number());
                        }
                        if (nelm < 0) {
                            nelm = VaspText.intSetting(line, NELM);
                        }
                        if (nwrite < 0) {
                            nwrite = VaspText.intSetting(line, NWRITE);
                        }
                    }
                    if (line.startsWith("----") && line.contains(" Iteration ")) {
                        scfIterations = Math.max(scfIterations, scfIteration(line));
                    } else if (ionsPerType == null && line.contains("ions per type")) {
                        int eq = line.indexOf('=');
                        String[] t = VaspText.tokens(eq >= 0 ? line.substring(eq + 1) : "");
                        if (t.length == 0) {
                            throw new FormatException(
                                    file,
                                    in.number(),
                                    "expected the number of ions of each type after 'ions per type ='");
                        }
                        ionsPerType = new int[t.length];
                        for (int i = 0; i < t.length; i++) {
                            ionsPerType[i] =
                                    VaspText.parseInt(t[i], file, in.number(), "the number of ions of type " + (i + 1));
                        }
                    } else if (line.contains("direct lattice vectors")) {
                        cell = new double[9];
                        for (int i = 0; i < 3; i++) {
                            String row =
                                    requireIn(in, file, "row " + (i + 1) + " of the direct lattice vectors", steps);
                            String[] t = VaspText.numericTokens(row);
                            if (t.length < 3) {
                                throw new FormatException(
                                        file,
                                        in.number(),
                                        "expected 3 numbers in row " + (i + 1)
                                                + " of the direct lattice vectors, found " + t.length);
                            }
                            for (int k = 0; k < 3; k++) {
                                cell[3 * i + k] =
                                        VaspText.parseDouble(t[k], file, in.number(), "the direct lattice vectors");
                            }
                        }
                    } else if (line.contains("in kB ")) {
                        String[] t = VaspText.numericTokens(line.substring(line.indexOf("in kB") + 5));
                        if (t.length < 6) {
                            throw new FormatException(
                                    file,
                                    in.number(),
                                    "expected 6 stress components (XX YY ZZ XY YZ ZX) after 'in kB', found "
                                            + t.length);
                        }
                        double[] kb = new double[6];
                        for (int k = 0; k < 6; k++) {
                            kb[k] = VaspText.parseDouble(
                                    t[k], file, in.number(), "stress component " + (k + 1) + " (kB)");
                        }
                        stress = stressFromKbar(kb);
                    } else if (line.contains("POSITION") && line.contains("TOTAL-FORCE")) {
                        if (species == null) {
                            species = species(
                                    file,
                                    in.number(),
                                    ionsPerType,
                                    titel,
                                    potcar,
                                    vrhfin,
                                    titelLines,
                                    potcarLines,
                                    vrhfinLines);
                        }
                        int n = species.length;
                        positionLine = in.number();
                        mlTable = line.contains("(ML)");
                        requireIn(in, file, "the dashed line under POSITION", steps);
                        pos = new double[3 * n];
                        forces = new double[3 * n];
                        for (int a = 0; a < n; a++) {
                            String row = in.next();
                            if (row == null) {
                                throw new VaspText.Truncated(
                                        file,
                                        in.number() + 1,
                                        "ionic step " + (steps + 1)
                                                + " is truncated: the POSITION/TOTAL-FORCE block ends after " + a
                                                + " of " + n + " atoms");
                            }
                            String[] t = VaspText.numericTokens(row);
                            if (t.length < 6) {
                                throw new FormatException(
                                        file,
                                        in.number(),
                                        "expected 6 numbers (position and force) for atom " + (a + 1) + " of " + n
                                                + " in ionic step " + (steps + 1) + ", found " + t.length);
                            }
                            for (int k = 0; k < 3; k++) {
                                pos[3 * a + k] =
                                        VaspText.parseDouble(t[k], file, in.number(), "position of atom " + (a + 1));
                                forces[3 * a + k] =
                                        VaspText.parseDouble(t[3 + k], file, in.number(), "force on atom " + (a + 1));
                            }
                        }
                    } else if (line.contains(STEP_END)) {
                        boolean ml = mlTable || line.contains("ML FREE ENERGIE");
                        int step = ++steps;
                        if (pos == null && nwrite == 0) {
                            // NWRITE = 0 prints the POSITION/TOTAL-FORCE table of the first step only
                            drops.drop(step, "without forces (NWRITE = 0 prints them for the first step only)");
                            scfIterations = 0;
                            stress = null;
                            continue;
                        }
                        if (pos == null) {
                            throw new FormatException(
                                    file,
                                    in.number(),
                                    "ionic step " + step
                                            + " has no 'POSITION ... TOTAL-FORCE' block before its energies");
                        }
                        if (cell == null) {
                            throw new FormatException(
                                    file,
                                    in.number(),
                                    "ionic step " + step + " has no 'direct lattice vectors' before its energies");
                        }
                        Double toten = null;
                        Double sigma0 = null;
                        for (int i = 0; i < 8 && sigma0 == null; i++) {
                            String l = requireIn(
                                    in,
                                    file,
                                    "the energies of ionic step " + step
                                            + " ('free energy TOTEN' and 'energy(sigma->0)')",
                                    step - 1);
                            if (l.contains("TOTEN")) {
                                toten = numberAfter(l, l.indexOf("TOTEN"), file, in.number(), "TOTEN");
                            } else if (l.contains("energy(sigma->0)")) {
                                sigma0 = numberAfter(
                                        l, l.indexOf("energy(sigma->0)"), file, in.number(), "energy(sigma->0)");
                            }
                        }
                        if (toten == null || sigma0 == null) {
                            throw new FormatException(
                                    file,
                                    in.number(),
                                    "expected 'free energy TOTEN' and 'energy(sigma->0)' lines after '" + STEP_END
                                            + "' of ionic step " + step);
                        }
                        boolean converged = ml || nelm <= 0 || scfIterations < nelm;
                        Configuration c = VaspText.configuration(
                                species.clone(), pos, cell, toten, sigma0, forces, stress, options);
                        int keptBefore = drops.keptCount();
                        if (ml) {
                            drops.machineLearned(step, c, options);
                        } else if (!converged) {
                            drops.unconverged(step, c, "its SCF reached NELM = " + nelm + " iterations", options);
                        } else {
                            drops.keep(c);
                        }
                        if (drops.keptCount() > keptBefore) {
                            options.log().frameLine(file, keptBefore, positionLine);
                        }
                        pos = null;
                        forces = null;
                        stress = null;
                        mlTable = false;
                        scfIterations = 0;
                        progress.at(in.bytes());
                    }
                }
                if (pos != null) {
                    throw new VaspText.Truncated(
                            file,
                            in.number(),
                            "ionic step " + (steps + 1) + " is truncated: the file ends after its"
                                    + " POSITION/TOTAL-FORCE block (line " + positionLine + ") but before '" + STEP_END
                                    + "'");
                }
                if (scfIterations > 0) {
                    throw new VaspText.Truncated(
                            file,
                            in.number(),
                            "ionic step " + (steps + 1) + " is truncated: the file ends"
                                    + " during its SCF cycle (iteration " + scfIterations
                                    + "), before its forces and energies");
                }
            } catch (VaspText.Truncated t) {
                drops.truncated(t, options);
            }
            if (!any) {
                throw new FormatException(file, 0, "file is empty; expected a VASP OUTCAR");
            }
        }
        if (drops.kept().isEmpty() && steps == 0 && species == null && ionsPerType == null) {
            throw new FormatException(file, 0, "not a VASP OUTCAR: no 'ions per type' line and no ionic step found");
        }
        drops.report(file, options);
        progress.done();
        return drops.kept();
    }

    private static final java.util.regex.Pattern NELM = java.util.regex.Pattern.compile("\\bNELM\\s*=\\s*(\\d+)");
    private static final java.util.regex.Pattern NWRITE = java.util.regex.Pattern.compile("\\bNWRITE\\s*=\\s*(\\d+)");

    /** The SCF iteration M of a line {@code ---- Iteration  N(  M) ----}, or 0. */
    static int scfIteration(String line) {
        int open = line.indexOf('(');
        int close = line.indexOf(')', open + 1);
        if (open < 0 || close < 0) {
            return 0;
        }
        try {
            return Integer.parseInt(line.substring(open + 1, close).strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * The stress in eV/Å^3 (ASE sign, 3x3 row-major) from the six kB values XX YY ZZ XY YZ ZX of
     * an OUTCAR "in kB" line: {@code sigma = -kB * 0.1 GPa}.
     */
    static double[] stressFromKbar(double[] kb) {
        double c = -VaspText.KBAR_TO_EV_PER_A3;
        double xx = kb[0] * c, yy = kb[1] * c, zz = kb[2] * c, xy = kb[3] * c, yz = kb[4] * c, zx = kb[5] * c;
        return new double[] {xx, xy, zx, xy, yy, yz, zx, yz, zz};
    }

    private static double numberAfter(String line, int from, String file, long n, String what) throws FormatException {
        int eq = line.indexOf('=', from);
        String[] t = VaspText.tokens(eq >= 0 ? line.substring(eq + 1) : "");
        if (t.length == 0) {
            throw new FormatException(file, n, "expected a number after '" + what + " ='");
        }
        return VaspText.parseDouble(t[0], file, n, what);
    }

    private static String requireIn(VaspText.Lines in, String file, String what, int stepsDone) throws IOException {
        String l = in.next();
        if (l == null) {
            throw new VaspText.Truncated(
                    file,
                    in.number() + 1,
                    "ionic step " + (stepsDone + 1) + " is truncated: the file ends where " + what + " should be");
        }
        return l;
    }

    private static String[] species(
            String file,
            long line,
            int[] ionsPerType,
            List<String> titel,
            List<String> potcar,
            List<String> vrhfin,
            List<Long> titelLines,
            List<Long> potcarLines,
            List<Long> vrhfinLines)
            throws FormatException {
        if (ionsPerType == null) {
            throw new FormatException(
                    file, line, "found a POSITION block before the 'ions per type' line; cannot tell the atoms");
        }
        int types = ionsPerType.length;
        List<String> names;
        List<Long> where;
        String source;
        if (titel.size() == types) {
            names = titel;
            where = titelLines;
            source = "TITEL";
        } else if (potcar.size() == 2 * types || potcar.size() == types) {
            names = potcar.subList(0, types);
            where = potcarLines;
            source = "POTCAR:";
        } else if (vrhfin.size() == types) {
            names = vrhfin;
            where = vrhfinLines;
            source = "VRHFIN";
        } else {
            throw new FormatException(
                    file,
                    line,
                    "cannot tell the species of the " + types + " ion types: found " + titel.size() + " TITEL, "
                            + potcar.size() + " POTCAR: and " + vrhfin.size() + " VRHFIN lines");
        }
        int n = 0;
        for (int c : ionsPerType) {
            n += c;
        }
        String[] s = new String[n];
        for (int i = 0, a = 0; i < types; i++) {
            String el = VaspText.element(names.get(i));
            if (el == null) {
                throw new FormatException(
                        file,
                        where.get(i),
                        "unknown species '" + names.get(i).strip() + "' in the " + source + " line of ion type "
                                + (i + 1));
            }
            for (int j = 0; j < ionsPerType[i]; j++) {
                s[a++] = el;
            }
        }
        return s;
    }
}
