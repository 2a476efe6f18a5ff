package org.ramjet.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImplementationTest {
    @Test
    void nameAndCommandWords() {
        Implementation i = Implementation.parseSpec("tier1=./ramjet -X tier=1");
        assertEquals("tier1", i.name());
        assertEquals("./ramjet", i.executable());
        assertEquals(List.of("./ramjet", "-X", "tier=1", "fib.py", "30"), i.commandWith(List.of("fib.py", "30")));
    }

    @Test
    void leadingAssignmentsBecomeTheEnvironment() {
        Implementation a = Implementation.of("a", "RAMJET_JAVA_OPTS=-Xmx1g X=1 ./ramjet");
        Implementation b = Implementation.of("b", "env RAMJET_JAVA_OPTS=-Xmx1g X=1 ./ramjet");
        for (Implementation i : List.of(a, b)) {
            assertEquals(Map.of("RAMJET_JAVA_OPTS", "-Xmx1g", "X", "1"), i.environment());
            assertEquals("./ramjet", i.executable());
            assertEquals("1", i.runEnvironment().get("X"));
            assertEquals("1", i.runEnvironment().get("PYTHONDONTWRITEBYTECODE"));
        }
        assertEquals("RAMJET_JAVA_OPTS=-Xmx1g X=1 ./ramjet", b.effectiveCommandLine());
    }

    @Test
    void shimReplacementKeepsTheRest() {
        Implementation i = Implementation.of("cpython", "python3 -X dev").withExecutable("/opt/py/bin/python3.11");
        assertEquals(List.of("/opt/py/bin/python3.11", "-X", "dev", "p.py"), i.commandWith(List.of("p.py")));
        assertEquals("python3 -X dev", i.commandLine());
    }

    @Test
    void specOrProgram() {
        assertTrue(Implementation.looksLikeSpec("cpython=python3"));
        assertTrue(Implementation.looksLikeSpec("pypy3.10=pypy3"));
        assertFalse(Implementation.looksLikeSpec("fib.py:30"));
        assertFalse(Implementation.looksLikeSpec("dir/a=b.py"));
        assertFalse(Implementation.looksLikeSpec("=python3"));
        assertThrows(IllegalArgumentException.class, () -> Implementation.parseSpec("x="));
        assertThrows(IllegalArgumentException.class, () -> Implementation.of("x", "env -i python3"));
    }
}
