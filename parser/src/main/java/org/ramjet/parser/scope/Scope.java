package org.ramjet.parser.scope;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ramjet.parser.ast.Node;

/**
 * One block of the symbol table (CPython's {@code symtable entry}): a module, class body,
 * function, lambda or comprehension, with every name it uses, how, and (after analysis) where
 * each name lives.
 */
public final class Scope {
    /** The kind of block. Lambdas and comprehensions are functions. */
    public enum Type { MODULE, CLASS, FUNCTION }

    /** Which comprehension a function block is, if any. */
    public enum Comprehension { NONE, LIST, SET, DICT, GENERATOR }

    public final Type type;
    public final String name;
    /** The AST node that opened the block (a def, lambda, class, comprehension or the module). */
    public final Object node;
    public final int lineno;
    public final Scope parent;
    final Map<String, Integer> symbols = new LinkedHashMap<>();
    final Map<String, SymbolScope> scopes = new HashMap<>();
    /** Parameters, in order (CPython's {@code ste_varnames}). */
    final List<String> params = new ArrayList<>();
    final List<Scope> children = new ArrayList<>();
    /** Where each name was declared global/nonlocal, for error positions. */
    final Map<String, Node> directives = new HashMap<>();

    boolean nested;
    boolean generator;
    boolean coroutine;
    boolean returnsValue;
    boolean varargs;
    boolean varkeywords;
    boolean hasFree;
    boolean childFree;
    boolean needsClassClosure;
    Comprehension comprehension = Comprehension.NONE;
    boolean compIterTarget;
    int compIterExpr;

    Scope(Type type, String name, Object node, int lineno, Scope parent) {
        this.type = type;
        this.name = name;
        this.node = node;
        this.lineno = lineno;
        this.parent = parent;
        this.nested = parent != null && (parent.nested || parent.type == Type.FUNCTION);
    }

    /** Where {@code name} (already mangled) lives; null when this block never mentions it. */
    public SymbolScope scopeOf(String name) {
        return scopes.get(name);
    }

    /** The {@link SymbolFlags} of {@code name} (already mangled); 0 when unknown. */
    public int flagsOf(String name) {
        Integer f = symbols.get(name);
        return f == null ? 0 : f;
    }

    /** Every name in first-mention order. */
    public java.util.Set<String> names() {
        return symbols.keySet();
    }

    public List<String> params() {
        return params;
    }

    public List<Scope> children() {
        return children;
    }

    public boolean isNested() {
        return nested;
    }

    public boolean isGenerator() {
        return generator;
    }

    public boolean isCoroutine() {
        return coroutine;
    }

    public boolean hasVarargs() {
        return varargs;
    }

    public boolean hasVarkeywords() {
        return varkeywords;
    }

    /** A class body whose methods use {@code __class__} or {@code super}: it owns the {@code __class__} cell. */
    public boolean needsClassClosure() {
        return needsClassClosure;
    }

    public Comprehension comprehension() {
        return comprehension;
    }

    public boolean isComprehension() {
        return comprehension != Comprehension.NONE;
    }

    /** Names of the given resolved scope, sorted (CPython orders cell and free variables so). */
    public List<String> sortedNames(SymbolScope wanted, boolean includeFreeClass) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, SymbolScope> e : scopes.entrySet()) {
            if (e.getValue() == wanted
                    || (includeFreeClass && (flagsOf(e.getKey()) & SymbolFlags.DEF_FREE_CLASS) != 0)) {
                out.add(e.getKey());
            }
        }
        java.util.Collections.sort(out);
        return out;
    }

    @Override
    public String toString() {
        return type + " " + name + " " + scopes;
    }
}
