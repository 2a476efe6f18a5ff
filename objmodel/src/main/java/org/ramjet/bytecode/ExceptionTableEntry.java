package org.ramjet.bytecode;

/**
 * One row of a code object's zero-cost exception table (CPython 3.11's design): an exception
 * raised by an instruction in {@code [start, end)} unwinds the value stack to {@code depth}
 * items, pushes the bci of the raising instruction when {@code pushLasti}, pushes the
 * exception, and continues at {@code target}.
 * Entries are sorted by {@code start} and never overlap: a region nested in another is split
 * around it, so one bci has at most one handler.
 */
public record ExceptionTableEntry(int start, int end, int target, int depth, boolean pushLasti) {
    public boolean covers(int bci) {
        return bci >= start && bci < end;
    }
}
