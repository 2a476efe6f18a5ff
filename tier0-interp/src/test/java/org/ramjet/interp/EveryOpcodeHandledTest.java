package org.ramjet.interp;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import org.ramjet.bytecode.Opcode;
import org.ramjet.bytecode.PyCode;
import org.ramjet.objects.PyDict;
import org.ramjet.objects.PyFrame;
import org.ramjet.objects.PyNone;

/**
 * Runs every opcode of the table once in a tiny code object (on a stack of Nones) and checks
 * that the interpreter's switch has a case for it: whatever Python error the instruction
 * raises on such operands is fine, reaching the {@code default} case is not.
 */
class EveryOpcodeHandledTest {
    @Test
    void theInterpreterHasACaseForEveryOpcode() {
        TestRuntime.init();
        for (Opcode op : Opcode.values()) {
            Assembler a = new Assembler();
            for (int i = 0; i < 6; i++) {
                a.loadConst(PyNone.NONE);
            }
            int at = a.here();
            a.op(op, op.isJump() ? at + 1 : 1);
            a.loadConst(PyNone.NONE).op(Opcode.RETURN_VALUE);
            PyCode code = a.build();
            PyDict globals = TestRuntime.globals();
            PyFrame frame = new PyFrame(code, PyFrame.allocateSlots(code), globals, Engine.builtins(), globals);
            try {
                Interpreter.execute(frame);
            } catch (UnhandledOpcodeError e) {
                fail("no interpreter case for " + op);
            } catch (RuntimeException | StackOverflowError | AssertionError ignored) {
                // the opcode ran (its operands were nonsense): handled
            }
        }
    }
}
