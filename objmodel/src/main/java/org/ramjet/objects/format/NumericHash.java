package org.ramjet.objects.format;

import java.math.BigInteger;

/**
 * Python's numeric hash (CPython's {@code pyhash.h}): every number hashes to its value modulo
 * the prime {@code P = 2^61 - 1}, so equal numbers of different types hash alike
 * ({@code hash(1) == hash(1.0) == hash(1+0j)}). The sign is kept ({@code hash(-x) == -hash(x)}),
 * -1 becomes -2 (C uses -1 for errors), infinities hash to {@code +-314159}, a NaN by identity,
 * and a complex to {@code hash(re) + 1000003 * hash(im)} in wrapping 64-bit arithmetic.
 */
public final class NumericHash {
    private NumericHash() {
    }

    public static final int BITS = 61;
    public static final long MODULUS = (1L << BITS) - 1;
    public static final long INF = 314159;
    public static final long IMAG = 1000003;

    public static long hash(long v) {
        long h;
        if (v == Long.MIN_VALUE) {
            h = -(4 % MODULUS); // 2^63 = 2^61 * 4 = 4 (mod P)
        } else {
            long a = Math.abs(v);
            long r = (a & MODULUS) + (a >>> BITS);
            if (r >= MODULUS) {
                r -= MODULUS;
            }
            h = v < 0 ? -r : r;
        }
        return h == -1 ? -2 : h;
    }

    public static long hash(BigInteger v) {
        if (v.bitLength() < 64) {
            return hash(v.longValue());
        }
        long r = v.abs().mod(BigInteger.valueOf(MODULUS)).longValue();
        long h = v.signum() < 0 ? -r : r;
        return h == -1 ? -2 : h;
    }

    /**
     * {@code hash(float)}. A NaN hashes by the identity of the float object that holds it
     * ({@code identity}), as CPython 3.10+ does, so that distinct NaNs spread over a dict.
     */
    public static long hash(double v, Object identity) {
        if (Double.isNaN(v)) {
            return identityHash(identity);
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? INF : -INF;
        }
        long bits = Double.doubleToRawLongBits(v);
        int biased = (int) (bits >>> 52) & 0x7ff;
        long mant = bits & ((1L << 52) - 1);
        int exp;
        if (biased == 0) {
            exp = -1074;
        } else {
            mant |= 1L << 52;
            exp = biased - 1075;
        }
        // v = mant * 2^exp, and multiplying by 2^e modulo 2^61-1 rotates 61 bits by e mod 61
        int e = Math.floorMod(exp, BITS);
        long h = e == 0 ? mant : ((mant << e) & MODULUS) | (mant >>> (BITS - e));
        if (h >= MODULUS) {
            h -= MODULUS;
        }
        if (bits < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    /** {@code hash(complex)}: both parts hash like floats, NaN parts by {@code identity}. */
    public static long hash(double real, double imag, Object identity) {
        long h = hash(real, identity) + IMAG * hash(imag, identity);
        return h == -1 ? -2 : h;
    }

    /** CPython's pointer hash, with the JVM's identity hash standing in for the address. */
    static long identityHash(Object identity) {
        long y = System.identityHashCode(identity) & 0xffffffffL;
        long h = (y >>> 4) | (y << 60);
        return h == -1 ? -2 : h;
    }
}
