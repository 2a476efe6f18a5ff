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

    private static double log2(double v) {
        int e = Math.getExponent(v);
        if (e >= Double.MIN_EXPONENT && v == Math.scalb(1.0, e)) {
            return e;  // exact for powers of two
        }
        return Math.log(v) / Math.log(2.0);
    }
}
