package org.ramjet.objects;

/** Python {@code float}: one {@code double}. Arithmetic lives in {@link Floats}, repr in the format library. */
public final class PyFloat extends PyObject {
    public final double value;

    private PyFloat(double value) {
        this.value = value;
    }

    public static PyFloat of(double value) {
        return new PyFloat(value);
    }

    @Override
    public PyType type() {
        return FloatType.TYPE;
    }

    @Override
    public String toString() {
        return org.ramjet.objects.format.FloatRepr.repr(value);
    }
}
