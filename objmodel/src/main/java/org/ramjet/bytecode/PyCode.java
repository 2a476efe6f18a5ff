package org.ramjet.bytecode;

import java.util.List;
import org.ramjet.feedback.JitState;
import org.ramjet.objects.PyObject;

/**
 * A code object: what the compiler produces for a module, class body, function, lambda or
 * comprehension, and what every tier executes.
 *
 * <p>Variable layout, as in CPython: {@code varnames} are the fast locals (parameters first:
 * positional-only, positional-or-keyword, keyword-only, then {@code *args}, then
 * {@code **kwargs}, then other locals); {@code cellvars} are this code's variables captured by
 * inner scopes; {@code freevars} are variables captured from enclosing scopes. CELL operands
 * index {@code cellvars} followed by {@code freevars}. {@code cell2arg[i]} is the index of the
 * parameter that cell {@code i} is initialised from, or -1.
 *
 * <p>Each instruction that carries feedback ({@link Opcode#hasFeedback()}) owns the slot
 * {@code feedbackSlot[bci]}; slots are numbered in bytecode order from 0 to
 * {@code feedbackSlotCount - 1}, and -1 marks instructions without one.
 */
public final class PyCode extends PyObject {
    public final String name;
    public final String qualname;
    public final String filename;
    public final int firstLineno;
    public final int argcount;
    public final int posonlyargcount;
    public final int kwonlyargcount;
    public final int flags;
    public final int stacksize;
    public final int[] instructions;
    public final PyObject[] consts;
    public final String[] names;
    public final String[] varnames;
    public final String[] cellvars;
    public final String[] freevars;
    public final int[] cell2arg;
    public final List<ExceptionTableEntry> exceptionTable;
    public final LineTable lineTable;
    public final int[] feedbackSlot;
    public final int feedbackSlotCount;
    // Counters, feedback and installed compiled code; created the first time the code runs.
    // Not volatile: JitState's fields that matter are final, so a racy read sees it complete.
    private JitState jit;

    public PyCode(String name, String qualname, String filename, int firstLineno,
                  int argcount, int posonlyargcount, int kwonlyargcount, int flags, int stacksize,
                  int[] instructions, PyObject[] consts, String[] names, String[] varnames,
                  String[] cellvars, String[] freevars, int[] cell2arg,
                  List<ExceptionTableEntry> exceptionTable, LineTable lineTable) {
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.firstLineno = firstLineno;
        this.argcount = argcount;
        this.posonlyargcount = posonlyargcount;
        this.kwonlyargcount = kwonlyargcount;
        this.flags = flags;
        this.stacksize = stacksize;
        this.instructions = instructions;
        this.consts = consts;
        this.names = names;
        this.varnames = varnames;
        this.cellvars = cellvars;
        this.freevars = freevars;
        this.cell2arg = cell2arg;
        this.exceptionTable = List.copyOf(exceptionTable);
        this.lineTable = lineTable;
        if (lineTable.size() != instructions.length) {
            throw new IllegalArgumentException("line table covers " + lineTable.size()
                    + " instructions, code has " + instructions.length);
        }
        this.feedbackSlot = new int[instructions.length];
        int slots = 0;
        for (int bci = 0; bci < instructions.length; bci++) {
            feedbackSlot[bci] = Instruction.opcode(instructions[bci]).hasFeedback() ? slots++ : -1;
        }
        this.feedbackSlotCount = slots;
    }

    /** The JIT state (counters, feedback vector, installed code), created on first use. */
    public JitState jit() {
        JitState j = jit;
        return j != null ? j : createJitState();
    }

    /** The JIT state if this code has run, else null (for dumps that must not create it). */
    public JitState jitIfStarted() {
        return jit;
    }

    private synchronized JitState createJitState() {
        if (jit == null) {
            jit = new JitState(this);
        }
        return jit;
    }

    /** Number of fast locals plus cell and free variables: the size of a frame's variable part. */
    public int nlocalsplus() {
        return varnames.length + cellvars.length + freevars.length;
    }

    @Override
    public org.ramjet.objects.PyType type() {
        return org.ramjet.objects.FunctionTypes.CODE;
    }

    public boolean hasFlag(int flag) {
        return (flags & flag) != 0;
    }

    /** Total number of arguments bound to fast locals, counting {@code *args} and {@code **kwargs}. */
    public int totalArgCount() {
        return argcount + kwonlyargcount + (hasFlag(CodeFlags.VARARGS) ? 1 : 0)
                + (hasFlag(CodeFlags.VARKEYWORDS) ? 1 : 0);
    }

    /** The handler covering {@code bci}, or null. */
    public ExceptionTableEntry handlerFor(int bci) {
        for (ExceptionTableEntry e : exceptionTable) {
            if (e.covers(bci)) {
                return e;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "<code object " + name + ", file \"" + filename + "\", line " + firstLineno + ">";
    }
}
