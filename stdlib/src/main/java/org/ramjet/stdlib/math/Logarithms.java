package org.ramjet.stdlib.math;

import java.math.BigInteger;
import org.ramjet.objects.Ints;
import org.ramjet.objects.PyObject;

/**
 * {@code log}, {@code log2}, {@code log10}: like CPython's {@code loghelper}, an int too large
 * for a double is taken apart as {@code m * 2**e} so that {@code log(10**1000)} works.
 */
final class Logarithms {
    static final int NATURAL = 0, BASE2 = 1, BASE10 = 2;

    private Logarithms() {}

    static double log(PyObject x, int kind) {
        if (Ints.isInt(x)) {
            PyObject v = Ints.asIntObject(x);
            if (Ints.signum(v) <= 0) {
                throw MathArgs.domainError();
            }
            BigInteger big = Ints.big(v);
            if (big.bitLength() <= 1023) {
                return apply(big.doubleValue(), kind);
            }
            int e = big.bitLength();
            // the top 64 bits as a fraction in [0.5, 1)
            double m = big.shiftRight(e - 64).doubleValue() / 0x1p64;
            return apply(m, kind) + apply(2.0, kind) * e;
        }
        return apply(MathArgs.toDouble(x), kind);
    }

    private static double apply(double v, int kind) {
        if (Double.isNaN(v)) {
            return v;
        }
        if (v <= 0.0) {
            throw MathArgs.domainError();
        }
        if (Double.isInfinite(v)) {
            return v;
        }
        switch (kind) {
            case BASE2:
                return log2(v);
            case BASE10:
                return StrictMath.log10(v);
            default:
                return Math.log(v);
        }
    }

    private static final double SQRT_HALF = Math.sqrt(0.5);
    private static final double LN2 = Math.log(2.0);

    /**
     * log2(v) as {@code e + log(m)/ln 2} with {@code v = m * 2**e}, {@code m} within a factor
     * sqrt(2) of 1: the rounding error stays in the small fractional part, so results are
     * nearly always the correctly rounded ones (as glibc's log2), and exact for powers of two.
     */
    private static double log2(double v) {
        int e = Math.getExponent(v);
        if (e < Double.MIN_EXPONENT) {  // subnormal
            return log2(v * 0x1p64) - 64;
        }
        double m = v / Math.scalb(1.0, e);  // in [1, 2)
        if (m == 1.0) {
            return e;
        }
        if (m > 2 * SQRT_HALF) {
            m /= 2;
            e++;
        }
        return e + Math.log(m) / LN2;
    }
}
