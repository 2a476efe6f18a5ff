package org.ramjet.objects.format;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Integer arithmetic with CPython's semantics where it differs from Java's: floor division and
 * modulo take the sign of the divisor, {@code pow(a, b, m)} accepts negative exponents through
 * the modular inverse, true division and conversion to float are correctly rounded and raise
 * OverflowError instead of returning infinity, and {@code bit_length}/{@code bit_count} count
 * the magnitude.
 *
 * <p>The {@code long} variants that can overflow ({@code MIN_VALUE // -1}) throw
 * {@link ArithmeticException}, like {@code Math.*Exact}: the caller retries with
 * {@code BigInteger}. Python errors are {@link FormatError}s.
 */
public final class IntMath {
    private IntMath() {
    }

    private static final String DIV_BY_ZERO = "integer division or modulo by zero";
    private static final String MOD_BY_ZERO = "integer modulo by zero";

    // ---------------------------------------------------------------------------------------
    // floor division, modulo, divmod

    /** {@code a // b}; ArithmeticException for {@code MIN_VALUE // -1}. */
    public static long floorDiv(long a, long b) {
        if (b == 0) {
            throw FormatError.zeroDivisionError(DIV_BY_ZERO);
        }
        if (a == Long.MIN_VALUE && b == -1) {
            throw new ArithmeticException("long overflow");
        }
        return Math.floorDiv(a, b);
    }

    /** {@code a % b}, with the sign of {@code b}. */
    public static long floorMod(long a, long b) {
        if (b == 0) {
            throw FormatError.zeroDivisionError(MOD_BY_ZERO);
        }
        return b == -1 ? 0 : Math.floorMod(a, b);
    }

    /** {@code divmod(a, b)} as {@code {a // b, a % b}}; ArithmeticException for {@code MIN_VALUE, -1}. */
    public static long[] divmod(long a, long b) {
        if (b == 0) {
            throw FormatError.zeroDivisionError(DIV_BY_ZERO);
        }
        if (a == Long.MIN_VALUE && b == -1) {
            throw new ArithmeticException("long overflow");
        }
        return new long[] {Math.floorDiv(a, b), Math.floorMod(a, b)};
    }

    public static BigInteger floorDiv(BigInteger a, BigInteger b) {
        return divmod(a, b, DIV_BY_ZERO)[0];
    }

    public static BigInteger floorMod(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            throw FormatError.zeroDivisionError(MOD_BY_ZERO);
        }
        BigInteger r = a.remainder(b);
        return r.signum() != 0 && r.signum() != b.signum() ? r.add(b) : r;
    }

    /** {@code divmod(a, b)} as {@code {a // b, a % b}}. */
    public static BigInteger[] divmod(BigInteger a, BigInteger b) {
        return divmod(a, b, DIV_BY_ZERO);
    }

    private static BigInteger[] divmod(BigInteger a, BigInteger b, String zeroMessage) {
        if (b.signum() == 0) {
            throw FormatError.zeroDivisionError(zeroMessage);
        }
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            qr[0] = qr[0].subtract(BigInteger.ONE);
            qr[1] = qr[1].add(b);
        }
        return qr;
    }

    // ---------------------------------------------------------------------------------------
    // pow with modulus

    /**
     * {@code pow(base, exp, mod)}: the result has the sign of {@code mod} (or is 0); a negative
     * exponent uses the inverse of {@code base} modulo {@code mod}.
     */
    public static BigInteger powMod(BigInteger base, BigInteger exp, BigInteger mod) {
        if (mod.signum() == 0) {
            throw FormatError.valueError("pow() 3rd argument cannot be 0");
        }
        boolean negativeOutput = mod.signum() < 0;
        BigInteger m = mod.abs();
        if (m.equals(BigInteger.ONE)) {
            return BigInteger.ZERO;
        }
        BigInteger b = base.mod(m);
        BigInteger e = exp;
        if (e.signum() < 0) {
            try {
                b = b.modInverse(m);
            } catch (ArithmeticException notInvertible) {
                throw FormatError.valueError("base is not invertible for the given modulus");
            }
            e = e.negate();
        }
        BigInteger r = b.modPow(e, m);
        return negativeOutput && r.signum() != 0 ? r.subtract(m) : r;
    }

    /** {@code pow(base, exp, mod)} for small operands; see {@link #powMod(BigInteger, BigInteger, BigInteger)}. */
    public static long powMod(long base, long exp, long mod) {
        if (mod == 0) {
            throw FormatError.valueError("pow() 3rd argument cannot be 0");
        }
        if (exp < 0 || mod == Long.MIN_VALUE || Math.abs(mod) > (1L << 31)) {
            return powMod(BigInteger.valueOf(base), BigInteger.valueOf(exp), BigInteger.valueOf(mod)).longValue();
        }
        long m = Math.abs(mod);
        if (m == 1) {
            return 0;
        }
        long b = Math.floorMod(base, m);
        long r = 1;
        while (exp > 0) {
            if ((exp & 1) != 0) {
                r = r * b % m;
            }
            b = b * b % m;
            exp >>= 1;
        }
        return mod < 0 && r != 0 ? r - m : r;
    }

    // ---------------------------------------------------------------------------------------
    // bits

    /** {@code int.bit_length()}: bits of the magnitude. */
    public static int bitLength(long v) {
        return v == Long.MIN_VALUE ? 64 : 64 - Long.numberOfLeadingZeros(Math.abs(v));
    }

    public static long bitLength(BigInteger v) {
        return v.abs().bitLength();
    }

    /** {@code int.bit_count()}: ones in the magnitude. */
    public static int bitCount(long v) {
        return v == Long.MIN_VALUE ? 1 : Long.bitCount(Math.abs(v));
    }

    public static long bitCount(BigInteger v) {
        return v.abs().bitCount();
    }

    // ---------------------------------------------------------------------------------------
    // to float

    /** {@code float(v)}: always exact or correctly rounded for a long. */
    public static double toDouble(long v) {
        return (double) v;
    }

    /** {@code float(v)}, correctly rounded; OverflowError when it rounds past the largest double. */
    public static double toDouble(BigInteger v) {
        double d = v.doubleValue();
        if (Double.isInfinite(d)) {
            throw FormatError.overflowError("int too large to convert to float");
        }
        return d;
    }

    /** {@code a / b} for ints, correctly rounded. */
    public static double trueDivide(long a, long b) {
        if (b == 0) {
            throw FormatError.zeroDivisionError("division by zero");
        }
        if (Math.abs(a) <= (1L << 53) && Math.abs(b) <= (1L << 53) && a != Long.MIN_VALUE && b != Long.MIN_VALUE) {
            // both exact as doubles: one IEEE division rounds correctly
            return (double) a / (double) b;
        }
        return trueDivide(BigInteger.valueOf(a), BigInteger.valueOf(b));
    }

    /** {@code a / b} for ints, correctly rounded; OverflowError past the largest double. */
    public static double trueDivide(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            throw FormatError.zeroDivisionError("division by zero");
        }
        boolean negative = a.signum() * b.signum() < 0 || a.signum() == 0 && b.signum() < 0;
        BigInteger x = a.abs();
        BigInteger y = b.abs();
        if (x.signum() == 0) {
            return negative ? -0.0 : 0.0;
        }
        if (x.bitLength() <= 53 && y.bitLength() <= 53) {
            double q = x.doubleValue() / y.doubleValue();
            return negative ? -q : q;
        }
        // scale so that the integer quotient has 55 or 56 bits, then round once
        long shift = 55L - (x.bitLength() - y.bitLength());
        if (shift > 0) {
            x = x.shiftLeft((int) shift);
        } else if (shift < 0) {
            y = y.shiftLeft((int) -shift);
        }
        BigInteger[] qr = x.divideAndRemainder(y);
        double q = BinaryRounding.toDouble(qr[0].longValueExact(), qr[1].signum() != 0, -shift);
        if (Double.isInfinite(q)) {
            throw FormatError.overflowError("integer division result too large for a float");
        }
        return negative ? -q : q;
    }

    // ---------------------------------------------------------------------------------------
    // round

    /** {@code round(v, ndigits)} for an int: to a multiple of {@code 10^-ndigits}, half to even. */
    public static BigInteger round(BigInteger v, long ndigits) {
        if (ndigits >= 0) {
            return v;
        }
        // 10^-ndigits > 2|v|: everything rounds to 0
        if (-ndigits > (long) (v.bitLength() * 0.30103) + 2) {
            return BigInteger.ZERO;
        }
        BigInteger pow = BigInteger.TEN.pow((int) -ndigits);
        BigInteger[] qr = divmod(v, pow);
        int c = qr[1].shiftLeft(1).compareTo(pow);
        if (c > 0 || c == 0 && qr[0].testBit(0)) {
            qr[0] = qr[0].add(BigInteger.ONE);
        }
        return qr[0].multiply(pow);
    }

    // ---------------------------------------------------------------------------------------
    // exact comparison with a float

    /** What {@link #compare} returns when the float is a NaN: every comparison is false but {@code !=}. */
    public static final int UNORDERED = 2;

    /** The sign of {@code d - v} computed exactly (CPython's {@code float_richcompare}), or {@link #UNORDERED}. */
    public static int compare(double d, long v) {
        if (d != d) {
            return UNORDERED;
        }
        if (v > -(1L << 53) && v < (1L << 53)) {
            double w = v;
            return d < w ? -1 : d > w ? 1 : 0;
        }
        if (d >= 0x1p63) {
            return 1;
        }
        if (d < -0x1p63) {
            return -1;
        }
        double fl = Math.floor(d);
        long t = (long) fl;
        if (t != v) {
            return t < v ? -1 : 1;
        }
        return d > fl ? 1 : 0;
    }

    /** The sign of {@code d - v} computed exactly, or {@link #UNORDERED}. */
    public static int compare(double d, BigInteger v) {
        if (v.bitLength() < 64) {
            return compare(d, v.longValue());
        }
        if (d != d) {
            return UNORDERED;
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? 1 : -1;
        }
        if (Math.abs(d) < 0x1p63) {
            return -v.signum();
        }
        // |d| >= 2^63 is an integer
        return new BigDecimal(d).toBigIntegerExact().compareTo(v);
    }
}
