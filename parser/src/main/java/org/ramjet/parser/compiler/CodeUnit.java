package org.ramjet.parser.compiler;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ramjet.bytecode.Opcode;
import org.ramjet.objects.PyObject;
import org.ramjet.parser.ast.Node;
import org.ramjet.parser.scope.Scope;

/**
 * The code object being generated for one scope: a growable instruction buffer in parallel
 * primitive arrays (opcode, argument, position, exception handler), labels, the lexically
 * active exception handlers, and the constant/name/variable tables. {@link Assembler} turns it
 * into a {@code PyCode}.
 *
 * <p>Two pseudo-instructions exist only here: {@link #JUMP} (an unconditional jump that the
 * assembler turns into {@code JUMP_FORWARD} or {@code JUMP_BACKWARD}, or drops when it jumps to
 * the next instruction) and {@link #SETUP} (marks where a handler is pushed, so that the stack
 * depth there gives the handler's depth, as CPython's {@code SETUP_FINALLY}).
 */
final class CodeUnit {
    static final int JUMP = 256;
    static final int SETUP = 257;

    /** An exception handler: where it jumps and how it finds the stack. */
    static final class Handler {
        final int label;
        final boolean lasti;
        /** Added to the stack depth at the SETUP point (-1 for with: the __enter__ result is gone). */
        final int adjust;
        int depth = -1;

        Handler(int label, boolean lasti, int adjust) {
            this.label = label;
            this.lasti = lasti;
            this.adjust = adjust;
        }
    }

    /** What kind of code this is; some statements are legal only in some kinds. */
    enum Kind { MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA, COMPREHENSION }

    final Kind kind;
    final Scope scope;
    final String name;
    final String qualname;
    final int firstLineno;
    /** The class name for private-name mangling, or null. */
    final String privateName;

    int[] ops = new int[64];
    int[] args = new int[64];
    int[] pos = new int[256];
    int[] handlerOf = new int[64];
    int size;

    int[] labelPos = new int[16];
    int labelCount;

    final List<Handler> handlers = new ArrayList<>();
    int[] handlerStack = new int[8];
    int handlerDepth;

    int line = -1, col = -1, endLine = -1, endCol = -1;

    final List<PyObject> consts = new ArrayList<>();
    private final Map<ConstKey, Integer> constIndex = new HashMap<>();
    final LinkedHashMap<String, Integer> names = new LinkedHashMap<>();
    final LinkedHashMap<String, Integer> varnames = new LinkedHashMap<>();
    final LinkedHashMap<String, Integer> cellvars = new LinkedHashMap<>();
    final LinkedHashMap<String, Integer> freevars = new LinkedHashMap<>();

    int argcount, posonlyargcount, kwonlyargcount;

    /** The statements being compiled that break, continue and return must unwind. */
    final List<FBlock> fblocks = new ArrayList<>();

    CodeUnit(Kind kind, Scope scope, String name, String qualname, int firstLineno, String privateName) {
        this.kind = kind;
        this.scope = scope;
        this.name = name;
        this.qualname = qualname;
        this.firstLineno = firstLineno;
        this.privateName = privateName;
    }

    // ---- positions ----

    void setLoc(Node n) {
        line = n.lineno;
        col = n.colOffset;
        endLine = n.endLineno;
        endCol = n.endColOffset;
    }

    void setLoc(int line, int col, int endLine, int endCol) {
        this.line = line;
        this.col = col;
        this.endLine = endLine;
        this.endCol = endCol;
    }

    /** The instructions that follow are artificial: they take a neighbour's position. */
    void unsetLoc() {
        line = col = endLine = endCol = -1;
    }

    int[] saveLoc() {
        return new int[] {line, col, endLine, endCol};
    }

    void restoreLoc(int[] l) {
        setLoc(l[0], l[1], l[2], l[3]);
    }

    // ---- emission ----

    private void add(int op, int arg) {
        if (size == ops.length) {
            int n = size * 2;
            ops = Arrays.copyOf(ops, n);
            args = Arrays.copyOf(args, n);
            handlerOf = Arrays.copyOf(handlerOf, n);
            pos = Arrays.copyOf(pos, 4 * n);
        }
        ops[size] = op;
        args[size] = arg;
        handlerOf[size] = handlerDepth == 0 ? -1 : handlerStack[handlerDepth - 1];
        int p = 4 * size;
        pos[p] = line;
        pos[p + 1] = col;
        pos[p + 2] = endLine;
        pos[p + 3] = endCol;
        size++;
    }

    void emit(Opcode op) {
        add(op.ordinal(), 0);
    }

    void emit(Opcode op, int arg) {
        add(op.ordinal(), arg);
    }

    /** A conditional or special jump (FOR_ITER, SEND, POP_JUMP_IF_*): always forward. */
    void emitJump(Opcode op, int label) {
        add(op.ordinal(), label);
    }

    /** An unconditional jump, forward or back. */
    void jump(int label) {
        add(JUMP, label);
    }

    int newLabel() {
        if (labelCount == labelPos.length) {
            labelPos = Arrays.copyOf(labelPos, labelCount * 2);
        }
        labelPos[labelCount] = -1;
        return labelCount++;
    }

    private int lastBound = -1;

    void bind(int label) {
        labelPos[label] = size;
        lastBound = size;
    }

    /** A label points just past the last instruction: code can still arrive here. */
    boolean labelBoundAtEnd() {
        return lastBound == size;
    }

    /** True when the last emitted instruction never falls through. */
    boolean lastIsTerminator() {
        if (size == 0) {
            return false;
        }
        int op = ops[size - 1];
        return op == JUMP || (op < JUMP && Opcode.of(op).isTerminator());
    }

    // ---- exception handlers ----

    private void pushHandler(int label, boolean lasti, int adjust) {
        Handler h = new Handler(label, lasti, adjust);
        handlers.add(h);
        int id = handlers.size() - 1;
        add(SETUP, id);
        if (handlerDepth == handlerStack.length) {
            handlerStack = Arrays.copyOf(handlerStack, handlerDepth * 2);
        }
        handlerStack[handlerDepth++] = id;
    }

    /** CPython's SETUP_FINALLY: the handler receives [.., exc]. */
    void setupFinally(int label) {
        pushHandler(label, false, 0);
    }

    /** CPython's SETUP_CLEANUP: the handler receives [.., lasti, exc]. */
    void setupCleanup(int label) {
        pushHandler(label, true, 0);
    }

    /** CPython's SETUP_WITH: like cleanup, below the __enter__ result that the body pops. */
    void setupWith(int label) {
        pushHandler(label, true, -1);
    }

    void popBlock() {
        handlerDepth--;
    }

    int[] saveHandlers() {
        return Arrays.copyOf(handlerStack, handlerDepth);
    }

    void restoreHandlers(int[] saved) {
        handlerStack = Arrays.copyOf(saved, Math.max(8, saved.length * 2));
        handlerDepth = saved.length;
    }

    // ---- tables ----

    int addConst(PyObject value) {
        ConstKey key = new ConstKey(value);
        Integer i = constIndex.get(key);
        if (i == null) {
            i = consts.size();
            consts.add(value);
            constIndex.put(key, i);
        }
        return i;
    }

    static int indexIn(LinkedHashMap<String, Integer> map, String name) {
        Integer i = map.get(name);
        if (i == null) {
            i = map.size();
            map.put(name, i);
        }
        return i;
    }

    int addName(String n) {
        return indexIn(names, n);
    }

    int addVarname(String n) {
        return indexIn(varnames, n);
    }
}
