package org.sift.model;

import java.util.Arrays;

/**
 * Simulation cell: three lattice vectors as rows of a 3x3 matrix (Å) and periodic flags per axis.
 *
 * <p>{@code vectors} has length 9, row-major: {@code vectors[3*i + k]} is component k of lattice
 * vector i. A configuration without a cell (a molecule) has all-zero vectors and no periodicity.
 * Arrays are owned by the record and must not be modified.
 */
public record Cell(double[] vectors, boolean[] pbc) {

    public Cell {
        if (vectors == null || vectors.length != 9) {
            throw new IllegalArgumentException("cell needs 9 components, got " + (vectors == null ? "null" : vectors.length));
        }
        if (pbc == null || pbc.length != 3) {
            throw new IllegalArgumentException("pbc needs 3 flags");
        }
    }

    /** No cell, no periodicity. */
    public static Cell none() {
        return new Cell(new double[9], new boolean[3]);
    }

    /** Fully periodic cell from 9 row-major components. */
    public static Cell periodic(double... vectors) {
        return new Cell(vectors.clone(), new boolean[] {true, true, true});
    }

    /** Orthorhombic periodic box. */
    public static Cell box(double a, double b, double c) {
        return periodic(a, 0, 0, 0, b, 0, 0, 0, c);
    }

    /** Component k of lattice vector i. */
    public double get(int i, int k) {
        return vectors[3 * i + k];
    }

    /** True if any lattice vector is non-zero. */
    public boolean hasLattice() {
        for (double v : vectors) {
            if (v != 0.0) {
                return true;
            }
        }
        return false;
    }

    public boolean anyPeriodic() {
        return pbc[0] || pbc[1] || pbc[2];
    }

    /** Signed volume a . (b x c) in Å^3. */
    public double volume() {
        double[] m = vectors;
        return m[0] * (m[4] * m[8] - m[5] * m[7])
                - m[1] * (m[3] * m[8] - m[5] * m[6])
                + m[2] * (m[3] * m[7] - m[4] * m[6]);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cell c && Arrays.equals(vectors, c.vectors) && Arrays.equals(pbc, c.pbc);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(vectors) + Arrays.hashCode(pbc);
    }

    @Override
    public String toString() {
        return "Cell" + Arrays.toString(vectors) + " pbc=" + Arrays.toString(pbc);
    }
}
