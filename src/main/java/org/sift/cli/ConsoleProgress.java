package org.sift.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.sift.concurrent.ProgressMonitor;

/** A text progress bar on standard error: {@code task [#####.....]  42 %}, redrawn at most 10 times a second. */
final class ConsoleProgress implements ProgressMonitor {

    private final PrintWriter err;
    private final boolean enabled;
    private final AtomicLong done = new AtomicLong();
    private volatile long total;
    private volatile String task = "";
    private volatile long lastDraw;
    private volatile boolean cancelled;

    ConsoleProgress(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    @Override
    public synchronized void begin(String taskName, long totalUnits) {
        if (enabled && total > 0) {
            draw(true);
            err.println();
        }
        task = taskName;
        total = totalUnits;
        done.set(0);
        lastDraw = 0;
    }

    @Override
    public void worked(long units) {
        long d = done.addAndGet(units);
        long now = System.nanoTime();
        if (enabled && (now - lastDraw > 100_000_000L || d >= total)) {
            lastDraw = now;
            draw(false);
        }
    }

    /** Finishes the current bar with a newline. */
    synchronized void finish() {
        if (enabled && total > 0) {
            draw(true);
            err.println();
            total = 0;
        }
    }

    private synchronized void draw(boolean full) {
        long t = total;
        long d = full ? t : Math.min(done.get(), t);
        int width = 30;
        int filled = t <= 0 ? 0 : (int) (width * d / t);
        err.print("\r" + task + " [" + "#".repeat(filled) + ".".repeat(width - filled) + "] "
                + (t <= 0 ? "" : (100 * d / t) + " %"));
        err.flush();
    }

    /** Asks the work to stop at its next check (a signal, see {@link Interrupts}). */
    void cancel() {
        cancelled = true;
    }

    @Override
    public boolean isCancelled() {
        return cancelled || Thread.currentThread().isInterrupted();
    }
}
