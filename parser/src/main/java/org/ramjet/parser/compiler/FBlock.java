package org.ramjet.parser.compiler;

/**
 * A compile-time frame block (CPython's {@code fblockinfo}): a loop, try, with or handler that a
 * {@code break}, {@code continue} or {@code return} crossing it must unwind.
 */
final class FBlock {
    enum Type {
        WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH,
        HANDLER_CLEANUP, POP_VALUE, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER,
        ASYNC_COMPREHENSION_GENERATOR
    }

    final Type type;
    /** Loop start label (continue target), or -1. */
    final int block;
    /** Loop exit label (break target), or -1. */
    final int exit;
    /** The finally body, the with statement, or the handler's bound name. */
    final Object datum;

    FBlock(Type type, int block, int exit, Object datum) {
        this.type = type;
        this.block = block;
        this.exit = exit;
        this.datum = datum;
    }
}
