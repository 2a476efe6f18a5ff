package org.ramjet.objects;

/**
 * How a Python function runs: registered once by the engine (the interpreter, which may hand
 * off to compiled tiers) with {@link PyFunction#setInvoker}. objmodel never depends on the
 * interpreter; it only calls this hook. The implementation usually allocates the frame's
 * locals, fills them with {@link ArgBinder#bind} and executes {@code fn.code}.
 */
@FunctionalInterface
public interface FunctionInvoker {
    /** Calls {@code fn} with a vectorcall's arguments (see {@link Calls}). */
    PyObject invoke(PyFunction fn, PyObject[] args, int off, int npos, String[] kwnames);
}
