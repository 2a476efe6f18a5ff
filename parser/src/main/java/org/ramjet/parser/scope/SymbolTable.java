package org.ramjet.parser.scope;

import java.util.Map;
import org.ramjet.parser.ast.Mod;

/**
 * The symbol table of one compilation unit: a tree of {@link Scope}s, one per module, class,
 * function, lambda and comprehension, found by the AST node that opened it. Built by
 * {@link #build}, which raises CPython's scope-related {@code SyntaxError}s.
 */
public final class SymbolTable {
    public final Scope top;
    private final Map<Object, Scope> scopeOf;

    private SymbolTable(Scope top, Map<Object, Scope> scopeOf) {
        this.top = top;
        this.scopeOf = scopeOf;
    }

    /**
     * Builds and analyzes the table for {@code module}. {@code futureAnnotations} is true under
     * {@code from __future__ import annotations} (annotations are then never evaluated).
     */
    public static SymbolTable build(Mod module, ErrorContext errors, boolean futureAnnotations) {
        ScopeBuilder builder = new ScopeBuilder(errors, futureAnnotations);
        module.accept(builder);
        new ScopeAnalyzer(errors).analyze(builder.top);
        return new SymbolTable(builder.top, builder.scopeOf);
    }

    /** The scope opened by {@code node} (a def, lambda, class, comprehension or the module). */
    public Scope scopeOf(Object node) {
        Scope s = scopeOf.get(node);
        if (s == null) {
            throw new IllegalArgumentException("no scope for " + node);
        }
        return s;
    }
}
