package org.ramjet.stdlib.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.ramjet.objects.PyBytes;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.PyType;

/** {@code _io.FileIO}: unbuffered binary I/O on a {@link RawStream} ({@code open(f, 'rb', buffering=0)}). */
public final class PyFileIO extends IoBase {
    final RawStream raw;
    /** The {@code name} attribute: the path as given, or the descriptor number. */
    PyObject name;
    /** The mode as FileIO reports it: "rb", "wb", "ab", "xb", "rb+", ... */
    final String mode;
    final boolean closefd;

    public PyFileIO(PyType type, RawStream raw, PyObject name, String mode, boolean closefd) {
        super(type);
        this.raw = raw;
        this.name = name;
        this.mode = mode;
        this.closefd = closefd;
    }

    public PyFileIO(RawStream raw, PyObject name, String mode, boolean closefd) {
        this(IoTypes.FILE_IO, raw, name, mode, closefd);
    }

    public RawStream raw() {
        return raw;
    }

    @Override
    public boolean readable() {
        checkClosed();
        return raw.readable();
    }

    @Override
    public boolean writable() {
        checkClosed();
        return raw.writable();
    }

    @Override
    public boolean seekable() {
        checkClosed();
        return raw.seekable();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (closefd) {
                raw.close();
            } else {
                raw.flush();
            }
        } catch (IOException e) {
            throw IoErrors.of(e, null);
        }
    }

    /** {@code read(size)}: at most {@code size} bytes in one device read; all when negative. */
    public byte[] read(long size) {
        checkReadable();
        try {
            if (size < 0) {
                return readAll();
            }
            byte[] b = new byte[(int) Math.min(size, 1 << 24)];
            int n = raw.read(b, 0, b.length);
            return n <= 0 ? new byte[0] : Arrays.copyOf(b, n);
        } catch (IOException e) {
            throw IoErrors.of(e, null);
        }
    }

    byte[] readAll() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] b = new byte[8192];
        for (int n = raw.read(b, 0, b.length); n > 0; n = raw.read(b, 0, b.length)) {
            out.write(b, 0, n);
        }
        return out.toByteArray();
    }

    public int write(byte[] data) {
        checkWritable();
        try {
            raw.write(data, 0, data.length);
            return data.length;
        } catch (IOException e) {
            throw IoErrors.of(e, null);
        }
    }

    @Override
    public PyObject readline(long limit) {
        checkReadable();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] one = new byte[1];
        try {
            while (limit < 0 || out.size() < limit) {
                int n = raw.read(one, 0, 1);
                if (n <= 0) {
                    break;
                }
                out.write(one[0]);
                if (one[0] == '\n') {
                    break;
                }
            }
        } catch (IOException e) {
            throw IoErrors.of(e, null);
        }
        return PyBytes.of(out.toByteArray());
    }
}
