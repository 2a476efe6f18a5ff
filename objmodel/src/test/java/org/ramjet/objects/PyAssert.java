package org.ramjet.objects;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.function.Executable;

/** Assertions on Python exceptions raised from Java. */
final class PyAssert {
    private PyAssert() {}

    /** Asserts that {@code code} raises {@code type} with exactly {@code message} as str(). */
    static PyBaseException raises(PyType type, String message, Executable code) {
        PyException e = assertThrows(PyException.class, code);
        assertEquals(type.getName(), e.pyType().getName(), "exception type (message: " + e.getMessage() + ")");
        if (message != null) {
            assertEquals(message, Repr.strString(e.value));
        }
        return e.value;
    }

    static PyObject i(long v) {
        return PyInt.of(v);
    }

    static PyObject s(String v) {
        return PyStr.of(v);
    }

    static String repr(PyObject o) {
        return Repr.reprString(o);
    }
}
