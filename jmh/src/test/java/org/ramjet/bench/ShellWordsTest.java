package org.ramjet.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShellWordsTest {
    @Test
    void splitsLikeAShell() {
        assertEquals(List.of("./ramjet", "-X", "tier=0"), ShellWords.split("./ramjet -X tier=0"));
        assertEquals(List.of("a b", "c", "d\"e", "f$g", "h i"), ShellWords.split("'a b'  c \"d\\\"e\" 'f$g' h\\ i"));
        assertEquals(List.of("x", ""), ShellWords.split("x ''"));
        assertEquals(List.of(), ShellWords.split("   "));
    }

    @Test
    void unclosedQuoteIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> ShellWords.split("python3 'oops"));
        assertThrows(IllegalArgumentException.class, () -> ShellWords.split("python3 \"oops"));
    }

    @Test
    void quotesOnlyWhatNeedsIt() {
        assertEquals("bench/compare fib.py:30 'tier1=./ramjet -X tier=1' 'it'\\''s'",
                ShellWords.join(List.of("bench/compare", "fib.py:30", "tier1=./ramjet -X tier=1", "it's")));
        assertEquals(List.of("tier1=./ramjet -X tier=1", "it's"),
                ShellWords.split("'tier1=./ramjet -X tier=1' 'it'\\''s'"));
    }
}
