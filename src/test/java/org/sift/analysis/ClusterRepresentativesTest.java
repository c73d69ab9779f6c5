package org.sift.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sift.concurrent.ProgressMonitor;

/** Cluster representatives on synthetic clusters whose membership is known by construction. */
class ClusterRepresentativesTest {

    /** c clusters of m points each, centres far apart in 8 dimensions, small noise; cluster of i = i / m. */
    private static double[][] clusters(int c, int m, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] centres = new double[c][8];
        for (double[] ce : centres) for (int a = 0; a < 8; a++) ce[a] = r.nextDouble(-50, 50);
        double[][] x = new double[c * m][8];
        for (int i = 0; i < x.length; i++)
            for (int a = 0; a < 8; a++) x[i][a] = centres[i / m][a] + 0.05 * r.nextGaussian();
        return x;
    }

    @Test
    void wellSeparatedClustersGiveOnePickEach() {
        for (long seed = 0; seed < 5; seed++) {
            double[][] x = clusters(6, 25, 40 + seed);
            ClusterRepresentatives.Result r = ClusterRepresentatives.select(
                    x, 6, ClusterRepresentatives.Options.defaults(seed), ProgressMonitor.NONE);
            assertThat(r.representatives()).hasSize(6);
            assertThat(Arrays.stream(r.representatives())
                            .map(i -> i / 25)
                            .distinct()
                            .count())
                    .as("seed %d", seed)
                    .isEqualTo(6);
            // every point is in the cluster of its own group's representative
            for (int i = 0; i < x.length; i++) {
                assertThat(r.representatives()[r.clusterOf()[i]] / 25).isEqualTo(i / 25);
            }
        }
    }

    @Test
    void representativeIsTheMemberNearestTheCentre() {
        // one cluster on a line: centre at the mean 2.0, nearest member is index 2 (value 2.1)
        double[][] x = {{0.0, 0}, {1.0, 0}, {2.1, 0}, {3.0, 0}, {3.9, 0}};
        ClusterRepresentatives.Result r =
                ClusterRepresentatives.cluster(x, 1, ClusterRepresentatives.Options.defaults(1), ProgressMonitor.NONE);
        assertThat(r.representatives()).containsExactly(2);
    }

    @Test
    void deterministicGivenTheSeedAndDistinct() {
        double[][] x = clusters(10, 30, 7);
        for (int i = 0; i < x.length; i++) x[i][0] += 20 * Math.sin(i); // overlapping, so seeds matter
        var o = ClusterRepresentatives.Options.defaults(3);
        int[] a = ClusterRepresentatives.select(x, 17, o, ProgressMonitor.NONE).representatives();
        int[] b = ClusterRepresentatives.select(x, 17, o, ProgressMonitor.NONE).representatives();
        assertThat(a).containsExactly(b);
        assertThat(Arrays.stream(a).distinct().count()).isEqualTo(17);
        assertThat(ClusterRepresentatives.select(x, 1000, o, ProgressMonitor.NONE)
                        .representatives())
                .hasSize(300);
        // duplicates: 4 distinct points, 3 copies each, 6 clusters asked -> only 4 non-empty
        double[][] d = new double[12][];
        for (int i = 0; i < 12; i++) d[i] = new double[] {i % 4 * 10.0, 0};
        assertThat(ClusterRepresentatives.select(d, 6, o, ProgressMonitor.NONE).representatives())
                .hasSize(4);
    }
}
