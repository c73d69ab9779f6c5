package org.sift.descriptor;

import java.util.Arrays;
import org.sift.model.Cell;

/**
 * Linear-time neighbour search with a cell list (binning), for periodic triclinic cells of any shape
 * and size, partly periodic cells and configurations without a cell.
 *
 * <p><b>Binning frame.</b> If any axis is periodic, atoms are binned in fractional coordinates
 * {@code f = r A^-1} of the lattice {@code A} (rows a_0, a_1, a_2); along a periodic axis f_k is wrapped
 * into [0, 1) by an integer w_k = floor(f_k), along a non-periodic axis the bins cover the atoms'
 * range [min f_k, max f_k]. Without periodic axes the lattice is ignored and atoms are binned in
 * Cartesian coordinates over their bounding box. Two points closer than r_c differ in f_k by less
 * than r_c / h_k, h_k being the spacing of the lattice planes normal to axis k (h_k = 1 / |b_k|, b_k
 * the reciprocal vector), whatever the skew of the cell. With n_k bins of width L_k / n_k along k,
 * all neighbours of an atom in bin c_k lie in bins c_k - m_k .. c_k + m_k with
 * m_k = ceil((r_c + δ) n_k / (h_k L_k)) (L_k = 1 on periodic axes, the spread of the atoms
 * otherwise). On a periodic axis a bin index outside 0 .. n_k-1 is the image of bin (c mod n_k) shifted
 * by floor(c / n_k) lattice vectors; in a cell narrower than r_c (n_k = 1, m_k > 1) an atom therefore
 * meets its own images and each image of every other atom exactly once.
 *
 * <p><b>Exact vectors.</b> Distances are screened with the wrapped coordinates (with a small
 * margin δ); each candidate is then recomputed from the given positions as
 * {@code r_j - r_i + n_0 a_0 + n_1 a_1 + n_2 a_2} with the integer image n = s + w_i - w_j and kept if
 * its squared length is below r_c². The index and vector set is thus that of the brute-force search
 * over all images, also for atoms far outside the cell (unwrapped trajectories).
 *
 * <p><b>Order.</b> The neighbours of each atom are sorted by index j, then by vector (x, then y, then
 * z), so the output does not depend on the binning.
 *
 * <p><b>Cost.</b> O(N) for a fixed density and cutoff: counting sort of the atoms into at most
 * max(64, 2N) bins, then for each atom the (2m+1)^3 bins around it (bins of width ≥ r_c, so m = 1 unless
 * the cell is narrower than r_c). Atoms are visited in bin order and the bins along the last axis are
 * scanned as contiguous runs; the rows are gathered into atom order at the end. Work arrays are kept
 * per thread and reused between calls up to 2^15 atoms and 2^18 entries (about 13 MB per thread at
 * most); a call then allocates only its result. Safe to call from many threads at once.
 */
final class CellListNeighbours {

    /** Largest work arrays kept per thread between calls (entries of the neighbour buffers). */
    private static final int KEEP_ENTRIES = 1 << 18;
    /** Largest number of atoms whose work arrays are kept per thread between calls. */
    private static final int KEEP_ATOMS = 1 << 15;
    /**
     * Most periodic images of one atom the search visits: a cell this thin for its cutoff (a
     * typo in the lattice, 1e-6 Å instead of 1e-6 nm...) would otherwise run for ever.
     */
    static final int MAX_IMAGES = 1 << 20;
    /**
     * Most neighbours per atom expected from the density: dense solids (0.2 atoms/Å³) give
     * about 840 within 10 Å; more than this means a cell far too small for its atoms, which
     * would otherwise exhaust the memory.
     */
    static final int MAX_NEIGHBOURS_PER_ATOM = 1 << 15;
    /** Most neighbour entries of one configuration (the buffers are indexed by int). */
    static final long MAX_ENTRIES = Integer.MAX_VALUE / 4;
    /**
     * Bytes held per neighbour entry while the list is built: index, vector and distance in the
     * work buffers and again in the result (2 x (4 + 24 + 8)).
     */
    static final int BYTES_PER_ENTRY = 72;
    /** Rows longer than this are sorted by merge sort instead of insertion sort. */
    private static final int INSERTION_SORT_MAX = 24;

    private static final ThreadLocal<Workspace> WORKSPACE = ThreadLocal.withInitial(Workspace::new);

    private CellListNeighbours() {}

    /**
     * Builds the neighbour list.
     *
     * @param positions Cartesian positions, Å, length 3N, finite; not modified
     * @param cell      lattice rows (Å) and periodic flags; a periodic axis needs a non-zero cell volume
     * @param cutoff    r_c, Å, finite and > 0
     * @return all (i, j, shift) with 0 < |r_j + shift - r_i| < r_c, rows sorted by (j, vector)
     */
    static NeighbourList build(double[] positions, Cell cell, double cutoff) {
        if (positions == null || positions.length % 3 != 0) {
            throw new IllegalArgumentException(
                    "positions length " + (positions == null ? "null" : positions.length) + " is not a multiple of 3");
        }
        if (!(cutoff > 0) || Double.isInfinite(cutoff)) {
            throw new IllegalArgumentException("cutoff must be finite and > 0 Å, got " + cutoff);
        }
        int n = positions.length / 3;
        for (int q = 0; q < positions.length; q++) {
            if (!Double.isFinite(positions[q])) {
                throw new IllegalArgumentException("position of atom " + q / 3 + " is not finite: " + positions[q]);
            }
        }
        if (n == 0) {
            return new NeighbourList(new int[1], new int[0], new double[0], new double[0]);
        }
        Workspace ws = WORKSPACE.get();
        try {
            return ws.run(positions, cell, cutoff);
        } finally {
            ws.release();
        }
    }

    /** Per-thread work arrays and the state of one build. */
    private static final class Workspace {
        // binning frame
        final double[] basis = new double[9]; // rows: lattice vectors, or Cartesian unit vectors
        final double[] inv = new double[9]; // basis^-1, f = r inv
        final double[] lat = new double[9]; // lattice for the exact shifts (the given cell)
        final boolean[] periodic = new boolean[3];
        final int[] nb = new int[3]; // bins per axis
        final int[] reach = new int[3]; // m_k
        final double[] lo = new double[3]; // lower edge of the bins along k (fractional)
        final double[] width = new double[3]; // bin width along k (fractional)

        // per atom
        double[] frac = new double[0]; // 3N fractional (wrapped on periodic axes)
        int[] wrap = new int[0]; // 3N integer wraps w
        int[] binOf = new int[0]; // N
        // per bin (counting sort)
        int[] binStart = new int[0]; // nBins + 1
        int[] sortedAtom = new int[0]; // N: atoms in bin order
        double[] sortedXyz = new double[0]; // 3N: wrapped Cartesian coordinates in bin order
        double[] sortedPos = new double[0]; // 3N: given positions in bin order
        int[] sortedWrap = new int[0]; // 3N: wraps in bin order
        int[] rowStart = new int[0]; // N: start of atom i's row in the entry buffers

        // neighbour buffers
        int[] eIndex = new int[0];
        double[] eVec = new double[0];
        double[] eDist = new double[0];
        int[] perm = new int[0];
        int[] permTmp = new int[0];
        int[] tIndex = new int[0];
        double[] tVec = new double[0];
        double[] tDist = new double[0];

        NeighbourList run(double[] pos, Cell cell, double cutoff) {
            int n = pos.length / 3;
            setUpFrame(pos, cell, cutoff, n);
            binAtoms(pos, n);
            int total = search(cutoff);
            // gather the rows (computed in bin order) in atom order
            int[] index = new int[total];
            double[] vectors = new double[3 * total];
            double[] distances = new double[total];
            offsets[0] = 0;
            int p = 0;
            for (int i = 0; i < n; i++) {
                int from = rowStart[i];
                int len = offsets[i + 1];
                for (int e = 0; e < len; e++) {
                    index[p + e] = eIndex[from + e];
                    distances[p + e] = eDist[from + e];
                }
                System.arraycopy(eVec, 3 * from, vectors, 3 * p, 3 * len);
                p += len;
                offsets[i + 1] = p;
            }
            return new NeighbourList(Arrays.copyOf(offsets, n + 1), index, vectors, distances);
        }

        int[] offsets = new int[0];
        double margin;

        /**
         * Refuses, before anything is allocated, a cell so thin along a periodic axis that the
         * search would visit more than {@link #MAX_IMAGES} periodic images of each atom: the
         * number of images within r_c is about the product over periodic axes k of
         * 2 ceil(r_c / h_k) + 1, h_k the spacing of the lattice planes.
         */
        private void checkImages(double cutoff) {
            double images = 1;
            StringBuilder spacings = new StringBuilder();
            for (int k = 0; k < 3; k++) {
                if (!periodic[k]) {
                    continue;
                }
                double h = 1 / Math.sqrt(inv[k] * inv[k] + inv[3 + k] * inv[3 + k] + inv[6 + k] * inv[6 + k]);
                images *= 2 * Math.ceil(cutoff / h) + 1;
                spacings.append(spacings.length() == 0 ? "" : ", ")
                        .append(String.format(java.util.Locale.ROOT, "%.3g", h));
            }
            if (!(images <= MAX_IMAGES)) {
                throw new IllegalArgumentException(String.format(
                        java.util.Locale.ROOT,
                        "the periodic cell is too thin for the cutoff %.3g Å: its lattice planes are %s Å apart, so each "
                                + "atom would meet about %.3g periodic images of itself (at most %d allowed)",
                        cutoff,
                        spacings,
                        images,
                        MAX_IMAGES));
            }
        }

        /**
         * A lower bound on the number of periodic images of an atom within r_c (itself excluded):
         * along one periodic lattice vector a_k the images n a_k with |n| |a_k| &lt; r_c, and with
         * d periodic axes all n_0 a_0 + n_1 a_1 + n_2 a_2 with every |n_k| |a_k| &lt; r_c / d (their
         * length is below r_c by the triangle inequality, whatever the skew).
         */
        private double ownImagesAtLeast(double[] a, double cutoff) {
            int d = 0;
            for (int k = 0; k < 3; k++) {
                d += periodic[k] ? 1 : 0;
            }
            if (d == 0) {
                return 0;
            }
            double line = 0;
            double box = 1;
            for (int k = 0; k < 3; k++) {
                if (!periodic[k]) {
                    continue;
                }
                double len = Math.sqrt(a[3 * k] * a[3 * k] + a[3 * k + 1] * a[3 * k + 1] + a[3 * k + 2] * a[3 * k + 2]);
                line = Math.max(line, 2 * (Math.ceil(cutoff / len) - 1));
                box *= 2 * (Math.ceil(cutoff / (d * len)) - 1) + 1;
            }
            return Math.max(line, box - 1);
        }

        /** Chooses the binning frame, the bins per axis and the reach; fills frac and wrap. */
        private void setUpFrame(double[] pos, Cell cell, double cutoff, int n) {
            boolean anyPeriodic = cell.anyPeriodic();
            double[] a = cell.vectors();
            System.arraycopy(a, 0, lat, 0, 9);
            for (int k = 0; k < 3; k++) {
                periodic[k] = cell.pbc()[k];
            }
            if (anyPeriodic) {
                double vol = cell.volume();
                if (vol == 0 || !Double.isFinite(vol)) {
                    throw new IllegalArgumentException("a periodic axis needs a cell of non-zero volume, got " + cell);
                }
                System.arraycopy(a, 0, basis, 0, 9);
                // inverse of the row matrix: column k of inv is (a_l x a_m) / V, (k, l, m) cyclic
                for (int k = 0; k < 3; k++) {
                    int l = (k + 1) % 3;
                    int m = (k + 2) % 3;
                    inv[k] = (a[3 * l + 1] * a[3 * m + 2] - a[3 * l + 2] * a[3 * m + 1]) / vol;
                    inv[3 + k] = (a[3 * l + 2] * a[3 * m] - a[3 * l] * a[3 * m + 2]) / vol;
                    inv[6 + k] = (a[3 * l] * a[3 * m + 1] - a[3 * l + 1] * a[3 * m]) / vol;
                }
            } else {
                Arrays.fill(basis, 0);
                Arrays.fill(inv, 0);
                for (int k = 0; k < 3; k++) {
                    basis[4 * k] = 1;
                    inv[4 * k] = 1;
                }
            }
            checkImages(cutoff);
            if (frac.length < 3 * n) {
                frac = new double[3 * n];
                wrap = new int[3 * n];
                binOf = new int[n];
                sortedAtom = new int[n];
                sortedXyz = new double[3 * n];
                sortedPos = new double[3 * n];
                sortedWrap = new int[3 * n];
                rowStart = new int[n];
                offsets = new int[n + 1];
            }
            // fractional coordinates, wraps, ranges
            double[] fmin = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
            double[] fmax = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
            double maxAbs = 0;
            double maxWrap = 0;
            for (int i = 0; i < n; i++) {
                double x = pos[3 * i];
                double y = pos[3 * i + 1];
                double z = pos[3 * i + 2];
                maxAbs = Math.max(maxAbs, Math.max(Math.abs(x), Math.max(Math.abs(y), Math.abs(z))));
                for (int k = 0; k < 3; k++) {
                    double f = x * inv[k] + y * inv[3 + k] + z * inv[6 + k];
                    int w = 0;
                    if (periodic[k]) {
                        double fl = Math.floor(f);
                        if (Math.abs(fl) > 1e9) {
                            throw new IllegalArgumentException(
                                    "atom " + i + " lies " + fl + " cells away along axis " + k);
                        }
                        w = (int) fl;
                        f -= fl;
                        maxWrap = Math.max(maxWrap, Math.abs(fl));
                    }
                    frac[3 * i + k] = f;
                    wrap[3 * i + k] = w;
                    fmin[k] = Math.min(fmin[k], f);
                    fmax[k] = Math.max(fmax[k], f);
                }
            }
            // screening margin against the rounding of wrapped coordinates (Å)
            double latNorm = 0;
            for (int k = 0; k < 3; k++) {
                latNorm += Math.sqrt(a[3 * k] * a[3 * k] + a[3 * k + 1] * a[3 * k + 1] + a[3 * k + 2] * a[3 * k + 2]);
            }
            margin = 1e-9 * (cutoff + maxAbs + latNorm * (maxWrap + 1));
            double rcEff = cutoff + margin;
            long total = 1;
            double[] planes = new double[3];
            double[] extent = new double[3];
            for (int k = 0; k < 3; k++) {
                // plane spacing h_k = 1 / |column k of inv|
                double bx = inv[k];
                double by = inv[3 + k];
                double bz = inv[6 + k];
                planes[k] = 1 / Math.sqrt(bx * bx + by * by + bz * bz);
                if (periodic[k]) {
                    lo[k] = 0;
                    extent[k] = 1;
                } else {
                    lo[k] = fmin[k];
                    extent[k] = fmax[k] - fmin[k];
                }
                double bins = Math.floor(extent[k] * planes[k] / rcEff);
                nb[k] = (int) Math.max(1, Math.min(bins, 1 << 20));
                total *= nb[k];
            }
            // sparse configurations (vacuum, far-apart atoms): cap the number of bins
            long cap = Math.max(64, 2L * n);
            while (total > cap) {
                double shrink = Math.cbrt((double) cap / total);
                total = 1;
                for (int k = 0; k < 3; k++) {
                    nb[k] = Math.max(1, (int) Math.floor(nb[k] * shrink));
                    total *= nb[k];
                }
            }
            // expected number of entries, N^2 / V * 4/3 pi r_c^3 for a homogeneous system, to size the buffers
            double det = Math.abs(basis[0] * (basis[4] * basis[8] - basis[5] * basis[7])
                    - basis[1] * (basis[3] * basis[8] - basis[5] * basis[6])
                    + basis[2] * (basis[3] * basis[7] - basis[4] * basis[6]));
            double volume = det;
            for (int k = 0; k < 3; k++) {
                volume *= Math.max(extent[k], rcEff / planes[k]);
            }
            double perAtom = n / volume * (4.0 / 3.0) * Math.PI * cutoff * cutoff * cutoff;
            if (perAtom > MAX_NEIGHBOURS_PER_ATOM) {
                throw new IllegalArgumentException(String.format(
                        java.util.Locale.ROOT,
                        "%d atoms in %.3g Å³ (%.3g atoms/Å³) would give about %.3g neighbours per atom within %.3g Å "
                                + "(at most %d allowed): not a physical structure",
                        n,
                        volume,
                        n / volume,
                        perAtom,
                        cutoff,
                        MAX_NEIGHBOURS_PER_ATOM));
            }
            // the density estimate assumes atoms spread over the cell; in a cell thin along some axis each
            // atom also meets its own images, however few atoms there are
            double own = ownImagesAtLeast(a, cutoff);
            if (own > MAX_NEIGHBOURS_PER_ATOM) {
                throw new IllegalArgumentException(String.format(
                        java.util.Locale.ROOT,
                        "the periodic cell is too thin for the cutoff %.3g Å: each atom would meet at least %.3g periodic "
                                + "images of itself within the cutoff (at most %d neighbours per atom allowed)",
                        cutoff,
                        own,
                        MAX_NEIGHBOURS_PER_ATOM));
            }
            perAtom = Math.max(perAtom, own);
            double entries = n * perAtom;
            double bytes = entries * BYTES_PER_ENTRY;
            long heap = Runtime.getRuntime().maxMemory();
            if (entries > MAX_ENTRIES || bytes > heap) {
                throw new IllegalArgumentException(String.format(
                        java.util.Locale.ROOT,
                        "%d atoms with about %.3g neighbours each within %.3g Å would need %.3g neighbour entries "
                                + "(%.3g GB; at most %d entries and %.3g GB of memory available)",
                        n,
                        perAtom,
                        cutoff,
                        entries,
                        bytes / 1e9,
                        MAX_ENTRIES,
                        heap / 1e9));
            }
            double expected = 1.2 * n * perAtom + 64;
            int capacity = (int) Math.min(expected, 1 << 26);
            if (eIndex.length < capacity) {
                eIndex = new int[capacity];
                eVec = new double[3 * capacity];
                eDist = new double[capacity];
            }
            for (int k = 0; k < 3; k++) {
                width[k] = extent[k] > 0 ? extent[k] / nb[k] : 1;
                int m = (int) Math.ceil(rcEff / (planes[k] * width[k]));
                reach[k] = periodic[k] ? m : Math.min(m, nb[k] - 1);
            }
        }

        /** Counting sort of the atoms into bins; stores wrapped Cartesian coordinates in bin order. */
        private void binAtoms(double[] pos, int n) {
            int nBins = nb[0] * nb[1] * nb[2];
            if (binStart.length < nBins + 1) {
                binStart = new int[nBins + 1];
            } else {
                Arrays.fill(binStart, 0, nBins + 1, 0);
            }
            for (int i = 0; i < n; i++) {
                int c0 = binIndex(frac[3 * i] - lo[0], 0);
                int c1 = binIndex(frac[3 * i + 1] - lo[1], 1);
                int c2 = binIndex(frac[3 * i + 2] - lo[2], 2);
                int b = (c0 * nb[1] + c1) * nb[2] + c2;
                binOf[i] = b;
                binStart[b + 1]++;
            }
            for (int b = 0; b < nBins; b++) {
                binStart[b + 1] += binStart[b];
            }
            // place the atoms; binStart[b] advances from the start to the end of bin b
            for (int i = 0; i < n; i++) {
                int b = binOf[i];
                int q = binStart[b]++;
                sortedAtom[q] = i;
                double wx = pos[3 * i];
                double wy = pos[3 * i + 1];
                double wz = pos[3 * i + 2];
                int w0 = wrap[3 * i];
                int w1 = wrap[3 * i + 1];
                int w2 = wrap[3 * i + 2];
                if ((w0 | w1 | w2) != 0) {
                    wx -= w0 * lat[0] + w1 * lat[3] + w2 * lat[6];
                    wy -= w0 * lat[1] + w1 * lat[4] + w2 * lat[7];
                    wz -= w0 * lat[2] + w1 * lat[5] + w2 * lat[8];
                }
                sortedXyz[3 * q] = wx;
                sortedXyz[3 * q + 1] = wy;
                sortedXyz[3 * q + 2] = wz;
                for (int k = 0; k < 3; k++) {
                    sortedPos[3 * q + k] = pos[3 * i + k];
                    sortedWrap[3 * q + k] = wrap[3 * i + k];
                }
            }
            // binStart[b] now holds the end of bin b; shift back to starts
            for (int b = nBins; b > 0; b--) {
                binStart[b] = binStart[b - 1];
            }
            binStart[0] = 0;
        }

        private int binIndex(double f, int k) {
            int c = (int) Math.floor(f / width[k]);
            return c < 0 ? 0 : Math.min(c, nb[k] - 1);
        }

        /**
         * Visits the bins around every atom, atoms taken in bin order (neighbouring atoms share their
         * candidate bins, which keeps them in cache). Row of atom i: entries rowStart[i] ..
         * rowStart[i] + offsets[i+1] - 1 of the buffers. Returns the number of entries.
         */
        private int search(double cutoff) {
            double rc2 = cutoff * cutoff;
            double screen = (cutoff + margin) * (cutoff + margin);
            int n0 = nb[0];
            int n1 = nb[1];
            int n2 = nb[2];
            int p = 0;
            for (int c0i = 0; c0i < n0; c0i++) {
                for (int c1i = 0; c1i < n1; c1i++) {
                    for (int c2i = 0; c2i < n2; c2i++) {
                        int bi = (c0i * n1 + c1i) * n2 + c2i;
                        for (int qi = binStart[bi]; qi < binStart[bi + 1]; qi++) {
                            int rowFrom = p;
                            p = searchAtom(qi, c0i, c1i, c2i, p, rc2, screen);
                            sortRow(rowFrom, p);
                            int i = sortedAtom[qi];
                            rowStart[i] = rowFrom;
                            offsets[i + 1] = p - rowFrom;
                        }
                    }
                }
            }
            return p;
        }

        /** Appends the neighbours of the atom at bin-order position qi, in bin (c0i, c1i, c2i), from entry p on. */
        private int searchAtom(int qi, int c0i, int c1i, int c2i, int p, double rc2, double screen) {
            double[] a = lat;
            int n0 = nb[0];
            int n1 = nb[1];
            int n2 = nb[2];
            int m0 = reach[0];
            int m1 = reach[1];
            int m2 = reach[2];
            double xi = sortedXyz[3 * qi];
            double yi = sortedXyz[3 * qi + 1];
            double zi = sortedXyz[3 * qi + 2];
            double pxi = sortedPos[3 * qi];
            double pyi = sortedPos[3 * qi + 1];
            double pzi = sortedPos[3 * qi + 2];
            int wi0 = sortedWrap[3 * qi];
            int wi1 = sortedWrap[3 * qi + 1];
            int wi2 = sortedWrap[3 * qi + 2];
            for (int d0 = -m0; d0 <= m0; d0++) {
                int g0 = c0i + d0;
                int s0 = 0;
                if (periodic[0]) {
                    s0 = Math.floorDiv(g0, n0);
                    g0 -= s0 * n0;
                } else if (g0 < 0 || g0 >= n0) {
                    continue;
                }
                for (int d1 = -m1; d1 <= m1; d1++) {
                    int g1 = c1i + d1;
                    int s1 = 0;
                    if (periodic[1]) {
                        s1 = Math.floorDiv(g1, n1);
                        g1 -= s1 * n1;
                    } else if (g1 < 0 || g1 >= n1) {
                        continue;
                    }
                    // bins c2i - m2 .. c2i + m2 along the last axis are contiguous in memory: scan them
                    // as one run per image s2 (one run unless the range wraps around a periodic axis)
                    int gFirst = c2i - m2;
                    int gLast = c2i + m2;
                    if (!periodic[2]) {
                        gFirst = Math.max(gFirst, 0);
                        gLast = Math.min(gLast, n2 - 1);
                    }
                    int rowBase = (g0 * n1 + g1) * n2;
                    for (int g = gFirst; g <= gLast; ) {
                        int s2 = periodic[2] ? Math.floorDiv(g, n2) : 0;
                        int runEnd = Math.min(gLast, (s2 + 1) * n2 - 1);
                        int lo = g - s2 * n2;
                        int hi = runEnd - s2 * n2;
                        g = runEnd + 1;
                        // image shift of the neighbour bins minus the wrapped position of i, Å
                        double lx = s0 * a[0] + s1 * a[3] + s2 * a[6] - xi;
                        double ly = s0 * a[1] + s1 * a[4] + s2 * a[7] - yi;
                        double lz = s0 * a[2] + s1 * a[5] + s2 * a[8] - zi;
                        boolean zeroShift = (s0 | s1 | s2) == 0;
                        int end = binStart[rowBase + hi + 1];
                        for (int q = binStart[rowBase + lo]; q < end; q++) {
                            double dx = sortedXyz[3 * q] + lx;
                            double dy = sortedXyz[3 * q + 1] + ly;
                            double dz = sortedXyz[3 * q + 2] + lz;
                            if (dx * dx + dy * dy + dz * dz >= screen || (zeroShift && q == qi)) {
                                continue;
                            }
                            // exact vector from the given positions with the integer image
                            int e0 = s0 + wi0 - sortedWrap[3 * q];
                            int e1 = s1 + wi1 - sortedWrap[3 * q + 1];
                            int e2 = s2 + wi2 - sortedWrap[3 * q + 2];
                            double vx = sortedPos[3 * q] - pxi + e0 * a[0] + e1 * a[3] + e2 * a[6];
                            double vy = sortedPos[3 * q + 1] - pyi + e0 * a[1] + e1 * a[4] + e2 * a[7];
                            double vz = sortedPos[3 * q + 2] - pzi + e0 * a[2] + e1 * a[5] + e2 * a[8];
                            double v2 = vx * vx + vy * vy + vz * vz;
                            if (!(v2 < rc2)) {
                                continue;
                            }
                            if (p == eIndex.length) {
                                ensureEntries(2L * p + 64);
                            }
                            eIndex[p] = sortedAtom[q];
                            eVec[3 * p] = vx;
                            eVec[3 * p + 1] = vy;
                            eVec[3 * p + 2] = vz;
                            eDist[p] = Math.sqrt(v2);
                            p++;
                        }
                    }
                }
            }
            return p;
        }

        private void ensureEntries(long want) {
            long cap = Math.min(want, MAX_ENTRIES);
            if (cap <= eIndex.length) {
                throw new IllegalArgumentException("more than " + MAX_ENTRIES + " neighbour entries: the atoms are far "
                        + "too close together for the cutoff");
            }
            eIndex = Arrays.copyOf(eIndex, (int) cap);
            eVec = Arrays.copyOf(eVec, (int) (3 * cap));
            eDist = Arrays.copyOf(eDist, (int) cap);
        }

        /** Sorts entries lo..hi-1 by (index, x, y, z). */
        private void sortRow(int lo, int hi) {
            int len = hi - lo;
            if (len < 2) {
                return;
            }
            if (len <= INSERTION_SORT_MAX) {
                for (int s = lo + 1; s < hi; s++) {
                    int j = eIndex[s];
                    double x = eVec[3 * s];
                    double y = eVec[3 * s + 1];
                    double z = eVec[3 * s + 2];
                    double d = eDist[s];
                    int t = s - 1;
                    while (t >= lo && less(j, x, y, z, t)) {
                        eIndex[t + 1] = eIndex[t];
                        eVec[3 * t + 3] = eVec[3 * t];
                        eVec[3 * t + 4] = eVec[3 * t + 1];
                        eVec[3 * t + 5] = eVec[3 * t + 2];
                        eDist[t + 1] = eDist[t];
                        t--;
                    }
                    eIndex[t + 1] = j;
                    eVec[3 * t + 3] = x;
                    eVec[3 * t + 4] = y;
                    eVec[3 * t + 5] = z;
                    eDist[t + 1] = d;
                }
                return;
            }
            if (perm.length < len) {
                perm = new int[len];
                permTmp = new int[len];
                tIndex = new int[len];
                tVec = new double[3 * len];
                tDist = new double[len];
            }
            for (int s = 0; s < len; s++) {
                perm[s] = lo + s;
            }
            mergeSort(perm, permTmp, 0, len);
            for (int s = 0; s < len; s++) {
                int e = perm[s];
                tIndex[s] = eIndex[e];
                tVec[3 * s] = eVec[3 * e];
                tVec[3 * s + 1] = eVec[3 * e + 1];
                tVec[3 * s + 2] = eVec[3 * e + 2];
                tDist[s] = eDist[e];
            }
            System.arraycopy(tIndex, 0, eIndex, lo, len);
            System.arraycopy(tVec, 0, eVec, 3 * lo, 3 * len);
            System.arraycopy(tDist, 0, eDist, lo, len);
        }

        /** True if entry (j, x, y, z) sorts strictly before entry t. */
        private boolean less(int j, double x, double y, double z, int t) {
            int c = Integer.compare(j, eIndex[t]);
            if (c == 0) {
                c = Double.compare(x, eVec[3 * t]);
                if (c == 0) {
                    c = Double.compare(y, eVec[3 * t + 1]);
                    if (c == 0) {
                        c = Double.compare(z, eVec[3 * t + 2]);
                    }
                }
            }
            return c < 0;
        }

        private void mergeSort(int[] v, int[] tmp, int from, int to) {
            if (to - from <= INSERTION_SORT_MAX) {
                for (int s = from + 1; s < to; s++) {
                    int e = v[s];
                    int t = s - 1;
                    while (t >= from && less(eIndex[e], eVec[3 * e], eVec[3 * e + 1], eVec[3 * e + 2], v[t])) {
                        v[t + 1] = v[t];
                        t--;
                    }
                    v[t + 1] = e;
                }
                return;
            }
            int mid = (from + to) >>> 1;
            mergeSort(v, tmp, from, mid);
            mergeSort(v, tmp, mid, to);
            int l = from;
            int r = mid;
            int o = from;
            while (l < mid && r < to) {
                int e = v[r];
                if (less(eIndex[e], eVec[3 * e], eVec[3 * e + 1], eVec[3 * e + 2], v[l])) {
                    tmp[o++] = v[r++];
                } else {
                    tmp[o++] = v[l++];
                }
            }
            while (l < mid) {
                tmp[o++] = v[l++];
            }
            while (r < to) {
                tmp[o++] = v[r++];
            }
            System.arraycopy(tmp, from, v, from, to - from);
        }

        /** Drops work arrays too large to keep. */
        void release() {
            if (eIndex.length > KEEP_ENTRIES) {
                eIndex = new int[0];
                eVec = new double[0];
                eDist = new double[0];
            }
            if (perm.length > KEEP_ENTRIES) {
                perm = new int[0];
                permTmp = new int[0];
                tIndex = new int[0];
                tVec = new double[0];
                tDist = new double[0];
            }
            if (binOf.length > KEEP_ATOMS) {
                frac = new double[0];
                wrap = new int[0];
                binOf = new int[0];
                sortedAtom = new int[0];
                sortedXyz = new double[0];
                sortedPos = new double[0];
                sortedWrap = new int[0];
                rowStart = new int[0];
                offsets = new int[0];
            }
            if (binStart.length > 2 * KEEP_ATOMS + 1) {
                binStart = new int[0];
            }
        }
    }
}
