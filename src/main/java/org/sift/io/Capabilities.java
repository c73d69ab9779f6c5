package org.sift.io;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a format can carry, named: {@code Capabilities.of(Label.CELL, Label.ENERGY, Label.FORCES)}.
 * The round-trip test over all formats checks exactly these, and a writer warns, naming the label,
 * for everything a configuration has that its format cannot hold. Which info keys and per-atom arrays
 * a format holds is refined per property by {@link StructureFormat#holdsInfo} and
 * {@link StructureFormat#holdsArray} (their defaults are {@link #info()} and {@link #perAtomArrays()}).
 */
public final class Capabilities {

    /** One kind of content a format can hold. */
    public enum Label {
        /** the lattice vectors */
        CELL,
        /** periodicity given per axis (else all periodic or none) */
        PBC_PER_AXIS,
        ENERGY,
        FORCES,
        STRESS,
        VIRIAL,
        /** free per-configuration key/value pairs */
        INFO,
        /** free per-atom arrays */
        PER_ATOM_ARRAYS,
        /**
         * stress or virial stored as six Voigt components, so only the symmetric part
         * {@code (s + s^T) / 2} of a 3x3 tensor is kept; a writer warns when a tensor it writes has a
         * non-zero antisymmetric part
         */
        SYMMETRIC_STRESS_ONLY
    }

    private final Set<Label> labels;

    private Capabilities(Set<Label> labels) {
        this.labels = labels;
    }

    /** A format that holds exactly the given labels. */
    public static Capabilities of(Label... labels) {
        EnumSet<Label> set = EnumSet.noneOf(Label.class);
        Collections.addAll(set, labels);
        return new Capabilities(Collections.unmodifiableSet(set));
    }

    public boolean has(Label label) { return labels.contains(label); }

    public Set<Label> labels() { return labels; }

    public boolean cell() { return has(Label.CELL); }

    public boolean pbcPerAxis() { return has(Label.PBC_PER_AXIS); }

    public boolean energy() { return has(Label.ENERGY); }

    public boolean forces() { return has(Label.FORCES); }

    public boolean stress() { return has(Label.STRESS); }

    public boolean virial() { return has(Label.VIRIAL); }

    public boolean info() { return has(Label.INFO); }

    public boolean perAtomArrays() { return has(Label.PER_ATOM_ARRAYS); }

    public boolean symmetricStressOnly() { return has(Label.SYMMETRIC_STRESS_ONLY); }

    @Override
    public boolean equals(Object o) {
        return o instanceof Capabilities c && c.labels.equals(labels);
    }

    @Override
    public int hashCode() { return labels.hashCode(); }

    @Override
    public String toString() { return "Capabilities" + labels; }
}
