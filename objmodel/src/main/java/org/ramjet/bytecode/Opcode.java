package org.ramjet.bytecode;

import static org.ramjet.bytecode.OperandKind.*;

/**
 * The one opcode table. Every tier, the compiler, the disassembler and the frame-state builder
 * read it; each dispatches with an exhaustive {@code switch} over this enum (no {@code default}),
 * so adding an opcode here makes javac point at every place that must learn it.
 *
 * <p>An instruction is one {@code int}: the opcode's ordinal in the low 8 bits and the argument
 * in the high 24 (see {@link Instruction}). A bytecode index (bci) is an index into the
 * {@code int[]}: there are no cache entries and no {@code EXTENDED_ARG}. Jump arguments are
 * absolute bytecode indexes.
 *
 * <p>The meaning follows CPython 3.11's instruction set, with these differences: no
 * {@code PRECALL}/{@code CACHE}/{@code RESUME}/{@code RETURN_GENERATOR}/{@code MAKE_CELL}/
 * {@code COPY_FREE_VARS} (the frame is set up from the code's variable layout); keyword calls
 * are {@code CALL_KW} with the names tuple on the stack instead of a {@code KW_NAMES} register;
 * {@code LOAD_GLOBAL} never pushes {@code NULL} (the compiler emits {@code PUSH_NULL}).
 *
 * <p>Stack notation in the comments: {@code [before] -> [after]}, top of stack on the right.
 * Constants are grouped so that a category is a range.
 */
public enum Opcode {
    // ---- stack manipulation ----
    /** [] -> [] */
    NOP(NONE, 0),
    /** [x] -> [] */
    POP_TOP(NONE, -1),
    /** [] -> [NULL]: marks a plain call for CALL (see LOAD_METHOD). */
    PUSH_NULL(NONE, 1),
    /** [.., x(n-th from top)] -> [.., x, x]: copies the n-th item (1 = top). */
    COPY(COUNT, 1),
    /** swaps top with the n-th item (n >= 2). */
    SWAP(COUNT, 0),

    // ---- loads and stores ----
    /** [] -> [consts[arg]] */
    LOAD_CONST(CONST, 1),
    /** [] -> [local]; UnboundLocalError when unset. */
    LOAD_FAST(LOCAL, 1),
    /** [x] -> [] */
    STORE_FAST(LOCAL, -1),
    DELETE_FAST(LOCAL, 0),
    /** [] -> [cell contents]; NameError/UnboundLocalError when empty. */
    LOAD_DEREF(CELL, 1),
    STORE_DEREF(CELL, -1),
    DELETE_DEREF(CELL, 0),
    /** In class bodies: the class namespace first, then the cell. */
    LOAD_CLASSDEREF(CELL, 1),
    /** [] -> [the cell object itself], for building closures. */
    LOAD_CLOSURE(CELL, 1),
    /** Name look-up through locals mapping, globals, builtins (module and class bodies). */
    LOAD_NAME(NAME, 1),
    STORE_NAME(NAME, -1),
    DELETE_NAME(NAME, 0),
    LOAD_GLOBAL(NAME, 1, Flag.FEEDBACK),
    STORE_GLOBAL(NAME, -1),
    DELETE_GLOBAL(NAME, 0),
    /** [obj] -> [obj.name] */
    LOAD_ATTR(NAME, 0, Flag.FEEDBACK),
    /** [value, obj] -> [] : obj.name = value */
    STORE_ATTR(NAME, -2, Flag.FEEDBACK),
    /** [obj] -> [] */
    DELETE_ATTR(NAME, -1),
    /** [obj] -> [meth, obj] when obj.name is a plain method found on the type, else [NULL, obj.name]. */
    LOAD_METHOD(NAME, 1, Flag.FEEDBACK),
    /** [container, key] -> [container[key]] */
    BINARY_SUBSCR(NONE, -1, Flag.FEEDBACK),
    /** [value, container, key] -> [] */
    STORE_SUBSCR(NONE, -3, Flag.FEEDBACK),
    /** [container, key] -> [] */
    DELETE_SUBSCR(NONE, -2),
    /** [] -> [builtins.__build_class__] */
    LOAD_BUILD_CLASS(NONE, 1),
    /** [] -> [AssertionError] */
    LOAD_ASSERTION_ERROR(NONE, 1),
    /** Creates {@code __annotations__} in the locals mapping if missing. */
    SETUP_ANNOTATIONS(NONE, 0),

    // ---- operators ----
    UNARY_POSITIVE(NONE, 0),
    UNARY_NEGATIVE(NONE, 0, Flag.FEEDBACK),
    UNARY_NOT(NONE, 0),
    UNARY_INVERT(NONE, 0),
    /** [a, b] -> [a op b], op = BinaryOp.of(arg) */
    BINARY_OP(OperandKind.BINARY_OP, -1, Flag.FEEDBACK),
    /** [a, b] -> [a op b], op = CompareOp.of(arg) */
    COMPARE_OP(OperandKind.COMPARE_OP, -1, Flag.FEEDBACK),
    /** [a, b] -> [a is b], negated when arg == 1 */
    IS_OP(FLAGS, -1),
    /** [a, b] -> [a in b], negated when arg == 1 */
    CONTAINS_OP(FLAGS, -1, Flag.FEEDBACK),

    // ---- building and unpacking ----
    BUILD_TUPLE(COUNT, Effect.BUILD),
    BUILD_LIST(COUNT, Effect.BUILD),
    BUILD_SET(COUNT, Effect.BUILD),
    /** [k1, v1, .. kn, vn] -> [dict] */
    BUILD_MAP(COUNT, (arg, jump) -> 1 - 2 * arg),
    /** [v1 .. vn, keys-tuple] -> [dict] */
    BUILD_CONST_KEY_MAP(COUNT, (arg, jump) -> -arg),
    /** [s1 .. sn] -> [s1 + .. + sn] */
    BUILD_STRING(COUNT, Effect.BUILD),
    /** [start, stop(, step)] -> [slice], arg = 2 or 3 */
    BUILD_SLICE(COUNT, Effect.BUILD),
    /** [list, .. (arg-1 items).., x] -> [list, ..]: list.append(x); arg is the list's depth. */
    LIST_APPEND(COUNT, -1),
    SET_ADD(COUNT, -1),
    /** [dict, .., key, value] -> [dict, ..] */
    MAP_ADD(COUNT, -2),
    LIST_EXTEND(COUNT, -1),
    SET_UPDATE(COUNT, -1),
    DICT_UPDATE(COUNT, -1),
    /** Like DICT_UPDATE but a duplicate key is a TypeError (keyword arguments). */
    DICT_MERGE(COUNT, -1),
    /** [list] -> [tuple] */
    LIST_TO_TUPLE(NONE, 0),
    /** [seq] -> [x_n .. x_1] (x_1 on top) */
    UNPACK_SEQUENCE(COUNT, (arg, jump) -> arg - 1),
    /** a, *b, c = seq: arg = before | (after << 8); pushes before + 1 + after items. */
    UNPACK_EX(COUNT, (arg, jump) -> (arg & 0xFF) + (arg >> 8)),
    /**
     * [value(, spec)] -> [formatted]. arg: bits 0-1 the conversion (0 none, 1 str, 2 repr,
     * 3 ascii), bit 2 set when a format spec is on the stack.
     */
    FORMAT_VALUE(FLAGS, (arg, jump) -> (arg & 4) != 0 ? -1 : 0),

    // ---- control flow ----
    JUMP_FORWARD(JUMP, 0, Flag.JUMP, Flag.TERMINATOR),
    /** The only backward jump: a loop back-edge, counted by the tiers for OSR. */
    JUMP_BACKWARD(JUMP, 0, Flag.JUMP, Flag.TERMINATOR, Flag.BACK_EDGE),
    POP_JUMP_IF_FALSE(JUMP, -1, Flag.JUMP),
    POP_JUMP_IF_TRUE(JUMP, -1, Flag.JUMP),
    POP_JUMP_IF_NONE(JUMP, -1, Flag.JUMP),
    POP_JUMP_IF_NOT_NONE(JUMP, -1, Flag.JUMP),
    /** Jumps keeping the value when it is false, else pops it (the {@code and} operator). */
    JUMP_IF_FALSE_OR_POP(JUMP, (arg, jump) -> jump ? 0 : -1, Flag.JUMP),
    JUMP_IF_TRUE_OR_POP(JUMP, (arg, jump) -> jump ? 0 : -1, Flag.JUMP),
    /** [iterable] -> [iter(iterable)] */
    GET_ITER(NONE, 0),
    /** [it] -> [it, next(it)]; when exhausted pops it and jumps. */
    FOR_ITER(JUMP, (arg, jump) -> jump ? -1 : 1, Flag.JUMP, Flag.FEEDBACK),
    /** [value] -> returns value */
    RETURN_VALUE(NONE, -1, Flag.TERMINATOR),

    // ---- calls and functions ----
    /** [NULL|meth, callable|self, a1 .. an] -> [result], arg = n */
    CALL(COUNT, (arg, jump) -> -arg - 1, Flag.FEEDBACK),
    /**
     * [NULL|meth, callable|self, a1 .. an, names] -> [result]: the last len(names) arguments
     * are keyword arguments named by the tuple {@code names}; arg = n (positional + keyword).
     */
    CALL_KW(COUNT, (arg, jump) -> -arg - 2, Flag.FEEDBACK),
    /** [NULL, callable, args-tuple(, kwargs-dict)] -> [result]; arg bit 0: kwargs present. */
    CALL_FUNCTION_EX(FLAGS, (arg, jump) -> (arg & 1) != 0 ? -3 : -2),
    /**
     * [(defaults tuple)(, kwdefaults dict)(, annotations tuple)(, closure tuple), code] ->
     * [function]; arg bits 0x01 defaults, 0x02 kwdefaults, 0x04 annotations, 0x08 closure.
     * As in CPython 3.11 the present items are pushed in that order (evaluation order), so the
     * closure is just below the code and the defaults deepest. The annotations tuple is flat:
     * (name1, value1, name2, value2, ...).
     */
    MAKE_FUNCTION(FLAGS, (arg, jump) -> -Integer.bitCount(arg & 0xF)),

    // ---- imports ----
    /** [level, fromlist] -> [module] */
    IMPORT_NAME(NAME, -1),
    /** [module] -> [module, module.name] */
    IMPORT_FROM(NAME, 1),
    /** [module] -> []: from module import * */
    IMPORT_STAR(NONE, -1),

    // ---- exceptions ----
    /** raise (arg 0: re-raise active, 1: [exc], 2: [exc, cause]) */
    RAISE_VARARGS(COUNT, (arg, jump) -> -arg, Flag.TERMINATOR),
    /** [.., exc] -> re-raises exc; when arg > 0 the frame's lasti is restored from the stack item arg deep. */
    RERAISE(COUNT, -1, Flag.TERMINATOR),
    /** [exc] -> [previous handled exception, exc]; exc becomes the handled exception. */
    PUSH_EXC_INFO(NONE, 1),
    /** [previous] -> []: restores the handled exception. */
    POP_EXCEPT(NONE, -1),
    /** [exc, type] -> [exc, isinstance-match(exc, type)] */
    CHECK_EXC_MATCH(NONE, 0),
    /** [eg, type] -> [rest, match] for except*: match is None when nothing matched. */
    CHECK_EG_MATCH(NONE, 0),
    /** [orig, list of raised] -> [exception to re-raise or None] */
    PREP_RERAISE_STAR(NONE, -1),
    /** [exit, lasti, prev, exc] -> [exit, lasti, prev, exc, exit(type, exc, tb)] */
    WITH_EXCEPT_START(NONE, 1),
    /** [mgr] -> [mgr.__exit__, mgr.__enter__()] */
    BEFORE_WITH(NONE, 1),

    // ---- generators ----
    /** [iterable] -> [iter(iterable)] unless it is a generator/coroutine already. */
    GET_YIELD_FROM_ITER(NONE, 0),
    /** [value] -> [sent]: suspends the frame, yielding value; resumes with the sent value. */
    YIELD_VALUE(NONE, 0),
    /** [receiver, value] -> [receiver, yielded]; when the receiver returns: [result] and jump. */
    SEND(JUMP, (arg, jump) -> jump ? -1 : 0, Flag.JUMP),

    // ---- async (the interpreter may raise NotImplementedError for these for now) ----
    GET_AWAITABLE(FLAGS, 0),
    GET_AITER(NONE, 0),
    /** [aiter] -> [aiter, awaitable] */
    GET_ANEXT(NONE, 1),
    /** [mgr] -> [mgr.__aexit__, awaitable of mgr.__aenter__()] */
    BEFORE_ASYNC_WITH(NONE, 1),
    /** [aiter, exc] -> []: ends the loop on StopAsyncIteration, else re-raises. */
    END_ASYNC_FOR(NONE, -2),
    ASYNC_GEN_WRAP(NONE, 0),

    // ---- pattern matching ----
    /** [subject, cls, names-tuple] -> [tuple of attributes or None]; arg = number of positional patterns */
    MATCH_CLASS(COUNT, -2),
    /** [subject] -> [subject, is-mapping] */
    MATCH_MAPPING(NONE, 1),
    /** [subject] -> [subject, is-sequence] */
    MATCH_SEQUENCE(NONE, 1),
    /** [subject, keys] -> [subject, keys, values-tuple or None] */
    MATCH_KEYS(NONE, 1),
    /** [subject] -> [subject, len(subject)] */
    GET_LEN(NONE, 1),

    // ---- interactive ----
    /** [value] -> []: the REPL's display hook. */
    PRINT_EXPR(NONE, -1);

    /** Properties that passes and tiers ask instead of listing opcodes. */
    public enum Flag {
        /** The argument is an absolute jump target. */
        JUMP,
        /** Control never falls through to the next instruction. */
        TERMINATOR,
        /** A loop back-edge: counted for OSR. */
        BACK_EDGE,
        /** Owns a slot of the feedback vector. */
        FEEDBACK
    }

    /** Net stack effect of one execution; {@code jump} says whether the branch is taken. */
    @FunctionalInterface
    public interface StackEffect {
        int of(int arg, boolean jump);
    }

    private static final class Effect {
        static final StackEffect BUILD = (arg, jump) -> 1 - arg;
    }

    private static final Opcode[] VALUES = values();

    public final OperandKind operand;
    private final StackEffect effect;
    private final boolean jump, terminator, backEdge, feedback;

    Opcode(OperandKind operand, int fixedEffect, Flag... flags) {
        this(operand, (arg, jump) -> fixedEffect, flags);
    }

    Opcode(OperandKind operand, StackEffect effect, Flag... flags) {
        this.operand = operand;
        this.effect = effect;
        boolean j = false, t = false, b = false, f = false;
        for (Flag flag : flags) {
            switch (flag) {
                case JUMP: j = true; break;
                case TERMINATOR: t = true; break;
                case BACK_EDGE: b = true; break;
                case FEEDBACK: f = true; break;
            }
        }
        this.jump = j;
        this.terminator = t;
        this.backEdge = b;
        this.feedback = f;
    }

    public int stackEffect(int arg, boolean jumping) {
        return effect.of(arg, jumping);
    }

    /** The argument is a jump target (conditional or not). */
    public boolean isJump() {
        return jump;
    }

    /** Control does not fall through to the next instruction. */
    public boolean isTerminator() {
        return terminator;
    }

    public boolean isBackEdge() {
        return backEdge;
    }

    public boolean hasFeedback() {
        return feedback;
    }

    public static Opcode of(int ordinal) {
        return VALUES[ordinal];
    }
}
