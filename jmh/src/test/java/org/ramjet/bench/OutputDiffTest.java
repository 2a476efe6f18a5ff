package org.ramjet.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OutputDiffTest {
    private static String diff(String a, String b) {
        return OutputDiff.firstDifference(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void namesTheFirstDifferingLine() {
        assertNull(diff("a\nb\n", "a\nb\n"));
        assertEquals("line 2: expected `b`, got `c`", diff("a\nb\nz\n", "a\nc\nz\n"));
        assertEquals("output ends early: expected line 2 `b`, got end of output", diff("a\nb\n", "a\n"));
        assertEquals("extra output at line 2: `b`", diff("a\n", "a\nb\n"));
        assertEquals("output ends early: expected line 1 `a`, got end of output", diff("a\n", ""));
        assertEquals("outputs differ in line endings or a final newline", diff("a\n", "a"));
    }

    @Test
    void longLinesAreShortened() {
        String hint = diff("x".repeat(200) + "\n", "y\n");
        assertEquals("line 1: expected `" + "x".repeat(80) + "...`, got `y`", hint);
    }
}
