package org.ramjet.parser.lexer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import org.ramjet.parser.SyntaxErrorException;

/**
 * Turns source bytes into a {@link SourceText} as CPython 3.11 does (PEP 263 and PEP 3120):
 * UTF-8 unless a coding cookie on line 1 or 2 says otherwise, a UTF-8 BOM stripped, and
 * CPython's messages for undecodable input. Two callers differ in their errors, as in CPython:
 * the file reader (scripts, modules) and {@code compile(bytes)}.
 */
final class SourceDecoder {
    private SourceDecoder() {
    }

    static SourceText decode(String filename, byte[] bytes, boolean fromFile) {
        int start = 0;
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        if (bom) {
            start = 3;
        }
        String spec = findCodingSpec(bytes, start);
        if (bom && spec != null && !spec.equals("utf-8")) {
            return failed(filename, noLocation(filename, "encoding problem: " + spec + " with BOM", fromFile), fromFile);
        }
        if (spec == null || spec.equals("utf-8")) {
            boolean declared = spec != null || bom;
            return decodeUtf8(filename, bytes, start, fromFile, declared);
        }
        return decodeWithCharset(filename, bytes, start, spec, fromFile);
    }

    /** The normalized encoding name of a coding cookie on line 1 or 2, or null. */
    static String findCodingSpec(byte[] b, int start) {
        int lineStart = start;
        for (int line = 0; line < 2 && lineStart < b.length; line++) {
            int lineEnd = lineStart;
            while (lineEnd < b.length && b[lineEnd] != '\n' && b[lineEnd] != '\r') {
                lineEnd++;
            }
            int hash = commentStart(b, lineStart, lineEnd);
            if (hash < 0) {
                return null; // a line with code ends the search (and cannot declare an encoding)
            }
            String spec = codingIn(b, hash, lineEnd);
            if (spec != null) {
                return normalName(spec);
            }
            // a blank or comment-only line 1 lets line 2 declare the encoding
            lineStart = lineEnd + 1;
            if (lineEnd < b.length && b[lineEnd] == '\r' && lineEnd + 1 < b.length && b[lineEnd + 1] == '\n') {
                lineStart++;
            }
        }
        return null;
    }

    /** Index of the '#' that starts a comment-only line, lineEnd for a blank line, -1 for code. */
    private static int commentStart(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c == '#') {
                return i;
            }
            if (c != ' ' && c != '\t' && c != '\f') {
                return -1;
            }
        }
        return to;
    }

    private static String codingIn(byte[] b, int from, int to) {
        for (int i = from; i + 6 < to; i++) {
            if (b[i] == 'c' && b[i + 1] == 'o' && b[i + 2] == 'd' && b[i + 3] == 'i' && b[i + 4] == 'n'
                    && b[i + 5] == 'g') {
                int t = i + 6;
                if (b[t] != ':' && b[t] != '=') {
                    continue;
                }
                do {
                    t++;
                } while (t < to && (b[t] == ' ' || b[t] == '\t'));
                int begin = t;
                while (t < to && (isAsciiAlnum(b[t]) || b[t] == '-' || b[t] == '_' || b[t] == '.')) {
                    t++;
                }
                if (begin < t) {
                    return new String(b, begin, t - begin, StandardCharsets.ISO_8859_1);
                }
            }
        }
        return null;
    }

    private static boolean isAsciiAlnum(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** CPython's get_normal_name: the UTF-8 and Latin-1 spellings become "utf-8" and "iso-8859-1". */
    static String normalName(String s) {
        StringBuilder sb = new StringBuilder(12);
        for (int i = 0; i < s.length() && i < 12; i++) {
            char c = s.charAt(i);
            sb.append(c == '_' ? '-' : Character.toLowerCase(c));
        }
        String buf = sb.toString();
        if (buf.equals("utf-8") || buf.startsWith("utf-8-")) {
            return "utf-8";
        }
        if (buf.equals("latin-1") || buf.equals("iso-8859-1") || buf.equals("iso-latin-1")
                || buf.startsWith("latin-1-") || buf.startsWith("iso-8859-1-") || buf.startsWith("iso-latin-1-")) {
            return "iso-8859-1";
        }
        return s;
    }

    private static SourceText decodeUtf8(String filename, byte[] b, int start, boolean fromFile, boolean declared) {
        int nul = indexOfNul(b, start);
        if (!fromFile && nul >= 0) {
            return failed(filename, nulInString(filename), false);
        }
        // undecodable bytes stay in the text (see Utf8); only an undeclared file rejects them up front
        int firstBad = Utf8.firstInvalid(b, start, b.length);
        String text = firstBad < 0 ? new String(b, start, b.length - start, StandardCharsets.UTF_8)
                : Utf8.decode(b, start, b.length);
        int errorLine = 0;
        SyntaxErrorException error = null;
        int bad = fromFile && !declared ? firstBad : -1;
        if (bad >= 0 && (nul < 0 || bad < nul)) {
            errorLine = lineOf(b, start, bad);
            String msg = String.format("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, "
                    + "but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                    b[bad] & 0xFF, filename, errorLine);
            error = new SyntaxErrorException(SyntaxErrorException.Kind.SYNTAX_ERROR, msg, filename, -1, 0, -1, 0, null);
        } else if (nul >= 0) {
            errorLine = lineOf(b, start, nul);
            int lineStart = lineStartBefore(b, start, nul);
            String before = Utf8.decode(b, lineStart, nul);
            error = new SyntaxErrorException(SyntaxErrorException.Kind.SYNTAX_ERROR,
                    "source code cannot contain null bytes", filename, errorLine, 0, errorLine, 0, before);
        }
        return new SourceText(filename, text, 1, declared, fromFile, -1, errorLine, error);
    }

    private static SourceText decodeWithCharset(String filename, byte[] b, int start, String spec, boolean fromFile) {
        Charset cs = lookupCharset(spec);
        if (cs == null) {
            return failed(filename, noLocation(filename, fromFile ? "encoding problem: " + spec : "unknown encoding: " + spec,
                    fromFile), fromFile);
        }
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            CharBuffer out = dec.decode(ByteBuffer.wrap(b, start, b.length - start));
            text = out.toString();
        } catch (CharacterCodingException e) {
            if (fromFile) {
                return failed(filename, noLocation(filename, "encoding problem: " + spec, true), true);
            }
            return failed(filename, noLocation(filename, codecErrorMessage(cs, b, start), false), false);
        }
        if (text.indexOf('\0') >= 0) {
            if (!fromFile) {
                return failed(filename, nulInString(filename), false);
            }
            SourceText probe = new SourceText(filename, text);
            int nulAt = text.indexOf('\0');
            int line = 1 + (int) text.substring(0, nulAt).chars().filter(ch -> ch == '\n').count();
            String l = probe.line(line);
            String before = l.substring(0, Math.max(0, l.indexOf('\0')));
            SyntaxErrorException error = new SyntaxErrorException(SyntaxErrorException.Kind.SYNTAX_ERROR,
                    "source code cannot contain null bytes", filename, line, 0, line, 0, before);
            return new SourceText(filename, text, 1, true, true, -1, line, error);
        }
        return new SourceText(filename, text, 1, true, fromFile, -1, 0, null);
    }

    /** A Java charset for a Python codec name, or null when neither knows it (UTF-16/32 are refused as CPython does). */
    static Charset lookupCharset(String name) {
        String lower = name.toLowerCase(Locale.ROOT).replace('_', '-');
        if (lower.startsWith("utf-16") || lower.startsWith("utf-32") || lower.startsWith("utf16")
                || lower.startsWith("utf32")) {
            return null;
        }
        String[] candidates = {name, lower, name.replace('_', '-'), name.replace('-', '_'),
                lower.replace("-", ""), aliasOf(lower)};
        for (String c : candidates) {
            if (c == null || c.isEmpty()) {
                continue;
            }
            try {
                return Charset.forName(c);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                // try the next spelling
            }
        }
        return null;
    }

    /** Python codec aliases that Java spells differently. */
    private static String aliasOf(String lower) {
        switch (lower) {
            case "latin1": case "latin": case "l1": case "iso8859-1": case "8859": case "cp819":
                return "ISO-8859-1";
            case "utf8": case "u8": case "utf": case "cp65001":
                return "UTF-8";
            case "ascii": case "us-ascii": case "646":
                return "US-ASCII";
            case "cp1252": case "windows-1252":
                return "windows-1252";
            default:
                return null;
        }
    }

    private static String codecErrorMessage(Charset cs, byte[] b, int start) {
        String codec = pythonCodecName(cs);
        if (cs.equals(StandardCharsets.US_ASCII)) {
            for (int i = start; i < b.length; i++) {
                if ((b[i] & 0xFF) >= 0x80) {
                    return String.format("'ascii' codec can't decode byte 0x%02x in position %d: ordinal not in range(128)",
                            b[i] & 0xFF, i - start);
                }
            }
        }
        if (cs.equals(StandardCharsets.UTF_8)) {
            int bad = Utf8.firstInvalid(b, start, b.length);
            if (bad >= 0) {
                return Utf8.errorMessage(b, start, b.length, bad);
            }
        }
        return "'" + codec + "' codec can't decode the source";
    }

    private static String pythonCodecName(Charset cs) {
        if (cs.equals(StandardCharsets.UTF_8)) {
            return "utf-8";
        }
        if (cs.equals(StandardCharsets.US_ASCII)) {
            return "ascii";
        }
        return cs.name().toLowerCase(Locale.ROOT);
    }

    private static int indexOfNul(byte[] b, int start) {
        for (int i = start; i < b.length; i++) {
            if (b[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /** 1-based line of byte {@code at}, lines ending at \n, \r\n or \r. */
    private static int lineOf(byte[] b, int start, int at) {
        int line = 1;
        for (int i = start; i < at; i++) {
            if (b[i] == '\n' || (b[i] == '\r' && (i + 1 >= b.length || b[i + 1] != '\n'))) {
                line++;
            }
        }
        return line;
    }

    private static int lineStartBefore(byte[] b, int start, int at) {
        int i = at;
        while (i > start && b[i - 1] != '\n' && b[i - 1] != '\r') {
            i--;
        }
        return i;
    }

    /** A source that cannot be read at all: the error comes from the tokenizer's first next(). */
    private static SourceText failed(String filename, SyntaxErrorException error, boolean fromFile) {
        return new SourceText(filename, "", 1, true, fromFile, -1, 0, error);
    }

    static SyntaxErrorException nulInString(String filename) {
        return new SyntaxErrorException(SyntaxErrorException.Kind.SYNTAX_ERROR,
                "source code string cannot contain null bytes", filename, -1, 0, -1, 0, null);
    }

    /** An error CPython raises before reading any line: no line number (shown without a location) in file mode. */
    private static SyntaxErrorException noLocation(String filename, String msg, boolean fromFile) {
        return new SyntaxErrorException(SyntaxErrorException.Kind.SYNTAX_ERROR, msg, filename,
                fromFile ? -1 : 0, fromFile ? 0 : -1, -1, 0, null);
    }
}
