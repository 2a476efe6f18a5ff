package org.ramjet.objects.format;

/**
 * {@code float(s)} for {@code str} and {@code bytes}: white space around, a sign, decimal
 * digits with an optional point and exponent, underscores only between digits, or
 * {@code inf}/{@code infinity}/{@code nan} in any case. Overflow gives infinity and underflow
 * zero, as in CPython. Anything else is
 * {@code ValueError: could not convert string to float: 'x'}.
 */
public final class FloatParser {
    private FloatParser() {
    }

    /** More significant digits than any double's exact decimal expansion (767) needs. */
    private static final int MAX_DIGITS = 800;

    private static final double NEGATIVE_NAN = Double.longBitsToDouble(0xfff8000000000000L);

    public static double parse(String s) {
        double[] out = new double[1];
        if (!parseAscii(UnicodeChars.toAsciiDigitsAndSpaces(s), out)) {
            throw FormatError.valueError("could not convert string to float: " + StringRepr.repr(s));
        }
        return out[0];
    }

    public static double parseBytes(byte[] b) {
        char[] chars = new char[b.length];
        for (int i = 0; i < b.length; i++) {
            chars[i] = (char) (b[i] & 0xff);
        }
        double[] out = new double[1];
        if (!parseAscii(new String(chars), out)) {
            throw FormatError.valueError("could not convert string to float: " + StringRepr.bytesRepr(b));
        }
        return out[0];
    }

    private static boolean parseAscii(String s, double[] out) {
        if (s.indexOf('_') >= 0) {
            s = withoutUnderscores(s);
            if (s == null) {
                return false;
            }
        }
        int start = 0;
        int end = s.length();
        while (start < end && UnicodeChars.isAsciiSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && UnicodeChars.isAsciiSpace(s.charAt(end - 1))) {
            end--;
        }
        return start < end && parsePrefix(s, start, end, out) == end;
    }

    /**
     * Reads the longest float at {@code s[start:end]}, as C's {@code strtod} with an end pointer:
     * a sign, then {@code inf}/{@code infinity}/{@code nan} in any case or decimal digits with an
     * optional point and exponent. Returns the index after it, or {@code start} if there is none.
     */
    static int parsePrefix(String s, int start, int end, double[] out) {
        int i = start;
        boolean negative = false;
        if (i < end && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        // mantissa: significant digits are kept up to MAX_DIGITS, enough to round any double,
        // plus a sticky 1 standing for nonzero digits dropped after them
        char[] digits = new char[Math.min(end - i, MAX_DIGITS) + 1];
        int n = 0;
        long scale = 0;
        boolean any = false;
        boolean sticky = false;
        while (i < end && isDigit(s.charAt(i))) {
            char c = s.charAt(i++);
            any = true;
            if (n == 0 && c == '0') {
                continue;
            }
            if (n < MAX_DIGITS) {
                digits[n++] = c;
            } else {
                scale++;
                sticky |= c != '0';
            }
        }
        if (i < end && s.charAt(i) == '.') {
            int afterPoint = i + 1;
            if (any || afterPoint < end && isDigit(s.charAt(afterPoint))) {
                i = afterPoint;
            }
            while (i < end && isDigit(s.charAt(i))) {
                char c = s.charAt(i++);
                any = true;
                if (n == 0 && c == '0') {
                    scale--;
                } else if (n < MAX_DIGITS) {
                    digits[n++] = c;
                    scale--;
                } else {
                    sticky |= c != '0';
                }
            }
        }
        if (!any) {
            return infOrNan(s, start, end, out);
        }
        if (sticky) {
            digits[n++] = '1';
            scale--;
        }
        long exp = 0;
        if (i < end && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            boolean expNegative = false;
            if (j < end && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                expNegative = s.charAt(j) == '-';
                j++;
            }
            if (j < end && isDigit(s.charAt(j))) {
                while (j < end && isDigit(s.charAt(j))) {
                    if (exp < 1_000_000_000_000L) {
                        exp = exp * 10 + (s.charAt(j) - '0');
                    }
                    j++;
                }
                i = j;
                if (expNegative) {
                    exp = -exp;
                }
            }
        }
        double v = n == 0 ? 0.0 : DecimalToDouble.toDouble(digits, n, exp + scale);
        out[0] = negative ? -v : v;
        return i;
    }

    /** A signed {@code inf}, {@code infinity} or {@code nan} prefix (any case). */
    private static int infOrNan(String s, int start, int end, double[] out) {
        int i = start;
        boolean negative = false;
        if (i < end && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        if (s.regionMatches(true, i, "inf", 0, 3) && i + 3 <= end) {
            i += 3;
            if (s.regionMatches(true, i, "inity", 0, 5) && i + 5 <= end) {
                i += 5;
            }
            out[0] = negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            return i;
        }
        if (s.regionMatches(true, i, "nan", 0, 3) && i + 3 <= end) {
            out[0] = negative ? NEGATIVE_NAN : Double.NaN;
            return i + 3;
        }
        return start;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Removes underscores that sit between digits; null when one does not. */
    static String withoutUnderscores(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        char prev = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (!isDigit(prev)) {
                    return null;
                }
            } else {
                if (prev == '_' && !isDigit(c)) {
                    return null;
                }
                sb.append(c);
            }
            prev = c;
        }
        return prev == '_' ? null : sb.toString();
    }
}
