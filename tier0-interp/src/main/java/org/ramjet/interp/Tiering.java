package org.ramjet.interp;

import org.ramjet.bytecode.PyCode;
import org.ramjet.feedback.InstalledCode;
import org.ramjet.feedback.JitState;
import org.ramjet.objects.PyFrame;

/**
 * The interpreter's side of tiering: holds the registered {@link CompilationPolicy} and turns
 * an expired countdown of a {@link JitState} into a question to it (out of line, so the loop
 * only decrements and compares).
 */
public final class Tiering {
    private static volatile CompilationPolicy policy = CompilationPolicy.INTERPRET_ONLY;

    private Tiering() {}

    public static void setPolicy(CompilationPolicy p) {
        policy = p == null ? CompilationPolicy.INTERPRET_ONLY : p;
    }

    public static CompilationPolicy policy() {
        return policy;
    }

    static void callCounterExpired(PyCode code, JitState jit) {
        CompilationPolicy p = policy;
        int threshold = Math.max(1, p.callThreshold());
        if (jit.calls < threshold && jit.calls != Integer.MAX_VALUE) {
            // the first countdown: wait until the total reaches the threshold
            jit.callCountdown = threshold - jit.calls;
            return;
        }
        jit.callCountdown = threshold;
        if (threshold != Integer.MAX_VALUE) {
            p.onHotCall(code);
        }
    }

    static InstalledCode backEdgeCounterExpired(PyFrame frame, int headerBci, JitState jit) {
        CompilationPolicy p = policy;
        int threshold = Math.max(1, p.backEdgeThreshold());
        if (jit.backEdges < threshold && jit.backEdges != Integer.MAX_VALUE) {
            jit.backEdgeCountdown = threshold - jit.backEdges;
            return null;
        }
        jit.backEdgeCountdown = threshold;
        return threshold == Integer.MAX_VALUE ? null : p.onHotLoop(frame, headerBci);
    }
}
