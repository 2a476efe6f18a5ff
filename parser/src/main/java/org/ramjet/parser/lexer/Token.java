package org.ramjet.parser.lexer;

/**
 * One token. Lines are 1-based; columns are 0-based UTF-8 byte offsets into the line, as the
 * {@code ast} module's {@code col_offset} (convert with {@link SourceText#charColumn} for
 * display). {@code text} is the exact source text (for STRING: prefix and quotes included; for
 * INDENT/DEDENT/NEWLINE/ENDMARKER: the empty string or the newline).
 */
public record Token(TokenKind kind, String text, int line, int col, int endLine, int endCol) {
    public boolean is(TokenKind k) {
        return kind == k;
    }

    /** A NAME token spelled {@code name} (keywords and soft keywords are NAMEs). */
    public boolean isName(String name) {
        return kind == TokenKind.NAME && text.equals(name);
    }

    @Override
    public String toString() {
        return kind + "(" + text.replace("\n", "\\n") + ")@" + line + ":" + col + "-" + endLine + ":" + endCol;
    }
}
