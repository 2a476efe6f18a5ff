package org.ramjet.objects;

import java.math.BigInteger;

/**
 * Python {@code range}: an immutable arithmetic sequence. Start, stop, step and length are int
 * objects (any size); when all of them fit in a {@code long} the {@code small} fields hold them
 * too, so iteration, indexing and {@code in} run on primitives.
 */
public final class PyRange extends PyObject {
    public final PyObject start, stop, step;
    /** The number of items, an int object (may exceed a {@code long}). */
    final PyObject length;
    /** True when start, step and length fit in a long (and so does every item). */
    final boolean small;
    final long lstart, lstep, llen;

    PyRange(PyObject start, PyObject stop, PyObject step) {
        this.start = Ints.asIntObject(start);
        this.stop = Ints.asIntObject(stop);
        this.step = Ints.asIntObject(step);
        BigInteger len = computeLength(Ints.big(this.start), Ints.big(this.stop), Ints.big(this.step));
        this.length = PyInt.of(len);
        boolean fits = len.bitLength() < 63 && this.start instanceof PyInt && this.step instanceof PyInt;
        if (fits) {
            // the last item start + (len-1)*step must fit as well
            BigInteger last = Ints.big(this.start).add(len.subtract(BigInteger.ONE).max(BigInteger.ZERO)
                    .multiply(Ints.big(this.step)));
            fits = last.bitLength() < 63;
        }
        this.small = fits;
        this.lstart = fits ? ((PyInt) this.start).value : 0;
        this.lstep = fits ? ((PyInt) this.step).value : 0;
        this.llen = fits ? len.longValue() : 0;
    }

    /** {@code range(start, stop, step)} from int objects; the step must not be zero. */
    public static PyRange of(long start, long stop, long step) {
        return new PyRange(PyInt.of(start), PyInt.of(stop), PyInt.of(step));
    }

    static BigInteger computeLength(BigInteger lo, BigInteger hi, BigInteger step) {
        if (step.signum() > 0) {
            return lo.compareTo(hi) >= 0 ? BigInteger.ZERO
                    : hi.subtract(lo).subtract(BigInteger.ONE).divide(step).add(BigInteger.ONE);
        }
        return lo.compareTo(hi) <= 0 ? BigInteger.ZERO
                : lo.subtract(hi).subtract(BigInteger.ONE).divide(step.negate()).add(BigInteger.ONE);
    }

    @Override
    public PyType type() {
        return RangeType.TYPE;
    }

    /** Item {@code i} (0 <= i < length) as an int object. */
    PyObject item(BigInteger i) {
        return PyInt.of(Ints.big(start).add(i.multiply(Ints.big(step))));
    }

    /** {@code len(range)} as a long: "Python int too large to convert to C ssize_t". */
    public long size() {
        if (small) {
            return llen;
        }
        PyObject n = length;
        if (n instanceof PyInt) {
            return ((PyInt) n).value;
        }
        throw PyErrors.overflowError("Python int too large to convert to C ssize_t");
    }

    @Override
    public String toString() {
        return RangeType.repr(this);
    }
}
