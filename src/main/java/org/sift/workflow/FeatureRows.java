package org.sift.workflow;

import java.util.function.Supplier;
import org.sift.analysis.PrincipalCoordinates;
import org.sift.similarity.StructureFeatures;
import org.sift.similarity.StructureSimilarity;

/**
 * Feature vectors of configurations for the selectors that need coordinates (CUR, k-medoids,
 * PCA): rows whose dot products are the structure similarity K.
 *
 * <p>For the SOAP similarity with zeta = 1 (normalised) these are the unit mean vectors m_A / |m_A|
 * themselves (docs/method.md §3). For any other similarity they are the principal coordinates of the
 * members' kernel block, Y = V L^(1/2) with K = V L V^T ({@link PrincipalCoordinates#ofGram}), which
 * have the same dot products; the selectors are invariant under the rotation that relates the
 * two. That path costs an eigen-decomposition of the m x m block and is refused above
 * {@link #GRAM_LIMIT} members.
 */
public final class FeatureRows {

    /** Largest member count for the kernel-block path. */
    public static final int GRAM_LIMIT = 4000;

    private FeatureRows() {}

    /** Rows of the given configurations, in the order given. */
    public static double[][] of(StructureSimilarity sim, int[] members) {
        if (sim instanceof StructureFeatures f
                && f.options().zeta() == 1
                && f.options().normalise()) {
            double[][] x = new double[members.length][];
            for (int a = 0; a < members.length; a++) x[a] = f.vector(members[a]);
            return x;
        }
        if (members.length > GRAM_LIMIT) {
            throw new IllegalArgumentException(
                    "CUR and k-medoids need the mean feature vectors (normalised SOAP kernel, zeta = 1) "
                            + "for more than " + GRAM_LIMIT + " configurations; got " + members.length
                            + " with another kernel");
        }
        double[][] k = new double[members.length][members.length];
        for (int a = 0; a < members.length; a++) {
            for (int b = 0; b <= a; b++) {
                k[a][b] = sim.kernel(members[a], members[b]);
                k[b][a] = k[a][b];
            }
        }
        return PrincipalCoordinates.ofGram(k, PrincipalCoordinates.EXACT, Integer.MAX_VALUE)
                .coordinates();
    }

    /** {@link #of} computed on the first call and kept. */
    public static Supplier<double[][]> memoised(StructureSimilarity sim, int[] members) {
        return new Supplier<>() {
            private double[][] rows;

            @Override
            public synchronized double[][] get() {
                if (rows == null) rows = of(sim, members);
                return rows;
            }
        };
    }
}
