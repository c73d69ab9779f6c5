package org.sift.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One atomic configuration with every label its source carried.
 *
 * <p>Units and conventions (the same as ASE's):
 * <ul>
 *   <li>{@code positions}: Cartesian, Å, length 3N, atom-major ({@code x0 y0 z0 x1 ...}).</li>
 *   <li>{@code energy}: total energy, eV, or {@code null}.</li>
 *   <li>{@code forces}: eV/Å, length 3N, or {@code null}.</li>
 *   <li>{@code stress}: 3x3 row-major, eV/Å^3, ASE sign ({@code stress = (1/V) dE/d(strain)},
 *       positive under tension), or {@code null}.</li>
 *   <li>{@code virial}: 3x3 row-major, eV, DeePMD sign ({@code virial = -stress * V}), or {@code null}.</li>
 *   <li>{@code info}: further per-configuration properties in file order (e.g. {@code config_type}).</li>
 *   <li>{@code arrays}: further per-atom properties in file order (first dimension N).</li>
 * </ul>
 * Species, positions and cell are never absent. Arrays are owned by the record and must not be
 * modified; the maps are unmodifiable.
 */
public record Configuration(
        String[] species,
        double[] positions,
        Cell cell,
        Double energy,
        double[] forces,
        double[] stress,
        double[] virial,
        Map<String, Property> info,
        Map<String, Property> arrays) {

    public Configuration {
        int n = species.length;
        if (positions.length != 3 * n) {
            throw new IllegalArgumentException("positions: expected " + 3 * n + " values for " + n + " atoms, got " + positions.length);
        }
        if (forces != null && forces.length != 3 * n) {
            throw new IllegalArgumentException("forces: expected " + 3 * n + " values, got " + forces.length);
        }
        if (stress != null && stress.length != 9) {
            throw new IllegalArgumentException("stress: expected 9 values, got " + stress.length);
        }
        if (virial != null && virial.length != 9) {
            throw new IllegalArgumentException("virial: expected 9 values, got " + virial.length);
        }
        if (cell == null) {
            cell = Cell.none();
        }
        info = info == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(info));
        arrays = arrays == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(arrays));
        for (Property p : arrays.values()) {
            if (p.shape().length == 0 || p.shape()[0] != n) {
                throw new IllegalArgumentException("per-atom property " + p.name() + " has shape "
                        + Arrays.toString(p.shape()) + ", expected first dimension " + n);
            }
        }
    }

    /** A configuration with only species, positions and cell. */
    public static Configuration of(String[] species, double[] positions, Cell cell) {
        return new Configuration(species, positions, cell, null, null, null, null, null, null);
    }

    /** Number of atoms. */
    public int size() {
        return species.length;
    }

    /** Position component k (0..2) of atom i, Å. */
    public double position(int i, int k) {
        return positions[3 * i + k];
    }

    public Composition composition() {
        return Composition.of(species);
    }

    /** The default group: reduced formula, alphabetical, explicit counts ({@code Li1Si64}). */
    public String formulaGroup() {
        return composition().reducedFormula();
    }

    /** Stress if present, else derived from the virial and the cell volume; {@code null} if neither can be had. */
    public double[] stressOrDerived() {
        if (stress != null) {
            return stress;
        }
        double v = Math.abs(cell.volume());
        if (virial == null || v == 0) {
            return null;
        }
        double[] s = new double[9];
        for (int i = 0; i < 9; i++) {
            s[i] = -virial[i] / v;
        }
        return s;
    }

    /** Virial if present, else derived from the stress and the cell volume; {@code null} if neither can be had. */
    public double[] virialOrDerived() {
        if (virial != null) {
            return virial;
        }
        double v = Math.abs(cell.volume());
        if (stress == null || v == 0) {
            return null;
        }
        double[] w = new double[9];
        for (int i = 0; i < 9; i++) {
            w[i] = -stress[i] * v;
        }
        return w;
    }

    public Configuration withPositions(double[] newPositions, Cell newCell) {
        return new Configuration(species, newPositions, newCell, energy, forces, stress, virial, info, arrays);
    }

    public Configuration withInfo(Map<String, Property> newInfo) {
        return new Configuration(species, positions, cell, energy, forces, stress, virial, newInfo, arrays);
    }

    /** The names of all labels present: energy, forces, stress, virial, then info and per-atom keys. */
    public java.util.List<String> labelNames() {
        java.util.List<String> names = new java.util.ArrayList<>();
        if (energy != null) names.add("energy");
        if (forces != null) names.add("forces");
        if (stress != null) names.add("stress");
        if (virial != null) names.add("virial");
        names.addAll(info.keySet());
        names.addAll(arrays.keySet());
        return names;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Configuration c
                && Arrays.equals(species, c.species) && Arrays.equals(positions, c.positions)
                && cell.equals(c.cell) && java.util.Objects.equals(energy, c.energy)
                && Arrays.equals(forces, c.forces) && Arrays.equals(stress, c.stress)
                && Arrays.equals(virial, c.virial) && info.equals(c.info) && arrays.equals(c.arrays);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(species) * 31 + Arrays.hashCode(positions);
    }

    @Override
    public String toString() {
        return "Configuration[" + formulaGroup() + ", " + size() + " atoms]";
    }
}
