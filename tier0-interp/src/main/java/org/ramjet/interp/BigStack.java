package org.ramjet.interp;

import java.util.concurrent.Callable;

/**
 * Runs Python code on a thread with a large Java stack. Each Python call costs a few Java
 * frames, so {@code sys.setrecursionlimit(100000)} followed by deep recursion needs far more
 * than the JVM's default thread stack; the stack is only reserved, pages are committed as
 * recursion touches them. The launcher runs the whole program through {@link #call}.
 */
public final class BigStack {
    /** Reserved stack size: 1 GiB holds well over 100,000 interpreted Python frames. */
    public static final long DEFAULT_STACK_BYTES = 1L << 30;

    private BigStack() {}

    /**
     * Runs {@code body} on a new thread with {@code stackBytes} of stack, waits for it and
     * returns its result; an exception or error it throws is rethrown here unchanged.
     */
    public static <T> T call(String threadName, long stackBytes, Callable<T> body) throws Exception {
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread thread = new Thread(null, () -> {
            try {
                result[0] = body.call();
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, threadName, stackBytes);
        thread.start();
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
                thread.interrupt();
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable t = failure[0];
        if (t instanceof Exception) {
            throw (Exception) t;
        }
        if (t instanceof Error) {
            throw (Error) t;
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    /** {@link #call(String, long, Callable)} with a thread named "MainThread" and the default size. */
    public static <T> T call(Callable<T> body) throws Exception {
        return call("MainThread", DEFAULT_STACK_BYTES, body);
    }
}
