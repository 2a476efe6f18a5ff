package org.ramjet.interp;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class BasicsTest {
    @Test
    void arithmeticAndPrint() {
        assertEquals("3 7 1.5\n", TestRuntime.run("a = 1\nb = 2\nprint(a + b, a + b * 3, 3 / 2)\n"));
    }

    @Test
    void functionsAndLoops() {
        assertEquals("55\n", TestRuntime.run("def f(n):\n    t = 0\n    for i in range(n + 1):\n        t += i\n    return t\nprint(f(10))\n"));
    }

    @Test
    void recursion() {
        assertEquals("[0, 1, 1, 2, 3, 5, 8, 13]\n",
                TestRuntime.run("def fib(n):\n    return n if n < 2 else fib(n-1) + fib(n-2)\nprint([fib(i) for i in range(8)])\n"));
    }
}
