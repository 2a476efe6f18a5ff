package org.ramjet.objects;

/** {@code AttributeError} and {@code NameError} family: keyword-only {@code name} (and {@code obj} for AttributeError). */
public final class PyAttributeError extends PyBaseException {
    public PyObject name = PyNone.NONE;
    public PyObject obj = PyNone.NONE;
    private final boolean hasObj;

    public PyAttributeError(PyType type, boolean hasObj) {
        super(type);
        this.hasObj = hasObj;
    }

    @Override
    boolean acceptsKeywords() {
        return true;
    }

    @Override
    void initFields(PyObject[] a, int off, int npos, String[] kw) {
        if (kw == null) {
            return;
        }
        for (int k = 0; k < kw.length; k++) {
            PyObject v = a[off + npos + k];
            if (kw[k].equals("name")) {
                name = v;
            } else if (kw[k].equals("obj") && hasObj) {
                obj = v;
            } else {
                throw PyErrors.typeError("%s() got an unexpected keyword argument '%s'", type().getName(), kw[k]);
            }
        }
    }
}
