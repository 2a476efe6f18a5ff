package org.ramjet.parser;

import java.util.Set;

/** The hard keywords of Python 3.11 ({@code match}, {@code case} and {@code _} are soft: names). */
final class Keywords {
    private static final Set<String> KEYWORDS = Set.of(
            "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
            "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
            "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
            "return", "try", "while", "with", "yield");

    private Keywords() {}

    static boolean isKeyword(String word) {
        return KEYWORDS.contains(word);
    }

    /** A NAME token that is a hard keyword as written (an NFKC-normalized lookalike is a name). */
    static boolean isKeywordToken(org.ramjet.parser.lexer.Token t) {
        return isKeyword(t.text()) && t.isKeyword(t.text());
    }

    /**
     * The grammar's SOFT_KEYWORD token as CPython 3.11 matches it: a NAME whose text is a
     * prefix of a soft keyword (its check compares only the token's length), so "c", "ma" or
     * "cas" count as well as "match", "case" and "_".
     */
    static boolean isSoftKeywordToken(org.ramjet.parser.lexer.Token t) {
        if (t.kind() != org.ramjet.parser.lexer.TokenKind.NAME || t.text().isEmpty()) {
            return false;
        }
        String s = t.text();
        return "match".startsWith(s) || "case".startsWith(s) || "_".startsWith(s);
    }
}
