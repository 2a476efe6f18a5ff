package org.ramjet.interp;

import org.ramjet.bytecode.Opcode;

/**
 * An opcode reached the interpreter's {@code default} case: the dispatch switch lacks a case
 * for it. This is a bug in Ramjet, never a Python error; {@code EveryOpcodeHandledTest} makes
 * sure no opcode of {@link Opcode} ends up here.
 */
public final class UnhandledOpcodeError extends Error {
    private static final long serialVersionUID = 1L;

    public final int ordinal;

    public UnhandledOpcodeError(int ordinal) {
        super("tier 0 has no case for opcode " + (ordinal < Opcode.values().length ? Opcode.of(ordinal) : "#" + ordinal));
        this.ordinal = ordinal;
    }
}
