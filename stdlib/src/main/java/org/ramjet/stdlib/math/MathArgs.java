package org.ramjet.stdlib.math;

import org.ramjet.objects.Floats;
import org.ramjet.objects.Ints;
import org.ramjet.objects.PyErrors;
import org.ramjet.objects.PyFloat;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.PyType;

/** Argument conversion and error raising for {@code math}, as CPython's mathmodule.c. */
final class MathArgs {
    private MathArgs() {}

    /** {@code PyFloat_AsDouble}: float, int, {@code __float__}, {@code __index__}; "must be real number, not str". */
    static double toDouble(PyObject x) {
        if (x instanceof PyFloat) {
            return ((PyFloat) x).value;
        }
        if (Floats.isFloat(x) || Ints.isInt(x)) {
            return Floats.toDouble(x);
        }
        PyType t = x.type();
        if (t.float_ != null) {
            PyObject r = t.float_.apply(x);
            if (!Floats.isFloat(r)) {
                throw PyErrors.typeError("%s.__float__ returned non-float (type %s)", t.getName(), r.type().getName());
            }
            return Floats.value(r);
        }
        if (t.index != null) {
            return Floats.toDouble(t.index.apply(x));
        }
        throw PyErrors.typeError("must be real number, not %s", t.getName());
    }

    static org.ramjet.objects.PyException domainError() {
        return PyErrors.valueError("math domain error");
    }

    static org.ramjet.objects.PyException rangeError() {
        return PyErrors.overflowError("math range error");
    }

    /**
     * CPython's {@code math_1}: a NaN result from a non-NaN argument is a domain error; an
     * infinite result from a finite argument is a range error when the function can overflow,
     * else a domain error (a pole such as {@code log(0)}).
     */
    static PyObject checked(double x, double r, boolean canOverflow) {
        if (Double.isNaN(r) && !Double.isNaN(x)) {
            throw domainError();
        }
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            throw canOverflow ? rangeError() : domainError();
        }
        return PyFloat.of(r);
    }

    /** {@code math_2}: the same rules for functions of two arguments. */
    static PyObject checked2(double x, double y, double r) {
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
            throw domainError();
        }
        if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
            throw rangeError();
        }
        return PyFloat.of(r);
    }
}
