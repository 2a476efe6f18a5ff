package org.ramjet.stdlib.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A {@link RawStream} over the Java streams an engine run was given (stdin, stdout, stderr):
 * not seekable; closing it only flushes, because the streams belong to the embedder.
 */
public final class JavaStreamRaw implements RawStream {
    private final InputStream in;
    private final OutputStream out;
    private final int fd;
    private final boolean tty;

    public JavaStreamRaw(InputStream in, int fd, boolean tty) {
        this.in = in;
        this.out = null;
        this.fd = fd;
        this.tty = tty;
    }

    public JavaStreamRaw(OutputStream out, int fd, boolean tty) {
        this.in = null;
        this.out = out;
        this.fd = fd;
        this.tty = tty;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        return in.read(b, off, len);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
        if (out != null) {
            out.flush();
        }
    }

    @Override
    public void close() throws IOException {
        flush();
    }

    @Override
    public boolean readable() {
        return in != null;
    }

    @Override
    public boolean writable() {
        return out != null;
    }

    @Override
    public boolean seekable() {
        return false;
    }

    @Override
    public long seek(long pos, int whence) {
        throw new UnsupportedOperationException("seek");
    }

    @Override
    public long tell() {
        throw new UnsupportedOperationException("tell");
    }

    @Override
    public void truncate(long size) {
        throw new UnsupportedOperationException("truncate");
    }

    @Override
    public boolean isatty() {
        return tty;
    }

    @Override
    public int fileno() {
        return fd;
    }
}
