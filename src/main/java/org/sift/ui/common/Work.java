package org.sift.ui.common;

import org.sift.concurrent.ProgressMonitor;

/**
 * A unit of background work: a workflow call that reports to a {@link ProgressMonitor} and stops
 * with {@link org.sift.concurrent.CancelledException} when the monitor is cancelled.
 *
 * @param <T> the result
 */
@FunctionalInterface
public interface Work<T> {
    T run(ProgressMonitor monitor) throws Exception;
}
