package org.ramjet.objects.format;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Float operations whose Python results differ from Java's: conversion to int (truncating,
 * with CPython's errors for inf and nan), {@code as_integer_ratio}, and floor division and
 * modulo, where the remainder takes the sign of the divisor and the quotient is snapped to an
 * integer.
 */
public final class FloatMath {
    private FloatMath() {
    }

    /** {@code int(x)}: truncation toward zero, as a {@code Long} or {@code BigInteger}. */
    public static Number toInteger(double x) {
        if (x != x) {
            throw FormatError.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(x)) {
            throw FormatError.overflowError("cannot convert float infinity to integer");
        }
        if (x > -0x1p63 && x < 0x1p63) {
            return (long) x;
        }
        return new BigDecimal(x).toBigInteger();
    }

    /** {@code x.as_integer_ratio()}: the lowest-terms {@code {numerator, denominator}}, denominator > 0. */
    public static BigInteger[] asIntegerRatio(double x) {
        if (Double.isInfinite(x)) {
            throw FormatError.overflowError("cannot convert Infinity to integer ratio");
        }
        if (x != x) {
            throw FormatError.valueError("cannot convert NaN to integer ratio");
        }
        if (x == 0) {
            return new BigInteger[] {BigInteger.ZERO, BigInteger.ONE};
        }
        long bits = Double.doubleToRawLongBits(x);
        int biased = (int) (bits >>> 52) & 0x7ff;
        long mant = bits & ((1L << 52) - 1);
        int exp;
        if (biased == 0) {
            exp = -1074;
        } else {
            mant |= 1L << 52;
            exp = biased - 1075;
        }
        int tz = Long.numberOfTrailingZeros(mant);
        mant >>= tz;
        exp += tz;
        BigInteger num = BigInteger.valueOf(bits < 0 ? -mant : mant);
        if (exp >= 0) {
            return new BigInteger[] {num.shiftLeft(exp), BigInteger.ONE};
        }
        return new BigInteger[] {num, BigInteger.ONE.shiftLeft(-exp)};
    }

    /** {@code x % y} for floats: the sign of {@code y}, and a zero remainder keeps it too. */
    public static double mod(double x, double y) {
        if (y == 0) {
            throw FormatError.zeroDivisionError("float modulo");
        }
        double mod = x % y;
        if (mod != 0) {
            if ((y < 0) != (mod < 0)) {
                mod += y;
            }
        } else {
            mod = Math.copySign(0.0, y);
        }
        return mod;
    }

    /** {@code x // y} for floats. */
    public static double floorDiv(double x, double y) {
        if (y == 0) {
            throw FormatError.zeroDivisionError("float floor division by zero");
        }
        return divmod(x, y)[0];
    }

    /** {@code divmod(x, y)} for floats as {@code {x // y, x % y}}. */
    public static double[] divmod(double x, double y) {
        if (y == 0) {
            throw FormatError.zeroDivisionError("float divmod()");
        }
        double mod = x % y;
        // x - mod is an exact multiple of y mathematically, not quite in floating point
        double div = (x - mod) / y;
        if (mod != 0) {
            if ((y < 0) != (mod < 0)) {
                mod += y;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, y);
        }
        double floorDiv;
        if (div != 0) {
            floorDiv = Math.floor(div);
            if (div - floorDiv > 0.5) {
                floorDiv += 1.0;
            }
        } else {
            floorDiv = Math.copySign(0.0, x / y);
        }
        return new double[] {floorDiv, mod};
    }
}
