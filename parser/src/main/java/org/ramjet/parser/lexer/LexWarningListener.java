package org.ramjet.parser.lexer;

/**
 * Receives the warnings CPython 3.11 emits while tokenizing and decoding literals:
 * {@code SyntaxWarning: invalid decimal literal} (a number run into a keyword, {@code 1if x}),
 * and {@code DeprecationWarning: invalid escape sequence '\d'} /
 * {@code invalid octal escape sequence '\777'} from {@link StringLiterals} and
 * {@link FStringSplitter}. The runtime decides whether to print, filter or raise, as the
 * {@code warnings} module does.
 */
@FunctionalInterface
public interface LexWarningListener {
    /** Ignores every warning. */
    LexWarningListener IGNORE = (category, message, lineno) -> false;

    /**
     * @param category "SyntaxWarning" or "DeprecationWarning"
     * @param message  the warning text, e.g. {@code invalid decimal literal}
     * @param lineno   the line CPython attributes the warning to
     * @return true when the warning must instead be raised as a SyntaxError with the same message
     *         (what {@code -W error} does); the caller then raises it at CPython's position
     */
    boolean warn(String category, String message, int lineno);
}
