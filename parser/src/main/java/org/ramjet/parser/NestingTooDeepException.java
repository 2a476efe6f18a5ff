package org.ramjet.parser;

/**
 * The source nests deeper than the parser's stack allows (e.g. ten thousand unary minus signs).
 * CPython's parser stops at a fixed depth and raises {@code MemoryError} (no message); the
 * runtime raises that for this exception.
 */
public final class NestingTooDeepException extends RuntimeException {
    public NestingTooDeepException(String filename) {
        super("source too deeply nested to parse: " + filename, null, false, false);
    }
}
