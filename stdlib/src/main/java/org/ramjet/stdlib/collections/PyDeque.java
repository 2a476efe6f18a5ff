package org.ramjet.stdlib.collections;

import org.ramjet.objects.Comparisons;
import org.ramjet.objects.Iteration;
import org.ramjet.objects.PyErrors;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.PyType;

/**
 * {@code collections.deque}: a ring buffer (power-of-two capacity, so wrapping is a mask) with
 * an optional maxlen. {@link #state} counts structural changes, so iterators can raise
 * "deque mutated during iteration" as CPython does.
 */
public class PyDeque extends PyObject {
    private static final PyObject[] EMPTY = new PyObject[0];

    PyObject[] items = EMPTY;
    int head;
    int size;
    /** -1 when unbounded. */
    int maxlen = -1;
    long state;

    @Override
    public PyType type() {
        return DequeType.TYPE;
    }

    public int size() {
        return size;
    }

    PyObject get(int i) {
        return items[(head + i) & (items.length - 1)];
    }

    void set(int i, PyObject v) {
        items[(head + i) & (items.length - 1)] = v;
    }

    private void grow() {
        int cap = items.length == 0 ? 8 : items.length * 2;
        PyObject[] n = new PyObject[cap];
        for (int i = 0; i < size; i++) {
            n[i] = get(i);
        }
        items = n;
        head = 0;
    }

    public void append(PyObject x) {
        state++;
        if (maxlen == 0) {
            return;
        }
        if (size == maxlen) {
            popLeftRaw();
        }
        if (size == items.length) {
            grow();
        }
        items[(head + size) & (items.length - 1)] = x;
        size++;
    }

    public void appendLeft(PyObject x) {
        state++;
        if (maxlen == 0) {
            return;
        }
        if (size == maxlen) {
            popRaw();
        }
        if (size == items.length) {
            grow();
        }
        head = (head - 1) & (items.length - 1);
        items[head] = x;
        size++;
    }

    private PyObject popLeftRaw() {
        PyObject x = items[head];
        items[head] = null;
        head = (head + 1) & (items.length - 1);
        size--;
        return x;
    }

    private PyObject popRaw() {
        int i = (head + size - 1) & (items.length - 1);
        PyObject x = items[i];
        items[i] = null;
        size--;
        return x;
    }

    public PyObject pop() {
        if (size == 0) {
            throw PyErrors.indexError("pop from an empty deque");
        }
        state++;
        return popRaw();
    }

    public PyObject popLeft() {
        if (size == 0) {
            throw PyErrors.indexError("pop from an empty deque");
        }
        state++;
        return popLeftRaw();
    }

    public void clear() {
        state++;
        items = EMPTY;
        head = 0;
        size = 0;
    }

    /** Appends every item of {@code iterable} (a snapshot when it is this deque). */
    public void extend(PyObject iterable, boolean left) {
        if (iterable == this) {
            iterable = new org.ramjet.objects.PyList(toArray());
        }
        PyObject it = Iteration.iter(iterable);
        for (PyObject x = Iteration.next(it); x != null; x = Iteration.next(it)) {
            if (left) {
                appendLeft(x);
            } else {
                append(x);
            }
        }
    }

    PyObject[] toArray() {
        PyObject[] a = new PyObject[size];
        for (int i = 0; i < size; i++) {
            a[i] = get(i);
        }
        return a;
    }

    /** Replaces the contents (keeps maxlen semantics: only the last maxlen items stay). */
    void setAll(PyObject[] a) {
        clear();
        for (PyObject x : a) {
            append(x);
        }
    }

    public void rotate(long n) {
        if (size <= 1) {
            return;
        }
        state++;
        int k = (int) Math.floorMod(n, (long) size);
        // rotating right by k: the last k items move to the front
        for (int i = 0; i < k; i++) {
            PyObject x = popRaw();
            head = (head - 1) & (items.length - 1);
            items[head] = x;
            size++;
        }
    }

    /** Index of the first item equal to x in [start, stop), or -1; raises if the deque changes. */
    int indexOf(PyObject x, int start, int stop) {
        long s = state;
        for (int i = start; i < stop && i < size; i++) {
            boolean eq = Comparisons.equal(get(i), x);
            if (s != state) {
                throw PyErrors.runtimeError("deque mutated during iteration");
            }
            if (eq) {
                return i;
            }
        }
        return -1;
    }

    void insert(int i, PyObject x) {
        if (size == maxlen) {
            throw PyErrors.indexError("deque already at its maximum size");
        }
        PyObject[] a = toArray();
        PyObject[] b = new PyObject[a.length + 1];
        System.arraycopy(a, 0, b, 0, i);
        b[i] = x;
        System.arraycopy(a, i, b, i + 1, a.length - i);
        int m = maxlen;
        maxlen = -1;
        setAll(b);
        maxlen = m;
    }

    void delete(int i) {
        PyObject[] a = toArray();
        PyObject[] b = new PyObject[a.length - 1];
        System.arraycopy(a, 0, b, 0, i);
        System.arraycopy(a, i + 1, b, i, a.length - i - 1);
        setAll(b);
    }
}
