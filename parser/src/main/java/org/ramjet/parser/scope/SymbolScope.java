package org.ramjet.parser.scope;

/** Where a name lives once scopes are resolved (CPython's LOCAL, GLOBAL_EXPLICIT, ... ). */
public enum SymbolScope {
    /** Bound in this scope: a fast local in functions, a namespace entry in modules and classes. */
    LOCAL,
    /** Declared {@code global} (or bound by a walrus of a comprehension at module level). */
    GLOBAL_EXPLICIT,
    /** Not bound anywhere enclosing: looked up in globals, then builtins. */
    GLOBAL_IMPLICIT,
    /** Bound in an enclosing function: read through a cell received in the closure. */
    FREE,
    /** Bound here and captured by an inner scope: lives in a cell. */
    CELL
}
