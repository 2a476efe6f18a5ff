package org.ramjet.parser.lexer;

import java.util.function.Consumer;
import org.ramjet.objects.PyBytes;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.PyStr;

/**
 * Decodes the text of a STRING token into its Python value, as CPython 3.11's parser does
 * (Parser/string_parser.c): escapes, raw strings, bytes, and CPython's error messages.
 * f-strings go through {@link FStringSplitter}, which uses {@link #decodeEscapes} for its
 * literal parts.
 *
 * <p>Errors are {@link LiteralException}s with CPython's exact message, for example
 * {@code (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape}.
 * Positions in those messages count in the buffer CPython actually decodes, in which every
 * non-ASCII character was first rewritten as a 10-character {@code \UXXXXXXXX} escape (and a
 * backslash before one as {@code \u005c}); this class counts the same way.
 *
 * <p>Invalid escapes ({@code \d}, {@code \777}) are not errors: the first one of each literal is
 * reported to the {@code warnings} consumer (may be null) as CPython's DeprecationWarning text,
 * e.g. {@code invalid escape sequence '\d'}; the parser forwards it to the
 * {@link LexWarningListener} with the token's line.
 */
public final class StringLiterals {
    private StringLiterals() {
    }

    /** The parts of a STRING token: prefix flags and where the body lies between the quotes. */
    public static final class Parts {
        public final boolean bytes;
        public final boolean raw;
        public final boolean fstring;
        /** Length of the prefix letters. */
        public final int prefixLength;
        /** 1 or 3. */
        public final int quoteLength;
        public final char quote;
        /** The body: text.substring(bodyStart, bodyEnd). */
        public final int bodyStart;
        public final int bodyEnd;

        Parts(boolean bytes, boolean raw, boolean fstring, int prefixLength, int quoteLength, char quote,
              int bodyStart, int bodyEnd) {
            this.bytes = bytes;
            this.raw = raw;
            this.fstring = fstring;
            this.prefixLength = prefixLength;
            this.quoteLength = quoteLength;
            this.quote = quote;
            this.bodyStart = bodyStart;
            this.bodyEnd = bodyEnd;
        }
    }

    /** Splits a STRING token's text into prefix, quotes and body. */
    public static Parts parts(String text) {
        boolean bytes = false;
        boolean raw = false;
        boolean fstring = false;
        int i = 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'b' || c == 'B') {
                bytes = true;
            } else if (c == 'r' || c == 'R') {
                raw = true;
            } else if (c == 'f' || c == 'F') {
                fstring = true;
            } else if (c != 'u' && c != 'U') {
                break;
            }
        }
        if (i >= text.length() || (text.charAt(i) != '\'' && text.charAt(i) != '"')) {
            throw new IllegalArgumentException("not a string token: " + text);
        }
        char quote = text.charAt(i);
        int ql = text.length() - i >= 6 && text.charAt(i + 1) == quote && text.charAt(i + 2) == quote ? 3 : 1;
        return new Parts(bytes, raw, fstring, i, ql, quote, i + ql, text.length() - ql);
    }

    /** Whether a STRING token is a bytes literal. */
    public static boolean isBytes(String text) {
        return parts(text).bytes;
    }

    /** Whether a STRING token is an f-string. */
    public static boolean isFString(String text) {
        return parts(text).fstring;
    }

    /** The value of a STRING token that is not an f-string: a {@link PyStr} or a {@link PyBytes}. */
    public static PyObject decode(String text, Consumer<String> warnings) {
        Parts p = parts(text);
        if (p.fstring) {
            throw new IllegalArgumentException("f-strings are split by FStringSplitter: " + text);
        }
        if (p.bytes) {
            return PyBytes.of(decodeBytes(text, p, warnings));
        }
        return PyStr.of(decodeStr(text, p, warnings));
    }

    /** The value of a str (not bytes, not f-string) STRING token. */
    public static String decodeStr(String text, Consumer<String> warnings) {
        Parts p = parts(text);
        if (p.bytes || p.fstring) {
            throw new IllegalArgumentException("not a plain str literal: " + text);
        }
        return decodeStr(text, p, warnings);
    }

    /** The value of a bytes STRING token. */
    public static byte[] decodeBytes(String text, Consumer<String> warnings) {
        Parts p = parts(text);
        if (!p.bytes) {
            throw new IllegalArgumentException("not a bytes literal: " + text);
        }
        return decodeBytes(text, p, warnings);
    }

    private static String decodeStr(String text, Parts p, Consumer<String> warnings) {
        if (p.raw || text.indexOf('\\', p.bodyStart) < 0) {
            checkUtf8(text, p.bodyStart, p.bodyEnd);
            return text.substring(p.bodyStart, p.bodyEnd);
        }
        return decodeEscapes(text, p.bodyStart, p.bodyEnd, warnings);
    }

    /**
     * Bytes that were not valid UTF-8 (kept in the text as escaped bytes, see {@link Utf8}) fail
     * here, as CPython's decoding of the literal does; positions count from {@code from}.
     */
    static void checkUtf8(String s, int from, int to) {
        String msg = Utf8.decodeError(s, from, to);
        if (msg != null) {
            throw new LiteralException("(unicode error) " + msg, LiteralException.Where.LAST_TOKEN);
        }
    }

    private static byte[] decodeBytes(String text, Parts p, Consumer<String> warnings) {
        int from = p.bodyStart;
        int to = p.bodyEnd;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) >= 0x80) {
                throw new LiteralException("bytes can only contain ASCII literal characters",
                        LiteralException.Where.STRING_TOKEN);
            }
        }
        byte[] out = new byte[to - from];
        int n = 0;
        if (p.raw) {
            for (int i = from; i < to; i++) {
                out[n++] = (byte) text.charAt(i);
            }
            return out;
        }
        String firstInvalid = null;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c != '\\') {
                out[n++] = (byte) c;
                i++;
                continue;
            }
            int backslash = i;
            i++;
            if (i >= to) {
                throw new LiteralException("(value error) Trailing \\ in string", LiteralException.Where.LAST_TOKEN);
            }
            char e = text.charAt(i++);
            switch (e) {
                case '\n':
                    break;
                case '\\': case '\'': case '"':
                    out[n++] = (byte) e;
                    break;
                case 'b': out[n++] = '\b'; break;
                case 'f': out[n++] = '\f'; break;
                case 't': out[n++] = '\t'; break;
                case 'n': out[n++] = '\n'; break;
                case 'r': out[n++] = '\r'; break;
                case 'v': out[n++] = 0x0B; break;
                case 'a': out[n++] = 0x07; break;
                case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                    int v = e - '0';
                    int digits = 1;
                    while (digits < 3 && i < to && text.charAt(i) >= '0' && text.charAt(i) <= '7') {
                        v = v * 8 + (text.charAt(i++) - '0');
                        digits++;
                    }
                    if (v > 0377 && firstInvalid == null) {
                        firstInvalid = "invalid octal escape sequence '\\" + text.substring(i - 3, i) + "'";
                    }
                    out[n++] = (byte) v;
                    break;
                }
                case 'x':
                    if (i + 1 < to && hexValue(text.charAt(i)) >= 0 && hexValue(text.charAt(i + 1)) >= 0) {
                        out[n++] = (byte) (hexValue(text.charAt(i)) * 16 + hexValue(text.charAt(i + 1)));
                        i += 2;
                        break;
                    }
                    throw new LiteralException("(value error) invalid \\x escape at position " + (backslash - from),
                            LiteralException.Where.LAST_TOKEN);
                default:
                    if (firstInvalid == null) {
                        firstInvalid = "invalid escape sequence '\\" + e + "'";
                    }
                    out[n++] = '\\';
                    out[n++] = (byte) e;
                    break;
            }
        }
        if (firstInvalid != null && warnings != null) {
            warnings.accept(firstInvalid);
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    /**
     * Decodes the backslash escapes of {@code s[from..to)} as a non-raw str literal (CPython's
     * decode_unicode_with_escapes): {@code \n \t \\ \' \" \a \b \f \v \ooo \xhh \\uXXXX
     * \UXXXXXXXX \N{NAME}} and backslash-newline. Error positions count from {@code from}.
     */
    public static String decodeEscapes(String s, int from, int to, Consumer<String> warnings) {
        // CPython decodes each run of non-ASCII bytes before looking at escapes
        String undecodable = Utf8.decodeErrorByRuns(s, from, to);
        if (undecodable != null) {
            throw new LiteralException("(unicode error) " + undecodable, LiteralException.Where.LAST_TOKEN);
        }
        int bs = s.indexOf('\\', from);
        if (bs < 0 || bs >= to) {
            return s.substring(from, to);
        }
        StringBuilder sb = new StringBuilder(to - from);
        sb.append(s, from, bs);
        int tpos = transformedLength(s, from, bs, to);
        String firstInvalid = null;
        int i = bs;
        while (i < to) {
            char c = s.charAt(i);
            if (c != '\\') {
                if (c < 0x80) {
                    sb.append(c);
                    tpos++;
                    i++;
                } else {
                    int cp = s.codePointAt(i);
                    sb.appendCodePoint(cp);
                    tpos += 10;
                    i += Character.charCount(cp);
                }
                continue;
            }
            if (i + 1 >= to || s.charAt(i + 1) >= 0x80) {
                // CPython rewrites this backslash as \u005c: a literal backslash
                sb.append('\\');
                tpos += 6;
                i++;
                continue;
            }
            int start = tpos;
            char e = s.charAt(i + 1);
            i += 2;
            tpos += 2;
            switch (e) {
                case '\n':
                    break;
                case '\\': case '\'': case '"':
                    sb.append(e);
                    break;
                case 'b': sb.append('\b'); break;
                case 'f': sb.append('\f'); break;
                case 't': sb.append('\t'); break;
                case 'n': sb.append('\n'); break;
                case 'r': sb.append('\r'); break;
                case 'v': sb.append('\u000B'); break;
                case 'a': sb.append('\u0007'); break;
                case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                    int v = e - '0';
                    int digits = 1;
                    while (digits < 3 && i < to && s.charAt(i) >= '0' && s.charAt(i) <= '7') {
                        v = v * 8 + (s.charAt(i++) - '0');
                        tpos++;
                        digits++;
                    }
                    if (v > 0377 && firstInvalid == null) {
                        firstInvalid = "invalid octal escape sequence '\\" + s.substring(i - 3, i) + "'";
                    }
                    sb.append((char) v);
                    break;
                }
                case 'x':
                case 'u':
                case 'U': {
                    int count = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    String message = e == 'x' ? "truncated \\xXX escape"
                            : e == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                    long v = 0;
                    for (; count > 0; count--) {
                        if (i >= to) {
                            throw escapeError(start, transformedEnd(s, from, to, tpos, i), message);
                        }
                        int d = hexValue(s.charAt(i));
                        if (d < 0) {
                            throw escapeError(start, tpos, message);
                        }
                        v = v * 16 + d;
                        i++;
                        tpos++;
                    }
                    if (v > Character.MAX_CODE_POINT) {
                        throw escapeError(start, tpos, "illegal Unicode character");
                    }
                    sb.appendCodePoint((int) v);
                    break;
                }
                case 'N': {
                    String malformed = "malformed \\N character escape";
                    if (i >= to) {
                        throw escapeError(start, tpos, malformed);
                    }
                    if (s.charAt(i) != '{') {
                        throw escapeError(start, tpos, malformed);
                    }
                    int nameStart = i + 1;
                    int close = s.indexOf('}', nameStart);
                    if (close < 0 || close >= to) {
                        throw escapeError(start, transformedEnd(s, from, to, tpos, i), malformed);
                    }
                    int nameTpos = tpos + 1;
                    int afterName = nameTpos + transformedLength(s, nameStart, close, to);
                    if (close == nameStart) {
                        throw escapeError(start, afterName, malformed);
                    }
                    String name = s.substring(nameStart, close);
                    int cp = UnicodeNames.lookup(name);
                    i = close + 1;
                    tpos = afterName + 1;
                    if (cp < 0) {
                        throw escapeError(start, tpos, "unknown Unicode character name");
                    }
                    sb.appendCodePoint(cp);
                    break;
                }
                default:
                    if (firstInvalid == null) {
                        firstInvalid = "invalid escape sequence '\\" + e + "'";
                    }
                    sb.append('\\').append(e);
                    break;
            }
        }
        if (firstInvalid != null && warnings != null) {
            warnings.accept(firstInvalid);
        }
        return sb.toString();
    }

    /**
     * Length of {@code s[from..to)} in CPython's rewritten buffer of the literal {@code s[..end)}:
     * non-ASCII code points take 10, a backslash before one (or ending the literal) takes 6.
     */
    private static int transformedLength(String s, int from, int to, int end) {
        int n = 0;
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c == '\\' && (i + 1 >= end || s.charAt(i + 1) >= 0x80)) {
                    n += 6;
                } else {
                    n++;
                }
                i++;
            } else {
                n += 10;
                i += Character.charCount(s.codePointAt(i));
            }
        }
        return n;
    }

    /** The rewritten buffer's length, given the position {@code tpos} of original index {@code i}. */
    private static int transformedEnd(String s, int from, int to, int tpos, int i) {
        return tpos + transformedLength(s, i, to, to);
    }

    private static LiteralException escapeError(int start, int end, String reason) {
        String where = end - start <= 1
                ? "can't decode byte 0x5c in position " + start
                : "can't decode bytes in position " + start + "-" + (end - 1);
        return new LiteralException("(unicode error) 'unicodeescape' codec " + where + ": " + reason,
                LiteralException.Where.LAST_TOKEN);
    }

    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
