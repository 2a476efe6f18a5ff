package org.ramjet.feedback;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import org.ramjet.bytecode.Opcode;

class SiteFeedbackTest {
    @Test
    void climbsTheLatticeAndNeverComesDown() {
        SiteFeedback site = new SiteFeedback(Opcode.BINARY_OP, 0);
        assertEquals(FeedbackState.UNINITIALIZED, site.state());
        site.record("int", "int");
        site.record("int", "int");
        assertEquals(FeedbackState.MONOMORPHIC, site.state());
        assertEquals(1, site.size());
        site.record("int", "float");
        assertEquals(FeedbackState.POLYMORPHIC, site.state());
        site.record("float", "int");
        site.record("float", "float");
        assertEquals(FeedbackState.POLYMORPHIC, site.state());
        assertEquals(4, site.size());
        site.record("int", "int");  // already known: no change
        assertEquals(4, site.size());
        site.record("str", "str");
        assertEquals(FeedbackState.MEGAMORPHIC, site.state());
        site.record("int", "int");
        assertEquals(FeedbackState.MEGAMORPHIC, site.state());
        assertEquals("int", site.keyA(0));
        assertEquals("float", site.keyB(1));
    }

    @Test
    void singleKeysUseNullSecondHalf() {
        SiteFeedback site = new SiteFeedback(Opcode.FOR_ITER, 3);
        site.record("list_iterator");
        assertEquals(FeedbackState.MONOMORPHIC, site.state());
        assertNull(site.keyB(0));
        assertThrows(IndexOutOfBoundsException.class, () -> site.keyA(1));
    }
}
