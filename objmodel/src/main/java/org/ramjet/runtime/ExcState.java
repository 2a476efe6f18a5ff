package org.ramjet.runtime;

import org.ramjet.objects.PyObject;

/**
 * One level of "the exception being handled" (CPython's {@code _PyErr_StackItem}): the thread
 * has a base level, and each running generator pushes its own while it runs, so an
 * {@code except} block inside a generator does not leak into its caller. {@code sys.exc_info()}
 * and implicit {@code __context__} chaining read the innermost level that holds an exception.
 */
public final class ExcState {
    /** The exception being handled at this level, or null. */
    public PyObject value;
    /** The enclosing level while this one is pushed. */
    public ExcState previous;

    /** The innermost handled exception from this level outwards, or null. */
    public PyObject topmost() {
        for (ExcState s = this; s != null; s = s.previous) {
            if (s.value != null && !(s.value instanceof org.ramjet.objects.PyNone)) {
                return s.value;
            }
        }
        return null;
    }
}
