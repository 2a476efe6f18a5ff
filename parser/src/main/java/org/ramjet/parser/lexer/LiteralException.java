package org.ramjet.parser.lexer;

/**
 * A literal that cannot be decoded ({@link StringLiterals}, {@link FStringSplitter}). It carries
 * CPython's message but no position, because CPython positions these errors by what the parser
 * has read, which only the parser knows: see {@link #where}.
 */
public final class LiteralException extends RuntimeException {
    /** Where CPython 3.11 reports the error. */
    public enum Where {
        /**
         * At the last token the parser has fetched (CPython's RAISE_SYNTAX_ERROR), which for a
         * string is the token just after the whole run of concatenated strings: e.g. the NEWLINE
         * after {@code x = '\x4'}, or the {@code +} in {@code '\x4' + 1}.
         */
        LAST_TOKEN,
        /** At the STRING token itself (its full range), e.g. "bytes can only contain ASCII literal characters". */
        STRING_TOKEN
    }

    public final Where where;

    public LiteralException(String message, Where where) {
        super(message, null, false, false);
        this.where = where;
    }
}
