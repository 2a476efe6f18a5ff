package org.ramjet.runtime;

import org.ramjet.objects.PyFrame;

/**
 * Per-thread interpreter state that all tiers and {@code sys} share: the innermost Python frame
 * ({@code sys._getframe()}, {@code f_back}), the Python call depth checked against the
 * recursion limit, and the chain of handled exceptions ({@code sys.exc_info()}).
 *
 * <p>{@link #current()} costs a thread compare for the thread that runs the program (the common
 * case) and a thread-local look-up elsewhere.
 */
public final class ThreadState {
    private static final ThreadLocal<ThreadState> LOCAL = ThreadLocal.withInitial(ThreadState::new);
    // The state last asked for: one compare answers the single-threaded case.
    private static volatile ThreadState last;
    private static volatile int recursionLimit = 1000;

    public final Thread thread;
    /** The innermost executing Python frame, or null. */
    public PyFrame frame;
    /** Python frames (and recursion-checked calls) active on this thread. */
    public int depth;
    /** The thread's own handled-exception level, at the bottom of the chain. */
    public final ExcState baseExcState = new ExcState();
    /** The innermost handled-exception level (a running generator's, or the base). */
    public ExcState excState = baseExcState;
    /**
     * The return value of a generator (or iterator) that just finished under a
     * {@code yield from}, handed from the SEND helper to the instruction without an exception.
     */
    public org.ramjet.objects.PyObject stopValue;

    private ThreadState() {
        this.thread = Thread.currentThread();
    }

    public static ThreadState current() {
        ThreadState s = last;
        if (s != null && s.thread == Thread.currentThread()) {
            return s;
        }
        s = LOCAL.get();
        last = s;
        return s;
    }

    /** {@code sys.getrecursionlimit()}. */
    public static int recursionLimit() {
        return recursionLimit;
    }

    /** Sets the limit without checks. */
    public static void setRecursionLimitUnchecked(int limit) {
        recursionLimit = limit;
    }

    /** {@code sys.setrecursionlimit(limit)} with CPython's checks and messages. */
    public static void setRecursionLimit(long limit) {
        if (limit < 1) {
            throw org.ramjet.objects.PyErrors.valueError("recursion limit must be greater or equal than 1");
        }
        if (limit > Integer.MAX_VALUE) {
            throw org.ramjet.objects.PyErrors.overflowError("Python int too large to convert to C int");
        }
        int depth = current().depth;
        if (depth >= limit) {
            throw org.ramjet.objects.PyErrors.recursionError(
                    "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low",
                    limit, depth);
        }
        recursionLimit = (int) limit;
    }
}
