package org.ramjet.objects;

/**
 * The Java shapes of builtin functions and methods, by arity, so that calls pass arguments in
 * registers instead of arrays. {@code S} is the Java class of {@code self} after unwrapping (for
 * module-level functions {@code self} is the module, usually ignored). Optional parameters that
 * the caller omitted arrive as {@code null}.
 *
 * <p>Pick the smallest shape: {@link M0}..{@link M4} for fixed parameter lists (keywords are
 * bound to them by the {@link Signature}), {@link MV} for {@code *args} without keywords, and
 * {@link MK} (the raw vectorcall) only when the function parses its own arguments.
 */
public final class BuiltinFn {
    private BuiltinFn() {}

    @FunctionalInterface
    public interface M0<S extends PyObject> {
        PyObject call(S self);
    }

    @FunctionalInterface
    public interface M1<S extends PyObject> {
        PyObject call(S self, PyObject a);
    }

    @FunctionalInterface
    public interface M2<S extends PyObject> {
        PyObject call(S self, PyObject a, PyObject b);
    }

    @FunctionalInterface
    public interface M3<S extends PyObject> {
        PyObject call(S self, PyObject a, PyObject b, PyObject c);
    }

    @FunctionalInterface
    public interface M4<S extends PyObject> {
        PyObject call(S self, PyObject a, PyObject b, PyObject c, PyObject d);
    }

    /** {@code *args} only: the positional arguments as a fresh array. */
    @FunctionalInterface
    public interface MV<S extends PyObject> {
        PyObject call(S self, PyObject[] args);
    }

    /** The raw vectorcall (see {@link Slot.Call}): the function parses its own arguments. */
    @FunctionalInterface
    public interface MK<S extends PyObject> {
        PyObject call(S self, PyObject[] args, int off, int npos, String[] kwnames);
    }

    // ---- module-level functions (no self) ----

    @FunctionalInterface
    public interface F0 {
        PyObject call();
    }

    @FunctionalInterface
    public interface F1 {
        PyObject call(PyObject a);
    }

    @FunctionalInterface
    public interface F2 {
        PyObject call(PyObject a, PyObject b);
    }

    @FunctionalInterface
    public interface F3 {
        PyObject call(PyObject a, PyObject b, PyObject c);
    }

    @FunctionalInterface
    public interface F4 {
        PyObject call(PyObject a, PyObject b, PyObject c, PyObject d);
    }

    /** {@code *args} only. */
    @FunctionalInterface
    public interface FV {
        PyObject call(PyObject[] args);
    }

    /** The raw vectorcall. */
    @FunctionalInterface
    public interface FK {
        PyObject call(PyObject[] args, int off, int npos, String[] kwnames);
    }
}
