package org.sift.ui.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.sift.concurrent.SimpleProgressMonitor;
import org.sift.ui.common.Work;

/** A {@link JobRunner} for plain unit tests: jobs run on the calling thread, deferred calls wait for {@link #drain()}. */
public final class SyncJobRunner implements JobRunner {

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final Deque<Runnable> later = new ArrayDeque<>();
    public final List<String> started = new ArrayList<>();
    public final List<Throwable> failures = new ArrayList<>();

    @Override
    public <T> void run(String what, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        if (running.get()) throw new IllegalStateException("already running");
        started.add(what);
        running.set(true);
        T v;
        try {
            v = work.run(new SimpleProgressMonitor());
        } catch (Exception e) {
            running.set(false);
            failures.add(e);
            onFailure.accept(e);
            return;
        }
        running.set(false);
        onSuccess.accept(v);
    }

    @Override
    public boolean isRunning() {
        return running.get();
    }

    @Override
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    @Override
    public void cancel() {
    }

    @Override
    public void later(Runnable r) {
        later.add(r);
    }

    /** Runs deferred calls (and the jobs they start) until none is left. */
    public void drain() {
        int guard = 0;
        while (!later.isEmpty()) {
            later.poll().run();
            if (++guard > 1000) throw new IllegalStateException("deferred calls do not settle");
        }
    }
}
