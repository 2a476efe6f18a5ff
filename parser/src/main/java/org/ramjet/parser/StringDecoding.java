package org.ramjet.parser;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.ramjet.parser.lexer.Token;

/** Values of str and bytes literal tokens: escape sequences decoded unless raw. */
final class StringDecoding {
    private StringDecoding() {}

    static String strValue(ParserBase p, Token t, StringPrefix prefix) {
        String body = prefix.body(t.text());
        if (prefix.raw || body.indexOf('\\') < 0) {
            return body;
        }
        return decodeEscapes(p, t, body);
    }

    static byte[] bytesValue(ParserBase p, Token t, StringPrefix prefix) {
        String body = prefix.body(t.text());
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) >= 0x80) {
                throw p.errorAtToken(t, "bytes can only contain ASCII literal characters");
            }
        }
        if (prefix.raw || body.indexOf('\\') < 0) {
            return body.getBytes(StandardCharsets.ISO_8859_1);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n = body.length();
        for (int i = 0; i < n; i++) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= n) {
                out.write(c);
                continue;
            }
            char e = body.charAt(++i);
            int simple = simpleEscape(e);
            if (simple >= 0) {
                if (simple != NO_CHAR) {
                    out.write(simple);
                }
            } else if (e >= '0' && e <= '7') {
                int v = e - '0';
                for (int k = 0; k < 2 && i + 1 < n && body.charAt(i + 1) >= '0' && body.charAt(i + 1) <= '7'; k++) {
                    v = v * 8 + (body.charAt(++i) - '0');
                }
                out.write(v & 0xFF);
            } else if (e == 'x' && i + 2 < n + 0 && isHex(body, i + 1, 2)) {
                out.write(Integer.parseInt(body.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write('\\');
                out.write(e);
            }
        }
        return out.toByteArray();
    }

    private static final int NO_CHAR = -2;

    /** The value of a one-letter escape, NO_CHAR for an escaped newline, -1 when not one. */
    private static int simpleEscape(char e) {
        switch (e) {
            case '\n': return NO_CHAR;
            case '\\': return '\\';
            case '\'': return '\'';
            case '"': return '"';
            case 'a': return 7;
            case 'b': return 8;
            case 'f': return 12;
            case 'n': return 10;
            case 'r': return 13;
            case 't': return 9;
            case 'v': return 11;
            default: return -1;
        }
    }

    private static boolean isHex(String s, int from, int count) {
        if (from + count > s.length()) {
            return false;
        }
        for (int i = from; i < from + count; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static String decodeEscapes(ParserBase p, Token t, String body) {
        StringBuilder sb = new StringBuilder(body.length());
        int n = body.length();
        for (int i = 0; i < n; i++) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= n) {
                sb.append(c);
                continue;
            }
            char e = body.charAt(++i);
            int simple = simpleEscape(e);
            if (simple >= 0) {
                sb.append((char) simple);
            } else if (simple == NO_CHAR || e == '\n') {
                // line continuation inside the literal
            } else if (e >= '0' && e <= '7') {
                int v = e - '0';
                for (int k = 0; k < 2 && i + 1 < n && body.charAt(i + 1) >= '0' && body.charAt(i + 1) <= '7'; k++) {
                    v = v * 8 + (body.charAt(++i) - '0');
                }
                sb.appendCodePoint(v);
            } else if (e == 'x' || e == 'u' || e == 'U') {
                int len = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                if (!isHex(body, i + 1, len)) {
                    throw unicodeError(p, t, "truncated \\" + (e == 'x' ? "xXX" : e == 'u' ? "uXXXX" : "UXXXXXXXX") + " escape");
                }
                sb.appendCodePoint(Integer.parseUnsignedInt(body.substring(i + 1, i + 1 + len), 16));
                i += len;
            } else if (e == 'N' && i + 1 < n && body.charAt(i + 1) == '{') {
                int close = body.indexOf('}', i + 2);
                if (close < 0) {
                    throw unicodeError(p, t, "malformed \\N character escape");
                }
                int cp;
                try {
                    cp = Character.codePointOf(body.substring(i + 2, close));
                } catch (IllegalArgumentException ex) {
                    throw unicodeError(p, t, "unknown Unicode character name");
                }
                sb.appendCodePoint(cp);
                i = close;
            } else {
                sb.append('\\').append(e);
            }
        }
        return sb.toString();
    }

    private static SyntaxErrorException unicodeError(ParserBase p, Token t, String detail) {
        return p.errorAtToken(t, "(unicode error) 'unicodeescape' codec can't decode bytes: " + detail);
    }
}
