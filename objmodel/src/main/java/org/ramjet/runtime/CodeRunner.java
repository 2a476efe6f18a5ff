package org.ramjet.runtime;

import org.ramjet.bytecode.PyCode;
import org.ramjet.objects.PyDict;
import org.ramjet.objects.PyObject;

/**
 * Runs a code object: how {@code exec}, {@code eval} and Python-source modules (in objmodel and
 * stdlib, which cannot see the interpreter) reach it. The engine registers the interpreter's
 * implementation at start-up ({@link #set}).
 */
@FunctionalInterface
public interface CodeRunner {
    /**
     * Runs {@code code} (a module, or an exec/eval code object) with {@code globals} and the
     * locals mapping {@code locals}; returns what the code returns (the value of an eval).
     */
    PyObject exec(PyCode code, PyDict globals, PyObject locals);

    /** The registered runner. */
    static CodeRunner get() {
        return Holder.runner;
    }

    static void set(CodeRunner runner) {
        Holder.runner = runner;
    }

    /** Where the registration lives (interfaces cannot have mutable static fields). */
    final class Holder {
        static volatile CodeRunner runner = (code, globals, locals) -> {
            throw new IllegalStateException("no CodeRunner registered: cannot run " + code);
        };

        private Holder() {}
    }
}
