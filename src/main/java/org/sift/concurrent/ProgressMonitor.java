package org.sift.concurrent;

/**
 * Progress reporting and cooperative cancellation for long work, free of any UI toolkit.
 *
 * <p>Work calls {@link #begin} once with the number of units, then {@link #worked} as units finish
 * (from any thread), and {@link #checkCancelled} between units. The CLI shows a text bar, the GUI
 * wraps the same call in a background task, tests use {@link #NONE} or a {@link SimpleProgressMonitor}.
 */
public interface ProgressMonitor {

    /** A monitor that reports nowhere and is never cancelled. */
    ProgressMonitor NONE = new ProgressMonitor() {
        @Override public void begin(String task, long totalUnits) { }
        @Override public void worked(long units) { }
        @Override public boolean isCancelled() { return false; }
    };

    /** Starts a (sub)task of {@code totalUnits} units; resets the count of done units. */
    void begin(String task, long totalUnits);

    /** Adds {@code units} finished units. Thread-safe. */
    void worked(long units);

    /** True once the user asked to cancel. */
    boolean isCancelled();

    /** Throws {@link CancelledException} if cancellation was requested. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
