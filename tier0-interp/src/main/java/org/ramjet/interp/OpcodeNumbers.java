package org.ramjet.interp;

/**
 * The ordinal of each {@link org.ramjet.bytecode.Opcode} as a compile-time constant, so the
 * interpreter's dispatch is a plain {@code tableswitch} on the instruction's low byte (an enum
 * switch costs two extra dependent loads per instruction). {@code OpcodeNumbersTest} checks
 * that every opcode has its constant with the right value, and {@code EveryOpcodeHandledTest}
 * that the interpreter has a case for each.
 */
final class OpcodeNumbers {
    private OpcodeNumbers() {}

    static final int NOP = 0;
    static final int POP_TOP = 1;
    static final int PUSH_NULL = 2;
    static final int COPY = 3;
    static final int SWAP = 4;
    static final int LOAD_CONST = 5;
    static final int LOAD_FAST = 6;
    static final int STORE_FAST = 7;
    static final int DELETE_FAST = 8;
    static final int LOAD_DEREF = 9;
    static final int STORE_DEREF = 10;
    static final int DELETE_DEREF = 11;
    static final int LOAD_CLASSDEREF = 12;
    static final int LOAD_CLOSURE = 13;
    static final int LOAD_NAME = 14;
    static final int STORE_NAME = 15;
    static final int DELETE_NAME = 16;
    static final int LOAD_GLOBAL = 17;
    static final int STORE_GLOBAL = 18;
    static final int DELETE_GLOBAL = 19;
    static final int LOAD_ATTR = 20;
    static final int STORE_ATTR = 21;
    static final int DELETE_ATTR = 22;
    static final int LOAD_METHOD = 23;
    static final int BINARY_SUBSCR = 24;
    static final int STORE_SUBSCR = 25;
    static final int DELETE_SUBSCR = 26;
    static final int LOAD_BUILD_CLASS = 27;
    static final int LOAD_ASSERTION_ERROR = 28;
    static final int SETUP_ANNOTATIONS = 29;
    static final int UNARY_POSITIVE = 30;
    static final int UNARY_NEGATIVE = 31;
    static final int UNARY_NOT = 32;
    static final int UNARY_INVERT = 33;
    static final int BINARY_OP = 34;
    static final int COMPARE_OP = 35;
    static final int IS_OP = 36;
    static final int CONTAINS_OP = 37;
    static final int BUILD_TUPLE = 38;
    static final int BUILD_LIST = 39;
    static final int BUILD_SET = 40;
    static final int BUILD_MAP = 41;
    static final int BUILD_CONST_KEY_MAP = 42;
    static final int BUILD_STRING = 43;
    static final int BUILD_SLICE = 44;
    static final int LIST_APPEND = 45;
    static final int SET_ADD = 46;
    static final int MAP_ADD = 47;
    static final int LIST_EXTEND = 48;
    static final int SET_UPDATE = 49;
    static final int DICT_UPDATE = 50;
    static final int DICT_MERGE = 51;
    static final int LIST_TO_TUPLE = 52;
    static final int UNPACK_SEQUENCE = 53;
    static final int UNPACK_EX = 54;
    static final int FORMAT_VALUE = 55;
    static final int JUMP_FORWARD = 56;
    static final int JUMP_BACKWARD = 57;
    static final int POP_JUMP_IF_FALSE = 58;
    static final int POP_JUMP_IF_TRUE = 59;
    static final int POP_JUMP_IF_NONE = 60;
    static final int POP_JUMP_IF_NOT_NONE = 61;
    static final int JUMP_IF_FALSE_OR_POP = 62;
    static final int JUMP_IF_TRUE_OR_POP = 63;
    static final int GET_ITER = 64;
    static final int FOR_ITER = 65;
    static final int RETURN_VALUE = 66;
    static final int CALL = 67;
    static final int CALL_KW = 68;
    static final int CALL_FUNCTION_EX = 69;
    static final int MAKE_FUNCTION = 70;
    static final int IMPORT_NAME = 71;
    static final int IMPORT_FROM = 72;
    static final int IMPORT_STAR = 73;
    static final int RAISE_VARARGS = 74;
    static final int RERAISE = 75;
    static final int PUSH_EXC_INFO = 76;
    static final int POP_EXCEPT = 77;
    static final int CHECK_EXC_MATCH = 78;
    static final int CHECK_EG_MATCH = 79;
    static final int PREP_RERAISE_STAR = 80;
    static final int WITH_EXCEPT_START = 81;
    static final int BEFORE_WITH = 82;
    static final int GET_YIELD_FROM_ITER = 83;
    static final int YIELD_VALUE = 84;
    static final int SEND = 85;
    static final int GET_AWAITABLE = 86;
    static final int GET_AITER = 87;
    static final int GET_ANEXT = 88;
    static final int BEFORE_ASYNC_WITH = 89;
    static final int END_ASYNC_FOR = 90;
    static final int ASYNC_GEN_WRAP = 91;
    static final int MATCH_CLASS = 92;
    static final int MATCH_MAPPING = 93;
    static final int MATCH_SEQUENCE = 94;
    static final int MATCH_KEYS = 95;
    static final int GET_LEN = 96;
    static final int PRINT_EXPR = 97;
}
