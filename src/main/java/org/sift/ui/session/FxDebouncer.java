package org.sift.ui.session;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** A {@link Debouncer} on the FX thread (a pause transition). */
public final class FxDebouncer implements Debouncer {

    private final PauseTransition pause;
    private Runnable pending;

    public FxDebouncer(Duration quiet) {
        pause = new PauseTransition(quiet);
        pause.setOnFinished(e -> flush());
    }

    @Override
    public void restart(Runnable action) {
        pending = action;
        pause.playFromStart();
    }

    @Override
    public void flush() {
        pause.stop();
        Runnable r = pending;
        pending = null;
        if (r != null) r.run();
    }
}
