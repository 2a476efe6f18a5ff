package org.ramjet.interp.traceback;

import java.nio.charset.StandardCharsets;
import org.ramjet.parser.ast.Expr;

/**
 * The marker line CPython 3.11 prints under a traceback's source line: {@code ^} under the
 * failing instruction's source range, or for a binary operation or a subscript {@code ~} under
 * the operands and {@code ^} under the operator or the brackets. It is left out when a plain
 * {@code ^} range would cover the whole displayed line.
 *
 * <p>Positions come from the line table: 0-based UTF-8 byte columns. The displayed line is the
 * source line without its newline and leading whitespace (trailing whitespace stays, as in
 * CPython); markers are indented to match it.
 */
public final class CaretLine {
    /** Parses a source segment that is a single expression statement; null if it is not. */
    @FunctionalInterface
    public interface SegmentParser {
        Expr parseExpressionStatement(String segment);
    }

    private CaretLine() {}

    /** The source line as CPython displays it: newline removed, leading whitespace stripped. */
    public static String displayed(String line) {
        return stripLeading(stripNewline(line));
    }

    /** The marker line, starting with the 4-space indent and without a newline, or null when none is shown. */
    public static String of(String rawLine, int line, int endLine, int col, int endCol,
                            SegmentParser parser) {
        if (line < 0 || endLine < 0 || col < 0 || endCol < 0) {
            return null;
        }
        String source = stripNewline(rawLine);
        int[] cps = source.codePoints().toArray();
        int start = byteToCharOffset(cps, col);
        int end = byteToCharOffset(cps, endCol);
        if (start < 0 || end < 0) {
            return null;
        }
        int leftAnchor = -1, rightAnchor = -1;
        if (line == endLine) {
            if (end < start) {
                return null;
            }
            int[] anchors = anchors(new String(cps, start, end - start), parser);
            if (anchors != null) {
                leftAnchor = anchors[0] + start;
                rightAnchor = anchors[1] + start;
            }
        } else {
            int i = cps.length;
            while (--i >= 0 && isWhitespace(cps[i])) {
                // find the last non-whitespace character
            }
            end = i + 1;
        }
        String shown = stripLeading(source);
        int displayedLength = shown.codePointCount(0, shown.length());
        int truncation = cps.length - displayedLength;
        boolean anchored = leftAnchor >= 0;
        if (end - start == displayedLength && !anchored) {
            return null;
        }
        StringBuilder sb = new StringBuilder("    ");
        for (int i = truncation; i < end; i++) {
            if (i < start) {
                sb.append(' ');
            } else if (anchored && i >= leftAnchor && i < rightAnchor) {
                sb.append('^');
            } else {
                sb.append(anchored ? '~' : '^');
            }
        }
        return sb.toString();
    }

    /**
     * [left, right) character offsets within {@code segment} of the operator of a binary
     * operation or the brackets of a subscript, or null.
     */
    static int[] anchors(String segment, SegmentParser parser) {
        Expr expr;
        try {
            expr = parser == null ? null : parser.parseExpressionStatement(segment);
        } catch (RuntimeException notAnExpression) {
            return null;
        }
        byte[] bytes = segment.getBytes(StandardCharsets.UTF_8);
        int[] cps = segment.codePoints().toArray();
        if (expr instanceof Expr.BinOp) {
            Expr.BinOp bin = (Expr.BinOp) expr;
            int from = bin.left.endColOffset, to = bin.right.colOffset;
            for (int i = from; i < to; i++) {
                if (isWhitespace(bytes[i])) {
                    continue;
                }
                int left = i, right = i + 1;
                if (i + 1 < to && !isWhitespace(bytes[i + 1])) {
                    right++;  // a two-character operator such as //
                }
                if (i + 1 < to && bytes[i] == ')') {
                    continue;  // a closing parenthesis of the left operand
                }
                return new int[] {byteToCharOffset(cps, left), byteToCharOffset(cps, right)};
            }
            return null;
        }
        if (expr instanceof Expr.Subscript) {
            Expr.Subscript sub = (Expr.Subscript) expr;
            int left = sub.value.endColOffset, right = sub.slice.endColOffset + 1;
            int len = bytes.length;
            while (left < len && bytes[left] != '[') {
                left++;
            }
            while (right < len && bytes[right] != ']') {
                right++;
            }
            if (right < len) {
                right++;
            }
            return new int[] {byteToCharOffset(cps, left), byteToCharOffset(cps, right)};
        }
        return null;
    }

    /** Character (code point) offset of UTF-8 byte offset {@code byteOffset}; -1 past the end. */
    static int byteToCharOffset(int[] cps, int byteOffset) {
        int bytes = 0;
        for (int i = 0; i < cps.length; i++) {
            if (bytes >= byteOffset) {
                return i;
            }
            bytes += utf8Length(cps[i]);
        }
        return bytes >= byteOffset ? cps.length : -1;
    }

    private static int utf8Length(int cp) {
        return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }

    private static boolean isWhitespace(int c) {
        return c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r' || c == 0x0B;
    }

    private static String stripNewline(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == '\n' || line.charAt(end - 1) == '\r')) {
            end--;
        }
        return line.substring(0, end);
    }

    private static String stripLeading(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\f')) {
            i++;
        }
        return s.substring(i);
    }
}
