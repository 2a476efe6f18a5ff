package org.ramjet.feedback;

import org.ramjet.bytecode.Opcode;

/**
 * What one feedback site (one instruction with {@link Opcode.Flag#FEEDBACK}) has seen: a set of
 * keys, each a pair of objects whose meaning depends on the opcode:
 * <ul>
 * <li>BINARY_OP, COMPARE_OP, CONTAINS_OP: (left operand's type, right operand's type);
 *     UNARY_NEGATIVE: (operand's type, null)</li>
 * <li>LOAD_ATTR, STORE_ATTR, LOAD_METHOD: (receiver's type, receiver's map or null)</li>
 * <li>BINARY_SUBSCR, STORE_SUBSCR: (container's type, key's type)</li>
 * <li>CALL, CALL_KW: (the callable, the code it runs when it is a Python function, else null)</li>
 * <li>FOR_ITER: (iterator's type, null)</li>
 * <li>LOAD_GLOBAL: ({@link GlobalSource}, null)</li>
 * </ul>
 *
 * <p>The set climbs {@link FeedbackState}'s lattice. Recording is built to cost one compare
 * pair on the hot path: a site that keeps seeing its first key returns at once, and a
 * megamorphic site stops recording. Writes are not synchronized: a racing compiler thread
 * may read a slightly stale set, which only makes its speculation less precise.
 */
public final class SiteFeedback {
    /** Keys a site may hold before it is megamorphic. */
    public static final int MAX_POLYMORPHIC = 4;

    public final Opcode opcode;
    public final int bci;
    // Up to four keys in fields (no array to load on the polymorphic path); key 0 is checked
    // inline by record(), keys 1-3 by recordSlow().
    private Object a0, b0, a1, b1, a2, b2, a3, b3;
    private int count;
    private boolean megamorphic;

    public SiteFeedback(Opcode opcode, int bci) {
        this.opcode = opcode;
        this.bci = bci;
    }

    /** Records that the site saw the key {@code (a, b)}; {@code a} is never null. */
    public void record(Object a, Object b) {
        if (a == a0 && b == b0) {
            return;
        }
        recordSlow(a, b);
    }

    /** Records a single-object key. */
    public void record(Object a) {
        record(a, null);
    }

    private void recordSlow(Object a, Object b) {
        if ((a == a1 && b == b1) || (a == a2 && b == b2) || (a == a3 && b == b3) || megamorphic) {
            return;
        }
        switch (count) {
            case 0: a0 = a; b0 = b; break;
            case 1: a1 = a; b1 = b; break;
            case 2: a2 = a; b2 = b; break;
            case 3: a3 = a; b3 = b; break;
            default: megamorphic = true; return;
        }
        count++;
    }

    public FeedbackState state() {
        if (megamorphic) {
            return FeedbackState.MEGAMORPHIC;
        }
        switch (count) {
            case 0: return FeedbackState.UNINITIALIZED;
            case 1: return FeedbackState.MONOMORPHIC;
            default: return FeedbackState.POLYMORPHIC;
        }
    }

    /** Number of distinct keys recorded (up to {@link #MAX_POLYMORPHIC}; megamorphic keeps the first four). */
    public int size() {
        return count;
    }

    /** First half of the {@code i}-th key. */
    public Object keyA(int i) {
        checkIndex(i);
        switch (i) {
            case 0: return a0;
            case 1: return a1;
            case 2: return a2;
            default: return a3;
        }
    }

    /** Second half of the {@code i}-th key (may be null). */
    public Object keyB(int i) {
        checkIndex(i);
        switch (i) {
            case 0: return b0;
            case 1: return b1;
            case 2: return b2;
            default: return b3;
        }
    }

    private void checkIndex(int i) {
        if (i < 0 || i >= count) {
            throw new IndexOutOfBoundsException("key " + i + " of " + count);
        }
    }
}
