package org.ramjet.objects;

/**
 * {@code type.__flags__} bits, with CPython's values where CPython has the flag. The
 * {@code *_SUBCLASS} bits make "is this an int/str/tuple/... instance" one mask test.
 */
public final class TypeFlags {
    /** Immutable type: class attributes cannot be set (all builtin types). */
    public static final long IMMUTABLETYPE = 1L << 8;
    /** A class created by a class statement or {@code type(name, bases, ns)}. */
    public static final long HEAPTYPE = 1L << 9;
    /** May be used as a base class. */
    public static final long BASETYPE = 1L << 10;
    public static final long READY = 1L << 12;
    public static final long IS_ABSTRACT = 1L << 20;
    public static final long MATCH_SELF = 1L << 22;
    public static final long SEQUENCE = 1L << 5;
    public static final long MAPPING = 1L << 6;
    public static final long LONG_SUBCLASS = 1L << 24;
    public static final long LIST_SUBCLASS = 1L << 25;
    public static final long TUPLE_SUBCLASS = 1L << 26;
    public static final long BYTES_SUBCLASS = 1L << 27;
    public static final long UNICODE_SUBCLASS = 1L << 28;
    public static final long DICT_SUBCLASS = 1L << 29;
    public static final long BASE_EXC_SUBCLASS = 1L << 30;
    public static final long TYPE_SUBCLASS = 1L << 31;

    /** Ramjet's own: instances have a {@code __dict__} (map-backed attribute storage). */
    public static final long HAS_DICT = 1L << 40;
    /** Ramjet's own: the class body defined {@code __slots__}. */
    public static final long HAS_SLOTS = 1L << 41;

    /**
     * Ramjet's own: an immutable builtin value type (int, float, str, tuple, ...) whose Python
     * subclass instances are {@link PyValueInstance}s wrapping a value of the builtin's own class.
     */
    public static final long VALUE_TYPE = 1L << 42;

    /** Flags a subclass inherits from its bases. */
    static final long INHERITED = LONG_SUBCLASS | LIST_SUBCLASS | TUPLE_SUBCLASS | BYTES_SUBCLASS
            | UNICODE_SUBCLASS | DICT_SUBCLASS | BASE_EXC_SUBCLASS | TYPE_SUBCLASS | SEQUENCE | MAPPING
            | MATCH_SELF;

    private TypeFlags() {}
}
