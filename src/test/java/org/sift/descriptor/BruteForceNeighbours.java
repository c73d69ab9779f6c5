package org.sift.descriptor;

import java.util.Arrays;
import org.sift.model.Cell;

/** Reference neighbour search over all pairs and all images within reach: O(N^2 x images). */
final class BruteForceNeighbours {

    private BruteForceNeighbours() {
    }

    static NeighbourList build(double[] positions, Cell cell, double cutoff) {
        if (positions.length % 3 != 0) {
            throw new IllegalArgumentException("positions length " + positions.length + " is not a multiple of 3");
        }
        if (!(cutoff > 0)) {
            throw new IllegalArgumentException("cutoff must be > 0");
        }
        int n = positions.length / 3;
        int[] reach = imageReach(positions, cell, cutoff);
        double[] a = cell.vectors();
        double rc2 = cutoff * cutoff;
        int[] offsets = new int[n + 1];
        int cap = 16 * Math.max(1, n);
        int[] index = new int[cap];
        double[] vec = new double[3 * cap];
        double[] dist = new double[cap];
        int p = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int s0 = -reach[0]; s0 <= reach[0]; s0++) {
                    for (int s1 = -reach[1]; s1 <= reach[1]; s1++) {
                        for (int s2 = -reach[2]; s2 <= reach[2]; s2++) {
                            if (i == j && s0 == 0 && s1 == 0 && s2 == 0) {
                                continue;
                            }
                            double dx = positions[3 * j] - positions[3 * i] + s0 * a[0] + s1 * a[3] + s2 * a[6];
                            double dy = positions[3 * j + 1] - positions[3 * i + 1] + s0 * a[1] + s1 * a[4] + s2 * a[7];
                            double dz = positions[3 * j + 2] - positions[3 * i + 2] + s0 * a[2] + s1 * a[5] + s2 * a[8];
                            double r2 = dx * dx + dy * dy + dz * dz;
                            if (r2 < rc2) {
                                if (p == index.length) {
                                    index = Arrays.copyOf(index, 2 * p);
                                    dist = Arrays.copyOf(dist, 2 * p);
                                    vec = Arrays.copyOf(vec, 6 * p);
                                }
                                index[p] = j;
                                vec[3 * p] = dx;
                                vec[3 * p + 1] = dy;
                                vec[3 * p + 2] = dz;
                                dist[p] = Math.sqrt(r2);
                                p++;
                            }
                        }
                    }
                }
            }
            offsets[i + 1] = p;
        }
        return new NeighbourList(offsets, Arrays.copyOf(index, p), Arrays.copyOf(vec, 3 * p), Arrays.copyOf(dist, p));
    }

    /**
     * Number of images needed along each periodic axis so that every point within {@code cutoff}
     * of any atom is reached: ceil(r_c / h_k + span_k) + 1, with h_k the distance between the lattice
     * planes spanned by the other two vectors and span_k = max f_k - min f_k the spread of the atoms'
     * fractional coordinates along k (atoms may lie anywhere, also far outside the cell; the +1 is
     * slack against rounding).
     */
    static int[] imageReach(double[] positions, Cell cell, double cutoff) {
        int[] reach = new int[3];
        double[] a = cell.vectors();
        double vol = cell.volume();
        for (int k = 0; k < 3; k++) {
            if (!cell.pbc()[k]) {
                continue;
            }
            if (vol == 0) {
                throw new IllegalArgumentException("periodic axis " + k + " but the cell has zero volume");
            }
            int l = (k + 1) % 3;
            int m = (k + 2) % 3;
            // b = (a_l x a_m) / V is the reciprocal vector of axis k: f_k = r . b, h_k = 1 / |b|
            double cx = a[3 * l + 1] * a[3 * m + 2] - a[3 * l + 2] * a[3 * m + 1];
            double cy = a[3 * l + 2] * a[3 * m] - a[3 * l] * a[3 * m + 2];
            double cz = a[3 * l] * a[3 * m + 1] - a[3 * l + 1] * a[3 * m];
            double h = Math.abs(vol) / Math.sqrt(cx * cx + cy * cy + cz * cz);
            double lo = 0;
            double hi = 0;
            for (int i = 0; i < positions.length / 3; i++) {
                double f = (positions[3 * i] * cx + positions[3 * i + 1] * cy + positions[3 * i + 2] * cz) / vol;
                lo = i == 0 ? f : Math.min(lo, f);
                hi = i == 0 ? f : Math.max(hi, f);
            }
            double span = hi - lo;
            if (!Double.isFinite(span)) {
                throw new IllegalArgumentException("positions are not finite");
            }
            reach[k] = (int) Math.ceil(cutoff / h + span) + 1;
        }
        return reach;
    }
}
