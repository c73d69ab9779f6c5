package org.sift.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.sift.model.Cell;
import org.sift.model.Configuration;
import org.sift.model.Property;

/**
 * Names every label that a format cannot hold, so that no label is dropped silently. One warning
 * per label: {@code "poscar cannot hold label 'forces' (present in 12 configurations); not written"}.
 *
 * <p>Stress and virial: a format that holds one of them holds the other through
 * {@code virial = -stress * V} when the cell has a volume, so neither is reported then, unless a
 * configuration carries both and they disagree ({@code |stress + virial / V| > 1e-10 max|stress|}):
 * then the one the format does not hold is reported. A format with
 * {@link Capabilities#symmetricStressOnly()} keeps only the symmetric part of the tensor it
 * writes; a non-zero antisymmetric part is reported with its largest magnitude.
 */
public final class LabelWarnings {

    /** Relative disagreement beyond which a configuration's stress and virial are two labels. */
    static final double CONSISTENT = 1e-10;

    private LabelWarnings() {
    }

    /**
     * The warnings for writing {@code configurations} in format {@code f}, using its per-label rules
     * ({@link StructureFormat#holdsInfo}, {@link StructureFormat#holdsArray},
     * {@link StructureFormat#holdsCell}, {@link StructureFormat#holdsPbc}).
     */
    public static List<String> check(StructureFormat f, List<Configuration> configurations) {
        return check(f.id(), f.capabilities(), f::holdsInfo, f::holdsArray, f::holdsCell, f::holdsPbc, configurations);
    }

    /**
     * The warnings for a format that holds all or no info, all or no per-atom arrays, any cell or
     * none, and per-axis or only uniform periodic flags, as {@code caps} say.
     */
    public static List<String> check(String formatId, Capabilities caps, List<Configuration> configurations) {
        return check(formatId, caps, p -> caps.info(), p -> caps.perAtomArrays(), c -> caps.cell(),
                p -> caps.pbcPerAxis() || (p[0] == p[1] && p[1] == p[2]), configurations);
    }

    private static List<String> check(String formatId, Capabilities caps, Predicate<Property> holdsInfo,
                                      Predicate<Property> holdsArray, Predicate<Cell> holdsCell,
                                      Predicate<boolean[]> holdsPbc, List<Configuration> configurations) {
        Map<String, Integer> dropped = new LinkedHashMap<>();
        Map<String, Integer> asymmetric = new LinkedHashMap<>();
        Map<String, Double> asymmetry = new LinkedHashMap<>();
        for (Configuration c : configurations) {
            if (!caps.energy() && c.energy() != null) dropped.merge("energy", 1, Integer::sum);
            if (!caps.forces() && c.forces() != null) dropped.merge("forces", 1, Integer::sum);
            boolean stressKept = stressKept(caps, c);
            boolean virialKept = virialKept(caps, c);
            if (c.stress() != null && !stressKept) dropped.merge("stress", 1, Integer::sum);
            if (c.virial() != null && !virialKept) dropped.merge("virial", 1, Integer::sum);
            if (caps.symmetricStressOnly()) {
                if (c.stress() != null && stressKept) {
                    noteAsymmetry("stress", c.stress(), asymmetric, asymmetry);
                }
                if (c.virial() != null && virialKept) {
                    noteAsymmetry("virial", c.virial(), asymmetric, asymmetry);
                }
            }
            for (Property p : c.info().values()) {
                if (!holdsInfo.test(p)) dropped.merge(p.name(), 1, Integer::sum);
            }
            for (Property p : c.arrays().values()) {
                if (!holdsArray.test(p)) dropped.merge(p.name(), 1, Integer::sum);
            }
            if (c.cell().hasLattice() && !holdsCell.test(c.cell())) dropped.merge("cell", 1, Integer::sum);
            if (!holdsPbc.test(c.cell().pbc())) dropped.merge("pbc", 1, Integer::sum);
        }
        List<String> w = new ArrayList<>();
        dropped.forEach((k, n) -> w.add(formatId + " cannot hold label '" + k + "' (present in " + count(n) + "); not written"));
        asymmetric.forEach((k, n) -> w.add(formatId + " keeps only the symmetric part of label '" + k
                + "' (six Voigt components); its antisymmetric part, up to "
                + String.format(Locale.ROOT, "%.3g", asymmetry.get(k)) + ("stress".equals(k) ? " eV/Å^3" : " eV")
                + " in " + count(n) + ", is not written"));
        return w;
    }

    private static String count(int n) {
        return n + (n == 1 ? " configuration" : " configurations");
    }

    /** True if the format keeps the configuration's stress (itself, or as a virial it agrees with). */
    public static boolean stressKept(Capabilities caps, Configuration c) {
        return caps.stress() || (caps.virial() && c.cell().volume() != 0 && (c.virial() == null || consistent(c)));
    }

    /** True if the format keeps the configuration's virial (itself, or as a stress it agrees with). */
    public static boolean virialKept(Capabilities caps, Configuration c) {
        return caps.virial() || (caps.stress() && c.cell().volume() != 0 && (c.stress() == null || consistent(c)));
    }

    /** True unless stress and virial are both present and violate {@code virial = -stress * |V|} to {@value #CONSISTENT} relative. */
    static boolean consistent(Configuration c) {
        if (c.stress() == null || c.virial() == null) {
            return true;
        }
        double v = Math.abs(c.cell().volume());
        double max = 0;
        double diff = 0;
        for (int i = 0; i < 9; i++) {
            max = Math.max(max, Math.abs(c.stress()[i]));
            diff = Math.max(diff, Math.abs(c.stress()[i] + c.virial()[i] / v));
        }
        return diff <= CONSISTENT * max;
    }

    /** Largest |t_ij - t_ji| / 2 of a 3x3 row-major tensor. */
    public static double antisymmetry(double[] t) {
        double a = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = i + 1; j < 3; j++) {
                a = Math.max(a, Math.abs(t[3 * i + j] - t[3 * j + i]) / 2);
            }
        }
        return a;
    }

    private static void noteAsymmetry(String label, double[] t, Map<String, Integer> count, Map<String, Double> max) {
        double a = antisymmetry(t);
        if (a > 0) {
            count.merge(label, 1, Integer::sum);
            max.merge(label, a, Math::max);
        }
    }
}
