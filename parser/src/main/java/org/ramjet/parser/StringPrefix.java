package org.ramjet.parser;

/** The prefix letters of a STRING token: raw, bytes, formatted (u has no effect on the value). */
final class StringPrefix {
    final boolean raw;
    final boolean bytes;
    final boolean formatted;
    /** Index of the first quote character in the token text. */
    final int quoteStart;

    private StringPrefix(boolean raw, boolean bytes, boolean formatted, int quoteStart) {
        this.raw = raw;
        this.bytes = bytes;
        this.formatted = formatted;
        this.quoteStart = quoteStart;
    }

    static StringPrefix of(String text) {
        boolean raw = false, bytes = false, formatted = false;
        int i = 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                break;
            }
            switch (Character.toLowerCase(c)) {
                case 'r': raw = true; break;
                case 'b': bytes = true; break;
                case 'f': formatted = true; break;
                default: break;
            }
        }
        return new StringPrefix(raw, bytes, formatted, i);
    }

    /** Length of the quotes on each side: 3 for triple-quoted strings, else 1. */
    int quoteLength(String text) {
        char q = text.charAt(quoteStart);
        if (text.length() - quoteStart >= 6 && text.charAt(quoteStart + 1) == q && text.charAt(quoteStart + 2) == q) {
            return 3;
        }
        return 1;
    }

    /** The text between the quotes. */
    String body(String text) {
        int q = quoteLength(text);
        return text.substring(quoteStart + q, text.length() - q);
    }
}
