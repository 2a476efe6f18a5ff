package org.ramjet.bytecode;

/** The operator of a {@link Opcode#COMPARE_OP} instruction, in CPython's order ({@code Py_LT} ...). */
public enum CompareOp {
    LT("<", "__lt__"),
    LE("<=", "__le__"),
    EQ("==", "__eq__"),
    NE("!=", "__ne__"),
    GT(">", "__gt__"),
    GE(">=", "__ge__");

    private static final CompareOp[] VALUES = values();

    public final String symbol;
    public final String dunder;

    CompareOp(String symbol, String dunder) {
        this.symbol = symbol;
        this.dunder = dunder;
    }

    /** The operator tried on the right operand when the left one declines: {@code a < b} -> {@code b > a}. */
    public CompareOp reflected() {
        switch (this) {
            case LT: return GT;
            case LE: return GE;
            case GT: return LT;
            case GE: return LE;
            default: return this;
        }
    }

    public static CompareOp of(int ordinal) {
        return VALUES[ordinal];
    }
}
