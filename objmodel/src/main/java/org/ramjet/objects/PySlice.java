package org.ramjet.objects;

/** Python {@code slice}: start, stop, step (any objects; None when omitted). */
public final class PySlice extends PyObject {
    public final PyObject start, stop, step;

    public PySlice(PyObject start, PyObject stop, PyObject step) {
        this.start = start == null ? PyNone.NONE : start;
        this.stop = stop == null ? PyNone.NONE : stop;
        this.step = step == null ? PyNone.NONE : step;
    }

    @Override
    public PyType type() {
        return SliceType.TYPE;
    }

    /**
     * {@code slice.indices(length)} plus the slice length: {start, stop, step, slicelength},
     * clamped as CPython's PySlice_AdjustIndices.
     */
    public long[] indices(long length) {
        long st;
        if (step == PyNone.NONE) {
            st = 1;
        } else {
            st = clampIndex(Sequences.sliceIndexObject(step));
            if (st == 0) {
                throw PyErrors.valueError("slice step cannot be zero");
            }
            if (st == Long.MIN_VALUE) {
                st = -Long.MAX_VALUE;
            }
        }
        long lower = st < 0 ? -1 : 0;
        long upper = st < 0 ? length - 1 : length;
        long s, e;
        if (start == PyNone.NONE) {
            s = st < 0 ? upper : lower;
        } else {
            s = clampIndex(Sequences.sliceIndexObject(start));
            if (s < 0) {
                s = Math.max(s + length, lower);
            } else {
                s = Math.min(s, upper);
            }
        }
        if (stop == PyNone.NONE) {
            e = st < 0 ? lower : upper;
        } else {
            e = clampIndex(Sequences.sliceIndexObject(stop));
            if (e < 0) {
                e = Math.max(e + length, lower);
            } else {
                e = Math.min(e, upper);
            }
        }
        long len;
        if (st < 0) {
            len = e < s ? (s - e - 1) / (-st) + 1 : 0;
        } else {
            len = s < e ? (e - s - 1) / st + 1 : 0;
        }
        return new long[] {s, e, st, len};
    }

    private static long clampIndex(PyObject intObj) {
        PyObject v = Ints.asIntObject(intObj);
        if (v instanceof PyInt) {
            return ((PyInt) v).value;
        }
        return ((PyBigInt) v).value.signum() < 0 ? Long.MIN_VALUE + 1 : Long.MAX_VALUE;
    }
}
