package org.ramjet.stdlib.itertools;

import org.ramjet.bytecode.BinaryOp;
import org.ramjet.objects.BinaryOps;
import org.ramjet.objects.Comparisons;
import org.ramjet.objects.Ints;
import org.ramjet.objects.PyErrors;
import org.ramjet.objects.PyException;
import org.ramjet.objects.PyExc;
import org.ramjet.objects.PyInt;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.PyStr;
import org.ramjet.objects.PyType;
import org.ramjet.objects.Repr;
import org.ramjet.objects.TypeSpec;

/**
 * {@code itertools.count} in Java: it drives loops ({@code zip(count(), ...)}), so each step
 * is one addition; small ints take a {@code long} path without going through the number
 * protocol.
 */
public final class PyCount extends PyObject {
    public static final PyType TYPE = new TypeSpec("count", PyCount.class)
            .module("itertools")
            .notSubclassable()
            .doc("Return a count object whose .__next__() method returns consecutive values.\n\n"
                    + "Equivalent to:\n    def count(firstval=0, step=1):\n        x = firstval\n"
                    + "        while 1:\n            yield x\n            x += step")
            .slots(t -> {
                t.new_ = PyCount::make;
                t.iter = self -> self;
                t.next = self -> ((PyCount) self).nextItem();
                t.repr = self -> PyStr.of(((PyCount) self).repr());
            })
            .build();

    private PyObject current;
    private final PyObject step;

    private PyCount(PyObject start, PyObject step) {
        this.current = start;
        this.step = step;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PyObject make(PyType type, PyObject[] a, int off, int npos, String[] kw) {
        if (npos > 2) {
            throw PyErrors.typeError("count() takes at most 2 arguments (%d given)", npos + (kw == null ? 0 : kw.length));
        }
        PyObject start = npos > 0 ? a[off] : null;
        PyObject step = npos > 1 ? a[off + 1] : null;
        for (int k = 0; kw != null && k < kw.length; k++) {
            PyObject v = a[off + npos + k];
            if (kw[k].equals("start") && start == null) {
                start = v;
            } else if (kw[k].equals("step") && step == null) {
                step = v;
            } else if (kw[k].equals("start") || kw[k].equals("step")) {
                throw PyErrors.typeError("argument for count() given by name ('%s') and position (%d)",
                        kw[k], kw[k].equals("start") ? 1 : 2);
            } else {
                throw PyErrors.typeError("'%s' is an invalid keyword argument for count()", kw[k]);
            }
        }
        start = start == null ? PyInt.of(0) : requireNumber(start);
        step = step == null ? PyInt.of(1) : requireNumber(step);
        return new PyCount(start, step);
    }

    /** CPython accepts anything numeric; "can be added to 0" is the test used here. */
    private static PyObject requireNumber(PyObject x) {
        try {
            BinaryOps.binaryOp(x, PyInt.of(0), BinaryOp.ADD);
        } catch (PyException e) {
            if (!e.matches(PyExc.TypeError)) {
                throw e;
            }
            throw PyErrors.typeError("a number is required");
        }
        return x;
    }

    PyObject nextItem() {
        PyObject c = current;
        if (c instanceof PyInt && step instanceof PyInt) {
            long a = ((PyInt) c).value, b = ((PyInt) step).value;
            long r = a + b;
            if (((a ^ r) & (b ^ r)) >= 0) {
                current = PyInt.of(r);
                return c;
            }
        }
        current = BinaryOps.binaryOp(c, step, BinaryOp.ADD);
        return c;
    }

    String repr() {
        if (Ints.isInt(step) && Comparisons.equal(step, PyInt.of(1))) {
            return "count(" + Repr.reprString(current) + ")";
        }
        return "count(" + Repr.reprString(current) + ", " + Repr.reprString(step) + ")";
    }
}
