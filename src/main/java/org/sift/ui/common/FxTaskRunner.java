package org.sift.ui.common;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import org.sift.concurrent.CancelledException;
import org.sift.concurrent.SimpleProgressMonitor;

/**
 * Runs {@link Work} (a workflow call taking a progress monitor) in a {@link Task} on a background
 * executor, one task at a time, and exposes its state as properties for the status area:
 * progress fraction, message, estimated remaining time, and whether a task runs.
 *
 * <p>The worker never touches FX objects: the monitor's listener only calls the task's
 * {@code updateProgress}/{@code updateMessage}, which JavaFX hands over to the FX thread. Results,
 * failures and cancellation are delivered on the FX thread. {@link #cancel()} sets the monitor's
 * cancel flag; the work then throws {@link CancelledException} at its next check, and the
 * {@code onSuccess} callback is not called, so callers keep their previous state.
 *
 * <p>Every property must be read and every method called on the FX thread.
 */
public final class FxTaskRunner {

    /** What happened to the last task. */
    public enum Outcome { NONE, RUNNING, SUCCEEDED, FAILED, CANCELLED }

    /** A finished task that did not succeed: what was being done and why it stopped. */
    public record Failure(String what, Throwable error, boolean cancelled) {
        /** A one-line message for the status bar. */
        public String statusText() {
            return cancelled ? what + ": cancelled" : what + " failed: " + describe(error);
        }
    }

    private final Executor executor;
    private final LongSupplier clock;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper eta = new ReadOnlyStringWrapper(this, "eta", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Ready");
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome", Outcome.NONE);
    private final ReadOnlyObjectWrapper<Failure> lastFailure = new ReadOnlyObjectWrapper<>(this, "lastFailure");
    private final EtaEstimator estimator = new EtaEstimator();
    private SimpleProgressMonitor monitor;
    private Task<?> current;

    /** A runner on daemon threads with the system clock. */
    public FxTaskRunner() {
        this(r -> {
            Thread t = new Thread(r, "sift-task");
            t.setDaemon(true);
            t.start();
        }, System::nanoTime);
    }

    public FxTaskRunner(Executor executor, LongSupplier nanoClock) {
        this.executor = Objects.requireNonNull(executor);
        this.clock = Objects.requireNonNull(nanoClock);
    }

    /**
     * Starts {@code work} in the background. {@code what} names the task in messages ("Opening
     * x.extxyz"). {@code onSuccess} receives the result on the FX thread; on failure or
     * cancellation it is not called and {@link #lastFailureProperty()} says what happened.
     *
     * @throws IllegalStateException if a task is already running
     */
    public <T> void run(String what, Work<T> work, Consumer<? super T> onSuccess) {
        if (running.get()) {
            throw new IllegalStateException("a task is already running: " + message.get());
        }
        ReportingTask<T> task = new ReportingTask<>(what, work);
        monitor = task.monitor;
        current = task;
        estimator.reset(clock.getAsLong());
        running.set(true);
        outcome.set(Outcome.RUNNING);
        progress.set(-1);
        message.set(what);
        eta.set("");
        status.set(what + "…");
        task.progressProperty().addListener((o, a, b) -> {
            if (task != current) {
                return;
            }
            progress.set(b.doubleValue());
            eta.set(estimator.update(clock.getAsLong(), b.doubleValue()).map(EtaEstimator::format).orElse(""));
        });
        task.messageProperty().addListener((o, a, b) -> {
            if (task == current) {
                message.set(b);
            }
        });
        task.setOnSucceeded(e -> {
            finish(Outcome.SUCCEEDED);
            status.set(what + ": done");
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            Throwable ex = task.getException();
            boolean cancelled = ex instanceof CancelledException || task.monitor.isCancelled();
            fail(new Failure(what, ex, cancelled));
        });
        task.setOnCancelled(e -> fail(new Failure(what, new CancelledException(), true)));
        executor.execute(task);
    }

    private void fail(Failure f) {
        finish(f.cancelled() ? Outcome.CANCELLED : Outcome.FAILED);
        status.set(f.statusText());
        lastFailure.set(f);
    }

    /** The task: its monitor forwards progress through the thread-safe Task updaters only. */
    private static final class ReportingTask<T> extends Task<T> {
        private final String what;
        private final Work<T> work;
        private final SimpleProgressMonitor monitor;

        ReportingTask(String what, Work<T> work) {
            this.what = what;
            this.work = work;
            this.monitor = new SimpleProgressMonitor(this::report);
        }

        @Override
        protected T call() throws Exception {
            updateMessage(what);
            return work.run(monitor);
        }

        private void report(SimpleProgressMonitor.Progress p) {
            double f = p.fraction();
            updateProgress(f < 0 ? -1 : f, 1);
            updateMessage(p.task() == null || p.task().isEmpty() ? what : p.task());
        }
    }

    private void finish(Outcome o) {
        running.set(false);
        outcome.set(o);
        progress.set(0);
        message.set("");
        eta.set("");
        current = null;
    }

    /** Asks the running task to stop (sets its monitor's cancel flag). No effect when idle. */
    public void cancel() {
        if (monitor != null && running.get()) {
            monitor.cancel();
            status.set("Cancelling…");
        }
    }

    /** Short text naming the error and, for format errors, the file and line (from its message). */
    public static String describe(Throwable e) {
        if (e == null) {
            return "unknown error";
        }
        String m = e.getMessage();
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file: " + m;
        }
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return m;
    }

    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public boolean isRunning() { return running.get(); }
    /** 0..1, or -1 when indeterminate. */
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyStringProperty etaProperty() { return eta.getReadOnlyProperty(); }
    /** The last status line: "… done", "… failed: …", "…: cancelled". */
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Outcome> outcomeProperty() { return outcome.getReadOnlyProperty(); }
    /** Set (on the FX thread) each time a task fails or is cancelled. */
    public ReadOnlyObjectProperty<Failure> lastFailureProperty() { return lastFailure.getReadOnlyProperty(); }
}
