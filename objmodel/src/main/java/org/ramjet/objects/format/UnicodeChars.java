package org.ramjet.objects.format;

/**
 * The few Unicode character properties the number parsers and reprs need, with Python's
 * definitions (which differ from {@code Character.isWhitespace} and friends).
 */
public final class UnicodeChars {
    private UnicodeChars() {
    }

    /** {@code str.isspace()} for one code point (Python 3.11, Unicode 14). */
    public static boolean isSpace(int cp) {
        if (cp < 128) {
            return cp == ' ' || (cp >= '\t' && cp <= '\r') || (cp >= 0x1c && cp <= 0x1f);
        }
        switch (cp) {
            case 0x85:
            case 0xa0:
            case 0x1680:
            case 0x2028:
            case 0x2029:
            case 0x202f:
            case 0x205f:
            case 0x3000:
                return true;
            default:
                return cp >= 0x2000 && cp <= 0x200a;
        }
    }

    /** C's {@code isspace} in the C locale, used once text is ASCII: space, \t \n \v \f \r. */
    public static boolean isAsciiSpace(int c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /** The value of a Unicode decimal digit (category Nd), or -1. */
    public static int decimalValue(int cp) {
        if (cp >= '0' && cp <= '9') {
            return cp - '0';
        }
        if (cp < 128 || Character.getType(cp) != Character.DECIMAL_DIGIT_NUMBER) {
            return -1;
        }
        return Character.digit(cp, 10);
    }

    /** {@code str.isprintable()} for one code point: not a control, format, surrogate,
     *  private-use, unassigned or separator character, space excepted. */
    public static boolean isPrintable(int cp) {
        if (cp < 128) {
            return cp >= 0x20 && cp < 0x7f;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    /**
     * The text as the number parsers of {@code int()} and {@code float()} see it: ASCII kept,
     * other white space turned into a space, other decimal digits into ASCII digits, anything
     * else into {@code '?'} (which no parser accepts). Returns {@code s} itself when ASCII.
     */
    static String toAsciiDigitsAndSpaces(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && s.charAt(i) < 128) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder sb = new StringBuilder(n);
        sb.append(s, 0, i);
        while (i < n) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128) {
                sb.append((char) cp);
            } else if (isSpace(cp)) {
                sb.append(' ');
            } else {
                int d = decimalValue(cp);
                sb.append(d >= 0 ? (char) ('0' + d) : '?');
            }
        }
        return sb.toString();
    }
}
