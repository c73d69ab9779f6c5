package org.sift.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sift.concurrent.ProgressMonitor;
import org.sift.descriptor.SoapParameters;
import org.sift.model.Configuration;
import org.sift.selection.FarthestPointSampler;
import org.sift.selection.FpsOptions;
import org.sift.selection.FpsResult;
import org.sift.selection.MatrixDistances;
import org.sift.similarity.KernelOptions;
import org.sift.similarity.SimilarityEngine;
import org.sift.similarity.StructureFeatures;
import org.sift.testutil.LiSiSample;

/** SOAP distances as an FPS source: cached matrix = rows bit for bit, the metric error bound, pruned FPS. */
class SimilarityDistancesTest {

    static StructureFeatures features;

    @BeforeAll
    static void load() {
        List<Configuration> cs = new ArrayList<>(LiSiSample.load());
        cs.add(cs.get(3)); // an exact duplicate
        cs.add(cs.get(50));
        features = new SimilarityEngine(SoapParameters.STUDY, KernelOptions.DEFAULT)
                .compute(cs, List.of("Li", "Si"), ProgressMonitor.NONE);
    }

    @Test
    void cachedMatrixEqualsSingleDistancesBitForBit() {
        SimilarityDistances rows = new SimilarityDistances(features);
        MatrixDistances m = SimilarityDistances.cached(features, 2, ProgressMonitor.NONE);
        int n = features.size();
        double[] row = new double[n];
        for (int i = 0; i < n; i++) {
            rows.distanceRow(i, row);
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    assertThat(m.distance(i, j))
                            .as("%d %d", i, j)
                            .isEqualTo(rows.distance(i, j))
                            .isEqualTo(row[j]);
                }
            }
        }
    }

    @Test
    void distancesAreWithinTheDeclaredErrorOfTheEuclideanDistanceOfTheStoredVectors() {
        SimilarityDistances rows = new SimilarityDistances(features);
        double e = rows.metricError();
        assertThat(e).isEqualTo(features.distanceErrorBound()).isGreaterThan(0).isLessThan(1e-5);
        int n = features.size();
        MathContext mc = MathContext.DECIMAL128;
        double worst = 0;
        for (int i = 0; i < n; i += 9) { // every 9th row against all others (exact sums are slow)
            double[] a = features.vector(i);
            for (int j = 0; j < n; j++) {
                if (j == i) continue;
                double[] b = features.vector(j);
                BigDecimal s = BigDecimal.ZERO;
                for (int k = 0; k < a.length; k++) {
                    BigDecimal d = new BigDecimal(a[k]).subtract(new BigDecimal(b[k]));
                    s = s.add(d.multiply(d), mc);
                }
                double exact = s.sqrt(mc).doubleValue();
                worst = Math.max(worst, Math.abs(rows.distance(i, j) - exact));
            }
        }
        assertThat(worst).isLessThanOrEqualTo(e);
        // the duplicate's computed distance is not 0 but within the bound
        assertThat(rows.distance(3, n - 2)).isLessThanOrEqualTo(e);
    }

    @Test
    void prunedFpsOnRowsEqualsFpsOnTheCachedMatrix() {
        SimilarityDistances rows = new SimilarityDistances(features);
        MatrixDistances m = SimilarityDistances.cached(features, 2, ProgressMonitor.NONE);
        for (FpsOptions o : new FpsOptions[] {
            FpsOptions.defaults().withStart(new FpsOptions.Index(5)),
            FpsOptions.defaults().withMaxSize(30),
            FpsOptions.defaults()
                    .withStart(new FpsOptions.Random(3))
                    .withMaxSize(40)
                    .withBanned(7, 8)
                    .withThreads(1),
            FpsOptions.defaults().withPinned(60, 2).withRepTarget(80).withEpsilon(0.05)
        }) {
            FpsResult a = new FarthestPointSampler().run(rows, o);
            FpsResult b = new FarthestPointSampler().run(m, o);
            assertThat(a.order()).as(o.toString()).containsExactly(b.order());
            assertThat(a.farthest()).containsExactly(b.farthest());
            assertThat(a.rep()).containsExactly(b.rep());
            assertThat(a.selectionDistance()).containsExactly(b.selectionDistance());
            assertThat(a.minDistance()).containsExactly(b.minDistance());
        }
    }
}
