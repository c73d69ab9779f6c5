package org.sift.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.sift.concurrent.ProgressMonitor;

/**
 * Progress on standard error. On a terminal a text bar, {@code task [#####.....]  42 %}, redrawn at
 * most 10 times a second; when standard error is not a terminal (a log file, a pipe, a batch job),
 * where a bar redrawn with carriage returns would flood the log, a plain line
 * {@code task: 42 % (420/1000)} at most every {@link #LOG_INTERVAL_NANOS} and one when a task ends;
 * nothing with --quiet.
 */
final class ConsoleProgress implements ProgressMonitor {

    /** How progress is shown. */
    enum Mode {
        BAR,
        LOG,
        OFF
    }

    /** Shortest time between two log lines of one task. */
    static final long LOG_INTERVAL_NANOS = 5_000_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private final Mode mode;
    private final LongSupplier clock;
    private final AtomicLong done = new AtomicLong();
    private volatile long total;
    private volatile String task = "";
    private volatile long lastDraw;
    private volatile boolean cancelled;

    /** A bar if standard error is a terminal ({@code System.console() != null}), else log lines; nothing unless enabled. */
    ConsoleProgress(PrintWriter err, boolean enabled) {
        this(err, !enabled ? Mode.OFF : System.console() != null ? Mode.BAR : Mode.LOG, System::nanoTime);
    }

    ConsoleProgress(PrintWriter err, Mode mode, LongSupplier clock) {
        this.err = err;
        this.mode = mode;
        this.enabled = mode != Mode.OFF;
        this.clock = clock;
    }

    @Override
    public synchronized void begin(String taskName, long totalUnits) {
        if (enabled && total > 0) {
            draw(true);
            if (mode == Mode.BAR) err.println();
        }
        task = taskName;
        total = totalUnits;
        done.set(0);
        lastDraw = mode == Mode.LOG ? clock.getAsLong() : 0;
    }

    @Override
    public void worked(long units) {
        long d = done.addAndGet(units);
        if (!enabled) return;
        long now = clock.getAsLong();
        if (mode == Mode.BAR
                ? now - lastDraw > 100_000_000L || d >= total
                : now - lastDraw >= LOG_INTERVAL_NANOS && d < total) {
            lastDraw = now;
            draw(false);
        }
    }

    /** Finishes the current bar with a newline (or its log line). */
    synchronized void finish() {
        if (enabled && total > 0) {
            draw(true);
            if (mode == Mode.BAR) err.println();
            total = 0;
        }
    }

    private synchronized void draw(boolean full) {
        long t = total;
        long d = full ? t : Math.min(done.get(), t);
        if (mode == Mode.LOG) {
            err.println(t <= 0 ? task : String.format(Locale.ROOT, "%s: %d %% (%d/%d)", task, 100 * d / t, d, t));
            err.flush();
            return;
        }
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
