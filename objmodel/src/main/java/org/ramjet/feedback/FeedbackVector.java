package org.ramjet.feedback;

import org.ramjet.bytecode.Instruction;
import org.ramjet.bytecode.Opcode;
import org.ramjet.bytecode.PyCode;

/**
 * The feedback of one code object: one {@link SiteFeedback} per feedback site, indexed by
 * {@code PyCode.feedbackSlot[bci]}. Tiers 0 and 1 write it; tier 2 reads it.
 */
public final class FeedbackVector {
    private final SiteFeedback[] slots;
    // The same sites indexed by bci (null where no site), so recording reads one array.
    private final SiteFeedback[] byBci;

    public FeedbackVector(PyCode code) {
        slots = new SiteFeedback[code.feedbackSlotCount];
        byBci = new SiteFeedback[code.instructions.length];
        for (int bci = 0; bci < code.instructions.length; bci++) {
            int slot = code.feedbackSlot[bci];
            if (slot >= 0) {
                Opcode op = Instruction.opcode(code.instructions[bci]);
                slots[slot] = new SiteFeedback(op, bci);
                byBci[bci] = slots[slot];
            }
        }
    }

    /** The site of slot {@code slot} (a {@code PyCode.feedbackSlot} value). */
    public SiteFeedback slot(int slot) {
        return slots[slot];
    }

    /**
     * The sites indexed by bytecode index ({@code null} at instructions without feedback). The
     * array is shared, not copied: the interpreter records through it; do not modify it.
     */
    public SiteFeedback[] sitesByBci() {
        return byBci;
    }

    public int size() {
        return slots.length;
    }
}
