package org.ramjet.bytecode;

/**
 * The operator of a {@link Opcode#BINARY_OP} instruction, in CPython 3.11's order. The in-place
 * forms ({@code +=}) come after the plain ones so that {@link #isInplace()} is a range check.
 */
public enum BinaryOp {
    ADD("+", "add"),
    AND("&", "and"),
    FLOOR_DIVIDE("//", "floordiv"),
    LSHIFT("<<", "lshift"),
    MATRIX_MULTIPLY("@", "matmul"),
    MULTIPLY("*", "mul"),
    REMAINDER("%", "mod"),
    OR("|", "or"),
    POWER("**", "pow"),
    RSHIFT(">>", "rshift"),
    SUBTRACT("-", "sub"),
    TRUE_DIVIDE("/", "truediv"),
    XOR("^", "xor"),
    INPLACE_ADD("+=", "add"),
    INPLACE_AND("&=", "and"),
    INPLACE_FLOOR_DIVIDE("//=", "floordiv"),
    INPLACE_LSHIFT("<<=", "lshift"),
    INPLACE_MATRIX_MULTIPLY("@=", "matmul"),
    INPLACE_MULTIPLY("*=", "mul"),
    INPLACE_REMAINDER("%=", "mod"),
    INPLACE_OR("|=", "or"),
    INPLACE_POWER("**=", "pow"),
    INPLACE_RSHIFT(">>=", "rshift"),
    INPLACE_SUBTRACT("-=", "sub"),
    INPLACE_TRUE_DIVIDE("/=", "truediv"),
    INPLACE_XOR("^=", "xor");

    private static final BinaryOp[] VALUES = values();

    /** The operator as written in source, e.g. {@code "+"} or {@code "+="}. */
    public final String symbol;
    /** {@code __add__}: the method tried on the left operand. */
    public final String dunder;
    /** {@code __radd__}: the reflected method tried on the right operand. */
    public final String reflectedDunder;
    /** {@code __iadd__}: tried first by the in-place form; null for plain operators. */
    public final String inplaceDunder;

    BinaryOp(String symbol, String stem) {
        this.symbol = symbol;
        this.dunder = "__" + stem + "__";
        this.reflectedDunder = "__r" + stem + "__";
        this.inplaceDunder = symbol.endsWith("=") ? "__i" + stem + "__" : null;
    }

    public boolean isInplace() {
        return ordinal() >= INPLACE_ADD.ordinal();
    }

    /** The plain operator behind an in-place one ({@code +=} -> {@code +}); itself for plain ones. */
    public BinaryOp plain() {
        return isInplace() ? VALUES[ordinal() - INPLACE_ADD.ordinal()] : this;
    }

    /** The in-place form of a plain operator ({@code +} -> {@code +=}). */
    public BinaryOp inplace() {
        return isInplace() ? this : VALUES[ordinal() + INPLACE_ADD.ordinal()];
    }

    public static BinaryOp of(int ordinal) {
        return VALUES[ordinal];
    }
}
