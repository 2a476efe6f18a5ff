package org.ramjet.bytecode;

/** Encoding of one instruction word: opcode ordinal in bits 0-7, argument in bits 8-31. */
public final class Instruction {
    public static final int MAX_ARG = (1 << 24) - 1;

    private Instruction() {}

    public static int encode(Opcode op, int arg) {
        if (arg < 0 || arg > MAX_ARG) {
            throw new IllegalArgumentException(op + " argument out of range: " + arg);
        }
        return op.ordinal() | (arg << 8);
    }

    public static Opcode opcode(int word) {
        return Opcode.of(word & 0xFF);
    }

    public static int opcodeOrdinal(int word) {
        return word & 0xFF;
    }

    public static int arg(int word) {
        return word >>> 8;
    }
}
