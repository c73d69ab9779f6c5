package org.sift.io;

/**
 * What a format can carry. The round-trip test over all formats checks exactly these, and a
 * writer warns, naming the label, for everything a configuration has that its format cannot hold.
 */
public record Capabilities(
        boolean cell,
        boolean pbcPerAxis,
        boolean energy,
        boolean forces,
        boolean stress,
        boolean virial,
        boolean info,
        boolean perAtomArrays) {
}
