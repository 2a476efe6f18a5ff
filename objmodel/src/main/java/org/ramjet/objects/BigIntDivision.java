package org.ramjet.objects;

import java.math.BigInteger;

/** Correctly rounded {@code int / int} for operands beyond 53 bits (CPython's long_true_divide). */
final class BigIntDivision {
    private BigIntDivision() {}

    static double trueDivide(BigInteger a, BigInteger b) {
        boolean neg = a.signum() * b.signum() < 0;
        a = a.abs();
        b = b.abs();
        if (a.signum() == 0) {
            return neg ? -0.0 : 0.0;
        }
        int shift = 55 - (a.bitLength() - b.bitLength());
        BigInteger n = shift > 0 ? a.shiftLeft(shift) : a;
        BigInteger d = shift < 0 ? b.shiftLeft(-shift) : b;
        BigInteger[] qr = n.divideAndRemainder(d);
        long q = qr[0].longValue();
        if (qr[1].signum() != 0) {
            q |= 1; // sticky bit: the true quotient is slightly larger
        }
        int extra = 64 - Long.numberOfLeadingZeros(q) - 53;
        long mant = q;
        if (extra > 0) {
            long rem = q & ((1L << extra) - 1);
            long half = 1L << (extra - 1);
            mant = q >>> extra;
            if (rem > half || (rem == half && (mant & 1) == 1)) {
                mant++;
            }
        } else {
            extra = 0;
        }
        long exp = (long) extra - shift;
        if (exp > 2000) {
            throw PyErrors.overflowError("integer division result too large for a float");
        }
        double r = Math.scalb((double) mant, (int) Math.max(exp, -3000));
        if (Double.isInfinite(r)) {
            throw PyErrors.overflowError("integer division result too large for a float");
        }
        return neg ? -r : r;
    }
}
