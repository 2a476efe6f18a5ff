package org.ramjet.objects;

import java.math.BigInteger;

/** Python {@code int} outside the {@code long} range. Never holds a value that fits a {@link PyInt}. */
public final class PyBigInt extends PyObject {
    public final BigInteger value;

    PyBigInt(BigInteger value) {
        this.value = value;
    }

    @Override
    public PyType type() {
        return IntType.TYPE;
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
