package org.ramjet.interp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.ramjet.bytecode.BinaryOp;
import org.ramjet.bytecode.CompareOp;
import org.ramjet.bytecode.Instruction;
import org.ramjet.bytecode.PyCode;
import org.ramjet.feedback.FeedbackVector;
import org.ramjet.feedback.GlobalSource;
import org.ramjet.feedback.JitState;
import org.ramjet.feedback.SiteFeedback;
import org.ramjet.objects.PyFunction;
import org.ramjet.objects.PyType;
import org.ramjet.objects.layout.ObjectMap;

/**
 * The {@code -X feedback} dump: for each code object that ran, its counters and every
 * feedback site with its lattice state and the keys it saw, e.g.
 * <pre>
 * fib (fib.py:1)  calls=177 back-edges=0
 *   @3   COMPARE_OP &lt;       MONOMORPHIC  (int, int)
 *   @12  CALL               MONOMORPHIC  function fib
 * </pre>
 */
public final class FeedbackPrinter {
    private FeedbackPrinter() {}

    /** The dump of every code object that ran with at least {@code minCalls} calls or a back-edge. */
    public static String dumpAll(int minCalls) {
        return dump(JitState.startedCodes(), minCalls);
    }

    /** Dumps the codes that have a JIT state with at least {@code minCalls} calls or a back-edge. */
    public static String dump(Collection<PyCode> codes, int minCalls) {
        StringBuilder sb = new StringBuilder();
        for (PyCode code : codes) {
            JitState jit = code.jitIfStarted();
            if (jit == null || (jit.calls < minCalls && jit.backEdges == 0)) {
                continue;
            }
            dump(code, sb);
        }
        return sb.toString();
    }

    /** {@code root} and every code object nested in its constants, depth first. */
    public static List<PyCode> allCodes(PyCode root) {
        List<PyCode> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(PyCode code, List<PyCode> out) {
        out.add(code);
        for (org.ramjet.objects.PyObject c : code.consts) {
            if (c instanceof PyCode) {
                collect((PyCode) c, out);
            }
        }
    }

    /** One code object's counters and sites. */
    public static String dump(PyCode code) {
        StringBuilder sb = new StringBuilder();
        dump(code, sb);
        return sb.toString();
    }

    private static void dump(PyCode code, StringBuilder sb) {
        JitState jit = code.jitIfStarted();
        sb.append(code.qualname).append(" (").append(code.filename).append(':').append(code.firstLineno)
                .append(")  calls=").append(jit == null ? 0 : jit.calls)
                .append(" back-edges=").append(jit == null ? 0 : jit.backEdges).append('\n');
        if (jit == null) {
            return;
        }
        FeedbackVector fv = jit.feedback;
        for (int i = 0; i < fv.size(); i++) {
            SiteFeedback site = fv.slot(i);
            String op = site.opcode.name() + operandSuffix(code, site);
            sb.append(String.format("  @%-4d %-24s %-13s", site.bci, op, site.state()));
            List<String> keys = new ArrayList<>();
            for (int k = 0; k < site.size(); k++) {
                keys.add(describeKey(site.keyA(k), site.keyB(k)));
            }
            sb.append(String.join(" | ", keys)).append('\n');
        }
    }

    private static String operandSuffix(PyCode code, SiteFeedback site) {
        int arg = Instruction.arg(code.instructions[site.bci]);
        switch (site.opcode) {
            case BINARY_OP: return " " + BinaryOp.of(arg).symbol;
            case COMPARE_OP: return " " + CompareOp.of(arg).symbol;
            case LOAD_ATTR:
            case STORE_ATTR:
            case LOAD_METHOD:
            case LOAD_GLOBAL: return " " + code.names[arg];
            default: return "";
        }
    }

    private static String describeKey(Object a, Object b) {
        if (a instanceof GlobalSource) {
            return ((GlobalSource) a).name().toLowerCase();
        }
        String first = describe(a);
        if (b == null) {
            return first;
        }
        if (b instanceof PyCode) {
            return first;  // call target: the function already names its code
        }
        return "(" + first + ", " + describe(b) + ")";
    }

    private static String describe(Object o) {
        if (o instanceof PyType) {
            return ((PyType) o).getName();
        }
        if (o instanceof ObjectMap) {
            return "map#" + Integer.toHexString(System.identityHashCode(o)) + "[" + ((ObjectMap) o).size() + "]";
        }
        if (o instanceof PyFunction) {
            return "function " + ((PyFunction) o).qualname;
        }
        if (o instanceof org.ramjet.objects.PyObject) {
            return ((org.ramjet.objects.PyObject) o).type().getName() + " object";
        }
        return String.valueOf(o);
    }
}
