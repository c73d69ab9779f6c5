package org.sift.learning;

import java.util.List;
import org.sift.model.Configuration;
import org.sift.model.Dataset;

/**
 * The energy labels of a dataset in the form the surrogate needs: total energy E_i (eV), number of
 * atoms N_i and atom counts per element c_is, for every configuration i.
 *
 * @param elements element symbols, the columns of {@code counts} (the dataset's species, alphabetical)
 * @param counts   N x S atom counts per element
 * @param energies N total energies, eV
 * @param atoms    N atom counts
 */
public record EnergyLabels(List<String> elements, double[][] counts, double[] energies, int[] atoms) {

    public EnergyLabels {
        elements = List.copyOf(elements);
        if (counts.length != energies.length || atoms.length != energies.length) {
            throw new IllegalArgumentException("counts, energies and atom numbers differ in length");
        }
    }

    /**
     * Reads the energies of every configuration.
     *
     * @throws IllegalArgumentException naming the first configuration (index and origin) without an
     *                                  energy, with a non-finite one, or without atoms
     */
    public static EnergyLabels of(Dataset dataset) {
        List<String> el = dataset.species();
        int n = dataset.size();
        double[][] counts = new double[n][el.size()];
        double[] e = new double[n];
        int[] atoms = new int[n];
        for (int i = 0; i < n; i++) {
            Configuration c = dataset.get(i);
            if (c.energy() == null) {
                throw new IllegalArgumentException("configuration " + i + " (" + dataset.origins().get(i)
                        + ") has no energy: the learning curve needs the total energy of every configuration");
            }
            if (!Double.isFinite(c.energy())) {
                throw new IllegalArgumentException("configuration " + i + " (" + dataset.origins().get(i)
                        + ") has a non-finite energy " + c.energy());
            }
            if (c.size() == 0) {
                throw new IllegalArgumentException("configuration " + i + " (" + dataset.origins().get(i)
                        + ") has no atoms, so no energy per atom");
            }
            e[i] = c.energy();
            atoms[i] = c.size();
            for (String s : c.species()) {
                counts[i][el.indexOf(s)]++;
            }
        }
        return new EnergyLabels(el, counts, e, atoms);
    }

    public int size() {
        return energies.length;
    }

    /** E_i / N_i, eV/atom. */
    public double perAtom(int i) {
        return energies[i] / atoms[i];
    }
}
