package org.sift.concurrent;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A thread-safe monitor with counters, a cancel flag and an optional listener that receives a
 * {@link Progress} snapshot after each change.
 */
public class SimpleProgressMonitor implements ProgressMonitor {

    /** Snapshot of progress: task name, units done, total units (0 if unknown). */
    public record Progress(String task, long done, long total) {
        public double fraction() {
            return total <= 0 ? -1 : Math.min(1.0, (double) done / total);
        }
    }

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicLong done = new AtomicLong();
    private volatile long total;
    private volatile String task = "";
    private final Consumer<Progress> listener;

    public SimpleProgressMonitor() {
        this(p -> { });
    }

    public SimpleProgressMonitor(Consumer<Progress> listener) {
        this.listener = listener;
    }

    @Override
    public void begin(String taskName, long totalUnits) {
        this.task = taskName;
        this.total = totalUnits;
        done.set(0);
        listener.accept(snapshot());
    }

    @Override
    public void worked(long units) {
        done.addAndGet(units);
        listener.accept(snapshot());
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }

    public void cancel() {
        cancelled.set(true);
    }

    public Progress snapshot() {
        return new Progress(task, done.get(), total);
    }
}
