package org.sift.ui.analysis;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ChangeListener;
import org.sift.ui.common.FxTaskRunner;
import org.sift.ui.common.Work;

/**
 * What the analysis ViewModels need of a background runner: start one job at a time, know whether
 * one runs, cancel it, and defer a call until the current event is handled. The application uses
 * {@link #fx(FxTaskRunner)}, the shared runner of the status bar; plain unit tests use a
 * synchronous implementation.
 */
public interface JobRunner {

    /**
     * Starts {@code work} in the background. Exactly one of the callbacks is called, on the FX
     * thread: {@code onSuccess} with the result, or {@code onFailure} with the error (a
     * {@link org.sift.concurrent.CancelledException} when cancelled).
     */
    <T> void run(String what, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    boolean isRunning();

    ReadOnlyBooleanProperty runningProperty();

    /** Asks the running job (whoever started it) to stop. */
    void cancel();

    /** Runs {@code r} after the current event has been handled (coalesces bursts of changes). */
    void later(Runnable r);

    /** The shared {@link FxTaskRunner}: progress, ETA, Cancel and the status line come with it. */
    static JobRunner fx(FxTaskRunner runner) {
        Objects.requireNonNull(runner);
        return new JobRunner() {
            @Override
            public <T> void run(String what, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
                ChangeListener<FxTaskRunner.Failure> failed = new ChangeListener<>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends FxTaskRunner.Failure> o,
                                        FxTaskRunner.Failure a, FxTaskRunner.Failure f) {
                        runner.lastFailureProperty().removeListener(this);
                        if (f != null) {
                            onFailure.accept(f.cancelled() && !(f.error() instanceof org.sift.concurrent.CancelledException)
                                    ? new org.sift.concurrent.CancelledException() : f.error());
                        }
                    }
                };
                runner.lastFailureProperty().addListener(failed);
                try {
                    runner.run(what, work, v -> {
                        runner.lastFailureProperty().removeListener(failed);
                        onSuccess.accept(v);
                    });
                } catch (RuntimeException e) {
                    runner.lastFailureProperty().removeListener(failed);
                    throw e;
                }
            }

            @Override
            public boolean isRunning() {
                return runner.isRunning();
            }

            @Override
            public ReadOnlyBooleanProperty runningProperty() {
                return runner.runningProperty();
            }

            @Override
            public void cancel() {
                runner.cancel();
            }

            @Override
            public void later(Runnable r) {
                Platform.runLater(r);
            }
        };
    }
}
