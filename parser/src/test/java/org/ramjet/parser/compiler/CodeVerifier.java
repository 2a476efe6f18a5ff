package org.ramjet.parser.compiler;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayDeque;
import java.util.Arrays;
import org.ramjet.bytecode.ExceptionTableEntry;
import org.ramjet.bytecode.Instruction;
import org.ramjet.bytecode.Opcode;
import org.ramjet.bytecode.PyCode;
import org.ramjet.objects.PyObject;

/**
 * Test helper: checks a code object and every code object nested in it, independently of the
 * compiler's own analysis: jump targets in range, the stack never negative nor above
 * {@code stacksize} along every path (jumps and exception edges), consistent depths where
 * paths meet, no falling off the end, a position for every instruction, and a sorted,
 * non-overlapping exception table with targets in range.
 */
final class CodeVerifier {
    private CodeVerifier() {}

    /** Verifies {@code code} recursively; returns how many code objects were checked. */
    static int verify(PyCode code) {
        int n = 1;
        verifyOne(code);
        for (PyObject c : code.consts) {
            if (c instanceof PyCode) {
                n += verify((PyCode) c);
            }
        }
        return n;
    }

    static void verifyOne(PyCode code) {
        String where = code.qualname + " (" + code.filename + ":" + code.firstLineno + ")";
        int[] insns = code.instructions;
        int n = insns.length;
        assertTrue(n > 0, where + ": empty code");
        assertEquals(n, code.lineTable.size(), where + ": line table size");
        for (int bci = 0; bci < n; bci++) {
            int line = code.lineTable.line(bci);
            assertTrue(line == -1 || line >= 1, where + ": bad line " + line + " at " + bci);
            Opcode op = Instruction.opcode(insns[bci]);
            int arg = Instruction.arg(insns[bci]);
            if (op.isJump()) {
                assertTrue(arg >= 0 && arg < n, where + ": jump target " + arg + " out of range at " + bci);
                if (op == Opcode.JUMP_BACKWARD) {
                    assertTrue(arg <= bci, where + ": JUMP_BACKWARD forward at " + bci);
                } else {
                    assertTrue(arg > bci, where + ": " + op + " backward at " + bci);
                }
            }
            switch (op.operand) {
                case CONST: assertTrue(arg < code.consts.length, where + ": const index at " + bci); break;
                case NAME: assertTrue(arg < code.names.length, where + ": name index at " + bci); break;
                case LOCAL: assertTrue(arg < code.varnames.length, where + ": local index at " + bci); break;
                case CELL:
                    assertTrue(arg < code.cellvars.length + code.freevars.length, where + ": cell index at " + bci);
                    break;
                default:
                    break;
            }
        }
        int prevEnd = 0;
        for (ExceptionTableEntry e : code.exceptionTable) {
            assertTrue(e.start() < e.end() && e.end() <= n, where + ": entry range " + e);
            assertTrue(e.start() >= prevEnd, where + ": overlapping or unsorted entry " + e);
            assertTrue(e.target() >= 0 && e.target() < n, where + ": entry target " + e);
            assertTrue(e.depth() >= 0 && e.depth() + 1 + (e.pushLasti() ? 1 : 0) <= code.stacksize,
                    where + ": entry depth " + e);
            prevEnd = e.end();
        }
        int[] depth = new int[n];
        Arrays.fill(depth, -1);
        ArrayDeque<Integer> work = new ArrayDeque<>();
        depth[0] = 0;
        work.push(0);
        while (!work.isEmpty()) {
            int bci = work.pop();
            int d = depth[bci];
            Opcode op = Instruction.opcode(insns[bci]);
            int arg = Instruction.arg(insns[bci]);
            ExceptionTableEntry h = code.handlerFor(bci);
            if (h != null) {
                assertTrue(h.depth() <= d, where + ": handler depth " + h.depth() + " above stack " + d + " at " + bci);
                flow(depth, work, h.target(), h.depth() + 1 + (h.pushLasti() ? 1 : 0), code, where);
            }
            if (op.isJump()) {
                flow(depth, work, arg, d + op.stackEffect(arg, true), code, where);
            }
            if (!op.isTerminator()) {
                assertTrue(bci + 1 < n, where + ": falls off the end after " + bci);
                flow(depth, work, bci + 1, d + op.stackEffect(arg, false), code, where);
            }
        }
    }

    private static void flow(int[] depth, ArrayDeque<Integer> work, int to, int d, PyCode code, String where) {
        assertTrue(d >= 0, where + ": negative stack at " + to);
        assertTrue(d <= code.stacksize, where + ": stack " + d + " above stacksize " + code.stacksize + " at " + to);
        if (depth[to] < 0) {
            depth[to] = d;
            work.push(to);
        } else {
            assertEquals(depth[to], d, where + ": inconsistent depth at " + to);
        }
    }
}
