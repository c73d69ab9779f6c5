package org.sift.synthetic;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import org.sift.model.Cell;
import org.sift.model.Configuration;

/**
 * A documented, smooth model energy for the synthetic Li–Si data, so that a learning curve can be
 * shown on it (docs/synthetic-data.md). It is a toy: a pair potential, not Li–Si chemistry.
 *
 * <p>E = sum_i e_{s_i} + 1/2 sum_i sum_{j, T} phi_{s_i s_j}(|r_j + T - r_i|), the inner sum over every
 * atom j and lattice translation T = n_1 a_1 + n_2 a_2 + n_3 a_3 along the periodic axes, the pair
 * (j = i, T = 0) left out. Atomic energies e_Li = -1.90 eV, e_Si = -5.40 eV. Morse pairs times a
 * cosine cutoff,
 * phi_ab(r) = D_ab [exp(-2 a (r - r_ab)) - 2 exp(-a (r - r_ab))] f_c(r), a = 1.5 /Å,
 * f_c = 1 below r_c - w, 0.5 (1 + cos(pi (r - r_c + w) / w)) up to r_c, 0 above; r_c = 5.0 Å, w = 1.0 Å.
 * D (eV) and r_ab (Å): Li–Li 0.15 and 3.00, Li–Si 0.35 and 2.60, Si–Si 0.90 and 2.35.
 * Energies in eV; other species are refused.
 */
public final class PairPotential {

    public static final double CUTOFF = 5.0;
    public static final double WIDTH = 1.0;
    public static final double ALPHA = 1.5;
    static final double E_LI = -1.90;
    static final double E_SI = -5.40;
    /** [type][type] with 0 = Li, 1 = Si. */
    static final double[][] DEPTH = {{0.15, 0.35}, {0.35, 0.90}};
    static final double[][] R0 = {{3.00, 2.60}, {2.60, 2.35}};

    private PairPotential() {
    }

    /** phi_ab(r) in eV for types a, b (0 = Li, 1 = Si). */
    public static double pair(int a, int b, double r) {
        if (r >= CUTOFF) return 0;
        double x = Math.exp(-ALPHA * (r - R0[a][b]));
        double fc = r < CUTOFF - WIDTH ? 1 : 0.5 * (1 + Math.cos(Math.PI * (r - CUTOFF + WIDTH) / WIDTH));
        return DEPTH[a][b] * (x * x - 2 * x) * fc;
    }

    /** The total energy of a configuration, eV. */
    public static double energy(Configuration c) {
        int n = c.size();
        int[] type = new int[n];
        double e = 0;
        for (int i = 0; i < n; i++) {
            type[i] = switch (c.species()[i]) {
                case "Li" -> 0;
                case "Si" -> 1;
                default -> throw new IllegalArgumentException("the synthetic pair potential knows Li and Si only, not " + c.species()[i]);
            };
            e += type[i] == 0 ? E_LI : E_SI;
        }
        Cell cell = c.cell();
        int[] reach = new int[3];
        double vol = Math.abs(cell.volume());
        for (int k = 0; k < 3; k++) {
            if (!cell.pbc()[k]) continue;
            // height of the cell along axis k: V / |a_l x a_m|
            int l = (k + 1) % 3;
            int m = (k + 2) % 3;
            double cx = cell.get(l, 1) * cell.get(m, 2) - cell.get(l, 2) * cell.get(m, 1);
            double cy = cell.get(l, 2) * cell.get(m, 0) - cell.get(l, 0) * cell.get(m, 2);
            double cz = cell.get(l, 0) * cell.get(m, 1) - cell.get(l, 1) * cell.get(m, 0);
            double h = vol / Math.sqrt(cx * cx + cy * cy + cz * cz);
            reach[k] = (int) Math.ceil(CUTOFF / h);
        }
        double[] p = c.positions();
        double pairSum = 0;
        for (int n1 = -reach[0]; n1 <= reach[0]; n1++) {
            for (int n2 = -reach[1]; n2 <= reach[1]; n2++) {
                for (int n3 = -reach[2]; n3 <= reach[2]; n3++) {
                    double tx = n1 * cell.get(0, 0) + n2 * cell.get(1, 0) + n3 * cell.get(2, 0);
                    double ty = n1 * cell.get(0, 1) + n2 * cell.get(1, 1) + n3 * cell.get(2, 1);
                    double tz = n1 * cell.get(0, 2) + n2 * cell.get(1, 2) + n3 * cell.get(2, 2);
                    boolean origin = n1 == 0 && n2 == 0 && n3 == 0;
                    for (int i = 0; i < n; i++) {
                        for (int j = 0; j < n; j++) {
                            if (origin && i == j) continue;
                            double dx = p[3 * j] + tx - p[3 * i];
                            double dy = p[3 * j + 1] + ty - p[3 * i + 1];
                            double dz = p[3 * j + 2] + tz - p[3 * i + 2];
                            double r2 = dx * dx + dy * dy + dz * dz;
                            if (r2 < CUTOFF * CUTOFF) pairSum += pair(type[i], type[j], Math.sqrt(r2));
                        }
                    }
                }
            }
        }
        return e + 0.5 * pairSum;
    }

    /** The configuration with its energy set to {@link #energy}. */
    public static Configuration label(Configuration c) {
        return new Configuration(c.species(), c.positions(), c.cell(), energy(c), c.forces(), c.stress(), c.virial(),
                c.info(), c.arrays());
    }

    /** A lazy view that labels each configuration of {@code source} when it is read. */
    public static List<Configuration> labelled(List<Configuration> source) {
        final class View extends AbstractList<Configuration> implements RandomAccess {
            @Override public Configuration get(int i) { return label(source.get(i)); }
            @Override public int size() { return source.size(); }
        }
        return new View();
    }
}
