package org.ramjet.launcher;

/** A bad command line: printed with CPython's usage lines, exit status 2. */
final class UsageError extends Exception {
    UsageError(String message) {
        super(message, null, false, false);
    }
}
