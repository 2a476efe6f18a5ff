package org.ramjet.objects.format;

/**
 * {@code complex(s)}: {@code <float>}, {@code <float>j} or {@code <float><signed-float>j}, where
 * a float is anything {@code float()} reads, optionally in parentheses, with white space around
 * (not inside); for backwards compatibility also {@code <float><sign>j}, {@code <sign>j} and
 * {@code j}. Errors: {@code complex() arg is a malformed string}, or for misplaced underscores
 * {@code could not convert string to complex: 's'}.
 */
public final class ComplexParser {
    private ComplexParser() {
    }

    /** Returns {@code {real, imag}}. */
    public static double[] parse(String s) {
        String t = UnicodeChars.toAsciiDigitsAndSpaces(s);
        if (t.indexOf('_') >= 0) {
            t = FloatParser.withoutUnderscores(t);
            if (t == null) {
                throw FormatError.valueError("could not convert string to complex: " + StringRepr.repr(s));
            }
        }
        double[] out = parseAscii(t);
        if (out == null) {
            throw FormatError.valueError("complex() arg is a malformed string");
        }
        return out;
    }

    private static double[] parseAscii(String s) {
        int n = s.length();
        int i = skipSpace(s, 0);
        boolean bracket = false;
        if (i < n && s.charAt(i) == '(') {
            bracket = true;
            i = skipSpace(s, i + 1);
        }
        double x = 0;
        double y = 0;
        double[] v = new double[1];
        int end = FloatParser.parsePrefix(s, i, n, v);
        if (end != i) {
            i = end;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                x = v[0];
                end = FloatParser.parsePrefix(s, i, n, v);
                if (end != i) {
                    y = v[0];
                    i = end;
                } else {
                    y = s.charAt(i) == '+' ? 1.0 : -1.0;
                    i++;
                }
                if (!isJ(s, i)) {
                    return null;
                }
                i++;
            } else if (isJ(s, i)) {
                i++;
                y = v[0];
            } else {
                x = v[0];
            }
        } else {
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                y = s.charAt(i) == '+' ? 1.0 : -1.0;
                i++;
            } else {
                y = 1.0;
            }
            if (!isJ(s, i)) {
                return null;
            }
            i++;
        }
        i = skipSpace(s, i);
        if (bracket) {
            if (i >= n || s.charAt(i) != ')') {
                return null;
            }
            i = skipSpace(s, i + 1);
        }
        return i == n ? new double[] {x, y} : null;
    }

    private static boolean isJ(String s, int i) {
        return i < s.length() && (s.charAt(i) == 'j' || s.charAt(i) == 'J');
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && UnicodeChars.isAsciiSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
