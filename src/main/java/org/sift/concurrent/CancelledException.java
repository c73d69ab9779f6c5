package org.sift.concurrent;

/** Thrown by work that stopped because its {@link ProgressMonitor} was cancelled. */
public class CancelledException extends RuntimeException {
    public CancelledException() {
        super("cancelled");
    }
}
