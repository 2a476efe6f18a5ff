package org.ramjet.objects;

/** {@code ImportError}: {@code msg}, and keyword-only {@code name} and {@code path}. */
public final class PyImportError extends PyBaseException {
    public PyObject msg = PyNone.NONE;
    public PyObject name = PyNone.NONE;
    public PyObject path = PyNone.NONE;

    public PyImportError(PyType type) {
        super(type);
    }

    @Override
    boolean acceptsKeywords() {
        return true;
    }

    @Override
    void initFields(PyObject[] a, int off, int npos, String[] kw) {
        msg = npos == 1 ? a[off] : PyNone.NONE;
        if (kw == null) {
            return;
        }
        for (int k = 0; k < kw.length; k++) {
            PyObject v = a[off + npos + k];
            if (kw[k].equals("name")) {
                name = v;
            } else if (kw[k].equals("path")) {
                path = v;
            } else {
                throw PyErrors.typeError("'%s' is an invalid keyword argument for %s()", kw[k], type().getName());
            }
        }
    }

    @Override
    String strValue() {
        return msg != PyNone.NONE ? Repr.strString(msg) : super.strValue();
    }
}
