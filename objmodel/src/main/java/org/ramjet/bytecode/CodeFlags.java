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

    private CodeFlags() {}
}
