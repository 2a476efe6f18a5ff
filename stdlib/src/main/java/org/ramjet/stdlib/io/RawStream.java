package org.ramjet.stdlib.io;

import java.io.IOException;

/**
 * The byte device under a Python file object: a file channel, or the Java streams the engine
 * was given for {@code sys.stdin}/{@code stdout}/{@code stderr}. Operations a device does not
 * support are never called: the Python layer checks {@link #readable()}, {@link #writable()},
 * {@link #seekable()} first and raises {@code io.UnsupportedOperation}.
 */
public interface RawStream {
    /** Reads up to {@code len} bytes (at least one unless at end); -1 at end of file. */
    int read(byte[] b, int off, int len) throws IOException;

    /** Writes all {@code len} bytes. */
    void write(byte[] b, int off, int len) throws IOException;

    void flush() throws IOException;

    void close() throws IOException;

    boolean readable();

    boolean writable();

    boolean seekable();

    /** Moves to {@code pos} relative to the start (0), the current position (1) or the end (2). */
    long seek(long pos, int whence) throws IOException;

    long tell() throws IOException;

    /** Cuts (or extends) the file to {@code size} bytes; the position does not move. */
    void truncate(long size) throws IOException;

    boolean isatty();

    /** The descriptor number Python code sees ({@code fileno()}). */
    int fileno();
}
