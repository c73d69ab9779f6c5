package org.sift.testutil;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.sift.concurrent.ProgressMonitor;
import org.sift.model.Cell;
import org.sift.model.Configuration;
import org.sift.model.Dataset;
import org.sift.model.Property;
import org.sift.similarity.StructureSimilarity;
import org.sift.workflow.SimilarityProvider;

/** Seeded Li-Si-like test datasets and a vector similarity provider. */
public final class TestData {

    private TestData() {
    }

    /** n configurations of 3 groups (Li1Si3, Li1Si1, Li3Si1), with energy and a config_type label. */
    public static Dataset lisi(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int[][] liSi = {{1, 3}, {2, 2}, {3, 1}};
        List<Configuration> cs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int g = r.nextInt(3);
            String[] sp = new String[4];
            for (int a = 0; a < 4; a++) sp[a] = a < liSi[g][0] ? "Li" : "Si";
            double[] pos = new double[12];
            for (int k = 0; k < 12; k++) pos[k] = r.nextDouble() * 5;
            cs.add(new Configuration(sp, pos, Cell.none(), -3.0 * i - r.nextDouble(), null, null, null,
                    Map.of("config_type", Property.scalar("config_type", "md" + (i % 2))), null));
        }
        return Dataset.of("test", cs);
    }

    /**
     * K = cosine of vectors clustered by reduced formula (one coordinate per formula) plus seeded
     * noise per configuration index; parameters record the seed.
     */
    public static SimilarityProvider vectors(long seed, double noise) {
        return new SimilarityProvider() {
            @Override
            public StructureSimilarity compute(Dataset dataset, ProgressMonitor monitor) throws IOException {
                String[] f = dataset.formulaGroups();
                List<String> names = new ArrayList<>();
                int[] g = new int[f.length];
                for (int i = 0; i < f.length; i++) {
                    if (!names.contains(f[i])) names.add(f[i]);
                    g[i] = names.indexOf(f[i]);
                }
                return VectorSimilarity.clustered(g, Math.max(8, names.size() + 1), noise, seed);
            }

            @Override
            public Map<String, Object> parameters() {
                return Map.of("kind", "test-vectors", "seed", seed, "noise", noise);
            }
        };
    }
}
