package org.ramjet.parser.compiler;

import org.ramjet.objects.Repr;
import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ramjet.bytecode.CodeFlags;
import org.ramjet.bytecode.ExceptionTableEntry;
import org.ramjet.bytecode.Instruction;
import org.ramjet.bytecode.Opcode;
import org.ramjet.bytecode.PyCode;
import org.ramjet.objects.PyObject;
import org.ramjet.parser.SyntaxErrorException;

/** Instruction sequences, stack sizes, exception tables and code attributes of small programs. */
class CodeGeneratorTest {
    /** "OPNAME meaning" per instruction, the meaning as the disassembler prints it. */
    static List<String> ops(PyCode code) {
        List<String> out = new ArrayList<>();
        for (int word : code.instructions) {
            Opcode op = Instruction.opcode(word);
            String meaning = Disassembler.argRepr(code, op, Instruction.arg(word));
            out.add(meaning.isEmpty() ? op.name() : op.name() + " " + meaning);
        }
        return out;
    }

    static PyCode function(PyCode module, String name) {
        for (PyObject c : module.consts) {
            if (c instanceof PyCode && ((PyCode) c).name.equals(name)) {
                return (PyCode) c;
            }
        }
        throw new AssertionError("no code object " + name);
    }

    @Test
    void simpleFunction() {
        PyCode f = function(Sources.compile("def f(a, b):\n    return a + b * 2\n"), "f");
        assertEquals(List.of("LOAD_FAST a", "LOAD_FAST b", "LOAD_CONST 2", "BINARY_OP *", "BINARY_OP +",
                "RETURN_VALUE"), ops(f));
        assertEquals(3, f.stacksize);
        assertEquals(2, f.argcount);
        assertEquals(CodeFlags.OPTIMIZED | CodeFlags.NEWLOCALS, f.flags);
        assertEquals("None", f.consts[0].toString(), "no docstring: None is the first constant");
    }

    @Test
    void moduleLevelNamesAndImplicitReturn() {
        PyCode m = Sources.compile("x = 1\nprint(x)\n");
        assertEquals(List.of("LOAD_CONST 1", "STORE_NAME x", "PUSH_NULL", "LOAD_NAME print", "LOAD_NAME x",
                "CALL", "POP_TOP", "LOAD_CONST None", "RETURN_VALUE"), ops(m));
        assertEquals(3, m.stacksize);
        assertEquals(0, m.flags);
    }

    @Test
    void constantFolding() {
        PyCode m = Sources.compile("x = (-1, 2 ** 8, ~0, 'ab' * 2, (1, 2))\n");
        assertEquals(List.of("LOAD_CONST (-1, 256, -1, 'abab', (1, 2))", "STORE_NAME x", "LOAD_CONST None",
                "RETURN_VALUE"), ops(m));
        PyCode big = Sources.compile("x = 2 ** 1000\n");
        assertTrue(ops(big).contains("BINARY_OP **"), "too large to fold, as in CPython");
    }

    @Test
    void methodAndKeywordCalls() {
        PyCode f = function(Sources.compile("def f(o):\n    return o.m(1, k=2)\n"), "f");
        assertEquals(List.of("LOAD_FAST o", "LOAD_METHOD m", "LOAD_CONST 1", "LOAD_CONST 2", "LOAD_CONST ('k',)",
                "CALL_KW", "RETURN_VALUE"), ops(f));
        assertEquals(5, f.stacksize);
    }

    @Test
    void starArgsUseCallFunctionEx() {
        PyCode f = function(Sources.compile("def f(g, a, k):\n    return g(1, *a, **k)\n"), "f");
        assertEquals(List.of("PUSH_NULL", "LOAD_FAST g", "LOAD_CONST 1", "BUILD_LIST", "LOAD_FAST a",
                "LIST_EXTEND", "LIST_TO_TUPLE", "BUILD_MAP", "LOAD_FAST k", "DICT_MERGE",
                "CALL_FUNCTION_EX with kwargs", "RETURN_VALUE"), ops(f));
    }

    @Test
    void closuresAndCells() {
        PyCode m = Sources.compile("def f(a):\n    def g():\n        return a\n    return g\n");
        PyCode f = function(m, "f");
        assertArrayEquals(new String[] {"a"}, f.cellvars);
        assertArrayEquals(new int[] {0}, f.cell2arg);
        assertEquals(List.of("LOAD_CLOSURE a", "BUILD_TUPLE", "LOAD_CONST " + Repr.reprString(function(f, "g")),
                "MAKE_FUNCTION closure", "STORE_FAST g", "LOAD_FAST g", "RETURN_VALUE"), ops(f));
        PyCode g = function(f, "g");
        assertArrayEquals(new String[] {"a"}, g.freevars);
        assertEquals("f.<locals>.g", g.qualname);
        assertTrue(g.hasFlag(CodeFlags.NESTED));
        assertEquals(List.of("LOAD_DEREF a", "RETURN_VALUE"), ops(g));
    }

    @Test
    void classBodyProtocol() {
        PyCode m = Sources.compile("class C(B):\n    'doc'\n    def m(self):\n        return super().m()\n");
        assertEquals(List.of("PUSH_NULL", "LOAD_BUILD_CLASS", "LOAD_CONST " + Repr.reprString(function(m, "C")),
                "MAKE_FUNCTION", "LOAD_CONST 'C'", "LOAD_NAME B", "CALL", "STORE_NAME C", "LOAD_CONST None",
                "RETURN_VALUE"), ops(m));
        PyCode c = function(m, "C");
        assertArrayEquals(new String[] {"__class__"}, c.cellvars);
        List<String> body = ops(c);
        assertEquals(List.of("LOAD_NAME __name__", "STORE_NAME __module__", "LOAD_CONST 'C'",
                "STORE_NAME __qualname__", "LOAD_CONST 'doc'", "STORE_NAME __doc__"), body.subList(0, 6));
        assertEquals(List.of("LOAD_CLOSURE __class__", "COPY", "STORE_NAME __classcell__", "RETURN_VALUE"),
                body.subList(body.size() - 4, body.size()));
        assertEquals("C.m", function(c, "m").qualname);
    }

    @Test
    void classBodyReadsFreeVariableWithLoadClassderef() {
        PyCode m = Sources.compile("def f():\n    x = 1\n    class C:\n        y = x\n    return C\n");
        PyCode c = function(function(m, "f"), "C");
        assertTrue(ops(c).contains("LOAD_CLASSDEREF x"));
    }

    @Test
    void tryExceptAsTableAndCleanup() {
        PyCode f = function(Sources.compile("def f():\n    try:\n        g()\n    except E as e:\n        h(e)\n"), "f");
        List<String> o = ops(f);
        assertTrue(o.containsAll(List.of("PUSH_EXC_INFO", "CHECK_EXC_MATCH", "STORE_FAST e", "POP_EXCEPT",
                "DELETE_FAST e", "RERAISE")), o.toString());
        List<ExceptionTableEntry> table = f.exceptionTable;
        assertEquals(0, table.get(0).depth());
        assertFalse(table.get(0).pushLasti());
        boolean cleanupWithLasti = false;
        for (ExceptionTableEntry e : table) {
            cleanupWithLasti |= e.pushLasti() && e.depth() == 1;
        }
        assertTrue(cleanupWithLasti, table.toString());
        CodeVerifier.verify(f);
    }

    @Test
    void withStatementHandlerSitsBelowTheEnterResult() {
        PyCode f = function(Sources.compile("def f():\n    with a() as b:\n        return b\n"), "f");
        ExceptionTableEntry body = null;
        for (ExceptionTableEntry e : f.exceptionTable) {
            if (body == null) {
                body = e;
            }
        }
        assertNotNull(body);
        assertEquals(1, body.depth(), "only __exit__ stays on the stack");
        assertTrue(body.pushLasti());
        assertTrue(ops(f).contains("WITH_EXCEPT_START"));
        CodeVerifier.verify(f);
    }

    @Test
    void loopsUseOnlyForwardConditionalsAndOneBackEdge() {
        PyCode f = function(Sources.compile("def f(n):\n    while n:\n        n -= 1\n    for i in n:\n        pass\n"), "f");
        int backEdges = 0;
        for (int bci = 0; bci < f.instructions.length; bci++) {
            Opcode op = Instruction.opcode(f.instructions[bci]);
            if (op.isBackEdge()) {
                backEdges++;
            }
        }
        assertEquals(2, backEdges);
        CodeVerifier.verify(f);
    }

    @Test
    void breakOutOfForInsideFinallyPopsTheIterator() {
        PyCode f = function(Sources.compile("def f(xs):\n    for x in xs:\n        try:\n            break\n"
                + "        finally:\n            g()\n"), "f");
        CodeVerifier.verify(f);
        assertEquals(5, f.stacksize, "CPython's co_stacksize too: iterator, previous exception, exception, NULL, g");
    }

    @Test
    void generatorFlagsAndYieldFrom() {
        PyCode m = Sources.compile("def g():\n    yield from x\nasync def c():\n    await y\nasync def a():\n    yield 1\n");
        PyCode g = function(m, "g");
        assertTrue(g.hasFlag(CodeFlags.GENERATOR));
        assertEquals(List.of("LOAD_GLOBAL x", "GET_YIELD_FROM_ITER", "LOAD_CONST None", "SEND to 6", "YIELD_VALUE",
                "JUMP_BACKWARD to 3", "POP_TOP", "LOAD_CONST None", "RETURN_VALUE"), ops(g));
        assertTrue(function(m, "c").hasFlag(CodeFlags.COROUTINE));
        assertTrue(function(m, "a").hasFlag(CodeFlags.ASYNC_GENERATOR));
        assertTrue(ops(function(m, "a")).contains("ASYNC_GEN_WRAP"));
    }

    @Test
    void comprehensionIsAFunctionCalledWithTheIterator() {
        PyCode m = Sources.compile("r = [x * 2 for x in y if x]\n");
        List<String> o = ops(m);
        assertEquals("MAKE_FUNCTION", o.get(1));
        assertEquals(List.of("LOAD_NAME y", "GET_ITER", "CALL"), o.subList(2, 5));
        PyCode comp = function(m, "<listcomp>");
        assertEquals(1, comp.argcount);
        assertArrayEquals(new String[] {".0", "x"}, comp.varnames);
        assertTrue(ops(comp).contains("LIST_APPEND"));
    }

    @Test
    void annotationsAtModuleLevel() {
        PyCode m = Sources.compile("x: int = 1\ny: str\n");
        assertEquals(List.of("SETUP_ANNOTATIONS", "LOAD_CONST 1", "STORE_NAME x", "LOAD_NAME int",
                "LOAD_NAME __annotations__", "LOAD_CONST 'x'", "STORE_SUBSCR", "LOAD_NAME str",
                "LOAD_NAME __annotations__", "LOAD_CONST 'y'", "STORE_SUBSCR", "LOAD_CONST None", "RETURN_VALUE"),
                ops(m));
    }

    @Test
    void postponedAnnotationsAreStrings() {
        PyCode m = Sources.compile("from __future__ import annotations\ndef f(a: list[int] | None) -> dict[str, int]: pass\n");
        assertTrue(ops(m).contains("LOAD_CONST 'list[int] | None'"), ops(m).toString());
        assertTrue(ops(m).contains("LOAD_CONST 'dict[str, int]'"), ops(m).toString());
        assertTrue(m.hasFlag(CodeFlags.FUTURE_ANNOTATIONS));
    }

    @Test
    void assertIsDroppedWhenOptimizing() {
        String src = "assert x, 'm'\n";
        assertTrue(ops(Sources.compile(src)).contains("LOAD_ASSERTION_ERROR"));
        PyCode optimized = Compiler.compile(Sources.parse("<t>", src), "<t>", Compiler.Mode.EXEC, 1);
        assertFalse(ops(optimized).contains("LOAD_ASSERTION_ERROR"));
    }

    @Test
    void interactiveModePrintsExpressions() {
        PyCode c = Compiler.compile(Sources.parse("<stdin>", "1 + x\n"), "<stdin>", Compiler.Mode.SINGLE, 0);
        assertTrue(ops(c).contains("PRINT_EXPR"));
    }

    @Test
    void matchStatementShape() {
        PyCode m = Sources.compile("match p:\n    case [a, b]:\n        pass\n    case {'k': v}:\n        pass\n"
                + "    case C(x=1):\n        pass\n    case _:\n        pass\n");
        List<String> o = ops(m);
        assertTrue(o.containsAll(List.of("MATCH_SEQUENCE", "GET_LEN", "MATCH_MAPPING", "MATCH_KEYS",
                "MATCH_CLASS", "UNPACK_SEQUENCE")), o.toString());
        CodeVerifier.verify(m);
    }

    @Test
    void positionsOfInstructions() {
        PyCode m = Sources.compile("x = (a +\n     b)\n");
        int bci = ops(m).indexOf("BINARY_OP +");
        assertEquals(1, m.lineTable.line(bci));
        assertEquals(5, m.lineTable.column(bci));
        assertEquals(2, m.lineTable.endLine(bci));
        assertEquals(6, m.lineTable.endColumn(bci));
        int store = ops(m).indexOf("STORE_NAME x");
        assertEquals(0, m.lineTable.column(store));
        assertEquals(1, m.lineTable.endColumn(store));
        int b = ops(m).indexOf("LOAD_NAME b");
        assertEquals(2, m.lineTable.line(b));
        assertEquals(5, m.lineTable.column(b));
    }

    @Test
    void swapForTupleAssignment() {
        PyCode f = function(Sources.compile("def f(a, b):\n    a, b = b, a\n"), "f");
        assertEquals(List.of("LOAD_FAST b", "LOAD_FAST a", "SWAP", "STORE_FAST a", "STORE_FAST b"),
                ops(f).subList(0, 5));
    }

    @Test
    void compileTimeErrorsCarryPosition() {
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class,
                () -> Sources.compile("def f():\n    x = 1\n    global x\n"));
        assertEquals("name 'x' is assigned to before global declaration", e.msg);
        assertEquals(3, e.lineno);
        assertEquals(5, e.offset);
        SyntaxErrorException star = assertThrows(SyntaxErrorException.class, () -> Sources.compile(
                String.join(", ", java.util.Collections.nCopies(257, "a")).replaceFirst("a$", "*b") + " = x\n"));
        assertEquals("too many expressions in star-unpacking assignment", star.msg);
    }

    @Test
    void disassemblyListsNestedCodeAndExceptionTable() {
        PyCode m = Sources.compile("def f():\n    try:\n        g()\n    finally:\n        h()\n");
        String dis = Disassembler.disassemble(m);
        assertTrue(dis.contains("Disassembly of <code object f at 0x"), dis);
        assertTrue(dis.contains("ExceptionTable:\n"), dis);
        assertTrue(dis.matches("(?s).*\\n  2 +0 NOP\\n.*"), dis);
        assertTrue(dis.contains(">>"), dis);
        assertTrue(dis.contains("(to "), dis);
    }
}
