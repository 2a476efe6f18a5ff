package org.ramjet.objects;

import java.util.Arrays;

/**
 * Python {@code list}: a growable array. Not final: instances of Python subclasses of
 * {@code list} are {@link PyListInstance}. The Java API ({@link #append}, {@link #get}, ...) is
 * what other runtime code and compiled code use; Python-visible methods are in {@link ListType}.
 */
public class PyList extends PyObject {
    private static final PyObject[] EMPTY = new PyObject[0];

    PyObject[] items;
    int size;

    public PyList() {
        this.items = EMPTY;
    }

    /** Takes ownership of {@code items}. */
    public PyList(PyObject[] items) {
        this.items = items;
        this.size = items.length;
    }

    public static PyList of(PyObject... items) {
        return new PyList(items.clone());
    }

    @Override
    public PyType type() {
        return ListType.TYPE;
    }

    public int size() {
        return size;
    }

    /** Item {@code i} (0 <= i < size, not checked beyond Java's array bounds). */
    public PyObject get(int i) {
        if (i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return items[i];
    }

    public void set(int i, PyObject v) {
        if (i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        items[i] = v;
    }

    private void grow(int min) {
        int cap = Math.max(min, items.length + (items.length >> 1) + 4);
        items = Arrays.copyOf(items, cap);
    }

    public void append(PyObject v) {
        if (size == items.length) {
            grow(size + 1);
        }
        items[size++] = v;
    }

    /** {@code list.insert(i, v)} with Python's clamping of {@code i}. */
    public void insert(long i, PyObject v) {
        if (i < 0) {
            i = Math.max(0, i + size);
        }
        int at = (int) Math.min(i, size);
        if (size == items.length) {
            grow(size + 1);
        }
        System.arraycopy(items, at, items, at + 1, size - at);
        items[at] = v;
        size++;
    }

    /** Removes and returns item {@code i} (already normalised and in range). */
    public PyObject removeAt(int i) {
        PyObject v = items[i];
        System.arraycopy(items, i + 1, items, i, size - i - 1);
        items[--size] = null;
        return v;
    }

    public void clear() {
        items = EMPTY;
        size = 0;
    }

    /** Appends every item of an iterable. */
    public void extend(PyObject iterable) {
        if (iterable instanceof PyList) {
            PyList o = (PyList) iterable;
            int n = o.size;
            if (size + n > items.length) {
                grow(size + n);
            }
            System.arraycopy(o.items, 0, items, size, n);
            size += n;
            return;
        }
        if (iterable instanceof PyTuple) {
            PyObject[] a = ((PyTuple) iterable).items;
            if (size + a.length > items.length) {
                grow(size + a.length);
            }
            System.arraycopy(a, 0, items, size, a.length);
            size += a.length;
            return;
        }
        PyObject it = Iteration.iter(iterable);
        for (PyObject x = Iteration.next(it); x != null; x = Iteration.next(it)) {
            append(x);
        }
    }

    /** A copy of the items. */
    public PyObject[] toArray() {
        return Arrays.copyOf(items, size);
    }

    /** Replaces the contents (takes ownership of {@code a}). */
    void setArray(PyObject[] a, int n) {
        items = a;
        size = n;
    }

    /** {@code list.sort(key=key, reverse=reverse)}; {@code key} is null for none. */
    public void sort(PyObject key, boolean reverse) {
        ListSort.sort(this, key, reverse);
    }

    public void reverse() {
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            PyObject t = items[i];
            items[i] = items[j];
            items[j] = t;
        }
    }

    @Override
    public String toString() {
        return Repr.reprString(this);
    }
}
