package org.ramjet.objects;

import java.math.BigInteger;

/**
 * Python {@code int} whose value fits in a {@code long}: the fast path of all integer arithmetic.
 * Larger values are {@link PyBigInt}; every operation returns a {@code PyInt} again as soon as
 * the result fits. {@code bool} values are {@link PyBool} and Python subclass instances are
 * {@link PyValueInstance}s: code that accepts any int uses {@link Ints}.
 */
public final class PyInt extends PyObject {
    private static final int CACHE_LOW = -5, CACHE_HIGH = 256;
    private static final PyInt[] CACHE = new PyInt[CACHE_HIGH - CACHE_LOW + 1];

    static {
        for (int i = 0; i < CACHE.length; i++) {
            CACHE[i] = new PyInt(i + CACHE_LOW);
        }
    }

    public static final PyInt ZERO = of(0);
    public static final PyInt ONE = of(1);

    public final long value;

    private PyInt(long value) {
        this.value = value;
    }

    public static PyInt of(long value) {
        if (value >= CACHE_LOW && value <= CACHE_HIGH) {
            return CACHE[(int) value - CACHE_LOW];
        }
        return new PyInt(value);
    }

    /** A {@code PyInt} when the value fits in a {@code long}, else a {@link PyBigInt}. */
    public static PyObject of(BigInteger value) {
        return value.bitLength() < 64 ? of(value.longValue()) : new PyBigInt(value);
    }

    @Override
    public PyType type() {
        return IntType.TYPE;
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
