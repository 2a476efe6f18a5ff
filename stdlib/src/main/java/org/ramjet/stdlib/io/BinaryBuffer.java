package org.ramjet.stdlib.io;

import org.ramjet.objects.PyObject;

/**
 * The binary layer under a {@link PyTextIO}: a {@link PyBuffered} (files and the standard
 * streams), a {@link PyBytesIO}, or any Python object with the buffered methods
 * ({@link ObjectBuffer}), so that {@code io.TextIOWrapper(io.BytesIO())} and wrappers over a
 * user's class work as in CPython.
 */
interface BinaryBuffer {
    /** The Python object ({@code TextIOWrapper.buffer}). */
    PyObject pyObject();

    boolean isClosed();

    boolean readable();

    boolean writable();

    boolean seekable();

    boolean isatty();

    /** Up to {@code n} bytes, all that remain when negative. */
    byte[] read(long n);

    /** Up to {@code n} bytes from one read of the device (what is buffered, or one refill). */
    byte[] read1(long n);

    void write(byte[] b, int off, int len);

    void flush();

    long seek(long pos, int whence);

    long tell();

    long truncate(long size);

    void close();

    /** The {@code name} of the underlying file, or null. */
    PyObject name();

    int fileno();
}
