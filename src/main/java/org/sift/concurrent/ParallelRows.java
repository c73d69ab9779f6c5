package org.sift.concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a task for i = 0..n-1 on a few threads (the caller's thread among them), each with its own
 * row buffer of length {@code rowLength}; one unit of progress per i, cancellation checked before
 * each. Which thread runs which i is not fixed, so tasks must write only their own outputs.
 */
public final class ParallelRows {

    /** The work for one index, with the calling worker's buffer. */
    public interface RowTask {
        void run(int i, double[] buffer);
    }

    private ParallelRows() {
    }

    public static void forEach(int n, int rowLength, int threads, ProgressMonitor monitor, RowTask task) {
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            double[] buf = new double[rowLength];
            int i;
            while ((i = next.getAndIncrement()) < n) {
                if (monitor.isCancelled()) {
                    return;
                }
                task.run(i, buf);
                monitor.worked(1);
            }
        };
        int t = Math.max(1, Math.min(threads, n));
        if (t == 1) {
            worker.run();
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(t - 1, r -> {
                Thread th = new Thread(r, "sift-rows");
                th.setDaemon(true);
                return th;
            });
            try {
                List<Future<?>> fs = new ArrayList<>();
                for (int k = 1; k < t; k++) fs.add(pool.submit(worker));
                worker.run();
                for (Future<?> f : fs) f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        monitor.checkCancelled();
    }
}
