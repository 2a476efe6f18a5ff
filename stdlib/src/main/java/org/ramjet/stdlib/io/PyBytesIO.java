package org.ramjet.stdlib.io;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.ramjet.objects.PyBytes;
import org.ramjet.objects.PyErrors;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.PyType;

/** {@code io.BytesIO}: an in-memory binary file. */
public final class PyBytesIO extends IoBase implements BinaryBuffer {
    private byte[] data = new byte[0];
    private int size;
    int pos;

    public PyBytesIO(PyType type) {
        super(type);
    }

    void init(byte[] initial) {
        data = initial == null ? new byte[0] : initial.clone();
        size = data.length;
        pos = 0;
    }

    @Override
    public boolean readable() {
        checkClosed();
        return true;
    }

    @Override
    public boolean writable() {
        checkClosed();
        return true;
    }

    @Override
    public boolean seekable() {
        checkClosed();
        return true;
    }

    @Override
    public void close() {
        closed = true;
    }

    public byte[] getValue() {
        checkClosed();
        return Arrays.copyOf(data, size);
    }

    @Override
    public PyObject pyObject() {
        return this;
    }

    @Override
    public boolean isatty() {
        checkClosed();
        return false;
    }

    @Override
    public byte[] read1(long n) {
        return read(n);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        write(java.util.Arrays.copyOfRange(b, off, off + len));
    }

    @Override
    public long tell() {
        checkClosed();
        return pos;
    }

    @Override
    public PyObject name() {
        return null;
    }

    @Override
    public int fileno() {
        throw unsupported("fileno");
    }

    public int write(byte[] b) {
        checkClosed();
        int end = pos + b.length;
        if (end > data.length) {
            data = Arrays.copyOf(data, Math.max(end, data.length * 2));
        }
        if (pos > size) {
            Arrays.fill(data, size, pos, (byte) 0);
        }
        System.arraycopy(b, 0, data, pos, b.length);
        pos = end;
        size = Math.max(size, end);
        return b.length;
    }

    @Override
    public byte[] read(long n) {
        checkClosed();
        if (pos >= size) {
            return new byte[0];
        }
        int end = n < 0 ? size : (int) Math.min(size, pos + n);
        byte[] out = Arrays.copyOfRange(data, pos, end);
        pos = end;
        return out;
    }

    @Override
    public PyObject readline(long limit) {
        checkClosed();
        if (pos >= size) {
            return PyBytes.of(new byte[0]);
        }
        int max = limit < 0 ? size : (int) Math.min(size, pos + limit);
        int i = pos;
        while (i < max && data[i] != '\n') {
            i++;
        }
        int end = i < max ? i + 1 : max;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(data, pos, end - pos);
        pos = end;
        return PyBytes.of(out.toByteArray());
    }

    @Override
    public long seek(long p, int whence) {
        checkClosed();
        long target;
        switch (whence) {
            case 0:
                if (p < 0) {
                    throw PyErrors.valueError("negative seek value %d", p);
                }
                target = p;
                break;
            case 1:
                target = Math.max(0, pos + p);
                break;
            case 2:
                target = Math.max(0, size + p);
                break;
            default:
                throw PyErrors.valueError("invalid whence (%d, should be 0, 1 or 2)", whence);
        }
        pos = (int) Math.min(target, Integer.MAX_VALUE);
        return pos;
    }

    @Override
    public long truncate(long n) {
        checkClosed();
        if (n < 0) {
            throw PyErrors.valueError("negative size value %d", n);
        }
        if (n < size) {
            size = (int) n;
        }
        return n;
    }
}
