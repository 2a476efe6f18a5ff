package org.ramjet.objects;

import java.util.Arrays;

/**
 * Python {@code bytearray}: a growable byte array. Not final: instances of Python subclasses
 * are {@link PyByteArrayInstance}. Methods and slots are in {@link ByteArrayType}.
 */
public class PyByteArray extends PyObject {
    byte[] data;
    int size;

    public PyByteArray() {
        this.data = new byte[0];
    }

    /** Takes ownership of {@code bytes}. */
    public PyByteArray(byte[] bytes) {
        this.data = bytes;
        this.size = bytes.length;
    }

    @Override
    public PyType type() {
        return ByteArrayType.TYPE;
    }

    public int size() {
        return size;
    }

    /** A copy of the contents. */
    public byte[] toByteArray() {
        return Arrays.copyOf(data, size);
    }

    void ensure(int capacity) {
        if (capacity > data.length) {
            data = Arrays.copyOf(data, Math.max(capacity, data.length + (data.length >> 1) + 8));
        }
    }

    public void append(byte b) {
        ensure(size + 1);
        data[size++] = b;
    }

    public void appendAll(byte[] b, int off, int len) {
        ensure(size + len);
        System.arraycopy(b, off, data, size, len);
        size += len;
    }

    /** Replaces {@code [from, to)} with {@code repl}. */
    void replaceRange(int from, int to, byte[] repl) {
        int newSize = size - (to - from) + repl.length;
        byte[] out = new byte[Math.max(newSize, 8)];
        System.arraycopy(data, 0, out, 0, from);
        System.arraycopy(repl, 0, out, from, repl.length);
        System.arraycopy(data, to, out, from + repl.length, size - to);
        data = out;
        size = newSize;
    }

    @Override
    public String toString() {
        return "bytearray(" + BytesType.repr(toByteArray()) + ")";
    }
}
