package org.ramjet.objects;

import org.ramjet.bytecode.CompareOp;

/** Definer of {@code range} and its iterators. */
public final class RangeType {
    private RangeType() {}

    public static final PyType TYPE = new TypeSpec("range", PyRange.class)
            .notSubclassable()
            .flags(TypeFlags.SEQUENCE)
            .slots(RangeType::slots)
            .methods(RangeType::methods)
            .build();

    static final PyType ITERATOR = SeqIterators.iteratorType("range_iterator", RangeIterator.class);
    static final PyType LONG_ITERATOR = SeqIterators.iteratorType("longrange_iterator", LongRangeIterator.class);

    private static void slots(PyType t) {
        t.repr = self -> {
            PyRange r = (PyRange) self;
            String s = "range(" + Repr.reprString(r.start) + ", " + Repr.reprString(r.stop);
            return PyStr.of(Ints.compare(r.step, PyInt.ONE) == 0 ? s + ")" : s + ", " + Repr.reprString(r.step) + ")");
        };
        t.len = self -> {
            PyObject n = ((PyRange) self).length;
            if (!(n instanceof PyInt)) {
                throw PyErrors.overflowError("Python int too large to convert to C ssize_t");
            }
            return ((PyInt) n).value;
        };
        t.bool = self -> Ints.signum(((PyRange) self).length) != 0;
        t.contains = (self, x) -> {
            PyRange r = (PyRange) self;
            if (x instanceof PyInt || x instanceof PyBigInt || x instanceof PyBool) {
                return r.containsInt(x);
            }
            PyObject it = Iteration.iter(self);
            for (PyObject y = Iteration.next(it); y != null; y = Iteration.next(it)) {
                if (y == x || Comparisons.equal(y, x)) {
                    return true;
                }
            }
            return false;
        };
        t.iter = self -> {
            PyRange r = (PyRange) self;
            return r.small ? new RangeIterator(r.lstart, r.lstep, r.llength) : new LongRangeIterator(r.start, r.step, r.length);
        };
        t.getitem = RangeType::getItem;
        t.hash = self -> {
            PyRange r = (PyRange) self;
            if (Ints.signum(r.length) == 0) {
                return Hashing.hash(PyTuple.of(r.length, PyNone.NONE, PyNone.NONE));
            }
            if (Ints.compare(r.length, PyInt.ONE) == 0) {
                return Hashing.hash(PyTuple.of(r.length, r.start, PyNone.NONE));
            }
            return Hashing.hash(PyTuple.of(r.length, r.start, r.step));
        };
        t.richcompare = (self, other, op) -> {
            if (!(other instanceof PyRange) || (op != CompareOp.EQ && op != CompareOp.NE)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            boolean eq = equal((PyRange) self, (PyRange) other);
            return PyBool.of(op == CompareOp.EQ ? eq : !eq);
        };
        t.new_ = RangeType::newRange;
    }

    static boolean equal(PyRange a, PyRange b) {
        if (a == b) {
            return true;
        }
        if (Ints.compare(a.length, b.length) != 0) {
            return false;
        }
        if (Ints.signum(a.length) == 0) {
            return true;
        }
        if (Ints.compare(a.start, b.start) != 0) {
            return false;
        }
        return Ints.compare(a.length, PyInt.ONE) == 0 || Ints.compare(a.step, b.step) == 0;
    }

    private static PyObject newRange(PyType type, PyObject[] a, int off, int n, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw PyErrors.typeError("range() takes no keyword arguments");
        }
        if (n == 0) {
            throw PyErrors.typeError("range expected at least 1 argument, got 0");
        }
        if (n > 3) {
            throw PyErrors.typeError("range expected at most 3 arguments, got %d", n);
        }
        if (n == 1) {
            return new PyRange(PyInt.ZERO, Numbers.index(a[off]), PyInt.ONE);
        }
        PyObject step = n == 3 ? Numbers.index(a[off + 2]) : PyInt.ONE;
        PyObject start = Numbers.index(a[off]);
        PyObject stop = Numbers.index(a[off + 1]);
        if (Ints.signum(step) == 0) {
            throw PyErrors.valueError("range() arg 3 must not be zero");
        }
        return new PyRange(start, stop, step);
    }

    static PyObject getItem(PyObject self, PyObject key) {
        PyRange r = (PyRange) self;
        if (key instanceof PySlice) {
            PySlice s = (PySlice) key;
            long[] idx = s.indices(Ints.asIndexSized(r.length));
            PyObject newStart = r.item(PyInt.of(idx[0]));
            PyObject newStep = Ints.mul(r.step, PyInt.of(idx[2]));
            PyObject newStop = Ints.add(newStart, Ints.mul(PyInt.of(idx[3]), newStep));
            return new PyRange(newStart, newStop, newStep);
        }
        PyObject i = Numbers.index(checkIndexType(key));
        if (Ints.signum(i) < 0) {
            i = Ints.add(i, r.length);
        }
        if (Ints.signum(i) < 0 || Ints.compare(i, r.length) >= 0) {
            throw PyErrors.indexError("range object index out of range");
        }
        return r.item(i);
    }

    private static PyObject checkIndexType(PyObject key) {
        if (!Ints.isInt(key) && key.type().index == null) {
            throw PyErrors.typeError("range indices must be integers or slices, not %s", key.type().getName());
        }
        return key;
    }

    private static void methods(MethodTable m) {
        m.getter("start", (PyRange r) -> r.start);
        m.getter("stop", (PyRange r) -> r.stop);
        m.getter("step", (PyRange r) -> r.step);
        m.method("count", "($self, value, /)", (PyRange r, PyObject x) -> {
            if (Ints.isInt(x)) {
                return PyInt.of(r.containsInt(Ints.asIntObject(x)) ? 1 : 0);
            }
            long c = 0;
            PyObject it = Iteration.iter(r);
            for (PyObject y = Iteration.next(it); y != null; y = Iteration.next(it)) {
                if (Comparisons.equal(y, x)) {
                    c++;
                }
            }
            return PyInt.of(c);
        });
        m.method("index", "($self, value, /)", (PyRange r, PyObject x) -> {
            if (Ints.isInt(x) && r.containsInt(Ints.asIntObject(x))) {
                return Ints.floorDiv(Ints.sub(x, r.start), r.step);
            }
            if (!Ints.isInt(x)) {
                long i = 0;
                PyObject it = Iteration.iter(r);
                for (PyObject y = Iteration.next(it); y != null; y = Iteration.next(it), i++) {
                    if (Comparisons.equal(y, x)) {
                        return PyInt.of(i);
                    }
                }
            }
            throw PyErrors.valueError("%s is not in range", Repr.reprString(x));
        });
        m.method("__reversed__", "($self, /)", (PyRange r) -> {
            PyObject last = Ints.add(r.start, Ints.mul(Ints.sub(r.length, PyInt.ONE), r.step));
            PyRange rev = new PyRange(last, Ints.sub(r.start, r.step), Ints.neg(r.step));
            return rev.small ? new RangeIterator(rev.lstart, rev.lstep, rev.llength)
                    : new LongRangeIterator(rev.start, rev.step, rev.length);
        });
        m.method("__reduce__", "($self, /)", (PyRange r) -> PyTuple.of(r.type(), PyTuple.of(r.start, r.stop, r.step)));
    }

    /** {@code range_iterator}: long arithmetic, no allocation beyond the result ints. */
    static final class RangeIterator extends SeqIterators.Base {
        private long next;
        private final long step;
        private long remaining;

        RangeIterator(long start, long step, long length) {
            this.next = start;
            this.step = step;
            this.remaining = length;
        }

        @Override
        public PyType type() {
            return ITERATOR;
        }

        @Override
        PyObject nextItem() {
            if (remaining <= 0) {
                return null;
            }
            remaining--;
            long v = next;
            next += step;
            return PyInt.of(v);
        }

        @Override
        long lengthHint() {
            return remaining;
        }
    }

    /** {@code longrange_iterator}: for bounds beyond the long range. */
    static final class LongRangeIterator extends SeqIterators.Base {
        private PyObject next;
        private final PyObject step;
        private PyObject remaining;

        LongRangeIterator(PyObject start, PyObject step, PyObject length) {
            this.next = start;
            this.step = step;
            this.remaining = length;
        }

        @Override
        public PyType type() {
            return LONG_ITERATOR;
        }

        @Override
        PyObject nextItem() {
            if (Ints.signum(remaining) <= 0) {
                return null;
            }
            remaining = Ints.sub(remaining, PyInt.ONE);
            PyObject v = next;
            next = Ints.add(next, step);
            return v;
        }

        @Override
        long lengthHint() {
            return Ints.fitsLong(remaining) ? Ints.longValue(remaining) : Long.MAX_VALUE;
        }
    }
}
