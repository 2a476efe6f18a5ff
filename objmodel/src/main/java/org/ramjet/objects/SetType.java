package org.ramjet.objects;

import static org.ramjet.bytecode.BinaryOp.*;

import org.ramjet.bytecode.CompareOp;

/**
 * Definers of {@code set} and {@code frozenset} and the {@code set_iterator}. Each operation
 * combines the table primitives of {@link PySet} as CPython's {@code setobject.c} does
 * (which set is iterated, which is probed, when the result is pre-sized), because that
 * decides the iteration order of the result.
 */
public final class SetType {
    private SetType() {}

    public static final PyType SET = new TypeSpec("set", PySet.class)
            .unhashable()
            .slots(t -> {
                commonSlots(t);
                t.new_ = (type, a, off, npos, kw) -> type == SetType.SET ? new PySet(false) : new PySetInstance(type);
                t.init = SetType::init;
                t.ibinary[OR.ordinal()] = (self, o) -> inplace(self, o, OR);
                t.ibinary[AND.ordinal()] = (self, o) -> inplace(self, o, AND);
                t.ibinary[SUBTRACT.ordinal()] = (self, o) -> inplace(self, o, SUBTRACT);
                t.ibinary[XOR.ordinal()] = (self, o) -> inplace(self, o, XOR);
            })
            .methods(m -> {
                commonMethods(m);
                setMethods(m);
            })
            .build();

    public static final PyType FROZENSET = new TypeSpec("frozenset", PySet.class)
            .valueType()
            .slots(t -> {
                commonSlots(t);
                t.new_ = SetType::newFrozenset;
                t.hash = self -> frozensetHash((PySet) self);
            })
            .methods(SetType::commonMethods)
            .build();

    static final PyType ITERATOR = new TypeSpec("set_iterator", SetIterator.class)
            .notSubclassable()
            .slots(t -> {
                t.iter = self -> self;
                t.next = self -> ((SetIterator) self).nextItem();
            })
            .methods(m -> m.method("__length_hint__", "($self, /)", (SetIterator self) ->
                    PyInt.of(self.set == null || self.set.used != self.expectedUsed ? 0 : self.remaining)))
            .build();

    /** The set behind a set, frozenset or frozenset-subclass instance; null for anything else. */
    static PySet asSet(PyObject o) {
        if (o instanceof PySet) {
            return (PySet) o;
        }
        if (o instanceof PyValueInstance && ((PyValueInstance) o).value instanceof PySet) {
            return (PySet) ((PyValueInstance) o).value;
        }
        return null;
    }

    private static void commonSlots(PyType t) {
        t.repr = self -> PyStr.of(repr(self));
        t.len = self -> ((PySet) self).used;
        t.contains = (self, k) -> containsKey((PySet) self, k);
        t.iter = self -> new SetIterator((PySet) self);
        t.richcompare = SetType::richCompare;
        t.binary[OR.ordinal()] = (self, o) -> binary(self, o, OR);
        t.binary[AND.ordinal()] = (self, o) -> binary(self, o, AND);
        t.binary[SUBTRACT.ordinal()] = (self, o) -> binary(self, o, SUBTRACT);
        t.binary[XOR.ordinal()] = (self, o) -> binary(self, o, XOR);
        t.rbinary[OR.ordinal()] = (self, o) -> binary(o, self, OR);
        t.rbinary[AND.ordinal()] = (self, o) -> binary(o, self, AND);
        t.rbinary[SUBTRACT.ordinal()] = (self, o) -> binary(o, self, SUBTRACT);
        t.rbinary[XOR.ordinal()] = (self, o) -> binary(o, self, XOR);
    }

    private static void commonMethods(MethodTable m) {
        m.method("copy", "($self, /)", (PySet s) -> copy(s));
        m.methodVarargs("union", "($self, /, *others)", (PySet s, PyObject[] others) -> {
            PySet r = copy(s);
            if (r == s) {
                r = newLike(s);
                r.merge(s);
            }
            for (PyObject o : others) {
                if (o != s) {
                    r.updateFrom(o);
                }
            }
            return r;
        });
        m.methodVarargs("intersection", "($self, /, *others)", (PySet s, PyObject[] others) -> {
            if (others.length == 0) {
                return copy(s);
            }
            PySet r = s;
            for (PyObject o : others) {
                r = intersection(r, o);
            }
            return r;
        });
        m.methodVarargs("difference", "($self, /, *others)", (PySet s, PyObject[] others) -> {
            if (others.length == 0) {
                return copy(s);
            }
            PySet r = difference(s, others[0]);
            for (int i = 1; i < others.length; i++) {
                differenceUpdate(r, others[i]);
            }
            return r;
        });
        m.method("symmetric_difference", "($self, other, /)", (PySet s, PyObject o) -> symmetricDifference(s, o));
        m.method("issubset", "($self, other, /)", (PySet s, PyObject o) -> PyBool.of(isSubset(s, toSet(o))));
        m.method("issuperset", "($self, other, /)", (PySet s, PyObject o) -> PyBool.of(isSuperset(s, o)));
        m.method("isdisjoint", "($self, other, /)", (PySet s, PyObject o) -> PyBool.of(isDisjoint(s, o)));
        m.method("__reduce__", "($self, /)", (PyObject s) -> PyTuple.of(s.type(),
                PyTuple.of(new PyList(asSet(s).toArray())), PyNone.NONE));
        m.method("__sizeof__", "($self, /)", (PySet s) -> PyInt.of(200 + (s.mask + 1 > PySet.MIN_SIZE ? 16L * (s.mask + 1) : 0)));
    }

    private static void setMethods(MethodTable m) {
        m.method("add", "($self, object, /)", (PySet s, PyObject k) -> {
            s.add(k);
            return PyNone.NONE;
        });
        m.method("discard", "($self, object, /)", (PySet s, PyObject k) -> {
            discardKey(s, k);
            return PyNone.NONE;
        });
        m.method("remove", "($self, object, /)", (PySet s, PyObject k) -> {
            if (!discardKey(s, k)) {
                throw PyErrors.keyError(k);
            }
            return PyNone.NONE;
        });
        m.method("pop", "($self, /)", (PySet s) -> s.pop());
        m.method("clear", "($self, /)", (PySet s) -> {
            s.clear();
            return PyNone.NONE;
        });
        m.methodVarargs("update", "($self, /, *others)", (PySet s, PyObject[] others) -> {
            for (PyObject o : others) {
                s.updateFrom(o);
            }
            return PyNone.NONE;
        });
        m.methodVarargs("intersection_update", "($self, /, *others)", (PySet s, PyObject[] others) -> {
            PySet r = s;
            for (PyObject o : others) {
                r = intersection(r, o);
            }
            if (r != s) {
                s.takeBody(r);
            }
            return PyNone.NONE;
        });
        m.methodVarargs("difference_update", "($self, /, *others)", (PySet s, PyObject[] others) -> {
            for (PyObject o : others) {
                differenceUpdate(s, o);
            }
            return PyNone.NONE;
        });
        m.method("symmetric_difference_update", "($self, other, /)", (PySet s, PyObject o) -> {
            symmetricDifferenceUpdate(s, o);
            return PyNone.NONE;
        });
    }

    // ---- construction ----

    private static void init(PyObject self, PyObject[] a, int off, int npos, String[] kw) {
        PySet s = (PySet) self;
        if (kw != null && kw.length > 0) {
            throw PyErrors.typeError("set() takes no keyword arguments");
        }
        if (npos > 1) {
            throw PyErrors.typeError("set expected at most 1 argument, got %d", npos);
        }
        if (s.fill > 0) {
            s.clear();
        }
        if (npos == 1) {
            s.updateFrom(a[off]);
        }
    }

    private static PyObject newFrozenset(PyType type, PyObject[] a, int off, int npos, String[] kw) {
        if (kw != null && kw.length > 0 && type == FROZENSET) {
            throw PyErrors.typeError("frozenset() takes no keyword arguments");
        }
        if (npos > 1) {
            throw PyErrors.typeError("frozenset expected at most 1 argument, got %d", npos);
        }
        if (type == FROZENSET) {
            if (npos == 1 && a[off] instanceof PySet && ((PySet) a[off]).frozen) {
                return a[off];
            }
            return npos == 1 ? PySet.of(a[off], true) : new PySet(true);
        }
        PySet value = npos == 1 ? PySet.of(a[off], true) : new PySet(true);
        return new PyValueInstance(type, value);
    }

    /** An empty set of the builtin type of {@code s} (subclasses give their base). */
    private static PySet newLike(PySet s) {
        return new PySet(s.frozen);
    }

    /** {@code s.copy()}: an exact frozenset is its own copy. */
    static PySet copy(PySet s) {
        if (s.frozen && s.getClass() == PySet.class) {
            return s;
        }
        PySet r = newLike(s);
        r.merge(s);
        return r;
    }

    private static PySet toSet(PyObject o) {
        PySet s = asSet(o);
        return s != null ? s : PySet.of(o, false);
    }

    // ---- membership with CPython's set-as-key retry ----

    private static boolean containsKey(PySet s, PyObject key) {
        try {
            return s.contains(key);
        } catch (PyException e) {
            PySet k = asSet(key);
            if (k == null || k.frozen || !e.matches(PyExc.TypeError)) {
                throw e;
            }
            return s.contains(frozenCopy(k));
        }
    }

    private static boolean discardKey(PySet s, PyObject key) {
        try {
            return s.discard(key);
        } catch (PyException e) {
            PySet k = asSet(key);
            if (k == null || k.frozen || !e.matches(PyExc.TypeError)) {
                throw e;
            }
            return s.discard(frozenCopy(k));
        }
    }

    private static PySet frozenCopy(PySet s) {
        PySet f = new PySet(true);
        f.merge(s);
        return f;
    }

    // ---- the operations, as setobject.c combines them ----

    static PySet intersection(PySet so, PyObject other) {
        if (so == other) {
            return copy(so);
        }
        PySet result = newLike(so);
        PySet os = asSet(other);
        if (os != null) {
            PySet a = so, b = os;
            if (b.used > a.used) {
                PySet tmp = a;
                a = b;
                b = tmp;
            }
            for (int i = 0; i <= b.mask; i++) {
                PyObject k = b.keys[i];
                if (k != null && k != PySet.DUMMY) {
                    long h = b.hashes[i];
                    if (a.lookup(k, h) >= 0) {
                        result.addEntry(k, h);
                    }
                }
            }
            return result;
        }
        PyObject it = Iteration.iter(other);
        for (PyObject k = Iteration.next(it); k != null; k = Iteration.next(it)) {
            long h = PySet.hashOf(k);
            if (so.lookup(k, h) >= 0) {
                result.addEntry(k, h);
            }
        }
        return result;
    }

    static PySet difference(PySet so, PyObject other) {
        PySet os = asSet(other);
        int otherSize;
        if (os != null) {
            otherSize = os.used;
        } else if (other.getClass() == PyDict.class) {
            otherSize = ((PyDict) other).size();
        } else {
            PySet r = copy(so);
            if (r == so) {
                r = newLike(so);
                r.merge(so);
            }
            differenceUpdate(r, other);
            return r;
        }
        if ((so.used >> 2) > otherSize) {
            PySet r = newLike(so);
            r.merge(so);
            differenceUpdate(r, other);
            return r;
        }
        PySet result = newLike(so);
        for (int i = 0; i <= so.mask; i++) {
            PyObject k = so.keys[i];
            if (k != null && k != PySet.DUMMY) {
                long h = so.hashes[i];
                boolean in = os != null ? os.lookup(k, h) >= 0 : ((PyDict) other).containsKey(k);
                if (!in) {
                    result.addEntry(k, h);
                }
            }
        }
        return result;
    }

    static void differenceUpdate(PySet so, PyObject other) {
        if (so == other) {
            so.clear();
            return;
        }
        PySet os = asSet(other);
        if (os != null) {
            if ((os.used >> 3) > so.used) {
                os = intersection(so, os);
            }
            for (int i = 0; i <= os.mask; i++) {
                PyObject k = os.keys[i];
                if (k != null && k != PySet.DUMMY) {
                    so.discardEntry(k, os.hashes[i]);
                }
            }
        } else {
            PyObject it = Iteration.iter(other);
            for (PyObject k = Iteration.next(it); k != null; k = Iteration.next(it)) {
                discardKey(so, k);
            }
        }
        if (so.fill - so.used > so.mask / 4) {
            so.resize(so.used > 50000 ? so.used * 2 : so.used * 4);
        }
    }

    static PySet symmetricDifference(PySet so, PyObject other) {
        PySet result = newLike(so);
        result.updateFrom(other);
        symmetricDifferenceUpdate(result, so);
        return result;
    }

    static void symmetricDifferenceUpdate(PySet so, PyObject other) {
        if (so == other) {
            so.clear();
            return;
        }
        if (other.getClass() == PyDict.class) {
            PyDict d = (PyDict) other;
            for (int p = d.nextPosition(0); p >= 0; p = d.nextPosition(p + 1)) {
                PyObject k = d.keyAt(p);
                long h = PySet.hashOf(k);
                if (!so.discardEntry(k, h)) {
                    so.addEntry(k, h);
                }
            }
            return;
        }
        PySet os = asSet(other);
        if (os == null) {
            os = PySet.of(other, false);
        }
        for (int i = 0; i <= os.mask; i++) {
            PyObject k = os.keys[i];
            if (k != null && k != PySet.DUMMY) {
                long h = os.hashes[i];
                if (!so.discardEntry(k, h)) {
                    so.addEntry(k, h);
                }
            }
        }
    }

    static boolean isSubset(PySet so, PySet other) {
        if (so.used > other.used) {
            return false;
        }
        for (int i = 0; i <= so.mask; i++) {
            PyObject k = so.keys[i];
            if (k != null && k != PySet.DUMMY && other.lookup(k, so.hashes[i]) < 0) {
                return false;
            }
        }
        return true;
    }

    static boolean isSuperset(PySet so, PyObject other) {
        PySet os = asSet(other);
        if (os != null) {
            return isSubset(os, so);
        }
        PyObject it = Iteration.iter(other);
        for (PyObject k = Iteration.next(it); k != null; k = Iteration.next(it)) {
            if (!containsKey(so, k)) {
                return false;
            }
        }
        return true;
    }

    static boolean isDisjoint(PySet so, PyObject other) {
        if (so == other) {
            return so.used == 0;
        }
        PySet os = asSet(other);
        if (os != null) {
            PySet small = so.used <= os.used ? so : os, big = small == so ? os : so;
            for (int i = 0; i <= small.mask; i++) {
                PyObject k = small.keys[i];
                if (k != null && k != PySet.DUMMY && big.lookup(k, small.hashes[i]) >= 0) {
                    return false;
                }
            }
            return true;
        }
        PyObject it = Iteration.iter(other);
        for (PyObject k = Iteration.next(it); k != null; k = Iteration.next(it)) {
            if (containsKey(so, k)) {
                return false;
            }
        }
        return true;
    }

    private static PyObject binary(PyObject a, PyObject b, org.ramjet.bytecode.BinaryOp op) {
        PySet sa = asSet(a), sb = asSet(b);
        if (sa == null || sb == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        switch (op) {
            case OR: {
                PySet r = newLike(sa);
                r.merge(sa);
                if (sa != sb) {
                    r.merge(sb);
                }
                return r;
            }
            case AND:
                return intersection(sa, sb);
            case SUBTRACT:
                return difference(sa, sb);
            default:
                return symmetricDifference(sa, sb);
        }
    }

    private static PyObject inplace(PyObject self, PyObject other, org.ramjet.bytecode.BinaryOp op) {
        PySet s = (PySet) self;
        PySet o = asSet(other);
        if (o == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        switch (op) {
            case OR:
                s.merge(o);
                break;
            case AND: {
                PySet r = intersection(s, o);
                if (r != s) {
                    s.takeBody(r);
                }
                break;
            }
            case SUBTRACT:
                differenceUpdate(s, o);
                break;
            default:
                symmetricDifferenceUpdate(s, o);
                break;
        }
        return self;
    }

    private static PyObject richCompare(PyObject self, PyObject other, CompareOp op) {
        PySet v = (PySet) self, w = asSet(other);
        if (w == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        switch (op) {
            case EQ:
                return PyBool.of(v.used == w.used && isSubset(v, w));
            case NE:
                return PyBool.of(!(v.used == w.used && isSubset(v, w)));
            case LE:
                return PyBool.of(isSubset(v, w));
            case GE:
                return PyBool.of(isSubset(w, v));
            case LT:
                return PyBool.of(v.used < w.used && isSubset(v, w));
            default:
                return PyBool.of(v.used > w.used && isSubset(w, v));
        }
    }

    private static long shuffleBits(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    static long frozensetHash(PySet s) {
        if (s.hash != -1) {
            return s.hash;
        }
        long hash = 0;
        for (int i = 0; i <= s.mask; i++) {
            hash ^= shuffleBits(s.keys[i] == null ? 0 : s.hashes[i]);
        }
        if (((s.mask + 1 - s.fill) & 1) != 0) {
            hash ^= shuffleBits(0);
        }
        if (((s.fill - s.used) & 1) != 0) {
            hash ^= shuffleBits(-1);
        }
        hash ^= ((long) s.used + 1) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        if (hash == -1) {
            hash = 590923713L;
        }
        s.hash = hash;
        return hash;
    }

    static String repr(PyObject self) {
        PySet s = (PySet) self;
        PyType t = self.type();
        String name = t.getName();
        boolean exactSet = t == SET;
        if (s.used == 0) {
            return name + "()";
        }
        if (!Repr.enter(self)) {
            return exactSet ? "{...}" : name + "(...)";
        }
        try {
            StringBuilder sb = new StringBuilder();
            if (!exactSet) {
                sb.append(name).append('(');
            }
            sb.append('{');
            boolean first = true;
            for (PyObject k : s.toArray()) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(Repr.reprString(k));
            }
            sb.append('}');
            if (!exactSet) {
                sb.append(')');
            }
            return sb.toString();
        } finally {
            Repr.leave(self);
        }
    }

    /** {@code set_iterator}: walks the table; "Set changed size during iteration". */
    static final class SetIterator extends PyObject {
        PySet set;
        final int expectedUsed;
        private int pos;
        int remaining;

        SetIterator(PySet set) {
            this.set = set;
            this.expectedUsed = set.used;
            this.remaining = set.used;
        }

        @Override
        public PyType type() {
            return ITERATOR;
        }

        PyObject nextItem() {
            PySet s = set;
            if (s == null) {
                return null;
            }
            if (s.used != expectedUsed) {
                set = null;
                throw PyErrors.runtimeError("Set changed size during iteration");
            }
            PyObject[] keys = s.keys;
            int m = s.mask;
            while (pos <= m) {
                PyObject k = keys[pos++];
                if (k != null && k != PySet.DUMMY) {
                    remaining--;
                    return k;
                }
            }
            set = null;
            return null;
        }
    }
}
