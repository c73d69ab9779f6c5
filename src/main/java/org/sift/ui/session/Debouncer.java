package org.sift.ui.session;

/** Runs an action once after a quiet period; each {@link #restart} postpones it. */
public interface Debouncer {

    /** (Re)starts the quiet period; {@code action} runs when it ends without another restart. */
    void restart(Runnable action);

    /** Runs the pending action now, if any. */
    void flush();
}
