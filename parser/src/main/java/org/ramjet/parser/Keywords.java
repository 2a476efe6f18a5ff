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

    /** A NAME token spelled as a soft keyword: {@code match}, {@code case} or {@code _}. */
    static boolean isSoftKeywordToken(org.ramjet.parser.lexer.Token t) {
        if (t.kind() != org.ramjet.parser.lexer.TokenKind.NAME) {
            return false;
        }
        String s = t.text();
        return s.equals("match") || s.equals("case") || s.equals("_");
    }
}
