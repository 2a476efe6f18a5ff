package org.ramjet.stdlib.io;

import org.ramjet.objects.Attributes;
import org.ramjet.objects.Bytes;
import org.ramjet.objects.Calls;
import org.ramjet.objects.Ints;
import org.ramjet.objects.PyBytes;
import org.ramjet.objects.PyInt;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.Truth;

/** A {@link BinaryBuffer} over any Python object, through its methods ({@code read1}, {@code write}, ...). */
final class ObjectBuffer implements BinaryBuffer {
    private final PyObject obj;

    ObjectBuffer(PyObject obj) {
        this.obj = obj;
    }

    /** The binary layer for {@code obj}: itself when it is one of ours, else an adapter. */
    static BinaryBuffer of(PyObject obj) {
        if (obj instanceof BinaryBuffer) {
            return (BinaryBuffer) obj;
        }
        return new ObjectBuffer(obj);
    }

    @Override
    public PyObject pyObject() {
        return obj;
    }

    private boolean test(String method) {
        return Truth.isTrue(Calls.callMethod(obj, method));
    }

    @Override
    public boolean isClosed() {
        return Truth.isTrue(Attributes.getAttr(obj, "closed"));
    }

    @Override
    public boolean readable() {
        return test("readable");
    }

    @Override
    public boolean writable() {
        return test("writable");
    }

    @Override
    public boolean seekable() {
        return test("seekable");
    }

    @Override
    public boolean isatty() {
        return test("isatty");
    }

    @Override
    public byte[] read(long n) {
        return Bytes.asBytes(Calls.callMethod(obj, "read", PyInt.of(n)));
    }

    @Override
    public byte[] read1(long n) {
        String m = Attributes.lookupAttr(obj, "read1") != null ? "read1" : "read";
        return Bytes.asBytes(Calls.callMethod(obj, m, PyInt.of(n)));
    }

    @Override
    public void write(byte[] b, int off, int len) {
        Calls.callMethod(obj, "write", PyBytes.of(java.util.Arrays.copyOfRange(b, off, off + len)));
    }

    @Override
    public void flush() {
        Calls.callMethod(obj, "flush");
    }

    @Override
    public long seek(long pos, int whence) {
        return Ints.asLong(Calls.callMethod(obj, "seek", PyInt.of(pos), PyInt.of(whence)));
    }

    @Override
    public long tell() {
        return Ints.asLong(Calls.callMethod(obj, "tell"));
    }

    @Override
    public long truncate(long size) {
        return Ints.asLong(Calls.callMethod(obj, "truncate", PyInt.of(size)));
    }

    @Override
    public void close() {
        Calls.callMethod(obj, "close");
    }

    @Override
    public PyObject name() {
        return Attributes.lookupAttr(obj, "name");
    }

    @Override
    public int fileno() {
        return (int) Ints.asLong(Calls.callMethod(obj, "fileno"));
    }
}
