package org.ramjet.parser.lexer;

/**
 * One token. Lines are 1-based; columns are 0-based UTF-8 byte offsets into the line, as the
 * {@code ast} module's {@code col_offset} (convert with {@link SourceText#charColumn} for
 * display). {@code text} is the source text (for STRING: prefix and quotes included, possibly
 * spanning lines; for INDENT/DEDENT/ENDMARKER: the empty string; for NEWLINE: "\n"), except that
 * a NAME with non-ASCII characters carries the NFKC-normalized identifier, which is what the
 * parser must use (CPython normalizes identifiers the same way).
 *
 * <p>Positions follow CPython's C tokenizer, which the parser's error messages depend on:
 * <ul>
 * <li>NEWLINE starts at the {@code \n}, or at the {@code #} of a comment before it, and ends
 *     (endCol) at the {@code \n} itself;</li>
 * <li>INDENT, DEDENT and ENDMARKER have no extent in CPython (col_offset -1). Here line and col
 *     (= endLine/endCol) hold what CPython reports when it raises an error <em>at</em> such a
 *     token ("unexpected indent", "expected an indented block..."): its line, and the tokenizer's
 *     column at that moment (after the indentation for INDENT/DEDENT, the length of the last
 *     line for ENDMARKER). CPython passes that column as {@code SyntaxError.offset} unchanged
 *     (no +1) with end_offset -1; see {@link #hasExtent()}.</li>
 * </ul>
 */
public record Token(TokenKind kind, String text, int line, int col, int endLine, int endCol) {
    public boolean is(TokenKind k) {
        return kind == k;
    }

    /** A NAME token whose (normalized) identifier is {@code name}. */
    public boolean isName(String name) {
        return kind == TokenKind.NAME && text.equals(name);
    }

    /**
     * A NAME token that is the keyword or soft keyword {@code keyword}. CPython matches keywords
     * on the text as written, before NFKC normalization, so a name written {@code ｉｆ} is the
     * identifier "if", never the keyword: such a token's source span is longer than its text.
     */
    public boolean isKeyword(String keyword) {
        return kind == TokenKind.NAME && text.equals(keyword) && endCol - col == text.length();
    }

    /** False for INDENT, DEDENT and ENDMARKER, which CPython's tokenizer gives no source range. */
    public boolean hasExtent() {
        return kind != TokenKind.INDENT && kind != TokenKind.DEDENT && kind != TokenKind.ENDMARKER;
    }

    @Override
    public String toString() {
        return kind + "(" + text.replace("\n", "\\n") + ")@" + line + ":" + col + "-" + endLine + ":" + endCol;
    }
}
