package org.ramjet.objects;

/** Python {@code float}: one {@code double}. */
public final class PyFloat extends PyObject {
    public final double value;

    private PyFloat(double value) {
        this.value = value;
    }

    public static PyFloat of(double value) {
        return new PyFloat(value);
    }
}
