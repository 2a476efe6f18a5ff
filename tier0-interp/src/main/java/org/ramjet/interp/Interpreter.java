package org.ramjet.interp;

import static org.ramjet.interp.OpcodeNumbers.*;

import org.ramjet.bytecode.BinaryOp;
import org.ramjet.bytecode.CompareOp;
import org.ramjet.bytecode.ExceptionTableEntry;
import org.ramjet.bytecode.PyCode;
import org.ramjet.feedback.InstalledCode;
import org.ramjet.feedback.JitState;
import org.ramjet.feedback.SiteFeedback;
import org.ramjet.objects.PyBool;
import org.ramjet.objects.PyCell;
import org.ramjet.objects.PyException;
import org.ramjet.objects.PyFloat;
import org.ramjet.objects.PyFrame;
import org.ramjet.objects.PyInt;
import org.ramjet.objects.PyList;
import org.ramjet.objects.PyNone;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.PyStr;
import org.ramjet.objects.PyTuple;
import org.ramjet.runtime.ExcState;
import org.ramjet.runtime.ThreadState;

/**
 * Tier 0: the bytecode interpreter. {@link #execute} runs one heap frame from its current
 * bytecode index until the code returns (the result) or yields (the yielded value, frame left
 * {@link PyFrame#SUSPENDED}). This is the contract of {@link InstalledCode} too, so a caller
 * never needs to know which tier ran a frame.
 *
 * <h2>Shape of the loop</h2>
 * The frame's arrays and the stack pointer live in Java locals; dispatch is a
 * {@code tableswitch} on the low byte of the instruction word ({@link OpcodeNumbers}); each case
 * is a few lines, and everything rare or long is a call to a small static helper
 * ({@link Ops}, {@link Building}, {@link ExceptionOps}, ...), so HotSpot compiles the loop well.
 * Hot cases have fast paths for exact {@code int} and {@code float} operands, lists and dicts.
 *
 * <h2>The frame's bci</h2>
 * {@code frame.bci} is written only before instructions that can run Python code or be
 * observed (calls, attribute and item protocols, slow paths of operators, yields, raises),
 * not on every instruction: a store per instruction made the loop about three times slower.
 * Tracebacks use the loop's own bci, so they are exact regardless.
 *
 * <h2>Exceptions</h2>
 * Python exceptions are Java {@link PyException}s. One {@code catch} per frame does CPython's
 * zero-cost unwinding: it adds the traceback entry for this frame (not for re-raises), chains
 * {@code __context__}, looks the raising bytecode index up in the exception table, and either
 * unwinds the stack to the handler's depth and continues there, or leaves the frame.
 *
 * <h2>Feedback</h2>
 * Instructions that own a feedback site record the types they see through
 * {@link SiteFeedback#record}, which returns after one compare pair in the monomorphic case.
 * Calls and loop back-edges count down to the next question to the {@link CompilationPolicy}.
 */
public final class Interpreter {
    private Interpreter() {}

    /**
     * Runs {@code frame} (new, or suspended at a yield) on the current thread, as a Python call:
     * checks the recursion limit, links the frame into the thread's frame chain, counts the
     * call, enters installed compiled code when there is some, else interprets.
     */
    public static PyObject execute(PyFrame frame) {
        return execute(frame, ThreadState.current());
    }

    /** {@link #execute(PyFrame)} on the current thread, whose state the caller passes. */
    static PyObject execute(PyFrame frame, ThreadState ts) {
        if (++ts.depth > ThreadState.recursionLimit()) {
            ts.depth--;
            throw Recursion.limitExceeded(ts, "");
        }
        PyFrame caller = ts.frame;
        frame.back = caller;
        ts.frame = frame;
        try {
            JitState jit = frame.code.jit();
            if (frame.state == PyFrame.CREATED) {
                countCall(frame.code, jit);
            }
            InstalledCode compiled = jit.entry();
            frame.state = PyFrame.EXECUTING;
            if (compiled != null) {
                return compiled.execute(frame);
            }
            return run(frame, ts, jit);
        } catch (StackOverflowError overflow) {
            frame.state = PyFrame.COMPLETED;
            throw Recursion.fromStackOverflow(ts);
        } finally {
            ts.frame = caller;
            ts.depth--;
            if (frame.generator != null) {
                frame.back = null;  // a suspended generator frame has no caller
            }
        }
    }

    /**
     * Continues {@code frame} in the interpreter from {@code frame.bci} with the value stack
     * {@code frame.slots[stackBase .. sp)}, never entering compiled code: the deoptimizer's way
     * back (and OSR's in reverse). The frame is linked into the thread's chain and the
     * recursion depth counted as for a call, but the call counter is not touched.
     */
    public static PyObject continueInInterpreter(PyFrame frame) {
        ThreadState ts = ThreadState.current();
        if (++ts.depth > ThreadState.recursionLimit()) {
            ts.depth--;
            throw Recursion.limitExceeded(ts, "");
        }
        PyFrame caller = ts.frame;
        frame.back = caller;
        ts.frame = frame;
        try {
            frame.state = PyFrame.EXECUTING;
            return run(frame, ts, frame.code.jit());
        } catch (StackOverflowError overflow) {
            frame.state = PyFrame.COMPLETED;
            throw Recursion.fromStackOverflow(ts);
        } finally {
            ts.frame = caller;
            ts.depth--;
            if (frame.generator != null) {
                frame.back = null;
            }
        }
    }

    private static void countCall(PyCode code, JitState jit) {
        if (jit.calls != Integer.MAX_VALUE) {
            jit.calls++;
        }
        if (--jit.callCountdown <= 0) {
            Tiering.callCounterExpired(code, jit);
        }
    }

    /** The interpreter loop proper; {@code frame} is linked and marked executing. */
    static PyObject run(final PyFrame frame, final ThreadState ts, final JitState jit) {
        final PyCode code = frame.code;
        final int[] insns = code.instructions;
        final PyObject[] consts = code.consts;
        final String[] names = code.names;
        final PyObject[] s = frame.slots;
        final int nlocals = code.varnames.length;
        final SiteFeedback[] sites = jit.feedback.sitesByBci();
        int sp = frame.sp;
        int bci = frame.bci;
        PyException pending = frame.thrownIn;
        if (pending != null) {
            frame.thrownIn = null;
            bci = Math.max(bci - 1, 0);  // raise at the yield the frame is suspended in
        }
        InstalledCode osr;
        dispatch:
        while (true) {
            try {
                if (pending != null) {
                    PyException p = pending;
                    pending = null;
                    throw p;
                }
                while (true) {
                    final int word = insns[bci];
                    final int arg = word >>> 8;
                    switch (word & 0xFF) {
                        // ---- stack manipulation ----
                        case NOP:
                            bci++;
                            continue;
                        case POP_TOP:
                            s[--sp] = null;
                            bci++;
                            continue;
                        case PUSH_NULL:
                            s[sp++] = null;
                            bci++;
                            continue;
                        case COPY:
                            s[sp] = s[sp - arg];
                            sp++;
                            bci++;
                            continue;
                        case SWAP: {
                            PyObject top = s[sp - 1];
                            s[sp - 1] = s[sp - arg];
                            s[sp - arg] = top;
                            bci++;
                            continue;
                        }

                        // ---- loads and stores ----
                        case LOAD_CONST:
                            s[sp++] = consts[arg];
                            bci++;
                            continue;
                        case LOAD_FAST: {
                            PyObject v = s[arg];
                            if (v == null) {
                                throw Names.unboundLocal(code.varnames[arg]);
                            }
                            s[sp++] = v;
                            bci++;
                            continue;
                        }
                        case STORE_FAST:
                            s[arg] = s[--sp];
                            s[sp] = null;
                            bci++;
                            continue;
                        case DELETE_FAST:
                            if (s[arg] == null) {
                                throw Names.unboundLocal(code.varnames[arg]);
                            }
                            s[arg] = null;
                            bci++;
                            continue;
                        case LOAD_DEREF: {
                            PyObject v = ((PyCell) s[nlocals + arg]).value;
                            if (v == null) {
                                throw Names.unboundDeref(code, arg);
                            }
                            s[sp++] = v;
                            bci++;
                            continue;
                        }
                        case STORE_DEREF:
                            ((PyCell) s[nlocals + arg]).value = s[--sp];
                            s[sp] = null;
                            bci++;
                            continue;
                        case DELETE_DEREF: {
                            PyCell cell = (PyCell) s[nlocals + arg];
                            if (cell.value == null) {
                                throw Names.unboundDeref(code, arg);
                            }
                            cell.value = null;
                            bci++;
                            continue;
                        }
                        case LOAD_CLASSDEREF:
                            frame.bci = bci;
                            s[sp++] = Names.loadClassDeref(frame, arg);
                            bci++;
                            continue;
                        case LOAD_CLOSURE:
                            s[sp++] = s[nlocals + arg];
                            bci++;
                            continue;
                        case LOAD_NAME:
                            frame.bci = bci;
                            s[sp++] = Names.loadName(frame, names[arg]);
                            bci++;
                            continue;
                        case STORE_NAME:
                            frame.bci = bci;
                            Names.storeName(frame, names[arg], s[--sp]);
                            s[sp] = null;
                            bci++;
                            continue;
                        case DELETE_NAME:
                            frame.bci = bci;
                            Names.deleteName(frame, names[arg]);
                            bci++;
                            continue;
                        case LOAD_GLOBAL:
                            s[sp++] = Names.loadGlobal(frame, names[arg], sites[bci]);
                            bci++;
                            continue;
                        case STORE_GLOBAL:
                            frame.globals.putStr(names[arg], s[--sp]);
                            s[sp] = null;
                            bci++;
                            continue;
                        case DELETE_GLOBAL:
                            Names.deleteGlobal(frame, names[arg]);
                            bci++;
                            continue;
                        case LOAD_ATTR: {
                            frame.bci = bci;
                            PyObject obj = s[sp - 1];
                            Feedback.recordAttribute(sites[bci], obj);
                            s[sp - 1] = Ops.getAttr(obj, names[arg]);
                            bci++;
                            continue;
                        }
                        case STORE_ATTR: {
                            frame.bci = bci;
                            PyObject obj = s[sp - 1];
                            Feedback.recordAttribute(sites[bci], obj);
                            Ops.setAttr(obj, names[arg], s[sp - 2]);
                            s[--sp] = null;
                            s[--sp] = null;
                            bci++;
                            continue;
                        }
                        case DELETE_ATTR:
                            frame.bci = bci;
                            Ops.deleteAttr(s[sp - 1], names[arg]);
                            s[--sp] = null;
                            bci++;
                            continue;
                        case LOAD_METHOD: {
                            frame.bci = bci;
                            PyObject obj = s[sp - 1];
                            Feedback.recordAttribute(sites[bci], obj);
                            // [obj] -> [meth, obj] or [NULL, attr]
                            PyObject meth = Ops.lookupMethod(obj, names[arg]);
                            if (meth != null) {
                                s[sp - 1] = meth;
                                s[sp++] = obj;
                            } else {
                                s[sp - 1] = null;
                                s[sp++] = Ops.getAttr(obj, names[arg]);
                            }
                            bci++;
                            continue;
                        }
                        case BINARY_SUBSCR: {
                            frame.bci = bci;
                            PyObject key = s[--sp];
                            PyObject container = s[sp - 1];
                            sites[bci].record(container.type(), key.type());
                            s[sp - 1] = Ops.getItem(container, key);
                            s[sp] = null;
                            bci++;
                            continue;
                        }
                        case STORE_SUBSCR: {
                            frame.bci = bci;
                            PyObject key = s[sp - 1];
                            PyObject container = s[sp - 2];
                            sites[bci].record(container.type(), key.type());
                            Ops.setItem(container, key, s[sp - 3]);
                            sp -= 3;
                            s[sp] = s[sp + 1] = s[sp + 2] = null;
                            bci++;
                            continue;
                        }
                        case DELETE_SUBSCR:
                            frame.bci = bci;
                            Ops.delItem(s[sp - 2], s[sp - 1]);
                            sp -= 2;
                            s[sp] = s[sp + 1] = null;
                            bci++;
                            continue;
                        case LOAD_BUILD_CLASS:
                            s[sp++] = Names.loadBuildClass(frame);
                            bci++;
                            continue;
                        case LOAD_ASSERTION_ERROR:
                            s[sp++] = Ops.assertionErrorType();
                            bci++;
                            continue;
                        case SETUP_ANNOTATIONS:
                            frame.bci = bci;
                            Names.setupAnnotations(frame);
                            bci++;
                            continue;

                        // ---- operators ----
                        case UNARY_POSITIVE:
                            frame.bci = bci;
                            s[sp - 1] = Ops.positive(s[sp - 1]);
                            bci++;
                            continue;
                        case UNARY_NEGATIVE: {
                            frame.bci = bci;
                            PyObject v = s[sp - 1];
                            sites[bci].record(v.type());
                            s[sp - 1] = Ops.negative(v);
                            bci++;
                            continue;
                        }
                        case UNARY_NOT:
                            frame.bci = bci;
                            s[sp - 1] = Ops.isTrue(s[sp - 1]) ? PyBool.FALSE : PyBool.TRUE;
                            bci++;
                            continue;
                        case UNARY_INVERT:
                            frame.bci = bci;
                            s[sp - 1] = Ops.invert(s[sp - 1]);
                            bci++;
                            continue;
                        case BINARY_OP: {
                            PyObject b = s[--sp];
                            PyObject a = s[sp - 1];
                            s[sp] = null;
                            s[sp - 1] = binaryOp(sites[bci], arg, a, b, frame, bci);
                            bci++;
                            continue;
                        }
                        case COMPARE_OP: {
                            PyObject b = s[--sp];
                            PyObject a = s[sp - 1];
                            s[sp] = null;
                            s[sp - 1] = compareOp(sites[bci], arg, a, b, frame, bci);
                            bci++;
                            continue;
                        }
                        case IS_OP: {
                            PyObject b = s[--sp];
                            s[sp] = null;
                            s[sp - 1] = PyBool.of((s[sp - 1] == b) ^ (arg != 0));
                            bci++;
                            continue;
                        }
                        case CONTAINS_OP: {
                            frame.bci = bci;
                            PyObject container = s[--sp];
                            PyObject item = s[sp - 1];
                            s[sp] = null;
                            sites[bci].record(item.type(), container.type());
                            s[sp - 1] = PyBool.of(Ops.contains(container, item) ^ (arg != 0));
                            bci++;
                            continue;
                        }

                        // ---- building and unpacking ----
                        case BUILD_TUPLE:
                            sp -= arg;
                            s[sp] = Building.tuple(s, sp, arg);
                            sp++;
                            bci++;
                            continue;
                        case BUILD_LIST:
                            sp -= arg;
                            s[sp] = Building.list(s, sp, arg);
                            sp++;
                            bci++;
                            continue;
                        case BUILD_SET:
                            frame.bci = bci;
                            sp -= arg;
                            s[sp] = Building.set(s, sp, arg);
                            sp++;
                            bci++;
                            continue;
                        case BUILD_MAP:
                            frame.bci = bci;
                            sp -= 2 * arg;
                            s[sp] = Building.map(s, sp, arg);
                            sp++;
                            bci++;
                            continue;
                        case BUILD_CONST_KEY_MAP:
                            frame.bci = bci;
                            sp -= arg + 1;
                            s[sp] = Building.constKeyMap(s, sp, arg);
                            sp++;
                            bci++;
                            continue;
                        case BUILD_STRING:
                            sp -= arg;
                            s[sp] = Building.string(s, sp, arg);
                            sp++;
                            bci++;
                            continue;
                        case BUILD_SLICE:
                            sp -= arg;
                            s[sp] = Building.slice(s, sp, arg);
                            sp++;
                            bci++;
                            continue;
                        case LIST_APPEND: {
                            PyObject v = s[--sp];
                            s[sp] = null;
                            ((PyList) s[sp - arg]).append(v);
                            bci++;
                            continue;
                        }
                        case SET_ADD: {
                            frame.bci = bci;
                            PyObject v = s[--sp];
                            s[sp] = null;
                            Building.setAdd(s[sp - arg], v);
                            bci++;
                            continue;
                        }
                        case MAP_ADD: {
                            frame.bci = bci;
                            PyObject value = s[--sp];
                            PyObject key = s[--sp];
                            s[sp] = s[sp + 1] = null;
                            Building.mapAdd(s[sp - arg], key, value);
                            bci++;
                            continue;
                        }
                        case LIST_EXTEND: {
                            frame.bci = bci;
                            PyObject iterable = s[--sp];
                            s[sp] = null;
                            Building.listExtend(s[sp - arg], iterable);
                            bci++;
                            continue;
                        }
                        case SET_UPDATE: {
                            frame.bci = bci;
                            PyObject iterable = s[--sp];
                            s[sp] = null;
                            Building.setUpdate(s[sp - arg], iterable);
                            bci++;
                            continue;
                        }
                        case DICT_UPDATE: {
                            frame.bci = bci;
                            PyObject update = s[--sp];
                            s[sp] = null;
                            Building.dictUpdate(s[sp - arg], update);
                            bci++;
                            continue;
                        }
                        case DICT_MERGE: {
                            frame.bci = bci;
                            PyObject update = s[--sp];
                            s[sp] = null;
                            Building.dictMerge(s[sp - arg], update, s[sp - 2 - arg]);
                            bci++;
                            continue;
                        }
                        case LIST_TO_TUPLE:
                            s[sp - 1] = PyTuple.of(((PyList) s[sp - 1]).toArray());
                            bci++;
                            continue;
                        case UNPACK_SEQUENCE: {
                            frame.bci = bci;
                            PyObject seq = s[sp - 1];
                            Building.unpack(seq, arg, s, sp - 1);
                            sp += arg - 1;
                            bci++;
                            continue;
                        }
                        case UNPACK_EX: {
                            frame.bci = bci;
                            PyObject seq = s[sp - 1];
                            int before = arg & 0xFF, after = arg >> 8;
                            Building.unpackEx(seq, before, after, s, sp - 1);
                            sp += before + after;
                            bci++;
                            continue;
                        }
                        case FORMAT_VALUE: {
                            frame.bci = bci;
                            PyObject spec = null;
                            if ((arg & 4) != 0) {
                                spec = s[--sp];
                                s[sp] = null;
                            }
                            s[sp - 1] = Building.formatValue(s[sp - 1], arg & 3, spec);
                            bci++;
                            continue;
                        }

                        // ---- control flow ----
                        case JUMP_FORWARD:
                            bci = arg;
                            continue;
                        case JUMP_BACKWARD:
                            if (jit.backEdges != Integer.MAX_VALUE) {
                                jit.backEdges++;
                            }
                            if (--jit.backEdgeCountdown <= 0) {
                                frame.sp = sp;
                                osr = Tiering.backEdgeCounterExpired(frame, arg, jit);
                                if (osr != null) {
                                    frame.bci = arg;
                                    break dispatch;  // continue this frame in compiled code
                                }
                            }
                            bci = arg;
                            continue;
                        case POP_JUMP_IF_FALSE: {
                            PyObject v = s[--sp];
                            s[sp] = null;
                            bci = (v == PyBool.TRUE || (v != PyBool.FALSE && isTrueSlow(v, frame, bci))) ? bci + 1 : arg;
                            continue;
                        }
                        case POP_JUMP_IF_TRUE: {
                            PyObject v = s[--sp];
                            s[sp] = null;
                            bci = (v == PyBool.TRUE || (v != PyBool.FALSE && isTrueSlow(v, frame, bci))) ? arg : bci + 1;
                            continue;
                        }
                        case POP_JUMP_IF_NONE: {
                            PyObject v = s[--sp];
                            s[sp] = null;
                            bci = v == PyNone.NONE ? arg : bci + 1;
                            continue;
                        }
                        case POP_JUMP_IF_NOT_NONE: {
                            PyObject v = s[--sp];
                            s[sp] = null;
                            bci = v != PyNone.NONE ? arg : bci + 1;
                            continue;
                        }
                        case JUMP_IF_FALSE_OR_POP:
                            if (isTrueSlow(s[sp - 1], frame, bci)) {
                                s[--sp] = null;
                                bci++;
                            } else {
                                bci = arg;
                            }
                            continue;
                        case JUMP_IF_TRUE_OR_POP:
                            if (isTrueSlow(s[sp - 1], frame, bci)) {
                                bci = arg;
                            } else {
                                s[--sp] = null;
                                bci++;
                            }
                            continue;
                        case GET_ITER:
                            frame.bci = bci;
                            s[sp - 1] = Ops.iter(s[sp - 1]);
                            bci++;
                            continue;
                        case FOR_ITER: {
                            frame.bci = bci;
                            PyObject it = s[sp - 1];
                            sites[bci].record(it.type());
                            PyObject next = Ops.next(it);
                            if (next != null) {
                                s[sp++] = next;
                                bci++;
                            } else {
                                s[--sp] = null;
                                bci = arg;
                            }
                            continue;
                        }
                        case RETURN_VALUE: {
                            frame.bci = bci;
                            PyObject result = s[--sp];
                            s[sp] = null;
                            frame.sp = sp;
                            frame.state = PyFrame.COMPLETED;
                            return result;
                        }

                        // ---- calls and functions ----
                        case CALL: {
                            frame.bci = bci;
                            int base = sp - arg - 2;
                            PyObject result = CallSites.call(sites[bci], s, base, arg, null, ts);
                            clear(s, base, sp);
                            sp = base;
                            s[sp++] = result;
                            bci++;
                            continue;
                        }
                        case CALL_KW: {
                            frame.bci = bci;
                            int base = sp - arg - 3;
                            PyObject result = CallSites.call(sites[bci], s, base, arg, jit.kwnames(bci, (PyTuple) s[sp - 1]), ts);
                            clear(s, base, sp);
                            sp = base;
                            s[sp++] = result;
                            bci++;
                            continue;
                        }
                        case CALL_FUNCTION_EX: {
                            frame.bci = bci;
                            boolean hasKwargs = (arg & 1) != 0;
                            int base = sp - (hasKwargs ? 4 : 3);
                            PyObject result = CallSites.callEx(s[base + 1], s[base + 2], hasKwargs ? s[base + 3] : null);
                            clear(s, base, sp);
                            sp = base;
                            s[sp++] = result;
                            bci++;
                            continue;
                        }
                        case MAKE_FUNCTION: {
                            int n = Integer.bitCount(arg & 0xF);
                            int base = sp - n - 1;
                            PyObject fn = Functions.make(frame, (PyCode) s[sp - 1], arg, s, base);
                            clear(s, base, sp);
                            sp = base;
                            s[sp++] = fn;
                            bci++;
                            continue;
                        }

                        // ---- imports ----
                        case IMPORT_NAME: {
                            frame.bci = bci;
                            PyObject fromlist = s[--sp];
                            PyObject level = s[sp - 1];
                            s[sp] = null;
                            s[sp - 1] = Imports.importName(frame, names[arg], fromlist, level);
                            bci++;
                            continue;
                        }
                        case IMPORT_FROM:
                            frame.bci = bci;
                            s[sp] = Imports.importFrom(s[sp - 1], names[arg]);
                            sp++;
                            bci++;
                            continue;
                        case IMPORT_STAR:
                            frame.bci = bci;
                            Imports.importStar(frame, s[--sp]);
                            s[sp] = null;
                            bci++;
                            continue;

                        // ---- exceptions ----
                        case RAISE_VARARGS: {
                            frame.bci = bci;
                            PyObject cause = arg == 2 ? s[--sp] : null;
                            PyObject exc = arg >= 1 ? s[--sp] : null;
                            throw ExceptionOps.raise(ts, exc, cause, arg);
                        }
                        case RERAISE: {
                            PyObject exc = s[--sp];
                            if (arg > 0) {
                                frame.bci = (int) ((PyInt) s[sp - arg]).value;
                            }
                            throw ExceptionOps.reraise(exc);
                        }
                        case PUSH_EXC_INFO: {
                            PyObject exc = s[sp - 1];
                            ExcState es = ts.excState;
                            PyObject previous = es.value;
                            s[sp - 1] = previous == null ? PyNone.NONE : previous;
                            s[sp++] = exc;
                            es.value = exc;
                            bci++;
                            continue;
                        }
                        case POP_EXCEPT: {
                            PyObject previous = s[--sp];
                            s[sp] = null;
                            ts.excState.value = previous == PyNone.NONE ? null : previous;
                            bci++;
                            continue;
                        }
                        case CHECK_EXC_MATCH:
                            frame.bci = bci;
                            s[sp - 1] = PyBool.of(ExceptionOps.matches(s[sp - 2], s[sp - 1]));
                            bci++;
                            continue;
                        case CHECK_EG_MATCH:
                            frame.bci = bci;
                            ExceptionOps.checkEgMatch(ts, s, sp);
                            bci++;
                            continue;
                        case PREP_RERAISE_STAR: {
                            frame.bci = bci;
                            PyObject raised = s[--sp];
                            s[sp] = null;
                            s[sp - 1] = ExceptionOps.prepReraiseStar(s[sp - 1], raised);
                            bci++;
                            continue;
                        }
                        case WITH_EXCEPT_START:
                            frame.bci = bci;
                            s[sp] = ExceptionOps.withExceptStart(s[sp - 4], s[sp - 1]);
                            sp++;
                            bci++;
                            continue;
                        case BEFORE_WITH: {
                            frame.bci = bci;
                            PyObject mgr = s[sp - 1];
                            PyObject exit = ExceptionOps.withExit(mgr);
                            s[sp - 1] = exit;
                            s[sp++] = ExceptionOps.withEnter(mgr);
                            bci++;
                            continue;
                        }

                        // ---- generators ----
                        case GET_YIELD_FROM_ITER:
                            frame.bci = bci;
                            s[sp - 1] = Generators.yieldFromIter(code, s[sp - 1]);
                            bci++;
                            continue;
                        case YIELD_VALUE: {
                            PyObject value = s[--sp];
                            s[sp] = null;
                            frame.sp = sp;
                            frame.bci = bci + 1;
                            frame.state = PyFrame.SUSPENDED;
                            return value;
                        }
                        case SEND: {
                            frame.bci = bci;
                            PyObject value = s[--sp];
                            s[sp] = null;
                            PyObject receiver = s[sp - 1];
                            PyObject yielded = Generators.send(receiver, value);
                            if (yielded != null) {
                                s[sp++] = yielded;
                                bci++;
                            } else {
                                s[sp - 1] = Generators.takeReturnValue(ts);
                                bci = arg;
                            }
                            continue;
                        }

                        // ---- async (not supported yet) ----
                        case GET_AWAITABLE:
                        case GET_AITER:
                        case GET_ANEXT:
                        case BEFORE_ASYNC_WITH:
                        case END_ASYNC_FOR:
                        case ASYNC_GEN_WRAP:
                            throw Ops.notImplemented("async/await is not supported yet");

                        // ---- pattern matching ----
                        case MATCH_CLASS: {
                            frame.bci = bci;
                            PyObject namesTuple = s[--sp];
                            PyObject cls = s[--sp];
                            s[sp] = s[sp + 1] = null;
                            s[sp - 1] = Matching.matchClass(s[sp - 1], cls, arg, (PyTuple) namesTuple);
                            bci++;
                            continue;
                        }
                        case MATCH_MAPPING:
                            s[sp] = PyBool.of(Matching.isMapping(s[sp - 1]));
                            sp++;
                            bci++;
                            continue;
                        case MATCH_SEQUENCE:
                            s[sp] = PyBool.of(Matching.isSequence(s[sp - 1]));
                            sp++;
                            bci++;
                            continue;
                        case MATCH_KEYS:
                            frame.bci = bci;
                            s[sp] = Matching.matchKeys(s[sp - 2], (PyTuple) s[sp - 1]);
                            sp++;
                            bci++;
                            continue;
                        case GET_LEN:
                            frame.bci = bci;
                            s[sp] = PyInt.of(Ops.len(s[sp - 1]));
                            sp++;
                            bci++;
                            continue;

                        // ---- interactive ----
                        case PRINT_EXPR:
                            frame.bci = bci;
                            Hooks.displayHook().display(s[--sp]);
                            s[sp] = null;
                            bci++;
                            continue;

                        default:
                            throw new UnhandledOpcodeError(word & 0xFF);
                    }
                }
            } catch (PyException e) {
                ExceptionTableEntry handler = unwind(frame, ts, e, bci);
                if (handler == null) {
                    frame.sp = frame.stackBase;
                    frame.state = PyFrame.COMPLETED;
                    clear(s, frame.stackBase, s.length);
                    throw e;
                }
                int depth = frame.stackBase + handler.depth();
                clear(s, depth, sp);
                sp = depth;
                if (handler.pushLasti()) {
                    s[sp++] = PyInt.of(bci);
                }
                s[sp++] = e.value;
                bci = handler.target();
            } catch (StackOverflowError overflow) {
                // Turned into a RecursionError, then handled like any exception of this bci.
                pending = Recursion.fromStackOverflow(ts);
            }
        }
        return osr.execute(frame);
    }

    /**
     * The per-frame part of raising: the traceback entry (not for re-raises, which keep the
     * traceback they carry), implicit {@code __context__} chaining, and the handler, if any.
     */
    private static ExceptionTableEntry unwind(PyFrame frame, ThreadState ts, PyException e, int bci) {
        int op = frame.code.instructions[bci] & 0xFF;
        boolean reraise = op == RERAISE || (op == RAISE_VARARGS && (frame.code.instructions[bci] >>> 8) == 0);
        if (op != RERAISE || (frame.code.instructions[bci] >>> 8) == 0) {
            frame.bci = bci;  // (a RERAISE with an argument restored the original raising bci)
        }
        if (!reraise) {
            ExceptionOps.addTraceback(e, frame, bci);
        }
        ExceptionOps.chainContext(ts, e);
        return frame.code.handlerFor(bci);
    }

    /** Truth of a value that is not a bool: may run {@code __bool__}/{@code __len__}. */
    private static boolean isTrueSlow(PyObject v, PyFrame frame, int bci) {
        frame.bci = bci;
        return Ops.isTrue(v);
    }

    private static void clear(PyObject[] s, int from, int to) {
        for (int i = from; i < to; i++) {
            s[i] = null;
        }
    }

    // BinaryOp ordinals of the operators with fast paths (checked by InterpreterConstantsTest).
    static final int OP_ADD = 0, OP_MULTIPLY = 5, OP_SUBTRACT = 10;
    static final int OP_INPLACE_ADD = 13, OP_INPLACE_MULTIPLY = 18, OP_INPLACE_SUBTRACT = 23;

    /** BINARY_OP with fast paths for exact int and float operands. */
    private static PyObject binaryOp(SiteFeedback site, int op, PyObject a, PyObject b, PyFrame frame, int bci) {
        if (a instanceof PyInt && b instanceof PyInt) {
            site.record(a.type(), b.type());
            long x = ((PyInt) a).value, y = ((PyInt) b).value;
            switch (op) {
                case OP_ADD:
                case OP_INPLACE_ADD: {
                    long r = x + y;
                    if (((x ^ r) & (y ^ r)) >= 0) {
                        return PyInt.of(r);
                    }
                    break;
                }
                case OP_SUBTRACT:
                case OP_INPLACE_SUBTRACT: {
                    long r = x - y;
                    if (((x ^ y) & (x ^ r)) >= 0) {
                        return PyInt.of(r);
                    }
                    break;
                }
                case OP_MULTIPLY:
                case OP_INPLACE_MULTIPLY: {
                    long hi = Math.multiplyHigh(x, y), lo = x * y;
                    if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                        return PyInt.of(lo);
                    }
                    break;
                }
                default:
                    break;
            }
            frame.bci = bci;
            return Ops.binaryOp(BinaryOp.of(op), a, b);
        }
        if (a instanceof PyFloat && b instanceof PyFloat) {
            site.record(a.type(), b.type());
            double x = ((PyFloat) a).value, y = ((PyFloat) b).value;
            switch (op) {
                case OP_ADD: case OP_INPLACE_ADD: return PyFloat.of(x + y);
                case OP_SUBTRACT: case OP_INPLACE_SUBTRACT: return PyFloat.of(x - y);
                case OP_MULTIPLY: case OP_INPLACE_MULTIPLY: return PyFloat.of(x * y);
                default: frame.bci = bci;
            return Ops.binaryOp(BinaryOp.of(op), a, b);
            }
        }
        site.record(a.type(), b.type());
        if (a instanceof PyStr && b instanceof PyStr && (op == OP_ADD || op == OP_INPLACE_ADD)) {
            return PyStr.of(((PyStr) a).value.concat(((PyStr) b).value));
        }
        frame.bci = bci;
            return Ops.binaryOp(BinaryOp.of(op), a, b);
    }

    /** COMPARE_OP with fast paths for exact int and float operands (cases are CompareOp's LT..GE). */
    private static PyObject compareOp(SiteFeedback site, int op, PyObject a, PyObject b, PyFrame frame, int bci) {
        if (a instanceof PyInt && b instanceof PyInt) {
            site.record(a.type(), b.type());  // exact classes here: the type() calls fold
            long x = ((PyInt) a).value, y = ((PyInt) b).value;
            switch (op) {
                case 0: return PyBool.of(x < y);
                case 1: return PyBool.of(x <= y);
                case 2: return PyBool.of(x == y);
                case 3: return PyBool.of(x != y);
                case 4: return PyBool.of(x > y);
                default: return PyBool.of(x >= y);
            }
        }
        if (a instanceof PyFloat && b instanceof PyFloat) {
            site.record(a.type(), b.type());
            double x = ((PyFloat) a).value, y = ((PyFloat) b).value;
            switch (op) {
                case 0: return PyBool.of(x < y);
                case 1: return PyBool.of(x <= y);
                case 2: return PyBool.of(x == y);
                case 3: return PyBool.of(x != y);
                case 4: return PyBool.of(x > y);
                default: return PyBool.of(x >= y);
            }
        }
        site.record(a.type(), b.type());
        frame.bci = bci;
        return Ops.richCompare(a, b, CompareOp.of(op));
    }
}
