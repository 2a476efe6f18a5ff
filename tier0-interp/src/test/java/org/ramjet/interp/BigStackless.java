package org.ramjet.interp;

import java.util.concurrent.Callable;

/** Runs a test body on a thread with a small (1 MiB) Java stack, to provoke StackOverflowError. */
final class BigStackless {
    private BigStackless() {}

    static String run(Callable<String> body) {
        try {
            return BigStack.call("small-stack", 1L << 20, body);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
