package org.ramjet.objects;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Float semantics shared by all tiers: conversion of ints and floats to {@code double}
 * (OverflowError for huge ints), Python's floor division and modulo (sign of the divisor),
 * {@code **} with CPython's special cases, exact int/float comparison and CPython's numeric hash.
 */
public final class Floats {
    private Floats() {}

    /** Whether {@code o} is a float (including subclass instances). */
    public static boolean isFloat(PyObject o) {
        return o instanceof PyFloat || (o instanceof PyValueInstance && ((PyValueInstance) o).value instanceof PyFloat);
    }

    /** The double of a float object. */
    public static double value(PyObject o) {
        if (o instanceof PyFloat) {
            return ((PyFloat) o).value;
        }
        return ((PyFloat) ((PyValueInstance) o).value).value;
    }

    /** A float or int object as a double; OverflowError "int too large to convert to float". */
    public static double toDouble(PyObject o) {
        if (o instanceof PyFloat) {
            return ((PyFloat) o).value;
        }
        if (o instanceof PyInt) {
            return ((PyInt) o).value;
        }
        if (isFloat(o)) {
            return value(o);
        }
        PyObject i = Ints.asIntObject(o);
        if (i instanceof PyInt) {
            return ((PyInt) i).value;
        }
        double d = ((PyBigInt) i).value.doubleValue();
        if (Double.isInfinite(d)) {
            throw PyErrors.overflowError("int too large to convert to float");
        }
        return d;
    }

    /** Float or int (the operand kinds float arithmetic accepts). */
    static boolean isFloatOperand(PyObject o) {
        return isFloat(o) || Ints.isInt(o);
    }

    public static PyObject trueDiv(double a, double b) {
        if (b == 0.0) {
            throw PyErrors.zeroDivisionError("float division by zero");
        }
        return PyFloat.of(a / b);
    }

    public static PyObject floorDiv(double a, double b) {
        if (b == 0.0) {
            throw PyErrors.zeroDivisionError("float floor division by zero");
        }
        return PyFloat.of(divmod(a, b)[0]);
    }

    public static PyObject mod(double a, double b) {
        if (b == 0.0) {
            throw PyErrors.zeroDivisionError("float modulo");
        }
        return PyFloat.of(divmod(a, b)[1]);
    }

    /** CPython's float_divmod: {floor quotient, remainder with the divisor's sign}; callers check b != 0. */
    static double[] divmod(double vx, double wx) {
        return org.ramjet.objects.format.FloatMath.divmod(vx, wx);
    }

    /** {@code divmod(a, b)} for floats. */
    public static PyTuple divmodTuple(double a, double b) {
        if (b == 0.0) {
            throw PyErrors.zeroDivisionError("float divmod()");
        }
        double[] r = divmod(a, b);
        return PyTuple.of(PyFloat.of(r[0]), PyFloat.of(r[1]));
    }

    /** {@code a ** b} for floats: CPython's special cases; a complex result for a negative base and fractional exponent. */
    public static PyObject pow(PyObject a, PyObject b) {
        double x = toDouble(a), y = toDouble(b);
        if (y == 0) {
            return PyFloat.of(1.0);
        }
        if (Double.isNaN(x)) {
            return PyFloat.of(x);
        }
        if (Double.isNaN(y)) {
            return PyFloat.of(x == 1.0 ? 1.0 : y);
        }
        if (Double.isInfinite(y)) {
            double ax = Math.abs(x);
            if (ax == 1.0) {
                return PyFloat.of(1.0);
            }
            return PyFloat.of((y > 0) == (ax > 1.0) ? Double.POSITIVE_INFINITY : 0.0);
        }
        if (Double.isInfinite(x)) {
            return PyFloat.of(Math.pow(x, y));
        }
        if (x == 0.0) {
            if (y < 0) {
                throw PyErrors.zeroDivisionError("0.0 cannot be raised to a negative power");
            }
            return PyFloat.of(Math.pow(x, y));
        }
        if (x < 0 && y != Math.floor(y)) {
            return Complexes.pow(PyComplex.of(x, 0), PyComplex.of(y, 0));
        }
        double r = Math.pow(x, y);
        if (Double.isInfinite(r)) {
            throw PyErrors.overflowError("(34, 'Numerical result out of range')");
        }
        return PyFloat.of(r);
    }

    /** Compares a double with an int object exactly (no rounding of big ints). NaN is unordered: returns 2. */
    public static int compareWithInt(double d, PyObject intObj) {
        if (Double.isNaN(d)) {
            return 2;
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? 1 : -1;
        }
        PyObject i = Ints.asIntObject(intObj);
        if (i instanceof PyInt) {
            long v = ((PyInt) i).value;
            if (Math.abs(v) <= (1L << 53)) {
                return Double.compare(d == 0.0 ? 0.0 : d, (double) v) ;
            }
        }
        return new BigDecimal(d).compareTo(new BigDecimal(Ints.big(i)));
    }

    /** CPython's hash of a double: consistent with int hashes for integral values; never -1. */
    public static long hash(double v, PyObject self) {
        return org.ramjet.objects.format.NumericHash.hash(v, self);
    }

    /** {@code int(float)}: truncates; errors for inf and nan. */
    public static PyObject toInt(double d) {
        if (d > -9.2e18 && d < 9.2e18) {
            return PyInt.of((long) d);
        }
        try {
            return NumFmt.toInt(org.ramjet.objects.format.FloatMath.toInteger(d));
        } catch (org.ramjet.objects.format.FormatError e) {
            throw NumFmt.error(e);
        }
    }

    static BigInteger[] asIntegerRatio(double d) {
        if (Double.isNaN(d)) {
            throw PyErrors.valueError("cannot convert NaN to integer ratio");
        }
        if (Double.isInfinite(d)) {
            throw PyErrors.overflowError("cannot convert Infinity to integer ratio");
        }
        BigDecimal bd = new BigDecimal(d);
        BigInteger num = bd.unscaledValue();
        BigInteger den = BigInteger.TEN.pow(Math.max(0, bd.scale()));
        if (bd.scale() < 0) {
            num = num.multiply(BigInteger.TEN.pow(-bd.scale()));
        }
        BigInteger g = num.gcd(den);
        if (g.signum() != 0) {
            num = num.divide(g);
            den = den.divide(g);
        }
        return new BigInteger[] {num, den};
    }

    /** {@code round(x[, ndigits])}, as CPython (correctly rounded, half to even). */
    static PyObject round(double x, PyObject nd) {
        try {
            if (nd == null || nd == PyNone.NONE) {
                return NumFmt.toInt(org.ramjet.objects.format.FloatRounding.round(x));
            }
            PyObject n = Ints.asIntObject(Numbers.index(nd));
            long digits = n instanceof PyInt ? ((PyInt) n).value : Ints.signum(n) > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
            return PyFloat.of(org.ramjet.objects.format.FloatRounding.round(x, digits));
        } catch (org.ramjet.objects.format.FormatError e) {
            throw NumFmt.error(e);
        }
    }
}
