package org.ramjet.interp;

import org.ramjet.objects.PyException;
import org.ramjet.runtime.ThreadState;

/**
 * RecursionError, from the Python call depth passing {@code sys.getrecursionlimit()} or from the
 * Java stack running out first (a {@link StackOverflowError}, which never escapes to the user).
 */
final class Recursion {
    private Recursion() {}

    static PyException limitExceeded(ThreadState ts, String where) {
        return Ops.recursionError("maximum recursion depth exceeded" + where);
    }

    static PyException fromStackOverflow(ThreadState ts) {
        return Ops.recursionError("maximum recursion depth exceeded");
    }
}
