package org.ramjet.interp;

import java.util.ArrayList;
import java.util.List;
import org.ramjet.bytecode.ExceptionTableEntry;
import org.ramjet.bytecode.Instruction;
import org.ramjet.bytecode.LineTable;
import org.ramjet.bytecode.Opcode;
import org.ramjet.bytecode.PyCode;
import org.ramjet.objects.PyObject;

/** Builds small code objects by hand for interpreter tests (before and beside the compiler). */
final class Assembler {
    private final List<Integer> words = new ArrayList<>();
    private final List<int[]> positions = new ArrayList<>();
    private final List<PyObject> consts = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final List<ExceptionTableEntry> handlers = new ArrayList<>();
    private String[] varnames = new String[0];
    private String[] cellvars = new String[0];
    private String[] freevars = new String[0];
    private int line = 1;
    private int flags;
    private int argcount;
    private String name = "<module>";

    Assembler codeName(String n) {
        name = n;
        return this;
    }

    Assembler varnames(String... v) {
        varnames = v;
        return this;
    }

    Assembler cellvars(String... v) {
        cellvars = v;
        return this;
    }

    Assembler freevars(String... v) {
        freevars = v;
        return this;
    }

    Assembler flags(int f) {
        flags = f;
        return this;
    }

    Assembler argcount(int n) {
        argcount = n;
        return this;
    }

    Assembler line(int l) {
        line = l;
        return this;
    }

    /** Index of the next instruction. */
    int here() {
        return words.size();
    }

    Assembler op(Opcode op, int arg) {
        words.add(Instruction.encode(op, arg));
        positions.add(new int[] {line, 0, line, 1});
        return this;
    }

    Assembler op(Opcode op) {
        return op(op, 0);
    }

    /** Patches the argument of the instruction at {@code bci} (forward jumps). */
    Assembler patch(int bci, int arg) {
        Opcode op = Instruction.opcode(words.get(bci));
        words.set(bci, Instruction.encode(op, arg));
        return this;
    }

    int constant(PyObject c) {
        consts.add(c);
        return consts.size() - 1;
    }

    Assembler loadConst(PyObject c) {
        return op(Opcode.LOAD_CONST, constant(c));
    }

    int name(String n) {
        int i = names.indexOf(n);
        if (i < 0) {
            names.add(n);
            i = names.size() - 1;
        }
        return i;
    }

    Assembler named(Opcode op, String n) {
        return op(op, name(n));
    }

    Assembler handler(int start, int end, int target, int depth, boolean lasti) {
        handlers.add(new ExceptionTableEntry(start, end, target, depth, lasti));
        return this;
    }

    PyCode build() {
        int[] code = new int[words.size()];
        int[] pos = new int[4 * words.size()];
        for (int i = 0; i < code.length; i++) {
            code[i] = words.get(i);
            System.arraycopy(positions.get(i), 0, pos, 4 * i, 4);
        }
        int[] cell2arg = new int[cellvars.length];
        java.util.Arrays.fill(cell2arg, -1);
        handlers.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new PyCode(name, name, "<test>", 1, argcount, 0, 0, flags, 32, code,
                consts.toArray(new PyObject[0]), names.toArray(new String[0]), varnames, cellvars, freevars,
                cell2arg, handlers, new LineTable(pos));
    }
}
