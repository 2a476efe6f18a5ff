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
        if (start == end) {
            return false;
        }
        int i = start;
        boolean negative = false;
        if (s.charAt(i) == '+' || s.charAt(i) == '-') {
            negative = s.charAt(i) == '-';
            i++;
        }
        String rest = s.substring(i, end);
        if (rest.equalsIgnoreCase("inf") || rest.equalsIgnoreCase("infinity")) {
            out[0] = negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            return true;
        }
        if (rest.equalsIgnoreCase("nan")) {
            out[0] = negative ? NEGATIVE_NAN : Double.NaN;
            return true;
        }
        // digits [. digits] [e [sign] digits], at least one mantissa digit. Significant
        // digits are kept up to MAX_DIGITS, enough to round any double, plus a sticky 1
        // standing for nonzero digits dropped after them.
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
            i++;
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
        if (sticky) {
            digits[n++] = '1';
            scale--;
        }
        if (!any) {
            return false;
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
        if (i != end) {
            return false;
        }
        double v = n == 0 ? 0.0 : DecimalToDouble.toDouble(digits, n, exp + scale);
        out[0] = negative ? -v : v;
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Removes underscores that sit between digits; null when one does not. */
    private static String withoutUnderscores(String s) {
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
