package org.sift.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class WorkersTest {

    @Test
    void everyIndexRunsExactlyOnceWithOneWorkspacePerWorker() {
        int n = 10_000;
        AtomicIntegerArray hits = new AtomicIntegerArray(n);
        AtomicInteger workspaces = new AtomicInteger();
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        SimpleProgressMonitor m = new SimpleProgressMonitor();
        m.begin("t", n);
        Workers.forEach(n, 3, "test", m, () -> { workspaces.incrementAndGet(); return new int[1]; }, (ws, i) -> {
            hits.incrementAndGet(i);
            ws[0]++;
            threads.add(Thread.currentThread());
        });
        for (int i = 0; i < n; i++) assertThat(hits.get(i)).as("index %d", i).isEqualTo(1);
        assertThat(workspaces.get()).isEqualTo(3);
        assertThat(threads).hasSizeLessThanOrEqualTo(3);
        assertThat(m.snapshot().done()).isEqualTo(n);
        // one worker is the caller itself: no thread is started
        Set<Thread> single = ConcurrentHashMap.newKeySet();
        Workers.forEach(100, 1, "test", ProgressMonitor.NONE, () -> null, (ws, i) -> single.add(Thread.currentThread()));
        assertThat(single).containsExactly(Thread.currentThread());
    }

    @Test
    void chunksCoverTheRangeInOrder() {
        try (Workers w = new Workers(4, "test")) {
            for (int n : new int[] {0, 1, 3, 7, 1000}) {
                List<int[]> parts = w.chunks(n, 4, (lo, hi) -> new int[] {lo, hi});
                int expect = 0;
                for (int[] p : parts) {
                    assertThat(p[0]).isEqualTo(expect);
                    assertThat(p[1]).isGreaterThanOrEqualTo(p[0]);
                    expect = p[1];
                }
                assertThat(expect).isEqualTo(n);
                assertThat(parts.size()).isLessThanOrEqualTo(Math.max(1, Math.min(4, n)));
            }
            // the same object serves again after close
            w.close();
            assertThat(w.chunks(10, 2, (lo, hi) -> hi - lo)).containsExactly(5, 5);
        }
    }

    @Test
    void aFailureStopsTheOthersAndIsRethrownInTheCaller() {
        AtomicInteger ran = new AtomicInteger();
        assertThatThrownBy(() -> Workers.forEach(1_000_000, 2, "test", ProgressMonitor.NONE, () -> null, (ws, i) -> {
            ran.incrementAndGet();
            if (i == 100) throw new IllegalArgumentException("bad index " + i);
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("bad index 100");
        assertThat(ran.get()).isLessThan(1_000_000);
    }

    @Test
    void aRealErrorWinsOverACancellationRaisedByAnotherWorker() {
        SimpleProgressMonitor m = new SimpleProgressMonitor();
        assertThatThrownBy(() -> Workers.forEach(1_000, 2, "test", m, () -> null, (ws, i) -> {
            if (i == 0) {
                m.cancel();
                throw new IllegalStateException("disk full");
            }
        })).isInstanceOf(IllegalStateException.class).hasMessage("disk full");
    }

    @Test
    void cancellationStopsTheLoopWithCancelledException() {
        SimpleProgressMonitor m = new SimpleProgressMonitor();
        AtomicInteger ran = new AtomicInteger();
        assertThatThrownBy(() -> Workers.forEach(1_000_000, 2, "test", m, () -> null, (ws, i) -> {
            if (ran.incrementAndGet() == 50) m.cancel();
        })).isInstanceOf(CancelledException.class);
        assertThat(ran.get()).isLessThan(1_000);
    }
}
