package org.ramjet.objects;

import java.math.BigInteger;
import org.ramjet.bytecode.CompareOp;

/** Definer of {@code range} and its iterators ({@code range_iterator}, {@code longrange_iterator}). */
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
        t.new_ = RangeType::newRange;
        t.repr = self -> PyStr.of(repr((PyRange) self));
        t.len = self -> ((PyRange) self).size();
        t.bool = self -> Ints.signum(((PyRange) self).length) != 0;
        t.getitem = RangeType::getItem;
        t.contains = (self, x) -> contains((PyRange) self, x);
        t.iter = self -> iterator((PyRange) self, false);
        t.hash = self -> hash((PyRange) self);
        t.richcompare = (self, other, op) -> {
            if (!(other instanceof PyRange) || (op != CompareOp.EQ && op != CompareOp.NE)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            boolean eq = same((PyRange) self, (PyRange) other);
            return PyBool.of(op == CompareOp.EQ ? eq : !eq);
        };
    }

    private static void methods(MethodTable m) {
        m.getter("start", (PyRange r) -> r.start);
        m.getter("stop", (PyRange r) -> r.stop);
        m.getter("step", (PyRange r) -> r.step);
        m.method("count", "($self, value, /)", (PyRange r, PyObject v) -> {
            if (isExactInt(v)) {
                return PyInt.of(contains(r, v) ? 1 : 0);
            }
            long n = 0;
            PyObject it = iterator(r, false);
            for (PyObject x = Iteration.next(it); x != null; x = Iteration.next(it)) {
                if (Comparisons.equal(x, v)) {
                    n++;
                }
            }
            return PyInt.of(n);
        });
        m.method("index", "($self, value, /)", (PyRange r, PyObject v) -> {
            if (isExactInt(v)) {
                if (contains(r, v)) {
                    return PyInt.of(Ints.big(v).subtract(Ints.big(r.start)).divide(Ints.big(r.step)));
                }
            } else {
                long i = 0;
                PyObject it = iterator(r, false);
                for (PyObject x = Iteration.next(it); x != null; x = Iteration.next(it), i++) {
                    if (Comparisons.equal(x, v)) {
                        return PyInt.of(i);
                    }
                }
            }
            throw PyErrors.valueError("%s is not in range", Repr.reprString(v));
        });
        m.method("__reversed__", "($self, /)", (PyRange r) -> iterator(r, true));
        m.method("__reduce__", "($self, /)", (PyRange r) ->
                PyTuple.of(TYPE, PyTuple.of(r.start, r.stop, r.step)));
    }

    static PyObject newRange(PyType type, PyObject[] a, int off, int npos, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw PyErrors.typeError("range() takes no keyword arguments");
        }
        switch (npos) {
            case 0:
                throw PyErrors.typeError("range expected at least 1 argument, got 0");
            case 1:
                return new PyRange(PyInt.ZERO, Numbers.index(a[off]), PyInt.ONE);
            case 2:
                return new PyRange(Numbers.index(a[off]), Numbers.index(a[off + 1]), PyInt.ONE);
            case 3: {
                PyObject start = Numbers.index(a[off]);
                PyObject stop = Numbers.index(a[off + 1]);
                PyObject step = Numbers.index(a[off + 2]);
                if (Ints.signum(step) == 0) {
                    throw PyErrors.valueError("range() arg 3 must not be zero");
                }
                return new PyRange(start, stop, step);
            }
            default:
                throw PyErrors.typeError("range expected at most 3 arguments, got %d", npos);
        }
    }

    static String repr(PyRange r) {
        String s = "range(" + Ints.toDecimal(r.start) + ", " + Ints.toDecimal(r.stop);
        if (!(r.step instanceof PyInt && ((PyInt) r.step).value == 1)) {
            s += ", " + Ints.toDecimal(r.step);
        }
        return s + ")";
    }

    private static boolean isExactInt(PyObject v) {
        return v instanceof PyInt || v instanceof PyBigInt || v instanceof PyBool;
    }

    static boolean contains(PyRange r, PyObject x) {
        if (!isExactInt(x)) {
            PyObject it = iterator(r, false);
            for (PyObject y = Iteration.next(it); y != null; y = Iteration.next(it)) {
                if (Comparisons.equal(y, x)) {
                    return true;
                }
            }
            return false;
        }
        if (r.small && x instanceof PyInt) {
            long v = ((PyInt) x).value;
            if (r.llen == 0) {
                return false;
            }
            long last = r.lstart + (r.llen - 1) * r.lstep;
            long lo = Math.min(r.lstart, last), hi = Math.max(r.lstart, last);
            return v >= lo && v <= hi && Math.floorMod(v - r.lstart, Math.abs(r.lstep)) == 0;
        }
        BigInteger v = Ints.big(Ints.asIntObject(x));
        BigInteger start = Ints.big(r.start), stop = Ints.big(r.stop), step = Ints.big(r.step);
        boolean inBounds = step.signum() > 0
                ? v.compareTo(start) >= 0 && v.compareTo(stop) < 0
                : v.compareTo(start) <= 0 && v.compareTo(stop) > 0;
        return inBounds && v.subtract(start).mod(step.abs()).signum() == 0;
    }

    private static PyObject getItem(PyObject self, PyObject key) {
        PyRange r = (PyRange) self;
        if (key instanceof PySlice) {
            return slice(r, (PySlice) key);
        }
        if (!Ints.isInt(key) && key.type().index == null) {
            throw PyErrors.typeError("range indices must be integers or slices, not %s", key.type().getName());
        }
        PyObject i = Ints.asIntObject(Numbers.index(key));
        if (r.small && i instanceof PyInt) {
            long k = ((PyInt) i).value;
            if (k < 0) {
                k += r.llen;
            }
            if (k < 0 || k >= r.llen) {
                throw PyErrors.indexError("range object index out of range");
            }
            return PyInt.of(r.lstart + k * r.lstep);
        }
        BigInteger k = Ints.big(i);
        BigInteger len = Ints.big(r.length);
        if (k.signum() < 0) {
            k = k.add(len);
        }
        if (k.signum() < 0 || k.compareTo(len) >= 0) {
            throw PyErrors.indexError("range object index out of range");
        }
        return r.item(k);
    }

    private static PyObject slice(PyRange r, PySlice s) {
        if (r.small) {
            long[] ix = s.indices(r.llen);
            long start = r.lstart + ix[0] * r.lstep;
            long step = r.lstep * ix[2];
            long stop = start + ix[3] * step;
            return new PyRange(PyInt.of(start), PyInt.of(stop), PyInt.of(step));
        }
        // general case with big integers: follow slice.indices on the big length
        BigInteger len = Ints.big(r.length);
        BigInteger step = s.step == PyNone.NONE ? BigInteger.ONE : Ints.big(Ints.asIntObject(Numbers.index(s.step)));
        if (step.signum() == 0) {
            throw PyErrors.valueError("slice step cannot be zero");
        }
        BigInteger lower = step.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = step.signum() < 0 ? len.subtract(BigInteger.ONE) : len;
        BigInteger start = bound(s.start, len, lower, upper, step.signum() < 0 ? upper : lower);
        BigInteger stop = bound(s.stop, len, lower, upper, step.signum() < 0 ? lower : upper);
        BigInteger rs = Ints.big(r.start), rst = Ints.big(r.step);
        return new PyRange(PyInt.of(rs.add(start.multiply(rst))), PyInt.of(rs.add(stop.multiply(rst))),
                PyInt.of(rst.multiply(step)));
    }

    private static BigInteger bound(PyObject v, BigInteger len, BigInteger lower, BigInteger upper, BigInteger dflt) {
        if (v == PyNone.NONE) {
            return dflt;
        }
        BigInteger b = Ints.big(Ints.asIntObject(Numbers.index(v)));
        if (b.signum() < 0) {
            b = b.add(len);
            return b.compareTo(lower) < 0 ? lower : b;
        }
        return b.compareTo(upper) > 0 ? upper : b;
    }

    private static boolean same(PyRange a, PyRange b) {
        if (a == b) {
            return true;
        }
        if (!Comparisons.equal(a.length, b.length)) {
            return false;
        }
        if (Ints.signum(a.length) == 0) {
            return true;
        }
        if (!Comparisons.equal(a.start, b.start)) {
            return false;
        }
        return Ints.big(a.length).equals(BigInteger.ONE) || Comparisons.equal(a.step, b.step);
    }

    private static long hash(PyRange r) {
        int n = Ints.signum(r.length);
        PyTuple t;
        if (n == 0) {
            t = PyTuple.of(r.length, PyNone.NONE, PyNone.NONE);
        } else if (Ints.big(r.length).equals(BigInteger.ONE)) {
            t = PyTuple.of(r.length, r.start, PyNone.NONE);
        } else {
            t = PyTuple.of(r.length, r.start, r.step);
        }
        return Hashing.hash(t);
    }

    /** An iterator over {@code r}, or over it backwards. */
    public static PyObject iterator(PyRange r, boolean reversed) {
        if (r.small) {
            return reversed
                    ? new RangeIterator(r.lstart + (r.llen - 1) * r.lstep, -r.lstep, r.llen)
                    : new RangeIterator(r.lstart, r.lstep, r.llen);
        }
        BigInteger len = Ints.big(r.length);
        BigInteger start = Ints.big(r.start), step = Ints.big(r.step);
        if (reversed) {
            start = start.add(len.subtract(BigInteger.ONE).multiply(step));
            step = step.negate();
        }
        return new LongRangeIterator(start, step, len);
    }

    static final class RangeIterator extends SeqIterators.Base {
        private long next;
        private final long step;
        private long remaining;

        RangeIterator(long start, long step, long len) {
            this.next = start;
            this.step = step;
            this.remaining = len;
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

    static final class LongRangeIterator extends SeqIterators.Base {
        private BigInteger next;
        private final BigInteger step;
        private BigInteger remaining;

        LongRangeIterator(BigInteger start, BigInteger step, BigInteger len) {
            this.next = start;
            this.step = step;
            this.remaining = len;
        }

        @Override
        public PyType type() {
            return LONG_ITERATOR;
        }

        @Override
        PyObject nextItem() {
            if (remaining.signum() <= 0) {
                return null;
            }
            remaining = remaining.subtract(BigInteger.ONE);
            BigInteger v = next;
            next = next.add(step);
            return PyInt.of(v);
        }

        @Override
        long lengthHint() {
            return remaining.bitLength() < 63 ? remaining.longValue() : Long.MAX_VALUE;
        }
    }
}
