package org.ramjet.objects.format;

/**
 * {@code repr()} of {@code str} and {@code bytes} and the escaping of {@code ascii()}, as CPython
 * writes them: single quotes unless the text contains a single quote and no double quote;
 * {@code \t \n \r}, {@code \\} and the quote escaped; other unprintable characters as
 * backslash escapes with x (2 hex digits), u (4) or U (8).
 */
public final class StringRepr {
    private StringRepr() {
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** {@code repr(s)} for a {@code str} (code points; lone surrogates are escaped). */
    public static String repr(String s) {
        return repr(s, false);
    }

    /** {@code ascii(s)} for a {@code str}: its repr with every non-ASCII character escaped. */
    public static String ascii(String s) {
        return repr(s, true);
    }

    /** Escapes every non-ASCII character of {@code s} as {@code ascii()} does to a repr. */
    public static String escapeNonAscii(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && s.charAt(i) < 128) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder sb = new StringBuilder(n + 16);
        sb.append(s, 0, i);
        while (i < n) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128) {
                sb.append((char) cp);
            } else {
                escape(sb, cp);
            }
        }
        return sb.toString();
    }

    private static String repr(String s, boolean asciiOnly) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(quote);
        int n = s.length();
        for (int i = 0; i < n; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                sb.append('\\').append((char) cp);
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp < 128 ? cp >= 0x20 && cp < 0x7f : !asciiOnly && UnicodeChars.isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else {
                escape(sb, cp);
            }
        }
        return sb.append(quote).toString();
    }

    private static void escape(StringBuilder sb, int cp) {
        if (cp <= 0xff) {
            sb.append("\\x");
            hex(sb, cp, 2);
        } else if (cp <= 0xffff) {
            sb.append("\\u");
            hex(sb, cp, 4);
        } else {
            sb.append("\\U");
            hex(sb, cp, 8);
        }
    }

    private static void hex(StringBuilder sb, int v, int digits) {
        for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) {
            sb.append(HEX[(v >>> shift) & 0xf]);
        }
    }

    /** {@code repr(b)} for {@code bytes}: {@code b'...'}. */
    public static String bytesRepr(byte[] b) {
        return bytesRepr(b, 0, b.length);
    }

    /** {@code repr()} of the bytes {@code b[from:to]}. */
    public static String bytesRepr(byte[] b, int from, int to) {
        boolean single = false;
        boolean dbl = false;
        for (int i = from; i < to; i++) {
            single |= b[i] == '\'';
            dbl |= b[i] == '"';
        }
        char quote = single && !dbl ? '"' : '\'';
        StringBuilder sb = new StringBuilder(to - from + 3);
        sb.append('b').append(quote);
        for (int i = from; i < to; i++) {
            int c = b[i] & 0xff;
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                sb.append("\\x");
                hex(sb, c, 2);
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(quote).toString();
    }

    /** The first {@code n} code points of {@code s} (CPython's {@code %.200R} truncation). */
    static String truncateCodePoints(String s, int n) {
        if (s.length() <= n) {
            return s;
        }
        int end = s.offsetByCodePoints(0, Math.min(n, s.codePointCount(0, s.length())));
        return s.substring(0, end);
    }
}
