package org.ramjet.interp;

import static org.junit.jupiter.api.Assertions.*;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;
import org.ramjet.bytecode.BinaryOp;
import org.ramjet.bytecode.Opcode;

class OpcodeNumbersTest {
    @Test
    void everyOpcodeHasItsOrdinalAsAConstant() throws Exception {
        for (Opcode op : Opcode.values()) {
            Field f = OpcodeNumbers.class.getDeclaredField(op.name());
            assertTrue(Modifier.isStatic(f.getModifiers()) && Modifier.isFinal(f.getModifiers()), op.name());
            assertEquals(op.ordinal(), f.getInt(null), op.name());
        }
        int constants = 0;
        for (Field f : OpcodeNumbers.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())) {
                constants++;
                assertNotNull(Opcode.valueOf(f.getName()));
            }
        }
        assertEquals(Opcode.values().length, constants);
    }

    @Test
    void fastPathOperatorNumbersMatchBinaryOp() {
        assertEquals(BinaryOp.ADD.ordinal(), Interpreter.OP_ADD);
        assertEquals(BinaryOp.SUBTRACT.ordinal(), Interpreter.OP_SUBTRACT);
        assertEquals(BinaryOp.MULTIPLY.ordinal(), Interpreter.OP_MULTIPLY);
        assertEquals(BinaryOp.INPLACE_ADD.ordinal(), Interpreter.OP_INPLACE_ADD);
        assertEquals(BinaryOp.INPLACE_SUBTRACT.ordinal(), Interpreter.OP_INPLACE_SUBTRACT);
        assertEquals(BinaryOp.INPLACE_MULTIPLY.ordinal(), Interpreter.OP_INPLACE_MULTIPLY);
    }
}
