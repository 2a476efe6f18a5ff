package org.ramjet.parser.compiler;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ramjet.bytecode.ExceptionTableEntry;
import org.ramjet.bytecode.Instruction;
import org.ramjet.bytecode.LineTable;
import org.ramjet.bytecode.Opcode;
import org.ramjet.bytecode.PyCode;
import org.ramjet.objects.PyObject;

/**
 * Turns a {@link CodeUnit} into a {@link PyCode}: a stack-depth flow analysis over jumps and
 * handlers (which also finds unreachable code and each handler's depth), removal of dead code,
 * pseudo-instructions, redundant {@code NOP}s and jumps to the next instruction, jump
 * resolution (unconditional jumps become {@code JUMP_FORWARD} or {@code JUMP_BACKWARD}),
 * position propagation for artificial instructions (CPython's {@code propagate_line_numbers})
 * and the exception table (consecutive instructions with the same handler form one entry).
 * Everything is linear in the number of instructions.
 */
final class Assembler {
    private final CodeUnit u;
    private final int n;
    private int[] depth;
    private int maxDepth;

    Assembler(CodeUnit u) {
        this.u = u;
        this.n = u.size;
    }

    PyCode assemble(String filename, int flags) {
        int[] target = resolveLabels();
        analyzeStack(target);
        boolean[] leader = new boolean[n + 1];
        for (int i = 0; i < n; i++) {
            if (isJump(u.ops[i])) {
                leader[target[i]] = true;
            }
        }
        for (CodeUnit.Handler h : u.handlers) {
            leader[u.labelPos[h.label]] = true;
        }
        boolean[] kept = chooseKept(target, leader);
        int[] firstKept = dropJumpsToNext(target, kept);
        int[] newIndex = new int[n + 1];
        int count = 0;
        for (int i = 0; i < n; i++) {
            newIndex[i] = count;
            if (kept[i]) {
                count++;
            }
        }
        newIndex[n] = count;
        int[] code = new int[count];
        int[] pos = new int[4 * count];
        int[] handlerOf = new int[count];
        int[] newTarget = new int[count];
        Arrays.fill(newTarget, -1);
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (!kept[i]) {
                continue;
            }
            int op = u.ops[i];
            int arg = u.args[i];
            Opcode opcode;
            if (op == CodeUnit.JUMP || (op < CodeUnit.JUMP && Opcode.of(op).isJump())) {
                int t = newIndex[firstKept[target[i]]];
                newTarget[k] = t;
                if (op == CodeUnit.JUMP) {
                    opcode = t > k ? Opcode.JUMP_FORWARD : Opcode.JUMP_BACKWARD;
                } else {
                    opcode = Opcode.of(op);
                    if (t <= k) {
                        throw new IllegalStateException("backward " + opcode + " at " + k + " in " + u.name);
                    }
                }
                arg = t;
            } else if (op == CodeUnit.SETUP) {
                opcode = Opcode.NOP;
                arg = 0;
            } else {
                opcode = Opcode.of(op);
            }
            code[k] = Instruction.encode(opcode, arg);
            System.arraycopy(u.pos, 4 * i, pos, 4 * k, 4);
            handlerOf[k] = u.handlerOf[i];
            k++;
        }
        boolean[] handlerEntry = new boolean[count + 1];
        for (CodeUnit.Handler h : u.handlers) {
            if (h.depth >= 0) {
                handlerEntry[newIndex[firstKept[u.labelPos[h.label]]]] = true;
            }
        }
        propagatePositions(code, pos, newTarget, handlerEntry);
        List<ExceptionTableEntry> table = exceptionTable(handlerOf, newIndex, firstKept);
        return new PyCode(u.name, u.qualname, filename, u.firstLineno, u.argcount, u.posonlyargcount,
                u.kwonlyargcount, flags, maxDepth, code, u.consts.toArray(new PyObject[0]),
                keys(u.names), keys(u.varnames), keys(u.cellvars), keys(u.freevars),
                cell2arg(), table, new LineTable(pos));
    }

    private static boolean isJump(int op) {
        return op == CodeUnit.JUMP || (op < CodeUnit.JUMP && Opcode.of(op).isJump());
    }

    private int[] resolveLabels() {
        int[] target = new int[n];
        for (int i = 0; i < n; i++) {
            if (isJump(u.ops[i])) {
                int p = u.labelPos[u.args[i]];
                if (p < 0) {
                    throw new IllegalStateException("unbound label in " + u.name);
                }
                target[i] = p;
            }
        }
        for (CodeUnit.Handler h : u.handlers) {
            if (u.labelPos[h.label] < 0) {
                throw new IllegalStateException("unbound handler label in " + u.name);
            }
        }
        return target;
    }

    // ---- stack depth ----

    private void analyzeStack(int[] target) {
        depth = new int[n + 1];
        Arrays.fill(depth, -1);
        int[] work = new int[n + 1];
        int top = 0;
        if (n > 0) {
            depth[0] = 0;
            work[top++] = 0;
        }
        while (top > 0) {
            int i = work[--top];
            // follow straight-line code without pushing every instruction on the work list
            while (i < n) {
                int d = depth[i];
                int op = u.ops[i];
                int arg = u.args[i];
                int next;
                if (op == CodeUnit.SETUP) {
                    CodeUnit.Handler h = u.handlers.get(arg);
                    int hd = d + h.adjust;
                    if (h.depth >= 0 && h.depth != hd) {
                        throw new IllegalStateException("handler depth mismatch in " + u.name);
                    }
                    h.depth = hd;
                    top = reach(u.labelPos[h.label], hd + 1 + (h.lasti ? 1 : 0), work, top);
                    next = d;
                } else if (op == CodeUnit.JUMP) {
                    top = reach(target[i], d, work, top);
                    break;
                } else {
                    Opcode o = Opcode.of(op);
                    if (o.isJump()) {
                        top = reach(target[i], d + o.stackEffect(arg, true), work, top);
                    }
                    next = d + o.stackEffect(arg, false);
                    if (o.isTerminator()) {
                        if (next < 0) {
                            throw new IllegalStateException("stack underflow at " + i + " (" + o + ") in " + u.name);
                        }
                        break;
                    }
                }
                if (next < 0) {
                    throw new IllegalStateException("stack underflow at " + i + " in " + u.name);
                }
                maxDepth = Math.max(maxDepth, next);
                i++;
                if (i >= n) {
                    throw new IllegalStateException("falls off the end of " + u.name);
                }
                if (depth[i] >= 0) {
                    if (depth[i] != next) {
                        throw new IllegalStateException("inconsistent stack depth at " + i + " in " + u.name
                                + ": " + depth[i] + " vs " + next);
                    }
                    break;
                }
                depth[i] = next;
            }
        }
    }

    private int reach(int i, int d, int[] work, int top) {
        if (d < 0) {
            throw new IllegalStateException("stack underflow at jump target " + i + " in " + u.name);
        }
        maxDepth = Math.max(maxDepth, d);
        if (depth[i] >= 0) {
            if (depth[i] != d) {
                throw new IllegalStateException("inconsistent stack depth at " + i + " in " + u.name
                        + ": " + depth[i] + " vs " + d);
            }
            return top;
        }
        depth[i] = d;
        work[top++] = i;
        return top;
    }

    // ---- what stays ----

    private boolean[] chooseKept(int[] target, boolean[] leader) {
        boolean[] kept = new boolean[n];
        int prevLine = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            int op = u.ops[i];
            if (depth[i] < 0) {
                continue;
            }
            // a handler push leaves a NOP carrying its statement's line (the "try:" line), as in CPython
            if (op == Opcode.NOP.ordinal() || op == CodeUnit.SETUP) {
                int line = u.pos[4 * i];
                if (line < 0 || (!leader[i] && prevLine == line)) {
                    continue;
                }
                int j = i + 1;
                while (j < n && depth[j] < 0 && !leader[j]) {
                    j++;
                }
                if (j < n && !leader[j] && depth[j] >= 0) {
                    int nextLine = u.pos[4 * j];
                    if (nextLine < 0) {
                        System.arraycopy(u.pos, 4 * i, u.pos, 4 * j, 4);
                        continue;
                    }
                    if (nextLine == line) {
                        continue;
                    }
                }
            }
            kept[i] = true;
            boolean falls = !(op == CodeUnit.JUMP || (op < CodeUnit.JUMP && Opcode.of(op).isTerminator()));
            prevLine = falls ? u.pos[4 * i] : Integer.MIN_VALUE;
        }
        return kept;
    }

    /** Drops unconditional jumps to the next kept instruction; returns, per index, the first kept index at or after it. */
    private int[] dropJumpsToNext(int[] target, boolean[] kept) {
        int[] firstKept = new int[n + 1];
        firstKept[n] = n;
        for (int i = n - 1; i >= 0; i--) {
            if (kept[i] && u.ops[i] == CodeUnit.JUMP && target[i] > i
                    && firstKept[target[i]] == firstKept[i + 1]) {
                kept[i] = false;
            }
            firstKept[i] = kept[i] ? i : firstKept[i + 1];
        }
        return firstKept;
    }

    // ---- positions ----

    private void propagatePositions(int[] code, int[] pos, int[] newTarget, boolean[] handlerEntry) {
        int count = code.length;
        int[] preds = new int[count + 1];
        int[] pred = new int[count + 1];
        boolean[] leader = new boolean[count + 1];
        for (int k = 0; k < count; k++) {
            Opcode op = Instruction.opcode(code[k]);
            if (op.isJump()) {
                int t = newTarget[k];
                preds[t]++;
                pred[t] = k;
                leader[t] = true;
                leader[k + 1] = true;
            }
            if (!op.isTerminator() && k + 1 <= count) {
                preds[k + 1]++;
                pred[k + 1] = k;
            } else {
                leader[k + 1] = true;
            }
        }
        for (int k = 0; k < count; k++) {
            // handler entries are reached by exceptions only: never inherit a position
            if (handlerEntry[k]) {
                leader[k] = true;
                preds[k] += 2;
            }
        }
        for (int k = 0; k < count; k++) {
            if (pos[4 * k] >= 0) {
                continue;
            }
            int from = -1;
            if (!leader[k] && k > 0) {
                from = k - 1;
            } else if (leader[k] && preds[k] == 1 && pred[k] < k) {
                from = pred[k];
            }
            if (from >= 0) {
                System.arraycopy(pos, 4 * from, pos, 4 * k, 4);
            }
        }
    }

    // ---- exception table ----

    private List<ExceptionTableEntry> exceptionTable(int[] handlerOf, int[] newIndex, int[] firstKept) {
        List<ExceptionTableEntry> out = new ArrayList<>();
        int count = handlerOf.length;
        int k = 0;
        while (k < count) {
            int h = handlerOf[k];
            int start = k;
            while (k < count && handlerOf[k] == h) {
                k++;
            }
            if (h < 0) {
                continue;
            }
            CodeUnit.Handler handler = u.handlers.get(h);
            if (handler.depth < 0) {
                throw new IllegalStateException("handler without a depth in " + u.name);
            }
            int t = newIndex[firstKept[u.labelPos[handler.label]]];
            out.add(new ExceptionTableEntry(start, k, t, handler.depth, handler.lasti));
        }
        return out;
    }

    private static String[] keys(Map<String, Integer> m) {
        return m.keySet().toArray(new String[0]);
    }

    private int[] cell2arg() {
        int[] c2a = new int[u.cellvars.size()];
        int i = 0;
        for (String cell : u.cellvars.keySet()) {
            Integer v = u.varnames.get(cell);
            int total = u.argcount + u.kwonlyargcount + (u.scope.hasVarargs() ? 1 : 0)
                    + (u.scope.hasVarkeywords() ? 1 : 0);
            c2a[i++] = v != null && v < total ? v : -1;
        }
        return c2a;
    }
}
