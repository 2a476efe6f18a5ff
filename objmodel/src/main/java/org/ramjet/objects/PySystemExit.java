package org.ramjet.objects;

/** {@code SystemExit}: {@code code} is None, the single argument, or the args tuple. */
public final class PySystemExit extends PyBaseException {
    public PyObject code = PyNone.NONE;

    public PySystemExit(PyType type) {
        super(type);
    }

    @Override
    void initFields(PyObject[] a, int off, int npos, String[] kw) {
        code = npos == 0 ? PyNone.NONE : npos == 1 ? a[off] : Calls.argsTuple(a, off, npos);
    }
}
