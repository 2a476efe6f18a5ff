package org.ramjet.objects.format;

/**
 * A Python exception raised by the value-level algorithms of this package, described by its
 * Python class ({@link Kind}) and message. The package cannot name the object model's exception
 * classes (it sits below them), so the object model catches this at its boundary and raises the
 * real exception: {@code kind.pythonName} with {@link #getMessage()} as its single argument, or
 * for {@link Kind#KEY_ERROR} with {@link #key} (a {@code str}) as the argument, as CPython does.
 *
 * <p>No stack trace is captured: programs use {@code try: int(s) except ValueError} as a test,
 * so these are thrown on ordinary paths.
 */
public final class FormatError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The Python exception class to raise. */
    public enum Kind {
        VALUE_ERROR("ValueError"),
        TYPE_ERROR("TypeError"),
        OVERFLOW_ERROR("OverflowError"),
        ZERO_DIVISION_ERROR("ZeroDivisionError"),
        INDEX_ERROR("IndexError"),
        KEY_ERROR("KeyError"),
        MEMORY_ERROR("MemoryError");

        public final String pythonName;

        Kind(String pythonName) {
            this.pythonName = pythonName;
        }
    }

    public final Kind kind;
    /** For {@link Kind#KEY_ERROR}: the missing key (the exception's argument); else null. */
    public final String key;

    private FormatError(Kind kind, String message, String key) {
        super(message, null, false, false);
        this.kind = kind;
        this.key = key;
    }

    public static FormatError valueError(String message) {
        return new FormatError(Kind.VALUE_ERROR, message, null);
    }

    public static FormatError typeError(String message) {
        return new FormatError(Kind.TYPE_ERROR, message, null);
    }

    public static FormatError overflowError(String message) {
        return new FormatError(Kind.OVERFLOW_ERROR, message, null);
    }

    public static FormatError zeroDivisionError(String message) {
        return new FormatError(Kind.ZERO_DIVISION_ERROR, message, null);
    }

    public static FormatError indexError(String message) {
        return new FormatError(Kind.INDEX_ERROR, message, null);
    }

    public static FormatError memoryError() {
        return new FormatError(Kind.MEMORY_ERROR, "", null);
    }

    /** {@code KeyError(key)}: Python shows the message as {@code repr(key)}. */
    public static FormatError keyError(String key) {
        return new FormatError(Kind.KEY_ERROR, StringRepr.repr(key), key);
    }

    /** "ValueError: message" as Python prints the last line of a traceback (for tests and logs). */
    @Override
    public String toString() {
        String m = getMessage();
        return m.isEmpty() ? kind.pythonName : kind.pythonName + ": " + m;
    }
}
