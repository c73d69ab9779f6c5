package org.sift.descriptor;

/**
 * The normalised SOAP power spectra of every atom of one configuration.
 *
 * @param atoms          number of atoms n
 * @param dimension      D, length of one vector
 * @param vectors        p^_i = p_i / |p_i|, n x D row-major (a zero row if |p_i| = 0)
 * @param centralSpecies index of atom i's species in the calculator's species list, length n
 */
public record LocalDescriptors(int atoms, int dimension, double[] vectors, int[] centralSpecies) {

    public LocalDescriptors {
        if (vectors.length != (long) atoms * dimension) {
            throw new IllegalArgumentException("vectors: expected " + atoms + " x " + dimension + ", got " + vectors.length);
        }
        if (centralSpecies.length != atoms) {
            throw new IllegalArgumentException("central species: expected " + atoms + ", got " + centralSpecies.length);
        }
    }

    /** p^_i . p^_j, the normalised local kernel k(X_i, X_j) of two atoms of this configuration. */
    public double dot(int i, LocalDescriptors other, int j) {
        double s = 0;
        int oi = i * dimension;
        int oj = j * other.dimension;
        for (int k = 0; k < dimension; k++) {
            s += vectors[oi + k] * other.vectors[oj + k];
        }
        return s;
    }
}
