package org.sift.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sift.concurrent.CancelledException;
import org.sift.concurrent.ProgressMonitor;
import org.sift.concurrent.SimpleProgressMonitor;

/** A run extended step by step is the uninterrupted run, bit for bit (progressive FPS). */
class FpsRunTest {

    static void assertPrefixOf(FpsResult part, FpsResult full) {
        int k = part.size();
        assertThat(part.order()).containsExactly(Arrays.copyOf(full.order(), k));
        assertThat(part.farthest()).containsExactly(Arrays.copyOf(full.farthest(), k));
        assertThat(part.rep()).containsExactly(Arrays.copyOf(full.rep(), k));
        assertThat(part.selectionDistance()).containsExactly(Arrays.copyOf(full.selectionDistance(), k));
    }

    @Test
    void extendingInStepsGivesTheFullOrderOnPrunedAndPlainSources() {
        SplittableRandom r = new SplittableRandom(5);
        PrunedFpsTest.UnitVectors u = PrunedFpsTest.UnitVectors.clustered(r, 700, 12, 6, 0.2, 9);
        for (DistanceSource s : new DistanceSource[] {new PrunedFpsTest.Metric(u, u.bound()), new PrunedFpsTest.Plain(u)}) {
            FpsOptions o = FpsOptions.defaults().withThreads(2).withPinned(17, 3).withBanned(40, 41);
            FpsResult full = new FarthestPointSampler(64).run(s, o);
            try (FpsRun run = new FarthestPointSampler(64).start(s, o, ProgressMonitor.NONE)) {
                // the two pins always come in together: a pause happens only after the forced prefix
                assertThat(run.extend(1, Double.NaN, ProgressMonitor.NONE).order()).containsExactly(17, 3);
                int[] steps = {2, 5, 60, 61, 300};
                for (int step : steps) {
                    FpsResult part = run.extend(step, Double.NaN, ProgressMonitor.NONE);
                    assertThat(part.size()).isEqualTo(step);
                    assertThat(part.stop()).isEqualTo(FpsResult.StopReason.PAUSED);
                    assertThat(run.isComplete()).isFalse();
                    assertPrefixOf(part, full);
                }
                FpsResult rest = run.extend(Integer.MAX_VALUE, Double.NaN, ProgressMonitor.NONE);
                assertThat(run.isComplete()).isTrue();
                assertThat(rest.order()).containsExactly(full.order());
                assertThat(rest.farthest()).containsExactly(full.farthest());
                assertThat(rest.rep()).containsExactly(full.rep());
                assertThat(rest.minDistance()).containsExactly(full.minDistance());
                assertThat(rest.stop()).isEqualTo(full.stop());
                assertThat(rest.pinnedCount()).isEqualTo(2);
                // complete: nothing more to do
                assertThat(run.extend(Integer.MAX_VALUE, Double.NaN, ProgressMonitor.NONE).size()).isEqualTo(full.size());
            }
        }
    }

    @Test
    void pausesWhenTheFarthestDistanceFallsBelowTheGivenValueAndStopRulesStillApply() {
        SplittableRandom r = new SplittableRandom(8);
        PrunedFpsTest.UnitVectors u = PrunedFpsTest.UnitVectors.clustered(r, 500, 8, 4, 0.3, 0);
        DistanceSource s = new PrunedFpsTest.Metric(u, u.bound());
        FpsOptions o = FpsOptions.defaults().withThreads(1);
        FpsResult full = new FarthestPointSampler().run(s, o);
        double below = full.farthestAt(40);
        try (FpsRun run = new FarthestPointSampler().start(s, o, ProgressMonitor.NONE)) {
            FpsResult part = run.extend(Integer.MAX_VALUE, below, ProgressMonitor.NONE);
            int first = 0;
            while (!(full.farthest()[first] < below)) first++;
            assertThat(part.size()).isEqualTo(first + 1);
            assertPrefixOf(part, full);
        }
        // a stop rule of the options ends the run at the same point as an uninterrupted one
        FpsOptions capped = o.withMaxSize(120);
        try (FpsRun run = new FarthestPointSampler().start(s, capped, ProgressMonitor.NONE)) {
            run.extend(50, Double.NaN, ProgressMonitor.NONE);
            FpsResult done = run.extend(1000, Double.NaN, ProgressMonitor.NONE);
            assertThat(done.size()).isEqualTo(120);
            assertThat(done.stop()).isEqualTo(FpsResult.StopReason.SIZE);
            assertPrefixOf(done, full);
        }
    }

    @Test
    void aCancelledExtensionLeavesAConsistentRunThatContinuesExactly() {
        SplittableRandom r = new SplittableRandom(2);
        PrunedFpsTest.UnitVectors u = PrunedFpsTest.UnitVectors.clustered(r, 400, 6, 3, 0.3, 0);
        FpsResult full = new FarthestPointSampler().run(u, FpsOptions.defaults().withThreads(1));
        SimpleProgressMonitor stopAt30 = new SimpleProgressMonitor() {
            @Override
            public boolean isCancelled() {
                return snapshot().done() >= 30;
            }
        };
        try (FpsRun run = new FarthestPointSampler().start(u, FpsOptions.defaults().withThreads(1), ProgressMonitor.NONE)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> run.extend(200, Double.NaN, stopAt30))
                    .isInstanceOf(CancelledException.class);
            assertThat(run.size()).isEqualTo(30);
            assertPrefixOf(run.result(), full);
            assertPrefixOf(run.extend(400, Double.NaN, ProgressMonitor.NONE), full);
            assertThat(run.isComplete()).isTrue();
        }
    }
}
