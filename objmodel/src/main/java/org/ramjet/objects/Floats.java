package org.ramjet.objects;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * Float semantics shared by all tiers: conversion of ints and floats to {@code double}
 * (OverflowError for huge ints), Python's floor division and modulo (sign of the divisor),
 * {@code **} with CPython's special cases, exact int/float comparison and CPython's numeric hash.
 */
public final class Floats {
    private static final Pattern FLOAT_LITERAL = Pattern.compile(
            "[+-]?(?:(?:\\d(?:_?\\d)*)?\\.?\\d(?:_?\\d)*|\\d(?:_?\\d)*\\.)(?:[eE][+-]?\\d(?:_?\\d)*)?");

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

    /** CPython's float_divmod: {floor quotient, remainder with the divisor's sign}. */
    static double[] divmod(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0.0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0.0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
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
        if (Double.isNaN(v)) {
            return System.identityHashCode(self);
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? 314159 : -314159;
        }
        long p = Ints.HASH_MODULUS;
        int sign = 1;
        double m;
        int e;
        if (v == 0) {
            return 0;
        }
        // frexp: v = m * 2**e with 0.5 <= |m| < 1
        int exp = Math.getExponent(v);
        if (exp == Double.MIN_EXPONENT - 1) { // subnormal
            double scaled = v * 0x1p54;
            exp = Math.getExponent(scaled) - 54;
            m = scaled / Math.scalb(1.0, Math.getExponent(scaled) + 1);
        } else {
            m = v / Math.scalb(1.0, exp + 1);
        }
        e = exp + 1;
        if (m < 0) {
            sign = -1;
            m = -m;
        }
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & p) | x >>> (61 - 28);
            m *= 268435456.0; // 2**28
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= p) {
                x -= p;
            }
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & p) | x >>> (61 - e);
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    /** {@code float(str)}: the value, or null when the text is not a float literal. */
    public static Double parse(String text) {
        String s = StrType.stripWhitespace(text);
        String lower = s.toLowerCase();
        String body = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
        boolean neg = lower.startsWith("-");
        if (body.equals("inf") || body.equals("infinity")) {
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (body.equals("nan")) {
            return neg ? -Double.NaN : Double.NaN;
        }
        String ascii = StrType.toAsciiDigits(s);
        if (ascii == null || !FLOAT_LITERAL.matcher(ascii).matches()) {
            return null;
        }
        return Double.parseDouble(ascii.replace("_", ""));
    }

    /** {@code int(float)}: truncates; errors for inf and nan. */
    public static PyObject toInt(double d) {
        if (Double.isNaN(d)) {
            throw PyErrors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw PyErrors.overflowError("cannot convert float infinity to integer");
        }
        if (d > -9.2e18 && d < 9.2e18) {
            return PyInt.of((long) d);
        }
        return PyInt.of(new BigDecimal(d).toBigInteger());
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

    /** {@code round(x, ndigits)}: half-even on the exact decimal value, as CPython. */
    static PyObject round(double x, PyObject nd) {
        if (nd == null || nd == PyNone.NONE) {
            double r = Math.rint(x);
            return toInt(r);
        }
        long n = Ints.asLong(Numbers.index(nd));
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0.0) {
            return PyFloat.of(x);
        }
        if (n > 323) {
            return PyFloat.of(x);
        }
        if (n < -308) {
            return PyFloat.of(Math.copySign(0.0, x));
        }
        BigDecimal bd = new BigDecimal(x).setScale((int) n, java.math.RoundingMode.HALF_EVEN);
        double r = bd.doubleValue();
        if (Double.isInfinite(r)) {
            throw PyErrors.overflowError("rounded value too large to represent");
        }
        return PyFloat.of(r == 0.0 ? Math.copySign(0.0, x) : r);
    }

    /** {@code float.hex()}: e.g. {@code 0x1.8000000000000p+0}. */
    static String hex(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        String sign = (Double.doubleToRawLongBits(d) < 0) ? "-" : "";
        d = Math.abs(d);
        if (d == 0) {
            return sign + "0x0.0p+0";
        }
        long bits = Double.doubleToRawLongBits(d);
        int exp = (int) ((bits >>> 52) & 0x7FF);
        long mant = bits & ((1L << 52) - 1);
        String lead = "1";
        if (exp == 0) {
            lead = "0";
            exp = -1022;
        } else {
            exp -= 1023;
        }
        String m = String.format("%013x", mant);
        return sign + "0x" + lead + "." + m + "p" + (exp >= 0 ? "+" : "") + exp;
    }
}
