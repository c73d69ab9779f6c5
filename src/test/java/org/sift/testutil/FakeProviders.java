package org.sift.testutil;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.sift.concurrent.ProgressMonitor;
import org.sift.model.Dataset;
import org.sift.similarity.StructureSimilarity;
import org.sift.workflow.AnalysisSession;
import org.sift.workflow.AnalysisSettings;
import org.sift.workflow.SimilarityProvider;

/**
 * Stand-ins for the SOAP engine in UI tests: K = cosine of seeded random vectors, clustered by
 * reduced formula so that groups are visible in the diagram. The seed depends on sigma, so that a
 * change of settings changes the similarity. Counts how often a similarity was computed.
 */
public final class FakeProviders implements AnalysisSession.ProviderFactory {

    public final AtomicInteger computed = new AtomicInteger();
    /** Milliseconds each of 100 steps of compute() sleeps (checking cancellation); 0: none. */
    public volatile long stepMillis;
    /** If set, compute() throws this. */
    public volatile RuntimeException failure;
    /** Sigma values for which compute() is slow (stepMillis applies only to them when non-empty). */
    public volatile double slowSigma = Double.NaN;

    @Override
    public SimilarityProvider create(AnalysisSettings s) {
        long seed = Double.doubleToLongBits(s.soap().sigma()) ^ 42;
        return new SimilarityProvider() {
            @Override
            public StructureSimilarity compute(Dataset d, ProgressMonitor m) throws IOException {
                if (failure != null) throw failure;
                boolean slow =
                        Double.isNaN(slowSigma) ? stepMillis > 0 : s.soap().sigma() == slowSigma;
                if (slow) {
                    m.begin("Fake SOAP", 100);
                    for (int i = 0; i < 100; i++) {
                        m.checkCancelled();
                        try {
                            Thread.sleep(stepMillis);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new IOException(e);
                        }
                        m.worked(1);
                    }
                }
                computed.incrementAndGet();
                return similarity(d, seed);
            }

            @Override
            public Map<String, Object> parameters() {
                return Map.of("kind", "fake-vectors", "seed", seed);
            }
        };
    }

    /** Vectors clustered by reduced formula, noise 0.6, 12 dimensions. */
    public static StructureSimilarity similarity(Dataset d, long seed) {
        String[] f = d.formulaGroups();
        List<String> names = new ArrayList<>();
        int[] g = new int[f.length];
        for (int i = 0; i < f.length; i++) {
            if (!names.contains(f[i])) names.add(f[i]);
            g[i] = names.indexOf(f[i]);
        }
        return VectorSimilarity.clustered(g, Math.max(12, names.size() + 1), 0.6, seed);
    }
}
