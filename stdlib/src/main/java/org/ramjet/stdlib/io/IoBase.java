package org.ramjet.stdlib.io;

import org.ramjet.objects.PyErrors;
import org.ramjet.objects.PyException;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.PyType;
import org.ramjet.objects.layout.MappedObject;

/**
 * The Java base of every Python file object ({@code _io._IOBase}): the closed flag and the
 * checks with CPython's messages. Mapped, so instances have a {@code __dict__} and Python
 * subclasses ({@code class Tee(io.StringIO)}) work.
 */
public abstract class IoBase extends MappedObject {
    protected boolean closed;

    protected IoBase(PyType type) {
        super(type);
    }

    public boolean isClosed() {
        return closed;
    }

    /** Flushes and releases the device; idempotent. */
    public abstract void close();

    public abstract boolean readable();

    public abstract boolean writable();

    public abstract boolean seekable();

    public void flush() {
        checkClosed();
    }

    /** The next line (a str or bytes object; empty at end of file), for iteration and readlines. */
    public abstract PyObject readline(long limit);

    /** "I/O operation on closed file." */
    public final void checkClosed() {
        if (closed) {
            throw PyErrors.valueError("I/O operation on closed file.");
        }
    }

    public final void checkReadable() {
        checkClosed();
        if (!readable()) {
            throw unsupported("not readable");
        }
    }

    public final void checkWritable() {
        checkClosed();
        if (!writable()) {
            throw unsupported("not writable");
        }
    }

    public final void checkSeekable() {
        checkClosed();
        if (!seekable()) {
            throw unsupported("underlying stream is not seekable");
        }
    }

    /** {@code io.UnsupportedOperation(message)}. */
    public static PyException unsupported(String message) {
        return PyErrors.of(IoTypes.UNSUPPORTED_OPERATION, message);
    }
}
