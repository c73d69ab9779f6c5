package org.sift.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sift.model.Cell;
import org.sift.model.Configuration;
import org.sift.model.Elements;

/**
 * What every configuration read must satisfy, whatever its format, checked once in
 * {@link FormatRegistry#read}: element symbols (after the user's aliases), finite positions, and
 * for periodic axes a finite, non-singular cell of a density matter can have. Readers check the
 * same where they know the line; this catches the rest and names the configuration.
 */
public final class ConfigurationChecks {

    /**
     * Most atoms per Å³ in a fully periodic cell: diamond holds 0.18, compressed metals below 0.5;
     * more is a cell in the wrong unit or far too many atoms for it.
     */
    static final double MAX_DENSITY = 2.0;
    /** Smallest |volume| / (|a||b||c|) of a periodic cell: below this its vectors are (nearly) coplanar. */
    static final double MIN_SHAPE = 1e-8;

    private ConfigurationChecks() {}

    /** The configurations with aliased names replaced by their elements, or the first problem. */
    static List<Configuration> checked(String file, List<Configuration> configs, long[] lines, ReadOptions options)
            throws FormatException {
        List<Configuration> out = new ArrayList<>(configs.size());
        for (int k = 0; k < configs.size(); k++) {
            out.add(check(file, k, k < lines.length ? lines[k] : 0, configs.get(k), options));
        }
        return out;
    }

    /** Configuration {@code k} (0-based) of {@code file}, starting on {@code line} (0 if unknown). */
    static Configuration check(String file, int k, long line, Configuration c, ReadOptions options)
            throws FormatException {
        String[] species = c.species();
        String[] mapped = null;
        for (int a = 0; a < species.length; a++) {
            String e = options.element(species[a]);
            if (!Elements.isElement(e)) {
                throw error(
                        file,
                        k,
                        line,
                        "atom " + a + " has '" + species[a] + "', which is not an element symbol (if it "
                                + "names one, map it: --type-map " + species[a] + "=O)");
            }
            if (!e.equals(species[a])) {
                if (mapped == null) {
                    mapped = species.clone();
                }
                mapped[a] = e;
            }
        }
        double[] pos = c.positions();
        for (int q = 0; q < pos.length; q++) {
            if (!Double.isFinite(pos[q])) {
                throw error(file, k, line, "position of atom " + q / 3 + " is not finite (" + pos[q] + ")");
            }
        }
        String bad = cellProblem(c.cell(), species.length);
        if (bad != null) {
            throw error(file, k, line, bad);
        }
        if (mapped == null) {
            return c;
        }
        return new Configuration(
                mapped, c.positions(), c.cell(), c.energy(), c.forces(), c.stress(), c.virial(), c.info(), c.arrays());
    }

    private static FormatException error(String file, int k, long line, String problem) {
        return new FormatException(file, line, "configuration " + k + ": " + problem);
    }

    /**
     * What is wrong with a periodic cell holding {@code atoms} atoms (non-finite component, singular, a density no
     * matter has), or null if nothing; readers that know the file and line of a cell call it there.
     */
    public static String cellProblem(Cell cell, int atoms) {
        if (!cell.anyPeriodic()) {
            return null;
        }
        double[] v = cell.vectors();
        for (double x : v) {
            if (!Double.isFinite(x)) {
                return "the cell has a non-finite component (" + x + "): " + cell;
            }
        }
        double vol = Math.abs(cell.volume());
        double scale = 1;
        for (int i = 0; i < 3; i++) {
            scale *= Math.sqrt(v[3 * i] * v[3 * i] + v[3 * i + 1] * v[3 * i + 1] + v[3 * i + 2] * v[3 * i + 2]);
        }
        if (!(vol > MIN_SHAPE * scale) || vol == 0) {
            return "the periodic cell is singular (volume " + vol + " Å³; its lattice vectors are zero or coplanar): "
                    + cell;
        }
        boolean allPeriodic = cell.pbc()[0] && cell.pbc()[1] && cell.pbc()[2];
        double density = atoms / vol;
        if (allPeriodic && density > MAX_DENSITY) {
            return String.format(
                    Locale.ROOT,
                    "%d atoms in a periodic cell of %.4g Å³ is %.4g atoms/Å³, "
                            + "more than any matter holds (at most %.1f accepted): is the cell in the wrong unit?",
                    atoms,
                    vol,
                    density,
                    MAX_DENSITY);
        }
        return null;
    }
}
