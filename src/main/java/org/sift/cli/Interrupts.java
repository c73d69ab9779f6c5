package org.sift.cli;

import java.io.PrintWriter;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns Ctrl-C (SIGINT) and SIGTERM into the documented cancellation: a shutdown hook cancels the
 * running progress monitors, waits up to {@link #GRACE_SECONDS} s for the command to stop (its
 * outputs' temporary files are removed as the writes unwind), and ends the process with the
 * command's exit code, {@link SiftCli#CANCELLED} ({@code sift: cancelled}) when it was cancelled
 * or did not stop in time.
 *
 * <p>The hook ends the process with {@link Runtime#halt}, since {@link System#exit} cannot change
 * the exit status once the JVM has begun shutting down. Used only by the process entry points
 * ({@link SiftCli#run}); tests that run commands in-process have no hook.
 */
final class Interrupts {

    static final int GRACE_SECONDS = 5;

    private final Set<ConsoleProgress> running = ConcurrentHashMap.newKeySet();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final PrintWriter err;
    private volatile int exitCode = SiftCli.CANCELLED;
    private final Thread hook = new Thread(this::onSignal, "sift-cancel");

    Interrupts(PrintWriter err) {
        this.err = err;
    }

    /** Cancels {@code monitor} on a signal. */
    ConsoleProgress watch(ConsoleProgress monitor) {
        running.add(monitor);
        return monitor;
    }

    void install() {
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /**
     * The command has ended with {@code code}. Returns true if the process may exit normally,
     * false if a signal is being handled (the hook then ends the process with {@code code}).
     */
    boolean finished(int code) {
        exitCode = code;
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
            return true;
        } catch (IllegalStateException shuttingDown) {
            return false;
        }
    }

    private void onSignal() {
        running.forEach(ConsoleProgress::cancel);
        boolean done;
        try {
            done = finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            done = false;
        }
        if (!done) {
            err.println();
            err.println("sift: cancelled");
        }
        err.flush();
        System.out.flush();
        Runtime.getRuntime().halt(done ? exitCode : SiftCli.CANCELLED);
    }
}
