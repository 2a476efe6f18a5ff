package org.ramjet.parser.scope;

/** How a name is used in one scope, as bits (CPython's DEF_* flags). */
public final class SymbolFlags {
    /** Declared {@code global}. */
    public static final int DEF_GLOBAL = 1;
    /** Assigned (or deleted) in this scope. */
    public static final int DEF_LOCAL = 2;
    /** A parameter. */
    public static final int DEF_PARAM = 4;
    /** Declared {@code nonlocal}. */
    public static final int DEF_NONLOCAL = 8;
    /** Read. */
    public static final int USE = 16;
    /** Free in a method of a class that also binds it (the class body reads it by name). */
    public static final int DEF_FREE_CLASS = 64;
    /** Bound by an import. */
    public static final int DEF_IMPORT = 128;
    /** Annotated ({@code x: int}). */
    public static final int DEF_ANNOT = 256;
    /** An iteration variable of a comprehension. */
    public static final int DEF_COMP_ITER = 512;

    public static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    private SymbolFlags() {}
}
