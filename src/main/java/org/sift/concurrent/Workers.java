package org.sift.concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The one parallel-for of Sift: {@code threads} workers, the calling thread among them (so
 * {@code threads - 1} daemon threads are started, lazily, on first use and kept until
 * {@link #close}). Two shapes of work:
 * <ul>
 *   <li>{@link #forEach}: indices 0..n-1 handed out one at a time to whichever worker is free, each
 *       worker with its own workspace (made once per worker and call); one unit of progress per index,
 *       cancellation checked before each;</li>
 *   <li>{@link #chunks}: 0..n-1 cut into contiguous ranges, one per worker, results returned in range
 *       order (for reductions whose result must not depend on scheduling).</li>
 * </ul>
 * The first failure of any worker stops the others at their next index and is rethrown in the caller;
 * a real error wins over a {@link CancelledException} raised by another worker. Which worker runs
 * which index is not fixed, so tasks must write only their own outputs.
 */
public final class Workers implements AutoCloseable {

    /** The work for one index, with the calling worker's workspace. */
    public interface IndexTask<W> {
        void run(W workspace, int index);
    }

    /** The work for one contiguous range [from, to). */
    public interface RangeTask<R> {
        R run(int from, int to);
    }

    private final int threads;
    private final String name;
    private ExecutorService pool;

    /** @param threads number of workers, at least 1 (the caller included); @param name of the threads */
    public Workers(int threads, String name) {
        this.threads = Math.max(1, threads);
        this.name = name;
    }

    public int threads() {
        return threads;
    }

    /** One-shot {@link #forEach} on a temporary set of workers. */
    public static <W> void forEach(int n, int threads, String name, ProgressMonitor monitor, Supplier<W> workspace,
                                   IndexTask<W> task) {
        try (Workers w = new Workers(threads, name)) {
            w.forEach(n, monitor, workspace, task);
        }
    }

    /** Runs {@code task} for every index 0..n-1; see the class comment. */
    public <W> void forEach(int n, ProgressMonitor monitor, Supplier<W> workspace, IndexTask<W> task) {
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            try {
                W ws = workspace.get();
                int i;
                while ((i = next.getAndIncrement()) < n) {
                    monitor.checkCancelled();
                    task.run(ws, i);
                    monitor.worked(1);
                }
            } catch (RuntimeException | Error e) {
                next.set(n); // the other workers stop at their next index
                throw e;
            }
        };
        int t = Math.min(threads, Math.max(1, n));
        List<Runnable> jobs = new ArrayList<>(t);
        for (int k = 0; k < t; k++) jobs.add(worker);
        runAll(jobs, () -> next.set(n));
        monitor.checkCancelled();
    }

    /**
     * Cuts 0..n-1 into {@code min(parts, threads)} contiguous ranges of near-equal length and runs
     * {@code task} on each; the results in range order.
     */
    public <R> List<R> chunks(int n, int parts, RangeTask<R> task) {
        int t = Math.max(1, Math.min(Math.min(parts, threads), Math.max(1, n)));
        List<R> results = new ArrayList<>(t);
        for (int c = 0; c < t; c++) results.add(null);
        List<Runnable> jobs = new ArrayList<>(t);
        for (int c = 0; c < t; c++) {
            int chunk = c;
            int lo = (int) ((long) n * c / t);
            int hi = (int) ((long) n * (c + 1) / t);
            jobs.add(() -> results.set(chunk, task.run(lo, hi)));
        }
        runAll(jobs, () -> { });
        return results;
    }

    private void runAll(List<Runnable> jobs, Runnable stopOthers) {
        if (jobs.size() == 1) {
            jobs.get(0).run();
            return;
        }
        List<Future<?>> futures = new ArrayList<>(jobs.size() - 1);
        for (int k = 1; k < jobs.size(); k++) futures.add(pool().submit(jobs.get(k)));
        Throwable first = null;
        try {
            jobs.get(0).run();
        } catch (RuntimeException | Error e) {
            stopOthers.run();
            first = e;
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (ExecutionException e) {
                Throwable c = e.getCause();
                stopOthers.run();
                if (first == null || (first instanceof CancelledException && !(c instanceof CancelledException))) {
                    first = c;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopOthers.run();
                for (Future<?> g : futures) g.cancel(true);
                throw new CancelledException();
            }
        }
        if (first instanceof RuntimeException re) throw re;
        if (first instanceof Error err) throw err;
        if (first != null) throw new IllegalStateException(first);
    }

    private ExecutorService pool() {
        if (pool == null) {
            pool = Executors.newFixedThreadPool(threads - 1, r -> {
                Thread th = new Thread(r, name);
                th.setDaemon(true);
                return th;
            });
        }
        return pool;
    }

    /** Ends the worker threads; the object stays usable (the next call starts new ones). */
    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
            pool = null;
        }
    }
}
