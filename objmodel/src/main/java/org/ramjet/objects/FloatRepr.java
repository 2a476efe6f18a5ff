package org.ramjet.objects;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * {@code repr(float)}: the shortest decimal string that reads back as the same double, laid out
 * as CPython does (fixed notation for decimal exponents -4 < e <= 16, else {@code 1e+16},
 * {@code 1.5e-05}; {@code inf}, {@code nan}, {@code -0.0}).
 *
 * <p>Java 17's {@code Double.toString} always round-trips but is not always shortest or
 * correctly rounded, so it only bounds the search: round-tripping is monotonic in the number of
 * digits, and the answer is the exact value rounded half-even to the fewest digits that still
 * round-trip.
 */
public final class FloatRepr {
    private FloatRepr() {}

    /** Shortest round-trip digits (no leading/trailing zeros) and the decimal point position. */
    public static final class Digits {
        /** Significant digits, e.g. "15" for 1.5. */
        public final String digits;
        /** Value = 0.DIGITS x 10^decpt. */
        public final int decpt;

        Digits(String digits, int decpt) {
            this.digits = digits;
            this.decpt = decpt;
        }
    }

    /** The shortest round-trip digits of a finite, non-zero, positive double. */
    public static Digits shortest(double d) {
        String js = Double.toString(d);
        int eIdx = js.indexOf('E');
        String mant = eIdx >= 0 ? js.substring(0, eIdx) : js;
        int sig = 0;
        boolean leading = true;
        int lastNonZero = 0;
        int count = 0;
        for (int i = 0; i < mant.length(); i++) {
            char c = mant.charAt(i);
            if (c < '0' || c > '9') {
                continue;
            }
            if (leading && c == '0') {
                continue;
            }
            leading = false;
            count++;
            if (c != '0') {
                lastNonZero = count;
            }
        }
        sig = Math.max(1, lastNonZero);
        BigDecimal exact = new BigDecimal(d);
        int p = sig;
        BigDecimal best = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
        if (best.doubleValue() != d) {
            // Java's digits were not the correctly rounded ones at this length: go up.
            while (p < 17) {
                p++;
                best = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
                if (best.doubleValue() == d) {
                    break;
                }
            }
        }
        while (p > 1) {
            BigDecimal shorter = exact.round(new MathContext(p - 1, RoundingMode.HALF_EVEN));
            if (shorter.doubleValue() != d) {
                break;
            }
            best = shorter;
            p--;
        }
        best = best.stripTrailingZeros();
        String digits = best.unscaledValue().abs().toString();
        int decpt = digits.length() - best.scale();
        return new Digits(digits, decpt);
    }

    public static String repr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        StringBuilder sb = new StringBuilder(24);
        if (d < 0) {
            sb.append('-');
            d = -d;
        }
        Digits r = shortest(d);
        String digits = r.digits;
        int decpt = r.decpt;
        int n = digits.length();
        if (decpt > -4 && decpt <= 16) {
            if (decpt <= 0) {
                sb.append("0.");
                for (int i = 0; i < -decpt; i++) {
                    sb.append('0');
                }
                sb.append(digits);
            } else if (decpt >= n) {
                sb.append(digits);
                for (int i = n; i < decpt; i++) {
                    sb.append('0');
                }
                sb.append(".0");
            } else {
                sb.append(digits, 0, decpt).append('.').append(digits, decpt, n);
            }
        } else {
            sb.append(digits.charAt(0));
            if (n > 1) {
                sb.append('.').append(digits, 1, n);
            }
            int exp = decpt - 1;
            sb.append('e').append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) {
                sb.append('0');
            }
            sb.append(a);
        }
        return sb.toString();
    }
}
