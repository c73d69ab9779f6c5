package org.sift.synthetic;

import java.util.ArrayList;
import java.util.List;
import org.sift.model.Cell;
import org.sift.model.Configuration;

/**
 * Builders of the orthorhombic reference cells of {@link LiSiPhase}. Sites are built in fractional
 * coordinates of the supercell and scaled by the box lengths (Å).
 */
final class ReferenceCells {

    private static final double[][] FCC = {{0, 0, 0}, {0, 0.5, 0.5}, {0.5, 0, 0.5}, {0.5, 0.5, 0}};
    private static final double[][] BCC = {{0, 0, 0}, {0.5, 0.5, 0.5}};

    private ReferenceCells() {
    }

    static Configuration li1si64() {
        double a = 5.43;
        List<double[]> si = sites(shifted(FCC, 0, 0.25), 2, 2, 2);
        List<double[]> li = List.of(new double[] {0.25, 0.25, 0.25}); // conventional (1/2,1/2,1/2): T site
        return build(li, si, 2 * a, 2 * a, 2 * a);
    }

    static Configuration li1si3() {
        double a = 5.60;
        int nx = 3;
        List<double[]> si = sites(shifted(FCC, 0, 0.25), nx, 1, 1);
        List<double[]> tSites = sites(shifted(FCC, 0.5, 0.75), nx, 1, 1);
        int[] order = farthestPointOrder(tSites, nx * a, a, a, 8);
        List<double[]> li = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            li.add(tSites.get(order[i]));
        }
        return build(li, si, nx * a, a, a);
    }

    static Configuration li1si1() {
        double a = 6.10;
        List<double[]> li = sites(shifted(FCC, 0, 0.25), 2, 2, 1);
        List<double[]> si = sites(shifted(FCC, 0.5, 0.75), 2, 2, 1);
        return build(li, si, 2 * a, 2 * a, a);
    }

    static Configuration li13si4() {
        double a = 3.10;
        List<double[]> all = sites(BCC, 3, 3, 2);
        int[] order = farthestPointOrder(all, 3 * a, 3 * a, 2 * a, all.size());
        List<double[]> si = new ArrayList<>();
        List<double[]> li = new ArrayList<>();
        for (int k = 0; k < order.length; k++) {
            if (k < 8) {
                si.add(all.get(order[k]));
            } else if (k >= 10) { // order[8], order[9]: vacancies
                li.add(all.get(order[k]));
            }
        }
        li.sort(ReferenceCells::lexicographic);
        si.sort(ReferenceCells::lexicographic);
        return build(li, si, 3 * a, 3 * a, 2 * a);
    }

    static Configuration li54si1() {
        double a = 3.51;
        double l = 3 * a;
        List<double[]> li = sites(BCC, 3, 3, 3);
        double[] si = {1.5 / 3, 1.25 / 3, 1.0 / 3}; // conventional (1/2, 1/4, 0) of the central cell
        double push = 2.55; // Å, Li–Si distance of the 4 nearest Li after relaxation
        for (double[] f : li) {
            double[] d = new double[3];
            double r2 = 0;
            for (int k = 0; k < 3; k++) {
                double df = f[k] - si[k];
                df -= Math.rint(df);
                d[k] = df * l;
                r2 += d[k] * d[k];
            }
            double r = Math.sqrt(r2);
            if (r < 2.3) {
                for (int k = 0; k < 3; k++) {
                    f[k] = si[k] + d[k] * (push / r) / l;
                }
            }
        }
        return build(li, List.of(si), l, l, l);
    }

    /** Two copies of {@code basis}: shifted along the body diagonal by s1 and by s2. */
    private static double[][] shifted(double[][] basis, double s1, double s2) {
        double[][] out = new double[2 * basis.length][];
        for (int i = 0; i < basis.length; i++) {
            out[i] = new double[] {basis[i][0] + s1, basis[i][1] + s1, basis[i][2] + s1};
            out[basis.length + i] = new double[] {basis[i][0] + s2, basis[i][1] + s2, basis[i][2] + s2};
        }
        return out;
    }

    /** Fractional coordinates in an nx×ny×nz supercell of the conventional basis, wrapped to [0, 1). */
    private static List<double[]> sites(double[][] basis, int nx, int ny, int nz) {
        List<double[]> out = new ArrayList<>();
        int[] n = {nx, ny, nz};
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                for (int k = 0; k < nz; k++) {
                    int[] c = {i, j, k};
                    for (double[] b : basis) {
                        double[] f = new double[3];
                        for (int d = 0; d < 3; d++) {
                            double x = (c[d] + b[d]) / n[d];
                            f[d] = x - Math.floor(x);
                        }
                        out.add(f);
                    }
                }
            }
        }
        return out;
    }

    /**
     * Farthest point order of fractional sites in an orthorhombic box (lx, ly, lz Å), periodic
     * distances, starting at site 0, ties to the lowest index; the first {@code m} indices.
     */
    private static int[] farthestPointOrder(List<double[]> s, double lx, double ly, double lz, int m) {
        int n = s.size();
        double[] box = {lx, ly, lz};
        double[] dmin = new double[n];
        java.util.Arrays.fill(dmin, Double.POSITIVE_INFINITY);
        boolean[] taken = new boolean[n];
        int[] order = new int[m];
        int next = 0;
        for (int k = 0; k < m; k++) {
            order[k] = next;
            taken[next] = true;
            double[] p = s.get(next);
            int best = -1;
            for (int i = 0; i < n; i++) {
                if (taken[i]) {
                    continue;
                }
                double r2 = 0;
                for (int d = 0; d < 3; d++) {
                    double df = s.get(i)[d] - p[d];
                    df -= Math.rint(df);
                    r2 += df * df * box[d] * box[d];
                }
                dmin[i] = Math.min(dmin[i], r2);
                if (best < 0 || dmin[i] > dmin[best] + 1e-9) {
                    best = i;
                }
            }
            next = best;
        }
        return order;
    }

    private static int lexicographic(double[] a, double[] b) {
        for (int d = 0; d < 3; d++) {
            int c = Double.compare(a[d], b[d]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static Configuration build(List<double[]> li, List<double[]> si, double lx, double ly, double lz) {
        int n = li.size() + si.size();
        String[] species = new String[n];
        double[] pos = new double[3 * n];
        double[] box = {lx, ly, lz};
        int i = 0;
        for (double[] f : li) {
            species[i] = "Li";
            for (int d = 0; d < 3; d++) {
                pos[3 * i + d] = f[d] * box[d];
            }
            i++;
        }
        for (double[] f : si) {
            species[i] = "Si";
            for (int d = 0; d < 3; d++) {
                pos[3 * i + d] = f[d] * box[d];
            }
            i++;
        }
        return Configuration.of(species, pos, Cell.box(lx, ly, lz));
    }
}
