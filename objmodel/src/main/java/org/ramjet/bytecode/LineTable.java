package org.ramjet.bytecode;

/**
 * Source positions per instruction: start line, start column, end line, end column, as
 * CPython's {@code co_positions()} gives them (columns are 0-based UTF-8 byte offsets, as in
 * the {@code ast} module; -1 when unknown). Tracebacks and {@code f_lineno} read it.
 */
public final class LineTable {
    private final int[] positions; // 4 ints per instruction

    public LineTable(int[] positions) {
        if (positions.length % 4 != 0) {
            throw new IllegalArgumentException("positions must hold 4 ints per instruction");
        }
        this.positions = positions;
    }

    public int size() {
        return positions.length / 4;
    }

    public int line(int bci) {
        return positions[4 * bci];
    }

    public int column(int bci) {
        return positions[4 * bci + 1];
    }

    public int endLine(int bci) {
        return positions[4 * bci + 2];
    }

    public int endColumn(int bci) {
        return positions[4 * bci + 3];
    }
}
