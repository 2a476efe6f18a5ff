package org.ramjet.parser.scope;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ramjet.parser.Parser;
import org.ramjet.parser.ast.Mod;
import org.ramjet.parser.lexer.SourceText;

/** Where names live in tricky programs (CPython's symtable gives the same answers). */
class ScopeAnalysisTest {
    private static SymbolTable table(String src) {
        SourceText source = SourceText.fromString("<test>", src);
        Mod.Module m = new Parser(source).parseFile();
        return SymbolTable.build(m, new ErrorContext("<test>", source), false);
    }

    /** The child scope reached by following names from the top. */
    private static Scope find(SymbolTable t, String... path) {
        Scope s = t.top;
        for (String name : path) {
            Scope next = null;
            for (Scope c : s.children()) {
                if (c.name.equals(name)) {
                    next = c;
                }
            }
            assertNotNull(next, "no scope " + name + " in " + s.name);
            s = next;
        }
        return s;
    }

    @Test
    void closuresMakeCellsAndFreeVariables() {
        SymbolTable t = table("def f(a):\n    b = 1\n    def g():\n        return a + b + c\n    return g\n");
        Scope f = find(t, "f");
        assertEquals(SymbolScope.CELL, f.scopeOf("a"));
        assertEquals(SymbolScope.CELL, f.scopeOf("b"));
        assertEquals(SymbolScope.LOCAL, f.scopeOf("g"));
        Scope g = find(t, "f", "g");
        assertEquals(SymbolScope.FREE, g.scopeOf("a"));
        assertEquals(SymbolScope.FREE, g.scopeOf("b"));
        assertEquals(SymbolScope.GLOBAL_IMPLICIT, g.scopeOf("c"));
        assertTrue(g.isNested());
        assertFalse(f.isNested());
        assertEquals(List.of("a"), f.params());
    }

    @Test
    void classScopeIsSkippedByMethodsButSeesFreeVariablesByName() {
        SymbolTable t = table("def f():\n    x = 1\n    class C:\n        x = 2\n        y = x\n"
                + "        def m(self):\n            return x\n    return C\n");
        Scope c = find(t, "f", "C");
        assertEquals(SymbolScope.LOCAL, c.scopeOf("x"));
        assertTrue((c.flagsOf("x") & SymbolFlags.DEF_FREE_CLASS) != 0, "x is free in a method too");
        assertEquals(List.of("x"), c.sortedNames(SymbolScope.FREE, true));
        assertEquals(SymbolScope.FREE, find(t, "f", "C", "m").scopeOf("x"));
        assertEquals(SymbolScope.CELL, find(t, "f").scopeOf("x"));
    }

    @Test
    void classBodyReadsEnclosingFunctionVariableAsFree() {
        SymbolTable t = table("def f():\n    v = 1\n    class C:\n        w = v\n    return C\n");
        assertEquals(SymbolScope.FREE, find(t, "f", "C").scopeOf("v"));
        assertEquals(SymbolScope.CELL, find(t, "f").scopeOf("v"));
    }

    @Test
    void superAndDunderClassCreateTheImplicitClassCell() {
        SymbolTable t = table("class A:\n    def m(self):\n        return super().m()\n"
                + "class B:\n    def m(self):\n        return __class__\nclass C:\n    def m(self):\n        return 1\n");
        assertTrue(find(t, "A").needsClassClosure());
        assertEquals(SymbolScope.FREE, find(t, "A", "m").scopeOf("__class__"));
        assertTrue(find(t, "B").needsClassClosure());
        assertFalse(find(t, "C").needsClassClosure());
    }

    @Test
    void globalAndNonlocalDeclarations() {
        SymbolTable t = table("x = 0\ndef f():\n    global x\n    x = 1\n    y = 2\n    def g():\n        nonlocal y\n"
                + "        y = 3\n    return g\n");
        assertEquals(SymbolScope.GLOBAL_EXPLICIT, find(t, "f").scopeOf("x"));
        assertEquals(SymbolScope.GLOBAL_EXPLICIT, t.top.scopeOf("x"), "CPython marks the module's x explicit too");
        assertEquals(SymbolScope.CELL, find(t, "f").scopeOf("y"));
        assertEquals(SymbolScope.FREE, find(t, "f", "g").scopeOf("y"));
    }

    @Test
    void comprehensionsAreFunctionsWithTheOutermostIterableOutside() {
        SymbolTable t = table("def f(data):\n    return [x + k for x in data for k in x]\n");
        Scope comp = find(t, "f", "listcomp");
        assertEquals(Scope.Comprehension.LIST, comp.comprehension());
        assertEquals(List.of(".0"), comp.params());
        assertNull(comp.scopeOf("data"), "the outermost iterable is evaluated in f");
        assertEquals(SymbolScope.LOCAL, comp.scopeOf("x"));
        assertEquals(SymbolScope.LOCAL, comp.scopeOf("k"));
        assertEquals(SymbolScope.LOCAL, find(t, "f").scopeOf("data"));
    }

    @Test
    void walrusInComprehensionBindsInEnclosingFunction() {
        SymbolTable t = table("def f(data):\n    if any((last := x) for x in data):\n        return last\n");
        assertEquals(SymbolScope.CELL, find(t, "f").scopeOf("last"));
        assertEquals(SymbolScope.FREE, find(t, "f", "genexpr").scopeOf("last"));
        SymbolTable m = table("[(y := 1) for x in range(3)]\n");
        assertEquals(SymbolScope.GLOBAL_EXPLICIT, find(m, "listcomp").scopeOf("y"));
    }

    @Test
    void generatorAndCoroutineFlags() {
        SymbolTable t = table("def g():\n    yield 1\nasync def c():\n    await x\nasync def ag():\n    yield 1\n"
                + "def e():\n    return (i for i in x)\n");
        assertTrue(find(t, "g").isGenerator());
        assertTrue(find(t, "c").isCoroutine());
        assertFalse(find(t, "c").isGenerator());
        assertTrue(find(t, "ag").isCoroutine() && find(t, "ag").isGenerator());
        assertFalse(find(t, "e").isGenerator());
        assertTrue(find(t, "e", "genexpr").isGenerator());
    }

    @Test
    void privateNamesAreMangledInClasses() {
        SymbolTable t = table("class _C:\n    __x = 1\n    def m(self, __y):\n        return __y\n");
        assertEquals(SymbolScope.LOCAL, find(t, "_C").scopeOf("_C__x"));
        assertEquals(List.of("self", "_C__y"), find(t, "_C", "m").params());
    }

    @Test
    void parametersOrderAndVarargs() {
        SymbolTable t = table("def f(a, /, b, *args, c, **kw):\n    pass\n");
        Scope f = find(t, "f");
        assertEquals(List.of("a", "b", "c", "args", "kw"), f.params());
        assertTrue(f.hasVarargs());
        assertTrue(f.hasVarkeywords());
    }

    @Test
    void lambdaAndNestedClassNames() {
        SymbolTable t = table("f = lambda a: lambda: a\n");
        Scope outer = find(t, "lambda");
        assertEquals(SymbolScope.CELL, outer.scopeOf("a"));
        assertEquals(SymbolScope.FREE, find(t, "lambda", "lambda").scopeOf("a"));
    }
}
