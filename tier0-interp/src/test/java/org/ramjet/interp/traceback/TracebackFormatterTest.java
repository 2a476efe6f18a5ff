package org.ramjet.interp.traceback;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ramjet.bytecode.Instruction;
import org.ramjet.bytecode.LineTable;
import org.ramjet.bytecode.Opcode;
import org.ramjet.bytecode.PyCode;
import org.ramjet.objects.PyObject;

/**
 * The formatter on stand-in exception objects; expected texts are CPython 3.11's output for
 * programs raising the same exceptions from the same lines.
 */
class TracebackFormatterTest {
    /** A stand-in exception. */
    static final class Exc {
        final String module, name, message;
        Exc cause, context;
        boolean suppress;
        Tb tb;
        List<Object> group;
        List<String> notes;
        ExceptionAccess.SyntaxLocation syntax;

        Exc(String module, String name, String message) {
            this.module = module;
            this.name = name;
            this.message = message;
        }
    }

    /** A stand-in traceback entry: code, line, bci. */
    static final class Tb {
        final PyCode code;
        final int line;
        final int bci;
        Tb next;

        Tb(PyCode code, int line, int bci) {
            this.code = code;
            this.line = line;
            this.bci = bci;
        }
    }

    static final ExceptionAccess ACCESS = new ExceptionAccess() {
        public Object cause(Object e) { return ((Exc) e).cause; }
        public Object context(Object e) { return ((Exc) e).context; }
        public boolean suppressContext(Object e) { return ((Exc) e).suppress; }
        public Object traceback(Object e) { return ((Exc) e).tb; }
        public boolean isGroup(Object e) { return ((Exc) e).group != null; }
        public List<Object> groupExceptions(Object g) { return ((Exc) g).group; }
        public String typeModule(Object e) { return ((Exc) e).module; }
        public String typeQualname(Object e) { return ((Exc) e).name; }
        public String str(Object e) { return ((Exc) e).message; }
        public Notes notes(Object e) { return ((Exc) e).notes == null ? null : new Notes(((Exc) e).notes); }
        public SyntaxLocation syntaxLocation(Object e) { return ((Exc) e).syntax; }
        public Object tbNext(Object tb) { return ((Tb) tb).next; }
        public PyCode tbCode(Object tb) { return ((Tb) tb).code; }
        public int tbLineno(Object tb) { return ((Tb) tb).line; }
        public int tbBci(Object tb) { return ((Tb) tb).bci; }
    };

    /** A code object whose instruction i has the given (line, col, endLine, endCol). */
    static PyCode code(String name, String file, int... positions) {
        int n = positions.length / 4;
        int[] insns = new int[n];
        for (int i = 0; i < n; i++) {
            insns[i] = Instruction.encode(Opcode.NOP, 0);
        }
        return new PyCode(name, name, file, 1, 0, 0, 0, 0, 1, insns, new PyObject[0], new String[0],
                new String[0], new String[0], new String[0], new int[0], List.of(), new LineTable(positions));
    }

    static Tb chain(Tb... entries) {
        for (int i = 0; i + 1 < entries.length; i++) {
            entries[i].next = entries[i + 1];
        }
        return entries[0];
    }

    static String format(Object exc, Map<Integer, String> lines) {
        return new TracebackFormatter(ACCESS, (file, line) -> lines.get(line), null, 1000).format(exc);
    }

    @Test
    void explicitCauseChain() {
        PyCode module = code("<module>", "t1.py", 5, 4, 5, 12, 7, 4, 7, 32);
        PyCode f = code("f", "t1.py", 3, 11, 3, 15);
        Exc key = new Exc("builtins", "KeyError", "1");
        key.tb = chain(new Tb(module, 5, 0), new Tb(f, 3, 0));
        Exc mine = new Exc("__main__", "MyError", "boom");
        mine.cause = key;
        mine.context = key;
        mine.suppress = true;
        mine.tb = new Tb(module, 7, 1);
        Map<Integer, String> src = Map.of(5, "    f({}, 1)\n", 3, "    return a[b] + 1\n",
                7, "    raise MyError(\"boom\") from e\n");
        CaretLine.SegmentParser subscript = seg -> seg.equals("a[b]")
                ? new org.ramjet.parser.ast.Expr.Subscript(
                        new org.ramjet.parser.ast.Expr.Name("a", null).at(1, 0, 1, 1),
                        new org.ramjet.parser.ast.Expr.Name("b", null).at(1, 2, 1, 3), null).at(1, 0, 1, 4)
                : null;
        String expected = "Traceback (most recent call last):\n"
                + "  File \"t1.py\", line 5, in <module>\n"
                + "    f({}, 1)\n"
                + "  File \"t1.py\", line 3, in f\n"
                + "    return a[b] + 1\n"
                + "           ~^^^\n"
                + "KeyError: 1\n"
                + "\n"
                + "The above exception was the direct cause of the following exception:\n"
                + "\n"
                + "Traceback (most recent call last):\n"
                + "  File \"t1.py\", line 7, in <module>\n"
                + "    raise MyError(\"boom\") from e\n"
                + "MyError: boom\n";
        assertEquals(expected, new TracebackFormatter(ACCESS, (file, line) -> src.get(line), subscript, 1000).format(mine));
    }

    @Test
    void repeatedFramesAreFolded() {
        PyCode module = code("<module>", "t2.py", 3, 0, 3, 4);
        PyCode g = code("g", "t2.py", 2, 11, 2, 17);
        List<Tb> entries = new ArrayList<>();
        entries.add(new Tb(module, 3, 0));
        for (int i = 0; i < 10; i++) {
            entries.add(new Tb(g, 2, 0));
        }
        Exc e = new Exc("builtins", "RecursionError", "maximum recursion depth exceeded");
        e.tb = chain(entries.toArray(new Tb[0]));
        String text = format(e, Map.of(3, "g(0)\n", 2, "    return g(x+1)\n"));
        String g3 = "  File \"t2.py\", line 2, in g\n    return g(x+1)\n           ^^^^^^\n";
        assertEquals("Traceback (most recent call last):\n  File \"t2.py\", line 3, in <module>\n    g(0)\n"
                + g3 + g3 + g3 + "  [Previous line repeated 7 more times]\n"
                + "RecursionError: maximum recursion depth exceeded\n", text);
    }

    @Test
    void exceptionGroupAfterContext() {
        PyCode module = code("<module>", "eg2.py", 2, 4, 2, 27, 4, 4, 4, 61);
        Exc ctx = new Exc("builtins", "ValueError", "ctx");
        ctx.tb = new Tb(module, 2, 0);
        Exc group = new Exc("builtins", "ExceptionGroup", "eg (2 sub-exceptions)");
        group.group = List.of(new Exc("builtins", "ValueError", "1"), new Exc("builtins", "TypeError", "2"));
        group.context = ctx;
        group.tb = new Tb(module, 4, 1);
        String text = format(group, Map.of(2, "    raise ValueError(\"ctx\")\n",
                4, "    raise ExceptionGroup(\"eg\", [ValueError(1), TypeError(2)])\n"));
        assertEquals("Traceback (most recent call last):\n"
                + "  File \"eg2.py\", line 2, in <module>\n"
                + "    raise ValueError(\"ctx\")\n"
                + "ValueError: ctx\n"
                + "\n"
                + "During handling of the above exception, another exception occurred:\n"
                + "\n"
                + "  + Exception Group Traceback (most recent call last):\n"
                + "  |   File \"eg2.py\", line 4, in <module>\n"
                + "  |     raise ExceptionGroup(\"eg\", [ValueError(1), TypeError(2)])\n"
                + "  | ExceptionGroup: eg (2 sub-exceptions)\n"
                + "  +-+---------------- 1 ----------------\n"
                + "    | ValueError: 1\n"
                + "    +---------------- 2 ----------------\n"
                + "    | TypeError: 2\n"
                + "    +------------------------------------\n", text);
    }

    @Test
    void syntaxErrorShowsItsLineAndMessage() {
        PyCode module = code("<module>", "se1.py", 1, 0, 1, 28);
        Exc e = new Exc("builtins", "SyntaxError", "invalid syntax (<string>, line 2)");
        e.syntax = new ExceptionAccess.SyntaxLocation("invalid syntax", "<string>", 2, 7, 2, 8, "   2 +)\n");
        e.tb = new Tb(module, 1, 0);
        assertEquals("Traceback (most recent call last):\n"
                + "  File \"se1.py\", line 1, in <module>\n"
                + "    exec(\"x = (1,\\n   2 +)\\n\")\n"
                + "  File \"<string>\", line 2\n"
                + "    2 +)\n"
                + "       ^\n"
                + "SyntaxError: invalid syntax\n", format(e, Map.of(1, "exec(\"x = (1,\\n   2 +)\\n\")\n")));
        // an offset inside the stripped indent: no caret line
        Exc indent = new Exc("builtins", "IndentationError", "unexpected indent (<thing>, line 1)");
        indent.syntax = new ExceptionAccess.SyntaxLocation("unexpected indent", "<thing>", 1, 4, 1, -1, "    a b c\n");
        assertEquals("  File \"<thing>\", line 1\n    a b c\nIndentationError: unexpected indent\n",
                format(indent, Map.of()));
    }

    @Test
    void nestedGroupsAndModulePrefix() {
        Exc inner = new Exc("builtins", "ExceptionGroup", "inner (2 sub-exceptions)");
        inner.group = List.of(new Exc("builtins", "TypeError", "t"), new Exc("mod", "KeyError2", "'k'"));
        Exc outer = new Exc("builtins", "ExceptionGroup", "outer (1 sub-exception)");
        outer.group = List.of(inner);
        outer.notes = List.of("a note\nsecond line");
        assertEquals("  | ExceptionGroup: outer (1 sub-exception)\n"
                + "  | a note\n"
                + "  | second line\n"
                + "  +-+---------------- 1 ----------------\n"
                + "    | ExceptionGroup: inner (2 sub-exceptions)\n"
                + "    +-+---------------- 1 ----------------\n"
                + "      | TypeError: t\n"
                + "      +---------------- 2 ----------------\n"
                + "      | mod.KeyError2: 'k'\n"
                + "      +------------------------------------\n", format(outer, Map.of()));
    }
}
