package org.ramjet.objects.format;

/**
 * {@code round(x)} and {@code round(x, ndigits)} for floats, as CPython computes them: the
 * decimal digits of {@code x} correctly rounded (half to even on exact ties) at
 * {@code 10^-ndigits}, read back as the nearest double. So {@code round(2.675, 2) == 2.67}
 * (2.675 is really 2.67499999...), {@code round(0.5) == 0}, {@code round(1.5) == 2}.
 */
public final class FloatRounding {
    private FloatRounding() {
    }

    /** Beyond this many digits after the point every double is already exact. */
    private static final int NDIGITS_MAX = (int) ((53 - (-1021)) * 0.30103);
    /** Below this every double rounds to zero. */
    private static final int NDIGITS_MIN = -(int) ((1024 + 1) * 0.30103);

    /** {@code round(x)}: the nearest integer, half to even, as a {@code Long} or {@code BigInteger}. */
    public static Number round(double x) {
        return FloatMath.toInteger(Math.rint(x));
    }

    /** {@code round(x, ndigits)}; a huge {@code ndigits} is clipped to the long range by the caller. */
    public static double round(double x, long ndigits) {
        if (!Double.isFinite(x)) {
            return x;
        }
        if (ndigits > NDIGITS_MAX) {
            return x;
        }
        if (ndigits < NDIGITS_MIN) {
            return 0.0 * x;
        }
        DigitBuffer d = new DigitBuffer();
        DoubleDigits.fixed(Math.abs(x), (int) ndigits, d);
        if (d.length == 0) {
            return Math.copySign(0.0, x);
        }
        double r = DecimalToDouble.toDouble(d.digits, d.length, (long) d.decpt - d.length);
        if (Double.isInfinite(r)) {
            throw FormatError.overflowError("rounded value too large to represent");
        }
        return x < 0 || Double.doubleToRawLongBits(x) < 0 ? -r : r;
    }
}
