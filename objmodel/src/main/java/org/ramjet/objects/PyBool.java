package org.ramjet.objects;

/**
 * {@code True} and {@code False}: Python's {@code bool}, a subclass of {@code int} with two
 * instances. Accepted wherever an int is ({@link Ints} treats them as 1 and 0).
 */
public final class PyBool extends PyObject {
    public static final PyBool TRUE = new PyBool(true);
    public static final PyBool FALSE = new PyBool(false);

    public final boolean value;

    private PyBool(boolean value) {
        this.value = value;
    }

    public static PyBool of(boolean value) {
        return value ? TRUE : FALSE;
    }

    @Override
    public PyType type() {
        return BoolType.TYPE;
    }

    @Override
    public String toString() {
        return value ? "True" : "False";
    }
}
