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
     * the {@code File} line, the source line without its indentation, the carets, and
     * {@code Kind: msg} (as {@code print_exception}/{@code print_error_text} in pythonrun.c).
     * Only a plain SyntaxError shows its end offset; its subclasses get one caret.
     */
    public String format() {
        StringBuilder sb = new StringBuilder();
        if (lineno < 0) {
            // no line number (Python's None), e.g. undecodable source: CPython prints the message alone
            return sb.append(kind.pythonName).append(": ").append(msg).append('\n').toString();
        }
        sb.append("  File \"").append(filename).append("\", line ").append(lineno).append('\n');
        if (text != null) {
            int lineSize = text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            int end = endOffset;
            if (endLineno > lineno) {
                end = lineSize;
            }
            if (end > lineSize + 1) {
                end = lineSize + 1;
            }
            int carets = kind == Kind.SYNTAX_ERROR && end > 0 && end > offset ? end - offset : 1;
            int col = offset - 1;
            int start = 0;
            while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '\t'
                    || text.charAt(start) == '\f')) {
                start++;
                col--;
            }
            String shown = text.substring(start);
            int len = shown.endsWith("\n") ? shown.length() - 1 : shown.length();
            if (col > len) {
                col = len;
            }
            sb.append("    ").append(shown);
            if (!shown.endsWith("\n")) {
                sb.append('\n');
            }
            if (col >= 0) {
                sb.append("    ").append(" ".repeat(col)).append("^".repeat(carets)).append('\n');
            }
        }
        sb.append(kind.pythonName).append(": ").append(msg).append('\n');
        return sb.toString();
    }
}
