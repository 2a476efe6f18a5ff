package org.ramjet.parser.scope;

import static org.ramjet.parser.scope.SymbolFlags.*;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.ramjet.parser.ast.Node;

/**
 * Second pass of the symbol table: decides for every name of every block whether it is local,
 * global (explicit or implicit), free or a cell (CPython's {@code analyze_block}). Free names
 * flow up from children; a function binding a name its children use turns it into a cell; class
 * bodies are skipped by the names free in their methods, except that {@code __class__} becomes
 * the class's implicit cell.
 */
final class ScopeAnalyzer {
    private final ErrorContext errors;

    ScopeAnalyzer(ErrorContext errors) {
        this.errors = errors;
    }

    void analyze(Scope top) {
        analyzeBlock(top, null, new HashSet<>(), new HashSet<>());
    }

    private void analyzeBlock(Scope ste, Set<String> bound, Set<String> free, Set<String> global) {
        Set<String> local = new HashSet<>();
        Set<String> newGlobal = new HashSet<>();
        Set<String> newFree = new HashSet<>();
        Set<String> newBound = new HashSet<>();
        if (ste.type == Scope.Type.CLASS) {
            newGlobal.addAll(global);
            if (bound != null) {
                newBound.addAll(bound);
            }
        }
        for (Map.Entry<String, Integer> e : ste.symbols.entrySet()) {
            analyzeName(ste, e.getKey(), e.getValue(), bound, local, free, global);
        }
        if (ste.type != Scope.Type.CLASS) {
            if (ste.type == Scope.Type.FUNCTION) {
                newBound.addAll(local);
            }
            if (bound != null) {
                newBound.addAll(bound);
            }
            newGlobal.addAll(global);
        } else {
            newBound.add("__class__");
        }
        Set<String> allFree = new HashSet<>();
        for (Scope child : ste.children) {
            Set<String> childFree = new HashSet<>(newFree);
            analyzeBlock(child, new HashSet<>(newBound), childFree, new HashSet<>(newGlobal));
            allFree.addAll(childFree);
            if (child.hasFree || child.childFree) {
                ste.childFree = true;
            }
        }
        newFree.addAll(allFree);
        if (ste.type == Scope.Type.FUNCTION) {
            for (Map.Entry<String, SymbolScope> e : ste.scopes.entrySet()) {
                if (e.getValue() == SymbolScope.LOCAL && newFree.remove(e.getKey())) {
                    e.setValue(SymbolScope.CELL);
                }
            }
        } else if (ste.type == Scope.Type.CLASS) {
            if (newFree.remove("__class__")) {
                ste.needsClassClosure = true;
            }
        }
        updateSymbols(ste, bound, newFree);
        free.addAll(newFree);
    }

    private void analyzeName(Scope ste, String name, int flags, Set<String> bound, Set<String> local,
                             Set<String> free, Set<String> global) {
        if ((flags & DEF_GLOBAL) != 0) {
            if ((flags & DEF_NONLOCAL) != 0) {
                throw errorAtDirective(ste, name, "name '" + name + "' is nonlocal and global");
            }
            ste.scopes.put(name, SymbolScope.GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) {
                bound.remove(name);
            }
            return;
        }
        if ((flags & DEF_NONLOCAL) != 0) {
            if (bound == null) {
                throw errorAtDirective(ste, name, "nonlocal declaration not allowed at module level");
            }
            if (!bound.contains(name)) {
                throw errorAtDirective(ste, name, "no binding for nonlocal '" + name + "' found");
            }
            ste.scopes.put(name, SymbolScope.FREE);
            ste.hasFree = true;
            free.add(name);
            return;
        }
        if ((flags & DEF_BOUND) != 0) {
            ste.scopes.put(name, SymbolScope.LOCAL);
            local.add(name);
            global.remove(name);
            return;
        }
        if (bound != null && bound.contains(name)) {
            ste.scopes.put(name, SymbolScope.FREE);
            ste.hasFree = true;
            free.add(name);
            return;
        }
        if (global.contains(name)) {
            ste.scopes.put(name, SymbolScope.GLOBAL_IMPLICIT);
            return;
        }
        if (ste.nested) {
            ste.hasFree = true;
        }
        ste.scopes.put(name, SymbolScope.GLOBAL_IMPLICIT);
    }

    private void updateSymbols(Scope ste, Set<String> bound, Set<String> free) {
        for (String name : free) {
            Integer flags = ste.symbols.get(name);
            if (flags != null) {
                if (ste.type == Scope.Type.CLASS && (flags & (DEF_BOUND | DEF_GLOBAL)) != 0) {
                    ste.symbols.put(name, flags | DEF_FREE_CLASS);
                }
                continue;
            }
            if (bound != null && !bound.contains(name)) {
                continue;
            }
            ste.symbols.put(name, 0);
            ste.scopes.put(name, SymbolScope.FREE);
        }
    }

    private RuntimeException errorAtDirective(Scope ste, String name, String msg) {
        Node at = ste.directives.get(name);
        if (at == null) {
            return errors.error(msg, ste.lineno, 0, ste.lineno, 0);
        }
        return errors.error(msg, at);
    }
}
