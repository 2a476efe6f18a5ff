package org.ramjet.stdlib.itertools;

import org.ramjet.objects.Ints;
import org.ramjet.objects.Iteration;
import org.ramjet.objects.Numbers;
import org.ramjet.objects.PyErrors;
import org.ramjet.objects.PyInt;
import org.ramjet.objects.PyNone;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.PyType;
import org.ramjet.objects.TypeSpec;

/**
 * {@code itertools.islice} in Java: it sits in hot generator pipelines, where a Python-level
 * {@code __next__} would cost two calls per item. Consumes its source exactly as CPython's
 * does: skipped items are read when the next selected one is asked for.
 */
public final class PyIslice extends PyObject {
    public static final PyType TYPE = new TypeSpec("islice", PyIslice.class)
            .module("itertools")
            .notSubclassable()
            .doc("islice(iterable, stop) --> islice object\n"
                    + "islice(iterable, start, stop[, step]) --> islice object\n\n"
                    + "Return an iterator whose next() method returns selected values from an\n"
                    + "iterable.  If start is specified, will skip all preceding elements;\n"
                    + "otherwise, start defaults to zero.  Step defaults to one.  If\n"
                    + "specified as another value, step determines how many values are\n"
                    + "skipped between successive calls.  Works like a slice() on a list\n"
                    + "but returns an iterator.")
            .slots(t -> {
                t.new_ = PyIslice::make;
                t.iter = self -> self;
                t.next = self -> ((PyIslice) self).nextItem();
            })
            .build();

    private static final String STOP_MSG =
            "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    private static final String INDEX_MSG =
            "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

    /** The source; null once exhausted. */
    private PyObject it;
    private long next;
    /** -1 when unbounded. */
    private final long stop;
    private final long step;
    private long count;

    private PyIslice(PyObject it, long start, long stop, long step) {
        this.it = it;
        this.next = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PyObject make(PyType type, PyObject[] a, int off, int npos, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw PyErrors.typeError("islice() takes no keyword arguments");
        }
        if (npos < 2) {
            throw PyErrors.typeError("islice expected at least 2 arguments, got %d", npos);
        }
        if (npos > 4) {
            throw PyErrors.typeError("islice expected at most 4 arguments, got %d", npos);
        }
        long start = 0, stop, step = 1;
        if (npos == 2) {
            stop = bound(a[off + 1], STOP_MSG);
        } else {
            start = bound(a[off + 1], INDEX_MSG);
            stop = bound(a[off + 2], STOP_MSG);
            if (start == -1) {
                start = 0;
            }
            if (npos == 4 && a[off + 3] != PyNone.NONE) {
                PyObject s = a[off + 3];
                step = Ints.isInt(s) || s.type().index != null ? indexValue(s) : -1;
                if (step < 1) {
                    throw PyErrors.valueError("Step for islice() must be a positive integer or None.");
                }
            }
        }
        return new PyIslice(Iteration.iter(a[off]), start, stop, step);
    }

    /** None as -1, an index in [0, sys.maxsize], else ValueError(msg). */
    private static long bound(PyObject o, String msg) {
        if (o == PyNone.NONE) {
            return -1;
        }
        if (!Ints.isInt(o) && o.type().index == null) {
            throw PyErrors.valueError(msg);
        }
        long v = indexValue(o);
        if (v < 0) {
            throw PyErrors.valueError(msg);
        }
        return v;
    }

    /** The index value, or Long.MIN_VALUE when it does not fit (CPython rejects those too). */
    private static long indexValue(PyObject o) {
        PyObject small = Ints.asIntObject(Numbers.index(o));
        return small instanceof PyInt ? ((PyInt) small).value : Long.MIN_VALUE;
    }

    PyObject nextItem() {
        PyObject src = it;
        if (src == null) {
            return null;
        }
        while (count < next) {
            if (Iteration.next(src) == null) {
                it = null;
                return null;
            }
            count++;
        }
        if (stop != -1 && count >= stop) {
            it = null;
            return null;
        }
        PyObject item = Iteration.next(src);
        if (item == null) {
            it = null;
            return null;
        }
        count++;
        long n = next + step;
        if (n < next || (stop != -1 && n > stop)) {
            n = stop == -1 ? Long.MAX_VALUE : stop;
        }
        next = n;
        return item;
    }
}
