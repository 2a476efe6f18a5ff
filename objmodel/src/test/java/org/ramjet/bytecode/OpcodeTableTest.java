package org.ramjet.bytecode;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class OpcodeTableTest {
    @Test
    void everyOpcodeFitsTheEightBitField() {
        assertTrue(Opcode.values().length <= 256);
    }

    @Test
    void instructionWordRoundTrips() {
        for (Opcode op : Opcode.values()) {
            int word = Instruction.encode(op, Instruction.MAX_ARG);
            assertEquals(op, Instruction.opcode(word));
            assertEquals(Instruction.MAX_ARG, Instruction.arg(word));
        }
        assertThrows(IllegalArgumentException.class, () -> Instruction.encode(Opcode.NOP, -1));
    }

    @Test
    void jumpFlagMatchesJumpOperand() {
        for (Opcode op : Opcode.values()) {
            assertEquals(op.operand == OperandKind.JUMP, op.isJump(), op.name());
        }
    }

    @Test
    void onlyJumpBackwardIsABackEdge() {
        for (Opcode op : Opcode.values()) {
            assertEquals(op == Opcode.JUMP_BACKWARD, op.isBackEdge(), op.name());
        }
    }

    @Test
    void stackEffectsOfVariableOpcodes() {
        assertEquals(-2, Opcode.BUILD_TUPLE.stackEffect(3, false));
        assertEquals(-3, Opcode.BUILD_MAP.stackEffect(2, false));
        assertEquals(-3, Opcode.CALL.stackEffect(2, false));
        assertEquals(-4, Opcode.CALL_KW.stackEffect(2, false));
        assertEquals(3, Opcode.UNPACK_EX.stackEffect(1 | (2 << 8), false));
        assertEquals(1, Opcode.FOR_ITER.stackEffect(0, false));
        assertEquals(-1, Opcode.FOR_ITER.stackEffect(0, true));
        assertEquals(-4, Opcode.MAKE_FUNCTION.stackEffect(0xF, false));
    }

    @Test
    void binaryOpInplaceFormsPairUp() {
        for (BinaryOp op : BinaryOp.values()) {
            assertEquals(op.isInplace(), op.symbol.endsWith("=") && !op.symbol.equals("="), op.name());
            assertEquals(op.plain(), op.inplace().plain());
            assertEquals(op.plain().symbol + "=", op.inplace().symbol);
        }
        assertEquals("__iadd__", BinaryOp.INPLACE_ADD.inplaceDunder);
        assertEquals("__rsub__", BinaryOp.SUBTRACT.reflectedDunder);
    }
}
