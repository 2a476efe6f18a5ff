package org.ramjet.interp;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ramjet.runtime.ThreadState;

class RecursionTest {
    @AfterEach
    void restoreLimit() {
        ThreadState.setRecursionLimitUnchecked(1000);
    }

    @Test
    void defaultLimitRaisesRecursionError() {
        String out = TestRuntime.run("def f(n):\n    return f(n + 1)\n"
                + "try:\n    f(0)\nexcept RecursionError as e:\n    print(type(e).__name__, e)\n"
                + "def depth(n):\n    return 0 if n == 0 else 1 + depth(n - 1)\nprint(depth(990))\n");
        assertEquals("RecursionError maximum recursion depth exceeded\n990\n", out);
    }

    @Test
    void uncaughtRecursionFoldsRepeatedLines() {
        String out = TestRuntime.run("def down(n):\n    return down(n + 1)\n\ndown(0)\n");
        assertTrue(out.endsWith("  [Previous line repeated 996 more times]\n"
                + "RecursionError: maximum recursion depth exceeded\n"), out);
    }

    @Test
    void fiftyThousandDeepWithARaisedLimit() {
        ThreadState.setRecursionLimitUnchecked(100000);
        String out = TestRuntime.run("def depth(n):\n    return 0 if n == 0 else 1 + depth(n - 1)\nprint(depth(50000))\n");
        assertEquals("50000\n", out);
    }

    @Test
    void javaStackOverflowBecomesRecursionError() {
        // a limit far beyond what a 1 MiB Java stack holds: the JVM overflows first
        ThreadState.setRecursionLimitUnchecked(10_000_000);
        String out = BigStackless.run(() -> TestRuntime.runOnCurrentThread(
                "def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print('caught', e)\n"));
        assertEquals("caught maximum recursion depth exceeded\n", out);
    }

    @Test
    void setRecursionLimitChecks() {
        assertThrows(org.ramjet.objects.PyException.class, () -> ThreadState.setRecursionLimit(0));
        ThreadState.setRecursionLimit(50);
        assertEquals(50, ThreadState.recursionLimit());
    }
}
