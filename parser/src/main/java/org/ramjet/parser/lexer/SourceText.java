package org.ramjet.parser.lexer;

import java.util.Arrays;
import org.ramjet.parser.SyntaxErrorException;

/**
 * A decoded source file, ready for the {@link Tokenizer}: the text with {@code \r\n} and
 * {@code \r} turned into {@code \n} (as CPython does), its line starts, and the facts about how
 * the source arrived that change CPython's error reports:
 * <ul>
 * <li>{@link #usesCharOffsets()}: CPython reports the column of a <em>parser</em> error in
 *     characters when it knows the source's encoding (text given as {@code str}, or bytes/files
 *     with a coding cookie or BOM), and in UTF-8 bytes otherwise (a script without a cookie,
 *     {@code compile(bytes)} without a cookie, and every f-string expression);</li>
 * <li>{@link #isFile()}: a few tokenizer errors measure columns from a different buffer start
 *     when the file tokenizer reads the source;</li>
 * <li>a deferred decoding error: a file whose line N is not valid UTF-8 (or holds a NUL) fails
 *     only when the tokenizer reaches line N, as CPython reads files line by line; a source that
 *     cannot be decoded at all ({@link #decodingError()}) fails on the first token.</li>
 * </ul>
 * Lines are numbered from {@link #firstLine()} (1, except for f-string expressions, which keep
 * the line numbers of the file they sit in). Columns in tokens and AST nodes are 0-based UTF-8
 * byte offsets; {@link #charColumn} and {@link #byteColumn} convert.
 *
 * <p>Factories: {@link #fromFile} (running a script or importing a module), {@link #fromBytes}
 * ({@code compile(bytes)}), {@link #fromString} ({@code compile(str)}), and
 * {@link #forFStringExpression} (the text CPython 3.11 parses for one f-string replacement
 * field).
 */
public final class SourceText {
    private final String filename;
    private final String text;
    /** The text, plus a final {@code \n} when the text is not empty and lacks one (CPython adds it too). */
    private final char[] chars;
    private final int[] lineStarts;
    private final int lineCount;
    private final int firstLine;
    private final boolean charOffsets;
    private final boolean fromFile;
    private final int fstringColumn;
    private final int deferredErrorLine;
    private final SyntaxErrorException deferredError;

    /** Source given as a Python {@code str} ({@code compile(str)}); newlines are normalized. */
    public SourceText(String filename, String text) {
        this(filename, text, 1, true, false, -1, 0, null);
    }

    SourceText(String filename, String text, int firstLine, boolean charOffsets, boolean fromFile,
               int fstringColumn, int deferredErrorLine, SyntaxErrorException deferredError) {
        this.filename = filename;
        this.text = normalizeNewlines(text);
        this.firstLine = firstLine;
        this.charOffsets = charOffsets;
        this.fromFile = fromFile;
        this.fstringColumn = fstringColumn;
        this.deferredErrorLine = deferredErrorLine;
        this.deferredError = deferredError;
        String t = this.text;
        int n = t.length();
        boolean addNewline = n > 0 && t.charAt(n - 1) != '\n';
        char[] cs = new char[addNewline ? n + 1 : n];
        t.getChars(0, n, cs, 0);
        if (addNewline) {
            cs[n] = '\n';
        }
        this.chars = cs;
        int[] starts = new int[16];
        int count = 0;
        if (n > 0) {
            starts[count++] = 0;
        }
        for (int i = 0; i < n - 1; i++) {
            if (cs[i] == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = starts;
        this.lineCount = count;
    }

    /** Script or module file: decoding, BOM, coding cookie and deferred errors as CPython's file reader. */
    public static SourceText fromFile(String filename, byte[] bytes) {
        return SourceDecoder.decode(filename, bytes, true);
    }

    /** {@code compile(bytes, ...)}: decoding, BOM and coding cookie as CPython's string tokenizer. */
    public static SourceText fromBytes(String filename, byte[] bytes) {
        return SourceDecoder.decode(filename, bytes, false);
    }

    /** {@code compile(str, ...)}: a NUL character makes the source fail with CPython's message. */
    public static SourceText fromString(String filename, String text) {
        if (text.indexOf('\0') >= 0) {
            return new SourceText(filename, "", 1, true, false, -1, 0, SourceDecoder.nulInString(filename));
        }
        return new SourceText(filename, text);
    }

    /**
     * The source CPython 3.11 tokenizes for one f-string replacement field: the expression text in
     * parentheses. Tokens on its first line are shifted right by {@code startCol} (and it starts at
     * line {@code startLine}); see {@link FStringPart.Field#line()} and
     * {@link FStringPart.Field#col()}. Error columns are in bytes, relative to this text.
     */
    public static SourceText forFStringExpression(String filename, String expression, int startLine, int startCol) {
        return new SourceText(filename, "(" + expression + ")", startLine, false, false, startCol, 0, null);
    }

    public String filename() {
        return filename;
    }

    /** The normalized text (without the final newline that tokenizing adds when it is missing). */
    public String text() {
        return text;
    }

    /** The character buffer the tokenizer scans: the text, always ending with {@code \n} unless empty. */
    char[] buffer() {
        return chars;
    }

    public int firstLine() {
        return firstLine;
    }

    /** Number of the last line (firstLine() - 1 for an empty source). */
    public int lastLine() {
        return firstLine + lineCount - 1;
    }

    public int lineCount() {
        return lineCount;
    }

    /** Whether CPython reports parser error columns in characters (true) or UTF-8 bytes (false). */
    public boolean usesCharOffsets() {
        return charOffsets;
    }

    /** Whether this source was read as a file (script or module). */
    public boolean isFile() {
        return fromFile;
    }

    /** Whether this is the parenthesized text of an f-string replacement field. */
    public boolean isFStringExpression() {
        return fstringColumn >= 0;
    }

    /** The column shift of first-line tokens of an f-string expression (CPython's starting_col_offset), or -1. */
    public int fstringColumn() {
        return fstringColumn;
    }

    /** Line whose reading raises {@link #deferredError()}; 0 when the source could not be decoded at all. */
    int deferredErrorLine() {
        return deferredErrorLine;
    }

    /**
     * The error of a source that could not be decoded at all (unknown encoding, BOM with another
     * cookie, undecodable with a declared codec, NUL in a {@code compile()} source), or null.
     * The factories never throw: the {@link Tokenizer} raises this error on its first token, which
     * is when CPython reports it. Callers that want it earlier can check here.
     */
    public SyntaxErrorException decodingError() {
        return deferredErrorLine == 0 ? deferredError : null;
    }

    SyntaxErrorException deferredError() {
        return deferredError;
    }

    /** Buffer index where line {@code lineno} starts (the buffer length past the end). */
    int lineStartIndex(int lineno) {
        int i = lineno - firstLine;
        if (i < 0) {
            return 0;
        }
        return i < lineCount ? lineStarts[i] : chars.length;
    }

    /** Buffer index just past the end of line {@code lineno}, its newline included. */
    int lineEndIndex(int lineno) {
        int i = lineno - firstLine;
        if (i < 0) {
            return 0;
        }
        return i + 1 < lineCount ? lineStarts[i + 1] : chars.length;
    }

    /**
     * Line {@code lineno} with its newline, or "" past the end: the text CPython puts in a
     * SyntaxError the parser raises on that line. A last line without newline gets one, as
     * CPython's string tokenizer adds it, except in a file, whose line CPython reads back as is.
     */
    public String line(int lineno) {
        int i = lineno - firstLine;
        if (i < 0 || i >= lineCount) {
            return "";
        }
        int start = lineStarts[i];
        int end = lineEndIndex(lineno);
        if (fromFile) {
            end = Math.min(end, text.length());
        }
        return new String(chars, start, end - start);
    }

    /** Line {@code lineno} without its newline, as CPython's tokenizer puts in its own errors. */
    public String lineWithoutNewline(int lineno) {
        String l = line(lineno);
        return l.endsWith("\n") ? l.substring(0, l.length() - 1) : l;
    }

    /** The character (UTF-16) column of a UTF-8 byte column in line {@code lineno}. */
    public int charColumn(int lineno, int byteColumn) {
        int start = lineStartIndex(lineno);
        int end = lineEndIndex(lineno);
        int bytes = 0;
        int i = start;
        while (i < end && bytes < byteColumn) {
            char c = chars[i];
            if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(chars[i + 1])) {
                bytes += 4;
                i += 2;
            } else {
                bytes += utf8Length(c);
                i++;
            }
        }
        return i - start;
    }

    /** The UTF-8 byte column of a character (UTF-16) column in line {@code lineno}. */
    public int byteColumn(int lineno, int charColumn) {
        int start = lineStartIndex(lineno);
        int end = Math.min(start + Math.max(charColumn, 0), lineEndIndex(lineno));
        return utf8Length(chars, start, end);
    }

    /**
     * The 1-based {@code SyntaxError.offset} CPython reports for an error the parser raises at
     * byte column {@code byteCol} of line {@code lineno} (its {@code col_offset + 1}): in
     * characters or in bytes, as {@link #usesCharOffsets()} says.
     */
    public int errorOffset(int lineno, int byteCol) {
        if (!charOffsets) {
            return byteCol + 1;
        }
        return codePointsInFirstBytes(lineno, byteCol + 1);
    }

    /**
     * The {@code SyntaxError.end_offset} CPython reports for an error whose range ends at byte
     * column {@code endByteCol} (exclusive) of line {@code lineno}.
     */
    public int errorEndOffset(int lineno, int endByteCol) {
        return errorOffset(lineno, endByteCol);
    }

    /** Code points in the first {@code byteCount} bytes of a line, a cut character counting as one (CPython's "replace"). */
    private int codePointsInFirstBytes(int lineno, int byteCount) {
        int start = lineStartIndex(lineno);
        int end = lineEndIndex(lineno);
        int lineBytes = utf8Length(chars, start, Math.min(end, text.length()));
        if (byteCount > lineBytes + 1) {
            byteCount = lineBytes + 1;
        }
        int bytes = 0;
        int cps = 0;
        int i = start;
        while (i < end && bytes < byteCount) {
            char c = chars[i];
            if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(chars[i + 1])) {
                bytes += 4;
                i += 2;
            } else {
                bytes += utf8Length(c);
                i++;
            }
            cps++;
        }
        if (bytes < byteCount) {
            cps += byteCount - bytes; // past the end of the line: count as if more bytes
        }
        return cps;
    }

    /** UTF-8 length of one char: a surrogate pair's halves count 2 each, an escaped byte (see Utf8) 1. */
    static int utf8Length(char c) {
        return c < 0x80 ? 1 : c < 0x800 ? 2 : Utf8.isEscapedByte(c) ? 1 : Character.isSurrogate(c) ? 2 : 3;
    }

    /** UTF-8 length of {@code cs[from..to)}: a surrogate pair counts 4, an escaped byte (see Utf8) 1. */
    static int utf8Length(char[] cs, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = cs[i];
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(cs[i + 1])) {
                n += 4;
                i++;
            } else if (Utf8.isEscapedByte(c)) {
                n++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    /** Code points in {@code cs[from..to)}. */
    static int codePoints(char[] cs, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (!(Character.isLowSurrogate(cs[i]) && i > from && Character.isHighSurrogate(cs[i - 1]))) {
                n++;
            }
        }
        return n;
    }

    static String normalizeNewlines(String s) {
        int cr = s.indexOf('\r');
        if (cr < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        sb.append(s, 0, cr);
        for (int i = cr; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                sb.append('\n');
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
