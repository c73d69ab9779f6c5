package org.sift.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sift.concurrent.ProgressMonitor;

class CoverageAndRandomTest {

    @Test
    void coverageAlongAnOrderMatchesTheDefinitions() {
        SplittableRandom r = new SplittableRandom(3);
        for (int trial = 0; trial < 20; trial++) {
            EuclideanPoints pts = EuclideanPoints.randomGrid(r, 50, 2, 6, 5);
            int[] order = RandomSampler.sample(50, 1 + r.nextInt(50), r.nextLong());
            Coverage.Curves c = Coverage.along(pts, order, 1.01, null, 2, 1, ProgressMonitor.NONE);
            List<Integer> sel = new ArrayList<>();
            for (int k = 0; k < order.length; k++) {
                sel.add(order[k]);
                double d = 0;
                int cnt = 0;
                for (int i = 0; i < 50; i++) {
                    double m = BruteForceFps.minTo(pts, i, sel);
                    d = Math.max(d, m);
                    if (m < 1.01) cnt++;
                }
                assertThat(c.farthest()[k]).isEqualTo(d);
                assertThat(c.rep()[k]).isEqualTo(100.0 * cnt / 50);
            }
            Coverage.Curves whole = Coverage.of(pts, order, 1.01);
            assertThat(whole.farthestDistance()).isEqualTo(c.farthest()[order.length - 1]);
        }
    }

    @Test
    void randomSamplesAreDistinctSeededPrefixClosedAndAvoidBans() {
        int[] a = RandomSampler.sample(100, 30, 42, new int[] {7, 3}, new int[] {1, 2, 4});
        assertThat(a).hasSize(30).startsWith(7, 3).doesNotContain(1, 2, 4);
        assertThat(new HashSet<>(Arrays.stream(a).boxed().toList())).hasSize(30);
        assertThat(RandomSampler.sample(100, 30, 42, new int[] {7, 3}, new int[] {1, 2, 4})).containsExactly(a);
        assertThat(RandomSampler.sample(100, 10, 42)).containsExactly(Arrays.copyOf(RandomSampler.sample(100, 40, 42), 10));
        assertThat(RandomSampler.sample(100, 10, 43)).isNotEqualTo(RandomSampler.sample(100, 10, 42));
        assertThatThrownBy(() -> RandomSampler.sample(5, 6, 1)).hasMessageContaining("cannot draw 6");
    }

    @Test
    void randomSamplingIsUniform() {
        // 20 000 draws of 3 out of 10: each index expected 6000 times; std ~ 65, allow 5 sigma
        int[] count = new int[10];
        for (int s = 0; s < 20000; s++) {
            for (int i : RandomSampler.sample(10, 3, s)) {
                count[i]++;
            }
        }
        for (int c : count) {
            assertThat(c).isBetween(5675, 6325);
        }
    }

    @Test
    void matrixSourceEqualsItsOrigin() {
        EuclideanPoints pts = EuclideanPoints.randomGrid(new SplittableRandom(1), 30, 3, 4, 3);
        MatrixDistances m = MatrixDistances.of(pts);
        FpsOptions o = FpsOptions.defaults().withThreads(1);
        assertThat(new FarthestPointSampler().run(m, o).order()).containsExactly(new FarthestPointSampler().run(pts, o).order());
        assertThatThrownBy(() -> new MatrixDistances(new double[][] {{0, 1}, {1}})).hasMessageContaining("row 1");
    }
}
