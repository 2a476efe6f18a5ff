package org.ramjet.objects;

import org.ramjet.bytecode.CompareOp;

/**
 * Rich comparison with CPython's rules: if the right operand's type is a proper subclass of the
 * left's, its reflected method is tried first; NotImplemented passes the turn; {@code ==} and
 * {@code !=} fall back to identity; ordering falls back to
 * "'<' not supported between instances of 'int' and 'str'".
 */
public final class Comparisons {
    private Comparisons() {}

    /** {@code a op b} as a Python object (usually a bool). */
    public static PyObject richCompare(PyObject a, PyObject b, CompareOp op) {
        if (a instanceof PyInt && b instanceof PyInt) {
            return PyBool.of(test(Long.compare(((PyInt) a).value, ((PyInt) b).value), op));
        }
        PyType ta = a.type(), tb = b.type();
        boolean checkedReverse = false;
        if (ta != tb && tb.isSubtype(ta) && tb.richcompare != null) {
            checkedReverse = true;
            PyObject r = tb.richcompare.compare(b, a, op.reflected());
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (ta.richcompare != null) {
            PyObject r = ta.richcompare.compare(a, b, op);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (!checkedReverse && tb.richcompare != null) {
            PyObject r = tb.richcompare.compare(b, a, op.reflected());
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        switch (op) {
            case EQ:
                return PyBool.of(a == b);
            case NE:
                return PyBool.of(a != b);
            default:
                throw PyErrors.typeError("'%s' not supported between instances of '%s' and '%s'",
                        op.symbol, ta.getName(), tb.getName());
        }
    }

    /** {@code bool(a == b)}. */
    public static boolean equal(PyObject a, PyObject b) {
        if (a instanceof PyStr && b instanceof PyStr) {
            return ((PyStr) a).value.equals(((PyStr) b).value);
        }
        return Truth.isTrue(richCompare(a, b, CompareOp.EQ));
    }

    /** Key equality for dicts and sets: identity, then {@code ==}. */
    public static boolean equalKeys(PyObject a, PyObject b) {
        return a == b || equal(a, b);
    }

    /** {@code bool(a < b)}. */
    public static boolean lessThan(PyObject a, PyObject b) {
        return Truth.isTrue(richCompare(a, b, CompareOp.LT));
    }

    /** Whether a three-way comparison result {@code c} satisfies {@code op}. */
    public static boolean test(int c, CompareOp op) {
        switch (op) {
            case LT: return c < 0;
            case LE: return c <= 0;
            case EQ: return c == 0;
            case NE: return c != 0;
            case GT: return c > 0;
            default: return c >= 0;
        }
    }

    /** Lexicographic comparison of two sequences (lists, tuples), as CPython's list_richcompare. */
    public static PyObject compareSequences(PyObject[] a, int na, PyObject[] b, int nb, CompareOp op) {
        if (na != nb && (op == CompareOp.EQ || op == CompareOp.NE)) {
            return PyBool.of(op == CompareOp.NE);
        }
        int i = 0;
        for (; i < na && i < nb; i++) {
            PyObject x = a[i], y = b[i];
            if (x != y && !equal(x, y)) {
                break;
            }
        }
        if (i >= na || i >= nb) {
            return PyBool.of(test(Integer.compare(na, nb), op));
        }
        if (op == CompareOp.EQ) {
            return PyBool.FALSE;
        }
        if (op == CompareOp.NE) {
            return PyBool.TRUE;
        }
        return richCompare(a[i], b[i], op);
    }
}
