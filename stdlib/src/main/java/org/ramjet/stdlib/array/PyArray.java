package org.ramjet.stdlib.array;

import org.ramjet.objects.PyObject;
import org.ramjet.objects.PyType;
import org.ramjet.objects.layout.MappedObject;

/**
 * An {@code array.array}: {@link #length} elements of one {@link ElementKind} in the primitive
 * Java array {@link #storage} (of {@code kind.storageClass}: {@code double[]} for 'd', ...), with
 * spare capacity at the end. No element is ever boxed inside; {@link #get}/{@link #set} box and
 * unbox at the Python boundary only. Compiled code may read and write {@code storage} directly
 * after checking {@code kind} and {@code 0 <= i < length}; {@code storage} is replaced (never
 * shrunk in place) when the array grows.
 */
public final class PyArray extends MappedObject {
    public final ElementKind kind;
    public Object storage;
    public int length;

    public PyArray(PyType type, ElementKind kind, int capacity) {
        super(type);
        this.kind = kind;
        this.storage = kind.newStorage(Math.max(capacity, 4));
    }

    public PyObject get(int i) {
        return kind.box(storage, i);
    }

    public void set(int i, PyObject v) {
        kind.store(storage, i, v);
    }

    /** Makes room for {@code extra} more elements. */
    void ensureCapacity(int extra) {
        int cap = java.lang.reflect.Array.getLength(storage);
        if (length + extra > cap) {
            long want = Math.max((long) length + extra, cap + (cap >> 1) + 4L);
            if (want > Integer.MAX_VALUE - 8) {
                throw org.ramjet.objects.PyErrors.memoryError();
            }
            Object bigger = kind.newStorage((int) want);
            System.arraycopy(storage, 0, bigger, 0, length);
            storage = bigger;
        }
    }

    /** Appends one Python value (converted first, so a bad value leaves the array unchanged). */
    public void append(PyObject v) {
        ensureCapacity(1);
        kind.store(storage, length, v);
        length++;
    }

    /** Appends {@code n} elements of {@code src} (same kind) from {@code from}. */
    void appendRaw(Object src, int from, int n) {
        ensureCapacity(n);
        System.arraycopy(src, from, storage, length, n);
        length += n;
    }

    /** Opens a gap of {@code n} elements at {@code at}. */
    void openGap(int at, int n) {
        ensureCapacity(n);
        System.arraycopy(storage, at, storage, at + n, length - at);
        length += n;
    }

    /** Removes elements {@code [at, at + n)}. */
    void closeGap(int at, int n) {
        System.arraycopy(storage, at + n, storage, at, length - at - n);
        length -= n;
    }

    /** Elements {@code [from, from + n)} as a fresh storage array. */
    Object copyRange(int from, int n) {
        Object out = kind.newStorage(n);
        System.arraycopy(storage, from, out, 0, n);
        return out;
    }
}
