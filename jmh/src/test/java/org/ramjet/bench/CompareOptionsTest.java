package org.ramjet.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompareOptionsTest {
    private static CompareOptions parse(String... args) {
        return CompareOptions.parse(List.of(args));
    }

    @Test
    void defaults() {
        CompareOptions o = parse();
        assertEquals(List.of("cpython", "pypy"), o.implementations().stream().map(Implementation::name).toList());
        assertEquals(3, o.runs());
        assertEquals(0, o.warmup());
        assertEquals(Duration.ofSeconds(300), o.timeout());
        assertEquals(0, o.baselineIndex());
        assertEquals(0, o.curveIterations());
        assertTrue(o.programs().isEmpty());
    }

    @Test
    void implementationsProgramsAndOptionsInAnyOrder() {
        CompareOptions o = parse("cpython=python3", "fib.py:30", "--runs", "5", "tier0=./ramjet -X tier=0",
                "-w", "1", "--timeout=2.5", "dir/", "--baseline", "tier0", "-o", "out", "--warmup-curve", "20", "--log-y");
        assertEquals(List.of("cpython", "tier0"), o.implementations().stream().map(Implementation::name).toList());
        assertEquals(List.of("fib.py:30", "dir/"), o.programs());
        assertEquals(5, o.runs());
        assertEquals(1, o.warmup());
        assertEquals(Duration.ofMillis(2500), o.timeout());
        assertEquals(1, o.baselineIndex());
        assertEquals(Path.of("out"), o.results());
        assertEquals(20, o.curveIterations());
        assertTrue(o.logY());
    }

    @Test
    void mistakesAreExplained() {
        assertEquals("--runs must be at least 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> parse("--runs", "0")).getMessage());
        assertEquals("-t needs a number of seconds, got soon",
                assertThrows(IllegalArgumentException.class, () -> parse("-t", "soon")).getMessage());
        assertEquals("-n needs a value", assertThrows(IllegalArgumentException.class, () -> parse("-n")).getMessage());
        assertEquals("unknown option --fast", assertThrows(IllegalArgumentException.class, () -> parse("--fast")).getMessage());
        assertEquals("implementation name used twice: a",
                assertThrows(IllegalArgumentException.class, () -> parse("a=python3", "a=pypy3")).getMessage());
        assertEquals("--baseline pypy is not one of [cpython]",
                assertThrows(IllegalArgumentException.class, () -> parse("cpython=python3", "-b", "pypy")).getMessage());
    }
}
