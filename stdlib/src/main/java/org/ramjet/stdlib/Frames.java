package org.ramjet.stdlib;

import org.ramjet.objects.PyErrors;
import org.ramjet.objects.PyFrame;
import org.ramjet.runtime.ThreadState;

/**
 * The Python frame that called a builtin: {@code globals()}, {@code locals()}, {@code vars()},
 * {@code dir()}, {@code exec}/{@code eval} defaults and {@code sys._getframe}. Builtins push no
 * frame of their own, so it is the innermost frame of the thread, which every tier keeps in
 * {@link ThreadState} (tier 2 materializes it when asked). One place to change if that
 * contract changes.
 */
public final class Frames {
    private Frames() {}

    /** The calling Python frame, or null when called from Java with no Python code running. */
    public static PyFrame caller() {
        return ThreadState.current().frame;
    }

    /** The calling frame, or SystemError "no current frame". */
    public static PyFrame callerOrRaise(String what) {
        PyFrame f = caller();
        if (f == null) {
            throw PyErrors.systemError("%s: no current frame", what);
        }
        return f;
    }
}
