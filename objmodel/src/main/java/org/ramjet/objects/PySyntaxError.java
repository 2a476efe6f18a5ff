package org.ramjet.objects;

/**
 * {@code SyntaxError} (and IndentationError, TabError): {@code msg} and the location tuple
 * {@code (filename, lineno, offset, text, end_lineno, end_offset)}.
 */
public final class PySyntaxError extends PyBaseException {
    public PyObject msg = PyNone.NONE;
    public PyObject filename = PyNone.NONE;
    public PyObject lineno = PyNone.NONE;
    public PyObject offset = PyNone.NONE;
    public PyObject text = PyNone.NONE;
    public PyObject endLineno = PyNone.NONE;
    public PyObject endOffset = PyNone.NONE;
    public PyObject printFileAndLine = PyNone.NONE;

    public PySyntaxError(PyType type) {
        super(type);
    }

    @Override
    void initFields(PyObject[] a, int off, int npos, String[] kw) {
        if (npos >= 1) {
            msg = a[off];
        }
        if (npos == 2) {
            PyObject[] info = Iteration.toArray(a[off + 1]);
            if (info.length < 4 || info.length > 6) {
                throw PyErrors.indexError("tuple index out of range");
            }
            filename = info[0];
            lineno = info[1];
            offset = info[2];
            text = info[3];
            if (info.length > 4) {
                endLineno = info[4];
            }
            if (info.length > 5) {
                endOffset = info[5];
            }
        }
    }

    @Override
    String strValue() {
        String m = Repr.strString(msg);
        String file = filename instanceof PyStr ? baseName(((PyStr) filename).value) : null;
        boolean haveLine = Ints.isInt(lineno);
        if (file != null && haveLine) {
            return m + " (" + file + ", line " + Repr.strString(lineno) + ")";
        }
        if (file != null) {
            return m + " (" + file + ")";
        }
        if (haveLine) {
            return m + " (line " + Repr.strString(lineno) + ")";
        }
        return m;
    }

    private static String baseName(String path) {
        int i = path.lastIndexOf('/');
        return i >= 0 ? path.substring(i + 1) : path;
    }
}
