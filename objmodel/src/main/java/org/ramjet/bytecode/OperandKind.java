package org.ramjet.bytecode;

/** What the 24-bit argument of an instruction means; the disassembler renders each kind its own way. */
public enum OperandKind {
    /** The argument is unused (always 0). */
    NONE,
    /** Index into {@code PyCode.consts}. */
    CONST,
    /** Index into {@code PyCode.names}. */
    NAME,
    /** Index into {@code PyCode.varnames} (a fast local). */
    LOCAL,
    /** Index into the cell-then-free variables ({@code cellvars} followed by {@code freevars}). */
    CELL,
    /** Absolute bytecode index of the jump target. */
    JUMP,
    /** A count (items, arguments, stack depth). */
    COUNT,
    /** Ordinal of a {@link BinaryOp}. */
    BINARY_OP,
    /** Ordinal of a {@link CompareOp}. */
    COMPARE_OP,
    /** Bit flags whose meaning the opcode documents. */
    FLAGS
}
