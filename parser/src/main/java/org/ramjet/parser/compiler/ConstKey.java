package org.ramjet.parser.compiler;

import java.util.Arrays;
import org.ramjet.objects.*;

/**
 * Equality of constants for sharing one {@code co_consts} slot, as CPython's {@code _PyCode_ConstantKey}:
 * values are equal only with the same type ({@code 1}, {@code 1.0} and {@code True} stay apart),
 * floats compare by bits (so {@code 0.0} and {@code -0.0} stay apart), tuples item by item, code
 * objects by identity.
 */
final class ConstKey {
    private final PyObject value;
    private final int hash;

    ConstKey(PyObject value) {
        this.value = value;
        this.hash = hashOf(value);
    }

    private static int hashOf(PyObject v) {
        if (v instanceof PyInt) {
            return Long.hashCode(((PyInt) v).value);
        } else if (v instanceof PyBigInt) {
            return ((PyBigInt) v).value.hashCode();
        } else if (v instanceof PyFloat) {
            return Long.hashCode(Double.doubleToRawLongBits(((PyFloat) v).value)) * 31 + 1;
        } else if (v instanceof PyStr) {
            return ((PyStr) v).value.hashCode();
        } else if (v instanceof PyBytes) {
            return Arrays.hashCode(((PyBytes) v).toByteArray()) * 7;
        } else if (v instanceof PyComplex) {
            PyComplex c = (PyComplex) v;
            return Long.hashCode(Double.doubleToRawLongBits(c.real) ^ 31 * Double.doubleToRawLongBits(c.imag));
        } else if (v instanceof PyTuple) {
            PyTuple t = (PyTuple) v;
            int h = 17;
            for (int i = 0; i < t.size(); i++) {
                h = h * 31 + hashOf(t.get(i));
            }
            return h;
        }
        return System.identityHashCode(v);
    }

    static boolean same(PyObject a, PyObject b) {
        if (a == b) {
            return true;
        }
        if (a.getClass() != b.getClass()) {
            return false;
        }
        if (a instanceof PyInt) {
            return ((PyInt) a).value == ((PyInt) b).value;
        } else if (a instanceof PyBigInt) {
            return ((PyBigInt) a).value.equals(((PyBigInt) b).value);
        } else if (a instanceof PyFloat) {
            return Double.doubleToRawLongBits(((PyFloat) a).value) == Double.doubleToRawLongBits(((PyFloat) b).value);
        } else if (a instanceof PyStr) {
            return ((PyStr) a).value.equals(((PyStr) b).value);
        } else if (a instanceof PyBytes) {
            return Arrays.equals(((PyBytes) a).toByteArray(), ((PyBytes) b).toByteArray());
        } else if (a instanceof PyComplex) {
            PyComplex x = (PyComplex) a, y = (PyComplex) b;
            return Double.doubleToRawLongBits(x.real) == Double.doubleToRawLongBits(y.real)
                    && Double.doubleToRawLongBits(x.imag) == Double.doubleToRawLongBits(y.imag);
        } else if (a instanceof PyTuple) {
            PyTuple x = (PyTuple) a, y = (PyTuple) b;
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!same(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConstKey && same(value, ((ConstKey) o).value);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
