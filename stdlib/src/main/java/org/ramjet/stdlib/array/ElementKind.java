package org.ramjet.stdlib.array;

import java.math.BigInteger;
import org.ramjet.objects.Floats;
import org.ramjet.objects.Ints;
import org.ramjet.objects.Numbers;
import org.ramjet.objects.PyErrors;
import org.ramjet.objects.PyFloat;
import org.ramjet.objects.PyInt;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.PyStr;
import org.ramjet.objects.Strs;

/**
 * The element kind of an {@code array.array}: its type code, item size and the Java primitive
 * array that stores it ({@link #storageClass}). Unsigned kinds live in the signed Java type of
 * the same width and are widened on read ({@code B} in {@code byte[]} read as {@code b & 0xFF});
 * {@code u} holds code points in an {@code int[]} (wchar_t is 4 bytes, as on Linux).
 *
 * <p>For compiled code: given a {@link PyArray}, {@code a.kind} says which field of
 * {@code a.storage} to cast to, and {@code a.length} bounds the valid elements, e.g. kind
 * {@link #DOUBLE}: {@code ((double[]) a.storage)[i]} for {@code 0 <= i < a.length}.
 */
public enum ElementKind {
    SIGNED_CHAR('b', 1, byte[].class, -128, 127),
    UNSIGNED_CHAR('B', 1, byte[].class, 0, 255),
    UNICODE('u', 4, int[].class, 0, 0x10FFFF),
    SHORT('h', 2, short[].class, Short.MIN_VALUE, Short.MAX_VALUE),
    UNSIGNED_SHORT('H', 2, short[].class, 0, 65535),
    INT('i', 4, int[].class, Integer.MIN_VALUE, Integer.MAX_VALUE),
    UNSIGNED_INT('I', 4, int[].class, 0, 0xFFFFFFFFL),
    LONG('l', 8, long[].class, Long.MIN_VALUE, Long.MAX_VALUE),
    UNSIGNED_LONG('L', 8, long[].class, 0, -1),
    LONG_LONG('q', 8, long[].class, Long.MIN_VALUE, Long.MAX_VALUE),
    UNSIGNED_LONG_LONG('Q', 8, long[].class, 0, -1),
    FLOAT('f', 4, float[].class, 0, 0),
    DOUBLE('d', 8, double[].class, 0, 0);

    /** All type codes in CPython's order, as {@code array.typecodes}. */
    public static final String TYPECODES = "bBuhHiIlLqQfd";

    private static final BigInteger U64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    public final char code;
    public final int itemSize;
    public final Class<?> storageClass;
    final long min, max;

    ElementKind(char code, int itemSize, Class<?> storageClass, long min, long max) {
        this.code = code;
        this.itemSize = itemSize;
        this.storageClass = storageClass;
        this.min = min;
        this.max = max;
    }

    /** The kind for a type code, or null. */
    public static ElementKind of(int code) {
        for (ElementKind k : values()) {
            if (k.code == code) {
                return k;
            }
        }
        return null;
    }

    public boolean isFloating() {
        return this == FLOAT || this == DOUBLE;
    }

    /** A fresh zeroed storage array of {@code n} elements. */
    Object newStorage(int n) {
        switch (this) {
            case SIGNED_CHAR: case UNSIGNED_CHAR: return new byte[n];
            case SHORT: case UNSIGNED_SHORT: return new short[n];
            case UNICODE: case INT: case UNSIGNED_INT: return new int[n];
            case FLOAT: return new float[n];
            case DOUBLE: return new double[n];
            default: return new long[n];
        }
    }

    /** Element {@code i} of {@code storage} as a Python object. */
    PyObject box(Object storage, int i) {
        switch (this) {
            case SIGNED_CHAR: return PyInt.of(((byte[]) storage)[i]);
            case UNSIGNED_CHAR: return PyInt.of(((byte[]) storage)[i] & 0xFF);
            case SHORT: return PyInt.of(((short[]) storage)[i]);
            case UNSIGNED_SHORT: return PyInt.of(((short[]) storage)[i] & 0xFFFF);
            case UNICODE: return PyStr.of(new String(Character.toChars(((int[]) storage)[i])));
            case INT: return PyInt.of(((int[]) storage)[i]);
            case UNSIGNED_INT: return PyInt.of(((int[]) storage)[i] & 0xFFFFFFFFL);
            case LONG: case LONG_LONG: return PyInt.of(((long[]) storage)[i]);
            case UNSIGNED_LONG: case UNSIGNED_LONG_LONG: {
                long v = ((long[]) storage)[i];
                return v >= 0 ? PyInt.of(v) : PyInt.of(new BigInteger(Long.toUnsignedString(v)));
            }
            case FLOAT: return PyFloat.of(((float[]) storage)[i]);
            default: return PyFloat.of(((double[]) storage)[i]);
        }
    }

    /** Stores {@code v} at {@code i}, converting with CPython's TypeErrors and OverflowErrors. */
    void store(Object storage, int i, PyObject v) {
        switch (this) {
            case SIGNED_CHAR: case UNSIGNED_CHAR: ((byte[]) storage)[i] = (byte) integer(v); return;
            case SHORT: case UNSIGNED_SHORT: ((short[]) storage)[i] = (short) integer(v); return;
            case UNICODE: ((int[]) storage)[i] = codePoint(v); return;
            case INT: case UNSIGNED_INT: ((int[]) storage)[i] = (int) integer(v); return;
            case FLOAT: ((float[]) storage)[i] = (float) real(v); return;
            case DOUBLE: ((double[]) storage)[i] = real(v); return;
            default: ((long[]) storage)[i] = integer(v);
        }
    }

    private static int codePoint(PyObject v) {
        if (Strs.isStr(v)) {
            String s = Strs.value(v);
            if (!s.isEmpty() && s.codePointCount(0, s.length()) == 1) {
                return s.codePointAt(0);
            }
        }
        throw PyErrors.typeError("array item must be unicode character");
    }

    /** {@code PyFloat_AsDouble}: floats, ints, {@code __float__}, {@code __index__}. */
    static double real(PyObject v) {
        if (v instanceof PyFloat) {
            return ((PyFloat) v).value;
        }
        if (Ints.isInt(v) || Floats.isFloat(v)) {
            return Floats.toDouble(v);
        }
        if (v.type().float_ != null || v.type().index != null) {
            return Floats.toDouble(Numbers.toFloat(v));
        }
        throw PyErrors.typeError("must be real number, not %s", v.type().getName());
    }

    /** An integer element in this kind's range, with the messages of CPython's converters. */
    long integer(PyObject v) {
        PyObject i = Ints.asIntObject(Numbers.index(v));
        switch (this) {
            case UNSIGNED_INT: case UNSIGNED_LONG: {
                if (Ints.signum(i) < 0) {
                    throw PyErrors.overflowError("can't convert negative value to unsigned int");
                }
                BigInteger b = Ints.big(i);
                if (b.compareTo(U64_MAX) > 0) {
                    throw PyErrors.overflowError("Python int too large to convert to C unsigned long");
                }
                if (this == UNSIGNED_INT && b.bitLength() > 32) {
                    throw PyErrors.overflowError("unsigned int is greater than maximum");
                }
                return b.longValue();
            }
            case LONG_LONG:
                if (!Ints.fitsLong(i)) {
                    throw PyErrors.overflowError("int too big to convert");
                }
                return Ints.longValue(i);
            case UNSIGNED_LONG_LONG: {
                if (Ints.signum(i) < 0) {
                    throw PyErrors.overflowError("can't convert negative int to unsigned");
                }
                if (Ints.big(i).compareTo(U64_MAX) > 0) {
                    throw PyErrors.overflowError("int too big to convert");
                }
                return Ints.big(i).longValue();
            }
            default:
                break;
        }
        if (!Ints.fitsLong(i)) {
            throw PyErrors.overflowError("Python int too large to convert to C long");
        }
        long x = Ints.longValue(i);
        switch (this) {
            case SIGNED_CHAR:
                check(x, Short.MIN_VALUE, Short.MAX_VALUE, "signed short integer");
                check(x, min, max, "signed char");
                return x;
            case UNSIGNED_CHAR:
                check(x, min, max, "unsigned byte integer");
                return x;
            case SHORT:
                check(x, min, max, "signed short integer");
                return x;
            case UNSIGNED_SHORT:
                check(x, Integer.MIN_VALUE, Integer.MAX_VALUE, "signed integer");
                check(x, min, max, "unsigned short");
                return x;
            case INT:
                check(x, min, max, "signed integer");
                return x;
            default:
                return x;
        }
    }

    private static void check(long x, long lo, long hi, String what) {
        if (x < lo) {
            throw PyErrors.overflowError("%s is less than minimum", what);
        }
        if (x > hi) {
            throw PyErrors.overflowError("%s is greater than maximum", what);
        }
    }
}
