package org.ramjet.objects;

import java.math.BigInteger;

/**
 * Integer semantics shared by all tiers: recognising any int ({@code PyInt}, {@code PyBigInt},
 * {@code PyBool}, a subclass instance), and arithmetic with Python's rules. Operations take
 * <em>int objects</em> (anything {@link #isInt} accepts) and return normalized results: a
 * {@link PyInt} whenever the value fits in a {@code long}.
 *
 * <p>The {@code long} paths detect overflow with the sign/high-word tests (no exceptions) and
 * fall back to {@link BigInteger}. Floor division and modulo take the sign of the divisor, as
 * in Python ({@code -7 // 2 == -4}, {@code -7 % 2 == 1}).
 */
public final class Ints {
    static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    /** Modulus of CPython's numeric hash: 2**61 - 1. */
    static final long HASH_MODULUS = (1L << 61) - 1;
    /** CPython 3.11's default limit on int/str conversion digits. */
    public static final int MAX_STR_DIGITS = 4300;

    private Ints() {}

    /** Whether {@code o} is an int (including bool and subclass instances). */
    public static boolean isInt(PyObject o) {
        if (o instanceof PyInt || o instanceof PyBigInt || o instanceof PyBool) {
            return true;
        }
        return o instanceof PyValueInstance && isExactInt(((PyValueInstance) o).value);
    }

    private static boolean isExactInt(PyObject o) {
        return o instanceof PyInt || o instanceof PyBigInt;
    }

    /** The int value of an int object as {@link PyInt} or {@link PyBigInt}. */
    public static PyObject asIntObject(PyObject o) {
        if (o instanceof PyInt || o instanceof PyBigInt) {
            return o;
        }
        if (o instanceof PyBool) {
            return ((PyBool) o).value ? PyInt.ONE : PyInt.ZERO;
        }
        if (o instanceof PyValueInstance) {
            PyObject v = ((PyValueInstance) o).value;
            if (isExactInt(v)) {
                return v;
            }
        }
        throw new IllegalArgumentException("not an int: " + o.type().getName());
    }

    /** True when the int object fits in a long. */
    public static boolean fitsLong(PyObject intObj) {
        return !(asIntObject(intObj) instanceof PyBigInt);
    }

    /** The value of an int object known to fit ({@link #fitsLong}). */
    public static long longValue(PyObject intObj) {
        PyObject v = asIntObject(intObj);
        return v instanceof PyInt ? ((PyInt) v).value : ((PyBigInt) v).value.longValue();
    }

    public static BigInteger big(PyObject intObj) {
        PyObject v = asIntObject(intObj);
        return v instanceof PyInt ? BigInteger.valueOf(((PyInt) v).value) : ((PyBigInt) v).value;
    }

    public static int signum(PyObject intObj) {
        PyObject v = asIntObject(intObj);
        return v instanceof PyInt ? Long.signum(((PyInt) v).value) : ((PyBigInt) v).value.signum();
    }

    /** The value as a Java long, or OverflowError "Python int too large to convert to C long". */
    public static long asLong(PyObject intObj) {
        PyObject v = asIntObject(intObj);
        if (v instanceof PyInt) {
            return ((PyInt) v).value;
        }
        throw PyErrors.overflowError("Python int too large to convert to C long");
    }

    /** The value as a Java int, or OverflowError. */
    public static int asInt(PyObject intObj) {
        long v = asLong(intObj);
        if (v != (int) v) {
            throw PyErrors.overflowError("Python int too large to convert to C int");
        }
        return (int) v;
    }

    /** Index-sized value (for sequence indexes): OverflowError "cannot fit 'int' into an index-sized integer". */
    public static long asIndexSized(PyObject intObj) {
        PyObject v = asIntObject(intObj);
        if (v instanceof PyInt) {
            return ((PyInt) v).value;
        }
        throw PyErrors.indexError("cannot fit 'int' into an index-sized integer");
    }

    static PyObject norm(BigInteger b) {
        return PyInt.of(b);
    }

    // ---- arithmetic on int objects ----

    public static PyObject add(PyObject a, PyObject b) {
        a = asIntObject(a);
        b = asIntObject(b);
        if (a instanceof PyInt && b instanceof PyInt) {
            long x = ((PyInt) a).value, y = ((PyInt) b).value, r = x + y;
            if (((x ^ r) & (y ^ r)) >= 0) {
                return PyInt.of(r);
            }
        }
        return norm(big(a).add(big(b)));
    }

    public static PyObject sub(PyObject a, PyObject b) {
        a = asIntObject(a);
        b = asIntObject(b);
        if (a instanceof PyInt && b instanceof PyInt) {
            long x = ((PyInt) a).value, y = ((PyInt) b).value, r = x - y;
            if (((x ^ y) & (x ^ r)) >= 0) {
                return PyInt.of(r);
            }
        }
        return norm(big(a).subtract(big(b)));
    }

    public static PyObject mul(PyObject a, PyObject b) {
        a = asIntObject(a);
        b = asIntObject(b);
        if (a instanceof PyInt && b instanceof PyInt) {
            long x = ((PyInt) a).value, y = ((PyInt) b).value;
            long hi = Math.multiplyHigh(x, y), lo = x * y;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                return PyInt.of(lo);
            }
        }
        return norm(big(a).multiply(big(b)));
    }

    public static PyObject floorDiv(PyObject a, PyObject b) {
        a = asIntObject(a);
        b = asIntObject(b);
        if (a instanceof PyInt && b instanceof PyInt) {
            long x = ((PyInt) a).value, y = ((PyInt) b).value;
            if (y == 0) {
                throw PyErrors.zeroDivisionError("integer division or modulo by zero");
            }
            if (!(x == Long.MIN_VALUE && y == -1)) {
                return PyInt.of(Math.floorDiv(x, y));
            }
        }
        BigInteger y = big(b);
        if (y.signum() == 0) {
            throw PyErrors.zeroDivisionError("integer division or modulo by zero");
        }
        return norm(floorDivBig(big(a), y));
    }

    static BigInteger floorDivBig(BigInteger x, BigInteger y) {
        BigInteger[] qr = x.divideAndRemainder(y);
        if (qr[1].signum() != 0 && qr[1].signum() != y.signum()) {
            return qr[0].subtract(BigInteger.ONE);
        }
        return qr[0];
    }

    static BigInteger floorModBig(BigInteger x, BigInteger y) {
        BigInteger r = x.remainder(y);
        if (r.signum() != 0 && r.signum() != y.signum()) {
            r = r.add(y);
        }
        return r;
    }

    public static PyObject mod(PyObject a, PyObject b) {
        a = asIntObject(a);
        b = asIntObject(b);
        if (a instanceof PyInt && b instanceof PyInt) {
            long x = ((PyInt) a).value, y = ((PyInt) b).value;
            if (y == 0) {
                throw PyErrors.zeroDivisionError("integer modulo by zero");
            }
            if (y == -1) {
                return PyInt.ZERO;
            }
            return PyInt.of(Math.floorMod(x, y));
        }
        BigInteger y = big(b);
        if (y.signum() == 0) {
            throw PyErrors.zeroDivisionError("integer modulo by zero");
        }
        return norm(floorModBig(big(a), y));
    }

    /** {@code divmod(a, b)} as a 2-tuple. */
    public static PyTuple divmod(PyObject a, PyObject b) {
        if (signum(b) == 0) {
            throw PyErrors.zeroDivisionError("integer division or modulo by zero");
        }
        return PyTuple.of(floorDiv(a, b), mod(a, b));
    }

    /** {@code a / b}: correctly rounded when both fit in 53 bits. */
    public static PyObject trueDiv(PyObject a, PyObject b) {
        a = asIntObject(a);
        b = asIntObject(b);
        if (signum(b) == 0) {
            throw PyErrors.zeroDivisionError("division by zero");
        }
        if (a instanceof PyInt && b instanceof PyInt) {
            long x = ((PyInt) a).value, y = ((PyInt) b).value;
            if (Math.abs(x) < (1L << 53) && Math.abs(y) < (1L << 53)) {
                return PyFloat.of((double) x / (double) y);
            }
        }
        try {
            return PyFloat.of(org.ramjet.objects.format.IntMath.trueDivide(big(a), big(b)));
        } catch (org.ramjet.objects.format.FormatError e) {
            throw NumFmt.error(e);
        }
    }

    public static PyObject neg(PyObject a) {
        a = asIntObject(a);
        if (a instanceof PyInt && ((PyInt) a).value != Long.MIN_VALUE) {
            return PyInt.of(-((PyInt) a).value);
        }
        return norm(big(a).negate());
    }

    public static PyObject abs(PyObject a) {
        return signum(a) < 0 ? neg(a) : asIntObject(a);
    }

    public static PyObject invert(PyObject a) {
        a = asIntObject(a);
        if (a instanceof PyInt) {
            return PyInt.of(~((PyInt) a).value);
        }
        return norm(big(a).not());
    }

    public static PyObject and(PyObject a, PyObject b) {
        a = asIntObject(a);
        b = asIntObject(b);
        if (a instanceof PyInt && b instanceof PyInt) {
            return PyInt.of(((PyInt) a).value & ((PyInt) b).value);
        }
        return norm(big(a).and(big(b)));
    }

    public static PyObject or(PyObject a, PyObject b) {
        a = asIntObject(a);
        b = asIntObject(b);
        if (a instanceof PyInt && b instanceof PyInt) {
            return PyInt.of(((PyInt) a).value | ((PyInt) b).value);
        }
        return norm(big(a).or(big(b)));
    }

    public static PyObject xor(PyObject a, PyObject b) {
        a = asIntObject(a);
        b = asIntObject(b);
        if (a instanceof PyInt && b instanceof PyInt) {
            return PyInt.of(((PyInt) a).value ^ ((PyInt) b).value);
        }
        return norm(big(a).xor(big(b)));
    }

    public static PyObject lshift(PyObject a, PyObject b) {
        a = asIntObject(a);
        b = asIntObject(b);
        if (signum(b) < 0) {
            throw PyErrors.valueError("negative shift count");
        }
        if (signum(a) == 0) {
            return PyInt.ZERO;
        }
        if (!(b instanceof PyInt) || ((PyInt) b).value > Integer.MAX_VALUE) {
            throw PyErrors.overflowError("too many digits in integer");
        }
        int s = (int) ((PyInt) b).value;
        if (a instanceof PyInt && s < 63) {
            long x = ((PyInt) a).value;
            long r = x << s;
            if (r >> s == x) {
                return PyInt.of(r);
            }
        }
        return norm(big(a).shiftLeft(s));
    }

    public static PyObject rshift(PyObject a, PyObject b) {
        a = asIntObject(a);
        b = asIntObject(b);
        if (signum(b) < 0) {
            throw PyErrors.valueError("negative shift count");
        }
        if (!(b instanceof PyInt) || ((PyInt) b).value > Integer.MAX_VALUE) {
            return signum(a) < 0 ? PyInt.of(-1) : PyInt.ZERO;
        }
        long s = ((PyInt) b).value;
        if (a instanceof PyInt) {
            return PyInt.of(((PyInt) a).value >> Math.min(s, 63));
        }
        return norm(big(a).shiftRight((int) s));
    }

    /** {@code a ** b} (two arguments): a float for negative exponents. */
    public static PyObject pow(PyObject a, PyObject b) {
        a = asIntObject(a);
        b = asIntObject(b);
        if (signum(b) < 0) {
            double x = Floats.toDouble(a);
            double y = Floats.toDouble(b);
            if (x == 0.0) {
                throw PyErrors.zeroDivisionError("0.0 cannot be raised to a negative power");
            }
            return Floats.pow(PyFloat.of(x), PyFloat.of(y));
        }
        if (a instanceof PyInt && b instanceof PyInt) {
            long base = ((PyInt) a).value;
            long e = ((PyInt) b).value;
            long result = 1;
            boolean overflow = false;
            while (e > 0) {
                if ((e & 1) != 0) {
                    long hi = Math.multiplyHigh(result, base), lo = result * base;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    result = lo;
                }
                e >>= 1;
                if (e > 0) {
                    long hi = Math.multiplyHigh(base, base), lo = base * base;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    base = lo;
                }
            }
            if (!overflow) {
                return PyInt.of(result);
            }
        }
        BigInteger x = big(a);
        if (!(b instanceof PyInt) || ((PyInt) b).value > Integer.MAX_VALUE) {
            if (x.abs().equals(BigInteger.ONE)) {
                return norm(x.signum() > 0 || !big(b).testBit(0) ? BigInteger.ONE : x);
            }
            if (x.signum() == 0) {
                return PyInt.ZERO;
            }
            throw PyErrors.memoryError();
        }
        return norm(x.pow((int) ((PyInt) b).value));
    }

    /** {@code pow(a, b, m)}. */
    public static PyObject pow(PyObject a, PyObject b, PyObject m) {
        BigInteger mod = big(m);
        if (mod.signum() == 0) {
            throw PyErrors.valueError("pow() 3rd argument cannot be 0");
        }
        boolean negMod = mod.signum() < 0;
        BigInteger am = mod.abs();
        BigInteger base = big(a);
        BigInteger e = big(b);
        if (e.signum() < 0) {
            try {
                base = base.modInverse(am);
            } catch (ArithmeticException ex) {
                throw PyErrors.valueError("base is not invertible for the given modulus");
            }
            e = e.negate();
        }
        BigInteger r = am.equals(BigInteger.ONE) ? BigInteger.ZERO : base.modPow(e, am);
        if (negMod && r.signum() != 0) {
            r = r.add(mod);
        }
        return norm(r);
    }

    public static int compare(PyObject a, PyObject b) {
        a = asIntObject(a);
        b = asIntObject(b);
        if (a instanceof PyInt && b instanceof PyInt) {
            return Long.compare(((PyInt) a).value, ((PyInt) b).value);
        }
        return big(a).compareTo(big(b));
    }

    // ---- hashing and strings ----

    /** CPython's numeric hash of an int: the value modulo 2**61 - 1, keeping the sign; never -1. */
    public static long hash(PyObject a) {
        a = asIntObject(a);
        if (a instanceof PyInt) {
            return org.ramjet.objects.format.NumericHash.hash(((PyInt) a).value);
        }
        return org.ramjet.objects.format.NumericHash.hash(((PyBigInt) a).value);
    }

    /** Decimal string, with CPython 3.11's limit on digits ({@code sys.set_int_max_str_digits}). */
    public static String toDecimal(PyObject a) {
        a = asIntObject(a);
        if (a instanceof PyInt) {
            return Long.toString(((PyInt) a).value);
        }
        try {
            return org.ramjet.objects.format.IntText.toString(((PyBigInt) a).value);
        } catch (org.ramjet.objects.format.FormatError e) {
            throw NumFmt.error(e);
        }
    }

    /** {@code int(text, base)} for a str (Unicode digits and spaces allowed), with CPython's errors. */
    public static PyObject parse(String text, int base) {
        try {
            return NumFmt.toInt(org.ramjet.objects.format.IntText.parse(text, base));
        } catch (org.ramjet.objects.format.FormatError e) {
            throw NumFmt.error(e);
        }
    }

    /** {@code int(b, base)} for bytes. */
    public static PyObject parseBytes(byte[] b, int base) {
        try {
            return NumFmt.toInt(org.ramjet.objects.format.IntText.parseBytes(b, base));
        } catch (org.ramjet.objects.format.FormatError e) {
            throw NumFmt.error(e);
        }
    }
}
