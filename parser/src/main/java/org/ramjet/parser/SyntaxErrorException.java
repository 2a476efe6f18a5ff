package org.ramjet.parser;

/**
 * A compile-time error, carrying exactly what Python's {@code SyntaxError} carries so that the
 * runtime can turn it into a {@code SyntaxError}/{@code IndentationError}/{@code TabError}
 * instance. {@code offset} and {@code endOffset} are 1-based character columns (CPython's
 * convention for {@code SyntaxError.offset}); 0 when unknown. {@code lineno} is -1 when Python's
 * is None (errors found before any line is read, such as an undecodable file). {@code text} is
 * the source line (usually with its newline, as CPython gives it), or null.
 */
public final class SyntaxErrorException extends RuntimeException {
    /** The Python exception class to raise. */
    public enum Kind {
        SYNTAX_ERROR("SyntaxError"),
        INDENTATION_ERROR("IndentationError"),
        TAB_ERROR("TabError");

        public final String pythonName;

        Kind(String pythonName) {
            this.pythonName = pythonName;
        }
    }

    public final Kind kind;
    public final String msg;
    public final String filename;
    public final int lineno;
    public final int offset;
    public final int endLineno;
    public final int endOffset;
    public final String text;

    public SyntaxErrorException(Kind kind, String msg, String filename, int lineno, int offset,
                                int endLineno, int endOffset, String text) {
        super(msg, null, false, false);
        this.kind = kind;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.text = text;
    }

    /**
     * The report CPython prints for an uncaught syntax error, without the traceback header:
     * the {@code File} line, the stripped source line, the carets, and {@code Kind: msg}.
     */
    public String format() {
        StringBuilder sb = new StringBuilder();
        if (lineno < 0) {
            // no line number (Python's None), e.g. undecodable source: CPython prints the message alone
            return sb.append(kind.pythonName).append(": ").append(msg).append('\n').toString();
        }
        sb.append("  File \"").append(filename).append("\", line ").append(lineno).append('\n');
        if (text != null) {
            String rtext = stripTrailing(text);
            String ltext = stripLeading(rtext);
            int spaces = rtext.length() - ltext.length();
            sb.append("    ").append(ltext).append('\n');
            if (offset > 0) {
                int end = endOffset > 0 && endLineno == lineno ? endOffset : offset;
                if (end <= offset) {
                    end = offset + 1;
                }
                int colno = offset - 1 - spaces;
                int endColno = Math.min(end - 1 - spaces, ltext.length() + 1);
                if (colno >= 0) {
                    sb.append("    ");
                    for (int i = 0; i < colno && i < ltext.length(); i++) {
                        char c = ltext.charAt(i);
                        sb.append(Character.isWhitespace(c) ? c : ' ');
                    }
                    for (int i = colno; i < Math.max(endColno, colno + 1); i++) {
                        sb.append('^');
                    }
                    sb.append('\n');
                }
            }
        }
        sb.append(kind.pythonName).append(": ").append(msg).append('\n');
        return sb.toString();
    }

    private static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\r')) {
            end--;
        }
        return s.substring(0, end);
    }

    private static String stripLeading(String s) {
        int start = 0;
        while (start < s.length() && (s.charAt(start) == ' ' || s.charAt(start) == '\n' || s.charAt(start) == '\f')) {
            start++;
        }
        return s.substring(start);
    }
}
