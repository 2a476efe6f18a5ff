package org.ramjet.interp;

import org.ramjet.bytecode.PyCode;
import org.ramjet.feedback.InstalledCode;
import org.ramjet.objects.PyFrame;

/**
 * What the interpreter asks when a code object gets hot. The engine registers one
 * ({@link Tiering#setPolicy}); the interpreter never imports a compiler. Counting happens in the
 * interpreter (per code: calls and loop back-edges, see {@link org.ramjet.feedback.JitState});
 * the policy is asked each time a countdown expires and decides whether to compile, in the
 * background or synchronously, and when to be asked again.
 */
public interface CompilationPolicy {
    /** Calls between two {@link #onHotCall} questions for one code object. */
    int callThreshold();

    /** Loop back-edges between two {@link #onHotLoop} questions for one code object. */
    int backEdgeThreshold();

    /**
     * {@code code} was called {@link #callThreshold()} more times. The policy may compile it and
     * install the result in {@code code.jit()}; the next call enters it.
     */
    void onHotCall(PyCode code);

    /**
     * A frame of {@code code} took {@link #backEdgeThreshold()} more back-edges and is about to
     * jump to the loop header {@code headerBci} (its stack and locals are in the frame). Return
     * compiled code to continue this very frame in from {@code headerBci} (on-stack
     * replacement), or null to keep interpreting.
     */
    InstalledCode onHotLoop(PyFrame frame, int headerBci);

    /** The default: never compiles anything. */
    CompilationPolicy INTERPRET_ONLY = new CompilationPolicy() {
        @Override
        public int callThreshold() {
            return Integer.MAX_VALUE;
        }

        @Override
        public int backEdgeThreshold() {
            return Integer.MAX_VALUE;
        }

        @Override
        public void onHotCall(PyCode code) {
        }

        @Override
        public InstalledCode onHotLoop(PyFrame frame, int headerBci) {
            return null;
        }
    };
}
