package org.ramjet.interp;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ramjet.bytecode.Opcode;
import org.ramjet.bytecode.PyCode;
import org.ramjet.feedback.FeedbackState;
import org.ramjet.feedback.GlobalSource;
import org.ramjet.feedback.InstalledCode;
import org.ramjet.feedback.JitState;
import org.ramjet.feedback.SiteFeedback;
import org.ramjet.objects.FloatType;
import org.ramjet.objects.IntType;
import org.ramjet.objects.PyDict;
import org.ramjet.objects.PyFrame;
import org.ramjet.objects.PyFunction;
import org.ramjet.objects.PyObject;
import org.ramjet.runtime.ThreadState;

class FeedbackTest {
    @AfterEach
    void resetPolicy() {
        Tiering.setPolicy(null);
    }

    private static PyCode functionCode(PyDict globals, String name) {
        return ((PyFunction) globals.getStr(name)).code;
    }

    private static SiteFeedback site(PyCode code, Opcode op, int nth) {
        JitState jit = code.jitIfStarted();
        assertNotNull(jit, code.name + " never ran");
        int seen = 0;
        for (int i = 0; i < jit.feedback.size(); i++) {
            SiteFeedback s = jit.feedback.slot(i);
            if (s.opcode == op && seen++ == nth) {
                return s;
            }
        }
        throw new AssertionError("no " + op + " #" + nth + " in " + code.name);
    }

    @Test
    void binaryOpSiteRecordsOperandTypes() {
        PyDict g = TestRuntime.globals();
        TestRuntime.exec("def add(a, b):\n    return a + b\nfor i in range(3):\n    add(i, 1)\n", g);
        PyCode add = functionCode(g, "add");
        SiteFeedback plus = site(add, Opcode.BINARY_OP, 0);
        assertEquals(FeedbackState.MONOMORPHIC, plus.state());
        assertSame(IntType.TYPE, plus.keyA(0));
        assertSame(IntType.TYPE, plus.keyB(0));
        assertEquals(3, add.jitIfStarted().calls);

        TestRuntime.exec("add(1.5, 2)\nadd(1, 2.5)\n", g);
        assertEquals(FeedbackState.POLYMORPHIC, plus.state());
        assertSame(FloatType.TYPE, plus.keyA(1));
        TestRuntime.exec("add('a', 'b')\nadd([1], [2])\nadd((1,), (2,))\n", g);
        assertEquals(FeedbackState.MEGAMORPHIC, plus.state());
    }

    @Test
    void globalCallAttributeAndLoopSites() {
        PyDict g = TestRuntime.globals();
        TestRuntime.exec("class P:\n    def __init__(self):\n        self.x = 1\n"
                + "def helper(p):\n    return p.x\n"
                + "def f(ps):\n    t = 0\n    for p in ps:\n        t += helper(p) + len(ps)\n    return t\n"
                + "f([P(), P()])\n", g);
        PyCode f = functionCode(g, "f");
        assertEquals(GlobalSource.GLOBALS, site(f, Opcode.LOAD_GLOBAL, 0).keyA(0));
        assertEquals(GlobalSource.BUILTINS, site(f, Opcode.LOAD_GLOBAL, 1).keyA(0));
        SiteFeedback call = site(f, Opcode.CALL, 0);
        assertEquals(FeedbackState.MONOMORPHIC, call.state());
        assertSame(g.getStr("helper"), call.keyA(0));
        assertSame(functionCode(g, "helper"), call.keyB(0));
        assertEquals(FeedbackState.MONOMORPHIC, site(f, Opcode.FOR_ITER, 0).state());
        SiteFeedback attr = site(functionCode(g, "helper"), Opcode.LOAD_ATTR, 0);
        assertSame(g.getStr("P"), attr.keyA(0));
        assertNotNull(attr.keyB(0), "instances with maps record the map");
        String dump = FeedbackPrinter.dump(f);
        assertTrue(dump.startsWith("f (test.py:"), dump);
        assertTrue(dump.contains("LOAD_GLOBAL helper"), dump);
        assertTrue(dump.contains("function helper"), dump);
    }

    @Test
    void policyIsAskedWhenCountersExpire() {
        List<String> asked = new ArrayList<>();
        Tiering.setPolicy(new CompilationPolicy() {
            @Override
            public int callThreshold() {
                return 5;
            }

            @Override
            public int backEdgeThreshold() {
                return 100;
            }

            @Override
            public void onHotCall(PyCode code) {
                asked.add("call " + code.name + " " + code.jitIfStarted().calls);
            }

            @Override
            public InstalledCode onHotLoop(PyFrame frame, int headerBci) {
                asked.add("loop " + frame.code.name + " " + frame.code.jitIfStarted().backEdges);
                // on-stack replacement into "compiled code" that is the interpreter itself:
                // the frame must carry all the state the loop needs
                return new InstalledCode() {
                    public int tier() {
                        return 1;
                    }

                    public boolean isValid() {
                        return true;
                    }

                    public PyObject execute(PyFrame f) {
                        asked.add("osr at " + f.bci);
                        return Interpreter.run(f, ThreadState.current(), f.code.jit());
                    }
                };
            }
        });
        PyDict g = TestRuntime.globals();
        TestRuntime.exec("def tiny():\n    return 1\nfor i in range(12):\n    tiny()\n"
                + "def loop(n):\n    t = 0\n    i = 0\n    while i < n:\n        t += i\n        i += 1\n    return t\n"
                + "print(loop(250))\n", g);
        assertEquals("31125\n", TestRuntime.OUT.toString());
        assertTrue(asked.contains("call tiny 5"), asked.toString());
        assertTrue(asked.contains("call tiny 10"), asked.toString());
        assertTrue(asked.contains("loop loop 100"), asked.toString());
        assertTrue(asked.stream().anyMatch(s -> s.startsWith("osr at ")), asked.toString());
    }
}
