package org.ramjet.objects;

import java.math.BigInteger;

/**
 * Python {@code range}: start, stop, step as int objects (any size). Ranges whose bounds and
 * length fit in a {@code long} — nearly all — iterate and index with {@code long} arithmetic.
 */
public final class PyRange extends PyObject {
    public final PyObject start, stop, step;
    /** The length as an int object. */
    final PyObject length;
    /** True when start, step and length fit in longs (the fast paths apply). */
    final boolean small;
    final long lstart, lstep, llength;

    public PyRange(PyObject start, PyObject stop, PyObject step) {
        this.start = Ints.asIntObject(start);
        this.stop = Ints.asIntObject(stop);
        this.step = Ints.asIntObject(step);
        this.length = computeLength(this.start, this.stop, this.step);
        this.small = this.start instanceof PyInt && this.step instanceof PyInt && length instanceof PyInt
                && this.stop instanceof PyInt;
        this.lstart = small ? ((PyInt) this.start).value : 0;
        this.lstep = small ? ((PyInt) this.step).value : 0;
        this.llength = small ? ((PyInt) length).value : 0;
    }

    /** {@code range(n)} for Java callers. */
    public static PyRange of(long start, long stop, long step) {
        return new PyRange(PyInt.of(start), PyInt.of(stop), PyInt.of(step));
    }

    @Override
    public PyType type() {
        return RangeType.TYPE;
    }

    private static PyObject computeLength(PyObject start, PyObject stop, PyObject step) {
        if (start instanceof PyInt && stop instanceof PyInt && step instanceof PyInt) {
            long lo = ((PyInt) start).value, hi = ((PyInt) stop).value, st = ((PyInt) step).value;
            if (st > 0 && lo < hi) {
                BigInteger n = BigInteger.valueOf(hi).subtract(BigInteger.valueOf(lo)).subtract(BigInteger.ONE)
                        .divide(BigInteger.valueOf(st)).add(BigInteger.ONE);
                return PyInt.of(n);
            }
            if (st < 0 && lo > hi) {
                BigInteger n = BigInteger.valueOf(lo).subtract(BigInteger.valueOf(hi)).subtract(BigInteger.ONE)
                        .divide(BigInteger.valueOf(st).negate()).add(BigInteger.ONE);
                return PyInt.of(n);
            }
            return PyInt.ZERO;
        }
        BigInteger lo = Ints.big(start), hi = Ints.big(stop), st = Ints.big(step);
        if (st.signum() > 0 && lo.compareTo(hi) < 0) {
            return PyInt.of(hi.subtract(lo).subtract(BigInteger.ONE).divide(st).add(BigInteger.ONE));
        }
        if (st.signum() < 0 && lo.compareTo(hi) > 0) {
            return PyInt.of(lo.subtract(hi).subtract(BigInteger.ONE).divide(st.negate()).add(BigInteger.ONE));
        }
        return PyInt.ZERO;
    }

    /** Item {@code i} (0 <= i < len) as an int object. */
    PyObject item(PyObject i) {
        if (small && i instanceof PyInt) {
            return Ints.add(start, Ints.mul(i, step));
        }
        return Ints.add(start, Ints.mul(i, step));
    }

    /** Whether int {@code x} is an element (no iteration). */
    boolean containsInt(PyObject x) {
        int sg = Ints.signum(step);
        if (sg > 0) {
            if (Ints.compare(x, start) < 0 || Ints.compare(x, stop) >= 0) {
                return false;
            }
        } else if (Ints.compare(x, start) > 0 || Ints.compare(x, stop) <= 0) {
            return false;
        }
        return Ints.signum(Ints.mod(Ints.sub(x, start), step)) == 0;
    }

    @Override
    public String toString() {
        return Repr.reprString(this);
    }
}
