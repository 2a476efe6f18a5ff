package org.ramjet.interp;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import org.ramjet.bytecode.BinaryOp;
import org.ramjet.bytecode.Opcode;
import org.ramjet.bytecode.PyCode;
import org.ramjet.objects.PyDict;
import org.ramjet.objects.PyFrame;
import org.ramjet.objects.PyInt;
import org.ramjet.objects.PyObject;

/**
 * The frame is the whole interpreter state at an instruction boundary: a frame rebuilt with a
 * bci and a value stack (as the deoptimizer will build it) continues exactly there.
 */
class FrameStateTest {
    @Test
    void continuesFromARebuiltFrameMidExpression() {
        TestRuntime.init();
        // return x * 10 + 2, with x = 4: stop before BINARY_OP + with [40, 2] on the stack
        Assembler a = new Assembler().varnames("x").argcount(1);
        a.op(Opcode.LOAD_FAST, 0).loadConst(PyInt.of(10)).op(Opcode.BINARY_OP, BinaryOp.MULTIPLY.ordinal());
        a.loadConst(PyInt.of(2));
        int addBci = a.here();
        a.op(Opcode.BINARY_OP, BinaryOp.ADD.ordinal()).op(Opcode.RETURN_VALUE);
        PyCode code = a.build();
        PyDict globals = TestRuntime.globals();
        PyObject[] slots = PyFrame.allocateSlots(code);
        slots[0] = PyInt.of(4);
        PyFrame frame = new PyFrame(code, slots, globals, Engine.builtins(), null);
        frame.slots[frame.stackBase] = PyInt.of(40);
        frame.slots[frame.stackBase + 1] = PyInt.of(2);
        frame.sp = frame.stackBase + 2;
        frame.bci = addBci;
        PyObject r = Interpreter.continueInInterpreter(frame);
        assertEquals(42, ((PyInt) r).value);
        assertEquals(PyFrame.COMPLETED, frame.state);
    }

    @Test
    void fLocalsIsASnapshotOfBoundLocalsAndCells() {
        TestRuntime.init();
        Assembler a = new Assembler().varnames("a", "unset").cellvars("c").argcount(1);
        a.line(7).loadConst(PyInt.of(0)).op(Opcode.RETURN_VALUE);
        PyCode code = a.build();
        PyObject[] slots = PyFrame.allocateSlots(code);
        slots[0] = PyInt.of(1);
        slots[2] = new org.ramjet.objects.PyCell(PyInt.of(3));
        PyFrame frame = new PyFrame(code, slots, TestRuntime.globals(), Engine.builtins(), null);
        PyDict locals = (PyDict) frame.localsSnapshot();
        assertEquals(2, locals.size());
        assertEquals(1, ((PyInt) locals.getStr("a")).value);
        assertEquals(3, ((PyInt) locals.getStr("c")).value);
        assertNull(locals.getStr("unset"));
        assertEquals(7, frame.lineno());
    }
}
