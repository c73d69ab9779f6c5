package org.sift.concurrent;

/**
 * {@link Workers#forEach} with a row buffer of length {@code rowLength} as each worker's workspace:
 * runs a task for i = 0..n-1 on a few threads (the caller's thread among them); one unit of progress
 * per i, cancellation checked before each. Tasks must write only their own outputs.
 */
public final class ParallelRows {

    /** The work for one index, with the calling worker's buffer. */
    public interface RowTask {
        void run(int i, double[] buffer);
    }

    private ParallelRows() {
    }

    public static void forEach(int n, int rowLength, int threads, ProgressMonitor monitor, RowTask task) {
        Workers.forEach(n, threads, "sift-rows", monitor, () -> new double[rowLength], (buf, i) -> task.run(i, buf));
    }
}
