package org.sift.io;

/**
 * What a format can carry. The round-trip test over all formats checks exactly these, and a
 * writer warns, naming the label, for everything a configuration has that its format cannot hold.
 * Which info keys and per-atom arrays a format holds is refined per property by
 * {@link StructureFormat#holdsInfo} and {@link StructureFormat#holdsArray} (their defaults are
 * {@link #info()} and {@link #perAtomArrays()}).
 *
 * @param symmetricStressOnly the format stores stress or virial as six Voigt components, so only
 *                            the symmetric part {@code (s + s^T) / 2} of a 3x3 tensor is kept; a
 *                            writer warns when a tensor it writes has a non-zero antisymmetric part
 */
public record Capabilities(
        boolean cell,
        boolean pbcPerAxis,
        boolean energy,
        boolean forces,
        boolean stress,
        boolean virial,
        boolean info,
        boolean perAtomArrays,
        boolean symmetricStressOnly) {

    /** A format that keeps stress and virial as full 3x3 tensors (when it keeps them at all). */
    public Capabilities(boolean cell, boolean pbcPerAxis, boolean energy, boolean forces, boolean stress,
                        boolean virial, boolean info, boolean perAtomArrays) {
        this(cell, pbcPerAxis, energy, forces, stress, virial, info, perAtomArrays, false);
    }
}
