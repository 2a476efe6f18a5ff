package org.ramjet.objects;

/**
 * The Java carrier of a raised Python exception: {@code throw new PyException(exc)} or, usually,
 * {@code throw PyErrors.typeError("...")}. Stackless (no {@code fillInStackTrace}), so raising is
 * cheap; the Python traceback lives in {@link PyBaseException#traceback}, built by the tiers as
 * the exception unwinds their frames. Catch it, test {@link #matches}, and re-throw what you do
 * not handle.
 */
public final class PyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The Python exception object being raised. */
    public final PyBaseException value;

    /**
     * Whether implicit {@code __context__} chaining was done for this raise. The interpreter
     * chains once, in the first Python frame the exception passes (at raise time the thread's
     * handled exception is the one CPython uses), and sets this so that outer frames do not
     * chain again; re-raises are created with it set.
     */
    public boolean contextChained;

    public PyException(PyBaseException value) {
        super(null, null, false, false);
        this.value = value;
    }

    /** {@code isinstance(value, type)} for an exception class. */
    public boolean matches(PyType type) {
        return value.type().isSubtype(type);
    }

    /** The Python type of the exception. */
    public PyType pyType() {
        return value.type();
    }

    /** "TypeError: message", for Java-side diagnostics. */
    @Override
    public String getMessage() {
        String s;
        try {
            s = Repr.strString(value);
        } catch (RuntimeException e) {
            s = "<exception str() failed>";
        }
        return value.type().getName() + (s.isEmpty() ? "" : ": " + s);
    }
}
