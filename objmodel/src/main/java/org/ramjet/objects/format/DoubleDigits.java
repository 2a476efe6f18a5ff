package org.ramjet.objects.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Correctly rounded decimal digits of a double in the three modes CPython asks David Gay's
 * {@code dtoa} for: shortest round-trip (mode 0), {@code n} significant digits (mode 2, for
 * {@code 'e'} and {@code 'g'}) and {@code n} digits after the point (mode 3, for {@code 'f'} and
 * {@code round()}). Exact ties round half to even, as dtoa does.
 *
 * <p>Modes 2 and 3 start from the shortest digits and round those when that provably gives the
 * same answer as rounding the exact binary value (the common {@code '%.2f'} case); otherwise they
 * round the exact value with {@code BigDecimal}. Why rounding the shortest digits {@code D}
 * (length {@code len}) to {@code n} digits is safe:
 * <ul>
 * <li>{@code n >= len} and {@code n <= 15} and {@code x} is normal: {@code |x - D|} is below half
 *     an ulp of {@code x}, under 1.2e-16 relative, far inside half a unit of the 15th digit, so {@code x} rounds to
 *     {@code D} itself.
 * <li>{@code n <= len - 2}: a rounding boundary strictly between {@code x} and {@code D} has at
 *     most {@code n + 1 < len} digits and would lie inside the rounding interval, contradicting
 *     that {@code D} is shortest; and {@code D} is no boundary (its last digit is not a dropped
 *     zero). So {@code x} and {@code D} round alike.
 * <li>{@code n == len - 1}: the same, unless the last digit of {@code D} is 5 ({@code D} is then
 *     a boundary and {@code x} may sit on either side); a boundary of equal length between them
 *     would be nearer to {@code x} than {@code D}, which Schubfach would have picked instead.
 * </ul>
 */
final class DoubleDigits {
    private DoubleDigits() {
    }

    /** Shortest round-trip digits of {@code x >= 0} (finite). */
    static void shortest(double x, DigitBuffer out) {
        if (x == 0) {
            out.setZero();
        } else {
            ShortestDigits.toDigits(x, out);
        }
    }

    /** At most {@code n >= 1} significant digits of finite {@code x >= 0}. */
    static void significant(double x, int n, DigitBuffer out) {
        if (x == 0) {
            out.setZero();
            return;
        }
        ShortestDigits.toDigits(x, out);
        if (roundShortest(out, n, x >= Double.MIN_NORMAL)) {
            return;
        }
        BigDecimal exact = new BigDecimal(x);
        BigDecimal r = exact.precision() <= n ? exact : exact.round(new MathContext(n, RoundingMode.HALF_EVEN));
        out.setDecimalString(r.unscaledValue().toString(), -r.scale());
    }

    /**
     * Finite {@code x >= 0} rounded to a multiple of {@code 10^-ndigits}; no digits at all
     * (with {@code decpt == -ndigits}) when that multiple is zero.
     */
    static void fixed(double x, int ndigits, DigitBuffer out) {
        if (x == 0) {
            out.setZero();
            return;
        }
        ShortestDigits.toDigits(x, out);
        long n = (long) out.decpt + ndigits;
        if (n < 0) {
            // x < 10^(decpt) <= 10^(-ndigits-1): below half a unit
            out.setEmpty(-ndigits);
            return;
        }
        if (n > 0 && n <= Integer.MAX_VALUE && roundShortest(out, (int) n, x >= Double.MIN_NORMAL)) {
            return;
        }
        BigDecimal exact = new BigDecimal(x);
        if (exact.scale() <= ndigits) {
            out.setDecimalString(exact.unscaledValue().toString(), -exact.scale());
            return;
        }
        BigDecimal r = exact.setScale(ndigits, RoundingMode.HALF_EVEN);
        if (r.signum() == 0) {
            out.setEmpty(-ndigits);
        } else {
            out.setDecimalString(r.unscaledValue().toString(), -r.scale());
        }
    }

    /** Rounds the shortest digits in {@code d} to {@code n} digits when that is provably exact. */
    private static boolean roundShortest(DigitBuffer d, int n, boolean normal) {
        int len = d.length;
        if (n >= len) {
            // the half-ulp bound holds for normal numbers only: subnormals have fewer bits
            return n <= 15 && normal;
        }
        if (n == len - 1 && d.digits[n] == '5') {
            return false;
        }
        d.roundAt(n);
        return true;
    }
}
