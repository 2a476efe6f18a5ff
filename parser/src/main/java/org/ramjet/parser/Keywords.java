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

    /** A NAME token spelled as a soft keyword: {@code match}, {@code case} or {@code _}. */
    static boolean isSoftKeywordToken(org.ramjet.parser.lexer.Token t) {
        if (t.kind() != org.ramjet.parser.lexer.TokenKind.NAME) {
            return false;
        }
        return t.isKeyword("match") || t.isKeyword("case") || t.isKeyword("_");
    }
}
