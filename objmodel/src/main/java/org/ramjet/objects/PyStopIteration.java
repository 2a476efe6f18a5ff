package org.ramjet.objects;

/** {@code StopIteration} (and {@code StopAsyncIteration}): {@code value} is the first argument or None. */
public final class PyStopIteration extends PyBaseException {
    public PyObject value = PyNone.NONE;

    public PyStopIteration(PyType type) {
        super(type);
    }

    @Override
    void initFields(PyObject[] a, int off, int npos, String[] kw) {
        value = npos > 0 ? a[off] : PyNone.NONE;
    }
}
