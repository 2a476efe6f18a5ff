package org.ramjet.objects.format;

/**
 * {@code repr(float)} and {@code str(float)} (the same in Python 3): the shortest digits that
 * read back as the same double, in fixed notation from {@code 1e-4} up to {@code 1e16}
 * (exclusive) with at least one digit after the point, else in exponent notation with at least
 * two exponent digits: {@code 1e+16}, {@code 1e-05}, {@code 0.0001}, {@code 123456789012345.0},
 * {@code 1.2345678901234567e+16}, {@code inf}, {@code -inf}, {@code nan}, {@code -0.0}.
 *
 * <p>This is the hot path of printing numbers, so it writes into one {@code char[]} straight
 * from the digits, without {@code BigDecimal} or a {@code StringBuilder}.
 */
public final class FloatRepr {
    private FloatRepr() {
    }

    public static String repr(double x) {
        if (x != x) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        long bits = Double.doubleToRawLongBits(x);
        if (x == 0) {
            return bits < 0 ? "-0.0" : "0.0";
        }
        DigitBuffer d = new DigitBuffer();
        ShortestDigits.toDigits(Math.abs(x), d);
        char[] digits = d.digits;
        int len = d.length;
        int decpt = d.decpt;
        char[] out = new char[len + 26];
        int p = 0;
        if (bits < 0) {
            out[p++] = '-';
        }
        if (decpt <= -4 || decpt > 16) {
            out[p++] = digits[0];
            if (len > 1) {
                out[p++] = '.';
                System.arraycopy(digits, 1, out, p, len - 1);
                p += len - 1;
            }
            out[p++] = 'e';
            int exp = decpt - 1;
            if (exp < 0) {
                out[p++] = '-';
                exp = -exp;
            } else {
                out[p++] = '+';
            }
            if (exp >= 100) {
                out[p++] = (char) ('0' + exp / 100);
                exp %= 100;
            }
            out[p++] = (char) ('0' + exp / 10);
            out[p++] = (char) ('0' + exp % 10);
        } else if (decpt <= 0) {
            out[p++] = '0';
            out[p++] = '.';
            for (int i = decpt; i < 0; i++) {
                out[p++] = '0';
            }
            System.arraycopy(digits, 0, out, p, len);
            p += len;
        } else if (decpt >= len) {
            System.arraycopy(digits, 0, out, p, len);
            p += len;
            for (int i = len; i < decpt; i++) {
                out[p++] = '0';
            }
            out[p++] = '.';
            out[p++] = '0';
        } else {
            System.arraycopy(digits, 0, out, p, decpt);
            p += decpt;
            out[p++] = '.';
            System.arraycopy(digits, decpt, out, p, len - decpt);
            p += len - decpt;
        }
        return new String(out, 0, p);
    }

    /** {@code str(float)}: the same as {@link #repr(double)}. */
    public static String str(double x) {
        return repr(x);
    }
}
