package org.ramjet.bytecode;

/** {@code co_flags} bits, with CPython's values so that {@code code.co_flags} reads the same. */
public final class CodeFlags {
    public static final int OPTIMIZED = 0x1;
    public static final int NEWLOCALS = 0x2;
    public static final int VARARGS = 0x4;
    public static final int VARKEYWORDS = 0x8;
    public static final int NESTED = 0x10;
    public static final int GENERATOR = 0x20;
    public static final int NOFREE = 0x40;
    public static final int COROUTINE = 0x80;
    public static final int ITERABLE_COROUTINE = 0x100;
    public static final int ASYNC_GENERATOR = 0x200;

    // __future__ features, as CPython records them in co_flags of code compiled under them
    public static final int FUTURE_DIVISION = 0x20000;
    public static final int FUTURE_ABSOLUTE_IMPORT = 0x40000;
    public static final int FUTURE_WITH_STATEMENT = 0x80000;
    public static final int FUTURE_PRINT_FUNCTION = 0x100000;
    public static final int FUTURE_UNICODE_LITERALS = 0x200000;
    public static final int FUTURE_BARRY_AS_BDFL = 0x400000;
    public static final int FUTURE_GENERATOR_STOP = 0x800000;
    public static final int FUTURE_ANNOTATIONS = 0x1000000;

    private CodeFlags() {}
}
