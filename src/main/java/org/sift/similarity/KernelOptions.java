package org.sift.similarity;

/**
 * How local SOAP kernels become a structure similarity (docs/method.md §2-3).
 *
 * @param zeta                  exponent on the normalised local kernel, k^zeta (default 1: exact via mean vectors)
 * @param normalise             K(A,B) = K_raw(A,B) / sqrt(K_raw(A,A) K_raw(B,B)) (default true)
 * @param separateCentralSpecies k = 0 between environments of different central species (GAP/QUIP convention; default false)
 */
public record KernelOptions(int zeta, boolean normalise, boolean separateCentralSpecies) {

    public static final KernelOptions DEFAULT = new KernelOptions(1, true, false);

    public KernelOptions {
        if (zeta < 1) throw new IllegalArgumentException("zeta must be >= 1, got " + zeta);
    }
}
