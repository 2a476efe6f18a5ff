package org.ramjet.feedback;

import org.ramjet.objects.PyFrame;
import org.ramjet.objects.PyObject;

/**
 * Compiled code for one code object, installed by a tier in the code's {@link JitState}. It
 * has the interpreter's contract: run {@code frame} from {@code frame.bci} until the code
 * returns (the result) or yields (the yielded value, with the frame left resumable), so the
 * caller need not know which tier ran the frame.
 */
public interface InstalledCode {
    /** 1 (baseline) or 2 (optimizing). */
    int tier();

    /** False once an assumption it depends on was invalidated: callers go back to the interpreter. */
    boolean isValid();

    PyObject execute(PyFrame frame);
}
