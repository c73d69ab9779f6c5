package org.sift.descriptor;

import org.sift.model.Cell;
import org.sift.model.Configuration;

/**
 * All neighbours j of every atom i with |r_ij| < cutoff, periodic images included (a cell smaller
 * than twice the cutoff lets an atom see its own images), in compressed-row form.
 *
 * <p>For atom i the neighbours are entries {@code offsets[i] .. offsets[i+1]-1}; entry p has the
 * neighbour's atom index {@code index[p]}, the vector {@code vectors[3p..3p+2] = r_j + shift - r_i} (Å) and
 * its length {@code distances[p]}. The atom itself at zero shift is not a neighbour.
 * Periodicity follows {@code cell.pbc()} per axis; non-periodic axes have no images.
 *
 * <p>Rows from {@link #build} are sorted by neighbour index j, then by vector (x, then y, then z).
 * Vectors are computed from the positions as given (atoms may lie outside the cell), so the same
 * list results whether or not a trajectory was wrapped back into the cell, up to rounding.
 */
public record NeighbourList(int[] offsets, int[] index, double[] vectors, double[] distances) {

    public int atoms() {
        return offsets.length - 1;
    }

    public int count(int i) {
        return offsets[i + 1] - offsets[i];
    }

    /** Builds the list for a configuration. */
    public static NeighbourList build(Configuration c, double cutoff) {
        return build(c.positions(), c.cell(), cutoff);
    }

    /**
     * Builds the list with a cell list in O(N) time (see {@link CellListNeighbours}); safe to call
     * from many threads at once.
     *
     * @param positions Cartesian positions, Å, length 3N
     * @param cell      lattice rows and periodic flags
     * @param cutoff    r_c, Å, > 0
     * @throws IllegalArgumentException if the positions are not 3N finite numbers, the cutoff is not
     *                                  positive, or an axis is periodic in a cell of zero volume
     */
    public static NeighbourList build(double[] positions, Cell cell, double cutoff) {
        return CellListNeighbours.build(positions, cell, cutoff);
    }
}
