package org.ramjet.objects;

import org.ramjet.bytecode.CompareOp;

/**
 * The set algebra of {@code set}/{@code frozenset} (and the set-like dict views), written as
 * CPython's setobject.c does it so that the resulting iteration orders agree: union copies the
 * left operand then adds, intersection walks the smaller set, difference walks the left set (or
 * copies and discards when the right one is much smaller).
 */
final class SetOps {
    private SetOps() {}

    /** The PySet behind a set, frozenset or frozenset-subclass instance; null for anything else. */
    static PySet asSet(PyObject o) {
        if (o instanceof PySet) {
            return (PySet) o;
        }
        if (o instanceof PyValueInstance && ((PyValueInstance) o).value instanceof PySet) {
            return (PySet) ((PyValueInstance) o).value;
        }
        return null;
    }

    /** An empty set of the same builtin kind as {@code like} (set for set subclasses, as CPython). */
    static PySet emptyLike(PySet like) {
        return new PySet(like.frozen);
    }

    static PySet copy(PySet s) {
        PySet r = emptyLike(s);
        r.update(s);
        return r;
    }

    static PySet union(PySet a, PyObject b) {
        PySet r = copy(a);
        r.update(b);
        return r;
    }

    static PySet intersection(PySet so, PyObject other) {
        PySet result = emptyLike(so);
        PySet os = asSet(other);
        if (os == so) {
            return copy(so);
        }
        if (os != null) {
            PySet big = so, small = os;
            if (os.used > so.used) {
                big = os;
                small = so;
            } else {
                big = so;
                small = os;
            }
            for (int p = small.nextPosition(0); p >= 0; p = small.nextPosition(p + 1)) {
                PyObject k = small.keyAt(p);
                long h = small.hashAt(p);
                if (big.containsEntry(k, h)) {
                    result.addEntry(k, h);
                }
            }
            return result;
        }
        PyObject it = Iteration.iter(other);
        for (PyObject k = Iteration.next(it); k != null; k = Iteration.next(it)) {
            long h = Hashing.hash(k);
            if (so.containsEntry(k, h)) {
                result.addEntry(k, h);
            }
        }
        return result;
    }

    static PySet difference(PySet so, PyObject other) {
        PySet os = asSet(other);
        long otherSize;
        if (os != null) {
            otherSize = os.used;
        } else if (other.getClass() == PyDict.class) {
            otherSize = ((PyDict) other).size();
        } else {
            return copyAndDifference(so, other);
        }
        if ((so.used >> 2) > otherSize) {
            return copyAndDifference(so, other);
        }
        PySet result = emptyLike(so);
        for (int p = so.nextPosition(0); p >= 0; p = so.nextPosition(p + 1)) {
            PyObject k = so.keyAt(p);
            boolean inOther = os != null ? os.containsEntry(k, so.hashAt(p)) : ((PyDict) other).containsKey(k);
            if (!inOther) {
                result.addEntry(k, so.hashAt(p));
            }
        }
        return result;
    }

    private static PySet copyAndDifference(PySet so, PyObject other) {
        PySet r = copy(so);
        differenceUpdate(r, other);
        return r;
    }

    static void differenceUpdate(PySet so, PyObject other) {
        PySet os = asSet(other);
        if (os == so) {
            so.clear();
            return;
        }
        if (os != null) {
            for (int p = os.nextPosition(0); p >= 0; p = os.nextPosition(p + 1)) {
                so.discardEntry(os.keyAt(p), os.hashAt(p));
            }
            return;
        }
        PyObject it = Iteration.iter(other);
        for (PyObject k = Iteration.next(it); k != null; k = Iteration.next(it)) {
            so.discard(k);
        }
    }

    static void intersectionUpdate(PySet so, PyObject other) {
        PySet r = intersection(so, other);
        so.clear();
        so.update(r);
    }

    static PySet symmetricDifference(PySet so, PyObject other) {
        PySet r = new PySet(so.frozen);
        r.update(other);
        symmetricDifferenceUpdate(r, so);
        return r;
    }

    static void symmetricDifferenceUpdate(PySet so, PyObject other) {
        if (asSet(other) == so) {
            so.clear();
            return;
        }
        PySet os = asSet(other);
        if (os == null) {
            os = PySet.of(false, other);
        }
        for (int p = os.nextPosition(0); p >= 0; p = os.nextPosition(p + 1)) {
            PyObject k = os.keyAt(p);
            long h = os.hashAt(p);
            if (!so.discardEntry(k, h)) {
                so.addEntry(k, h);
            }
        }
    }

    static boolean isSubset(PySet a, PySet b) {
        if (a.used > b.used) {
            return false;
        }
        for (int p = a.nextPosition(0); p >= 0; p = a.nextPosition(p + 1)) {
            if (!b.containsEntry(a.keyAt(p), a.hashAt(p))) {
                return false;
            }
        }
        return true;
    }

    static PyObject compare(PyObject self, PyObject other, CompareOp op) {
        PySet a = asSet(self), b = asSet(other);
        if (a == null || b == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        switch (op) {
            case EQ:
                return PyBool.of(a.used == b.used && isSubset(a, b));
            case NE:
                return PyBool.of(!(a.used == b.used && isSubset(a, b)));
            case LE:
                return PyBool.of(isSubset(a, b));
            case GE:
                return PyBool.of(isSubset(b, a));
            case LT:
                return PyBool.of(a.used < b.used && isSubset(a, b));
            default:
                return PyBool.of(a.used > b.used && isSubset(b, a));
        }
    }

    /** Comparison of a set-like dict view with a set or another view. */
    static PyObject compareAsSets(PyObject self, PyObject other, CompareOp op) {
        PySet b = asSet(other);
        if (b == null && !(other instanceof DictViews.View)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PySet a = PySet.of(false, self);
        return compare(a, b != null ? b : PySet.of(false, other), op);
    }

    /** Installs {@code & | - ^} on a set-like type whose operands may be any iterables (dict views). */
    static void installViewOperators(PyType t) {
        t.binary[org.ramjet.bytecode.BinaryOp.AND.ordinal()] = (self, o) -> intersection(PySet.of(false, self), o);
        t.rbinary[org.ramjet.bytecode.BinaryOp.AND.ordinal()] = (self, o) -> intersection(PySet.of(false, o), self);
        t.binary[org.ramjet.bytecode.BinaryOp.OR.ordinal()] = (self, o) -> union(PySet.of(false, self), o);
        t.rbinary[org.ramjet.bytecode.BinaryOp.OR.ordinal()] = (self, o) -> union(PySet.of(false, o), self);
        t.binary[org.ramjet.bytecode.BinaryOp.SUBTRACT.ordinal()] = (self, o) -> difference(PySet.of(false, self), o);
        t.rbinary[org.ramjet.bytecode.BinaryOp.SUBTRACT.ordinal()] = (self, o) -> difference(PySet.of(false, o), self);
        t.binary[org.ramjet.bytecode.BinaryOp.XOR.ordinal()] = (self, o) -> symmetricDifference(PySet.of(false, self), o);
        t.rbinary[org.ramjet.bytecode.BinaryOp.XOR.ordinal()] = (self, o) -> symmetricDifference(PySet.of(false, o), self);
    }
}
