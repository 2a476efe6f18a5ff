package org.ramjet.interp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Manual timing probe (run with -Dperf=true); not part of the normal suite. */
@EnabledIfSystemProperty(named = "perf", matches = "true")
class PerfProbe {
    @Test
    void fib() {
        String src = "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n"
                + "def loop(n):\n    t = 0\n    i = 0\n    while i < n:\n        t += i * 2 - 1\n        i += 1\n    return t\n";
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            TestRuntime.run(src + "fib(27)\n");
            long t1 = System.nanoTime();
            TestRuntime.run(src + "loop(3000000)\n");
            long t2 = System.nanoTime();
            System.out.printf("round %d: fib(27) %d ms, loop(3M) %d ms%n", round, (t1 - t0) / 1000000, (t2 - t1) / 1000000);
        }
    }
}
