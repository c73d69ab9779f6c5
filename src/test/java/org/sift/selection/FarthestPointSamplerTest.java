package org.sift.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sift.concurrent.CancelledException;
import org.sift.concurrent.SimpleProgressMonitor;

class FarthestPointSamplerTest {

    private static final FpsOptions SERIAL = FpsOptions.defaults().withThreads(1);

    /**
     * Points on a line at x = 0, 1, 3, 7 (indices 0..3), d = |x_i - x_j|.
     * Distance sums: x=0: 1+3+7 = 11, x=1: 1+2+6 = 9, x=3: 3+2+4 = 9, x=7: 7+6+4 = 17; means /3.
     * Medoid: indices 1 and 2 tie at 3.0, the lower index wins: 1 (x = 1).
     * Min distances after {1}: [1, 0, 2, 6] -> D(1) = 6, farthest is index 3 (x = 7), selected at 6.
     * After {1, 3}: [1, 0, 2, 0] -> D(2) = 2, next index 2 (x = 3), selected at 2.
     * After {1, 3, 2}: [1, 0, 0, 0] -> D(3) = 1, next index 0, selected at 1; D(4) = 0.
     * REP with epsilon 0.1 counts only selected points: 25, 50, 75, 100 %.
     * With epsilon 1.5: {1} covers x=0,1 (50 %), {1,7} 75 %, {1,7,3} 100 %.
     */
    @Test
    void handSolvedLine() {
        EuclideanPoints line = new EuclideanPoints(new double[][] {{0}, {1}, {3}, {7}});
        FpsResult r = new FarthestPointSampler().run(line, SERIAL);
        assertThat(r.order()).containsExactly(1, 3, 2, 0);
        assertThat(r.selectionDistance()).containsExactly(Double.POSITIVE_INFINITY, 6, 2, 1);
        assertThat(r.farthest()).containsExactly(6, 2, 1, 0);
        assertThat(r.rep()).containsExactly(25, 50, 75, 100);
        assertThat(r.stop()).isEqualTo(FpsResult.StopReason.EXHAUSTED);
        assertThat(FarthestPointSampler.meanDistances(line, 2, SimpleMonitor.NONE)).containsExactly(11.0 / 3, 3, 3, 17.0 / 3);

        FpsResult wide = new FarthestPointSampler().run(line, SERIAL.withEpsilon(1.5));
        assertThat(wide.rep()).containsExactly(50, 75, 100, 100);
        FpsResult fromEnd = new FarthestPointSampler().run(line, SERIAL.withStart(new FpsOptions.Index(3)));
        // from x=7: farthest x=0 (7), then mins [0,1,3,0] -> x=3 (3), then x=1 (1)
        assertThat(fromEnd.order()).containsExactly(3, 0, 2, 1);
        assertThat(fromEnd.farthest()).containsExactly(7, 3, 1, 0);
    }

    @Test
    void agreesWithBruteForceOnRandomDataWithTiesDuplicatesPinsBansAndStops() {
        SplittableRandom r = new SplittableRandom(20261125L);
        for (int trial = 0; trial < 150; trial++) {
            int n = 1 + r.nextInt(40);
            EuclideanPoints pts = EuclideanPoints.randomGrid(r, n, 1 + r.nextInt(3), 2 + r.nextInt(5), r.nextInt(n / 3 + 1));
            FpsOptions o = randomOptions(r, n);
            FpsResult got = new FarthestPointSampler().run(pts, o);
            BruteForceFps.Out want = BruteForceFps.run(pts, o);
            String ctx = "trial " + trial + " " + o;
            assertThat(got.order()).as(ctx).containsExactly(want.order());
            assertThat(got.selectionDistance()).as(ctx).containsExactly(want.selDist());
            assertThat(got.farthest()).as(ctx).containsExactly(want.far());
            assertThat(got.rep()).as(ctx).containsExactly(want.rep());
            assertThat(got.minDistance()).as(ctx).containsExactly(want.minDist());
            assertThat(got.stop()).as(ctx).isEqualTo(want.stop());
            assertThat(got.warmStartCount()).isEqualTo(o.warmStart().length);
            assertThat(got.pinnedCount()).isEqualTo(o.pinned().length);
        }
    }

    static FpsOptions randomOptions(SplittableRandom r, int n) {
        int[] perm = RandomSampler.sample(n, n, r.nextLong());
        int k = 0;
        int nw = r.nextInt(4) == 0 ? r.nextInt(Math.min(3, n) + 1) : 0;
        int[] warm = Arrays.copyOfRange(perm, k, k += nw);
        int np = r.nextInt(4) == 0 ? r.nextInt(Math.min(3, n - k) + 1) : 0;
        int[] pins = Arrays.copyOfRange(perm, k, k += np);
        int nb = r.nextInt(3) == 0 ? r.nextInt(Math.min(4, n - k) + 1) : 0;
        int[] bans = Arrays.copyOfRange(perm, k, k += nb);
        FpsOptions o = FpsOptions.defaults().withThreads(1 + r.nextInt(2)).withWarmStart(warm).withPinned(pins)
                .withBanned(bans).withCoverBanned(r.nextBoolean()).withEpsilon(r.nextBoolean() ? 0.1 : 1.01);
        int startKind = r.nextInt(3);
        if (k < n) {
            o = o.withStart(startKind == 0 ? new FpsOptions.Medoid()
                    : startKind == 1 ? new FpsOptions.Index(perm[k + r.nextInt(n - k)]) : new FpsOptions.Random(r.nextLong()));
        }
        switch (r.nextInt(5)) {
            case 0 -> o = o.withMaxSize(Math.max(nw + np, 1) + r.nextInt(n));
            case 1 -> o = o.withDistanceThreshold(r.nextInt(4));
            case 2 -> o = o.withRepTarget(20 + r.nextInt(81));
            default -> { }
        }
        return o;
    }

    @Test
    void parallelPassEqualsSerial() {
        SplittableRandom r = new SplittableRandom(7);
        EuclideanPoints pts = EuclideanPoints.randomGrid(r, 3000, 3, 12, 300);
        FpsOptions o = FpsOptions.defaults().withStart(new FpsOptions.Random(3)).withMaxSize(400).withBanned(5, 17);
        FpsResult serial = new FarthestPointSampler(1).run(pts, o.withThreads(1));
        for (int t : new int[] {2, 3}) {
            FpsResult par = new FarthestPointSampler(1).run(pts, o.withThreads(t));
            assertThat(par.order()).containsExactly(serial.order());
            assertThat(par.farthest()).containsExactly(serial.farthest());
            assertThat(par.rep()).containsExactly(serial.rep());
            assertThat(par.minDistance()).containsExactly(serial.minDistance());
        }
        assertThat(FarthestPointSampler.meanDistances(pts, 2, SimpleMonitor.NONE))
                .containsExactly(FarthestPointSampler.meanDistances(pts, 1, SimpleMonitor.NONE));
    }

    @Test
    void curvesAreMonotoneAndReachFullCoverage() {
        SplittableRandom r = new SplittableRandom(11);
        for (int trial = 0; trial < 10; trial++) {
            EuclideanPoints pts = EuclideanPoints.randomGrid(r, 200, 4, 6, 30);
            FpsResult res = new FarthestPointSampler().run(pts, SERIAL);
            assertThat(res.size()).isEqualTo(200);
            for (int k = 1; k < res.size(); k++) {
                assertThat(res.farthest()[k]).isLessThanOrEqualTo(res.farthest()[k - 1]);
                assertThat(res.rep()[k]).isGreaterThanOrEqualTo(res.rep()[k - 1]);
                // the distance at which a point is selected is the D of the step before
                assertThat(res.selectionDistance()[k]).isEqualTo(res.farthest()[k - 1]);
            }
            assertThat(res.repAt(200)).isEqualTo(100.0);
            assertThat(res.farthestAt(200)).isEqualTo(0.0);
            assertThat(new HashSet<>(Arrays.stream(res.order()).boxed().toList())).hasSize(200);
        }
    }

    @Test
    void duplicatesAreNotBothSelectedBeforeEveryDistinctPoint() {
        SplittableRandom r = new SplittableRandom(5);
        for (int trial = 0; trial < 20; trial++) {
            EuclideanPoints pts = EuclideanPoints.randomGrid(r, 60, 2, 5, 25);
            Set<List<Double>> distinct = new HashSet<>();
            for (double[] p : pts.x) distinct.add(Arrays.stream(p).boxed().toList());
            FpsResult res = new FarthestPointSampler().run(pts, SERIAL);
            Set<List<Double>> seen = new HashSet<>();
            for (int k = 0; k < distinct.size(); k++) {
                assertThat(seen.add(Arrays.stream(pts.x[res.order()[k]]).boxed().toList()))
                        .as("trial %d: position %d repeats a configuration", trial, k).isTrue();
            }
            assertThat(res.farthestAt(distinct.size())).isEqualTo(0.0);
            assertThat(res.selectionDistance()[distinct.size()]).isEqualTo(0.0);
        }
    }

    @Test
    void stopRules() {
        EuclideanPoints line = new EuclideanPoints(new double[][] {{0}, {1}, {3}, {7}});
        FarthestPointSampler s = new FarthestPointSampler();
        FpsResult size = s.run(line, SERIAL.withMaxSize(2));
        assertThat(size.order()).containsExactly(1, 3);
        assertThat(size.stop()).isEqualTo(FpsResult.StopReason.SIZE);
        FpsResult thr = s.run(line, SERIAL.withDistanceThreshold(2.0));
        assertThat(thr.order()).containsExactly(1, 3);
        assertThat(thr.stop()).isEqualTo(FpsResult.StopReason.THRESHOLD);
        FpsResult rep = s.run(line, SERIAL.withEpsilon(1.5).withRepTarget(75));
        assertThat(rep.order()).containsExactly(1, 3);
        assertThat(rep.stop()).isEqualTo(FpsResult.StopReason.REP_TARGET);
        FpsResult banned = s.run(line, SERIAL.withBanned(0));
        assertThat(banned.order()).containsExactly(1, 3, 2);
        assertThat(banned.stop()).isEqualTo(FpsResult.StopReason.EXHAUSTED);
        // banned x=0 still counted: D(3) = 1 and REP(3) = 75 %; not counted: D(3) = 0, REP = 100 %
        assertThat(banned.farthest()).containsExactly(6, 2, 1);
        assertThat(banned.rep()).containsExactly(25, 50, 75);
        FpsResult uncounted = s.run(line, SERIAL.withBanned(0).withCoverBanned(false));
        assertThat(uncounted.farthest()).containsExactly(6, 2, 0);
        assertThat(uncounted.rep()).containsExactly(100.0 / 3, 200.0 / 3, 100);
    }

    @Test
    void warmStartAndPinsComeFirst() {
        EuclideanPoints line = new EuclideanPoints(new double[][] {{0}, {1}, {3}, {7}, {8}});
        FpsResult r = new FarthestPointSampler().run(line, SERIAL.withWarmStart(4).withPinned(2));
        assertThat(r.order()).containsExactly(4, 2, 0, 1, 3);
        assertThat(r.warmStartCount()).isEqualTo(1);
        assertThat(r.pinnedCount()).isEqualTo(1);
        assertThat(r.selectionDistance()[1]).isEqualTo(5.0);
    }

    @Test
    void badInputsAreRefusedWithTheIndexNamed() {
        EuclideanPoints line = new EuclideanPoints(new double[][] {{0}, {1}, {3}});
        FarthestPointSampler s = new FarthestPointSampler();
        assertThatThrownBy(() -> s.run(line, SERIAL.withPinned(1).withBanned(1))).hasMessageContaining("pinned index 1 is also banned");
        assertThatThrownBy(() -> s.run(line, SERIAL.withPinned(5))).hasMessageContaining("pinned index 5 is out of range 0..2");
        assertThatThrownBy(() -> s.run(line, SERIAL.withPinned(0, 1).withMaxSize(1))).hasMessageContaining("more than the requested size 1");
        assertThatThrownBy(() -> s.run(line, SERIAL.withWarmStart(1).withPinned(1))).hasMessageContaining("given twice");
        assertThatThrownBy(() -> s.run(line, SERIAL.withStart(new FpsOptions.Index(2)).withBanned(2))).hasMessageContaining("banned");
        assertThatThrownBy(() -> SERIAL.withMaxSize(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void emptyAndSinglePointInputs() {
        FpsResult empty = new FarthestPointSampler().run(new EuclideanPoints(new double[0][]), SERIAL);
        assertThat(empty.order()).isEmpty();
        FpsResult one = new FarthestPointSampler().run(new EuclideanPoints(new double[][] {{2}}), SERIAL);
        assertThat(one.order()).containsExactly(0);
        assertThat(one.farthest()).containsExactly(0);
        assertThat(one.rep()).containsExactly(100);
    }

    @Test
    void cancellationStopsTheRun() {
        SimpleProgressMonitor m = new SimpleProgressMonitor(p -> { });
        m.cancel();
        EuclideanPoints line = new EuclideanPoints(new double[][] {{0}, {1}, {3}});
        assertThatThrownBy(() -> new FarthestPointSampler().run(line, SERIAL, m)).isInstanceOf(CancelledException.class);
    }

    @Test
    void ranksAndPrefix() {
        EuclideanPoints line = new EuclideanPoints(new double[][] {{0}, {1}, {3}, {7}});
        FpsResult r = new FarthestPointSampler().run(line, SERIAL.withMaxSize(3));
        assertThat(r.ranks()).containsExactly(Integer.MAX_VALUE, 0, 2, 1);
        assertThat(r.prefix(2)).containsExactly(1, 3);
    }

    /** Shorthand. */
    static final class SimpleMonitor {
        static final org.sift.concurrent.ProgressMonitor NONE = org.sift.concurrent.ProgressMonitor.NONE;
    }
}
