package org.ramjet.parser.compiler;

import org.ramjet.objects.Repr;
import java.util.ArrayList;
import java.util.List;
import org.ramjet.bytecode.BinaryOp;
import org.ramjet.bytecode.CompareOp;
import org.ramjet.bytecode.ExceptionTableEntry;
import org.ramjet.bytecode.Instruction;
import org.ramjet.bytecode.LineTable;
import org.ramjet.bytecode.Opcode;
import org.ramjet.bytecode.PyCode;
import org.ramjet.objects.PyObject;

/**
 * A listing of code objects in the layout of CPython 3.11's {@code dis.dis}: source line at the
 * first instruction of each line, {@code >>} on jump targets, bytecode index, opcode name,
 * argument and its meaning (constant, name, variable, jump target, operator, flags), the
 * exception table, then every nested code object. What {@code ramjet -X dis FILE} prints.
 */
public final class Disassembler {
    private static final int OPNAME_WIDTH = 20;
    private static final int OPARG_WIDTH = 5;

    private Disassembler() {}

    /** The listing of {@code code} and, after it, of every code object nested in it. */
    public static String disassemble(PyCode code) {
        StringBuilder sb = new StringBuilder();
        disassembleRecursive(code, sb);
        return sb.toString();
    }

    private static void disassembleRecursive(PyCode code, StringBuilder sb) {
        disassembleOne(code, sb);
        for (PyObject c : code.consts) {
            if (c instanceof PyCode) {
                sb.append('\n').append("Disassembly of ").append(Repr.reprString(c)).append(":\n");
                disassembleRecursive((PyCode) c, sb);
            }
        }
    }

    /** The listing of one code object, without nested ones. */
    public static String disassembleOne(PyCode code) {
        StringBuilder sb = new StringBuilder();
        disassembleOne(code, sb);
        return sb.toString();
    }

    private static void disassembleOne(PyCode code, StringBuilder sb) {
        int[] insns = code.instructions;
        LineTable lines = code.lineTable;
        boolean[] target = new boolean[insns.length + 1];
        for (int word : insns) {
            if (Instruction.opcode(word).isJump()) {
                target[Math.min(Instruction.arg(word), insns.length)] = true;
            }
        }
        for (ExceptionTableEntry e : code.exceptionTable) {
            target[e.target()] = true;
        }
        int maxLine = 0;
        for (int i = 0; i < insns.length; i++) {
            maxLine = Math.max(maxLine, lines.line(i));
        }
        int linenoWidth = maxLine >= 1000 ? Integer.toString(maxLine).length() : 3;
        int offsetWidth = Math.max(4, Integer.toString(Math.max(0, insns.length - 1)).length());
        int lastLine = Integer.MIN_VALUE;
        for (int bci = 0; bci < insns.length; bci++) {
            int word = insns[bci];
            Opcode op = Instruction.opcode(word);
            int arg = Instruction.arg(word);
            int line = lines.line(bci);
            List<String> fields = new ArrayList<>();
            if (line >= 0 && line != lastLine) {
                if (bci > 0) {
                    sb.append('\n');
                }
                lastLine = line;
                fields.add(pad(Integer.toString(line), linenoWidth, true));
            } else {
                fields.add(" ".repeat(linenoWidth));
            }
            fields.add("   ");
            fields.add(target[bci] ? ">>" : "  ");
            fields.add(pad(Integer.toString(bci), offsetWidth, true));
            fields.add(pad(op.name(), OPNAME_WIDTH, false));
            if (op.operand != org.ramjet.bytecode.OperandKind.NONE) {
                fields.add(pad(Integer.toString(arg), OPARG_WIDTH, true));
                String meaning = argRepr(code, op, arg);
                if (!meaning.isEmpty()) {
                    fields.add("(" + meaning + ")");
                }
            }
            sb.append(String.join(" ", fields).stripTrailing()).append('\n');
        }
        if (!code.exceptionTable.isEmpty()) {
            sb.append("ExceptionTable:\n");
            for (ExceptionTableEntry e : code.exceptionTable) {
                sb.append("  ").append(e.start()).append(" to ").append(e.end() - 1).append(" -> ")
                        .append(e.target()).append(" [").append(e.depth()).append(']')
                        .append(e.pushLasti() ? " lasti" : "").append('\n');
            }
        }
    }

    private static String pad(String s, int width, boolean right) {
        if (s.length() >= width) {
            return s;
        }
        String spaces = " ".repeat(width - s.length());
        return right ? spaces + s : s + spaces;
    }

    /** The parenthesized meaning of an argument, by the opcode's operand kind. */
    static String argRepr(PyCode code, Opcode op, int arg) {
        switch (op.operand) {
            case NONE:
                return "";
            case CONST:
                return arg < code.consts.length ? Repr.reprString(code.consts[arg]) : "<bad const " + arg + ">";
            case NAME:
                return arg < code.names.length ? code.names[arg] : "<bad name " + arg + ">";
            case LOCAL:
                return arg < code.varnames.length ? code.varnames[arg] : "<bad local " + arg + ">";
            case CELL:
                if (arg < code.cellvars.length) {
                    return code.cellvars[arg];
                }
                int f = arg - code.cellvars.length;
                return f < code.freevars.length ? code.freevars[f] : "<bad cell " + arg + ">";
            case JUMP:
                return "to " + arg;
            case COUNT:
                return "";
            case BINARY_OP:
                return arg < BinaryOp.values().length ? BinaryOp.of(arg).symbol : "<bad op " + arg + ">";
            case COMPARE_OP:
                return arg < CompareOp.values().length ? CompareOp.of(arg).symbol : "<bad op " + arg + ">";
            case FLAGS:
                return flags(op, arg);
            default:
                throw new IllegalStateException(op.operand.toString());
        }
    }

    private static String flags(Opcode op, int arg) {
        switch (op) {
            case MAKE_FUNCTION: {
                List<String> parts = new ArrayList<>();
                String[] names = {"defaults", "kwdefaults", "annotations", "closure"};
                for (int i = 0; i < names.length; i++) {
                    if ((arg & (1 << i)) != 0) {
                        parts.add(names[i]);
                    }
                }
                return String.join(", ", parts);
            }
            case FORMAT_VALUE: {
                String[] conv = {"", "str", "repr", "ascii"};
                String c = conv[arg & 3];
                if ((arg & 4) != 0) {
                    return c.isEmpty() ? "with format" : c + ", with format";
                }
                return c;
            }
            case IS_OP:
                return arg == 0 ? "is" : "is not";
            case CONTAINS_OP:
                return arg == 0 ? "in" : "not in";
            case CALL_FUNCTION_EX:
                return (arg & 1) != 0 ? "with kwargs" : "";
            case GET_AWAITABLE:
                return arg == 1 ? "after __aenter__" : arg == 2 ? "after __aexit__" : "";
            default:
                return arg == 0 ? "" : "0x" + Integer.toHexString(arg);
        }
    }
}
