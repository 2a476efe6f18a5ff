package org.ramjet.objects;

/**
 * {@code OSError}: {@code errno}, {@code strerror}, {@code filename}, {@code filename2}. With 2
 * to 5 arguments {@code args} is {@code (errno, strerror)}; {@code OSError(errno, ...)} creates
 * the subclass for the errno (ENOENT -> FileNotFoundError, ...).
 */
public final class PyOSError extends PyBaseException {
    public PyObject errno = PyNone.NONE;
    public PyObject strerror = PyNone.NONE;
    public PyObject filename = PyNone.NONE;
    public PyObject filename2 = PyNone.NONE;

    public PyOSError(PyType type) {
        super(type);
    }

    @Override
    void initFields(PyObject[] a, int off, int npos, String[] kw) {
        if (npos >= 2 && npos <= 5) {
            errno = a[off];
            strerror = a[off + 1];
            if (npos >= 3) {
                filename = a[off + 2];
            }
            if (npos >= 5) {
                filename2 = a[off + 4];
            }
            if (npos >= 3) {
                args = PyTuple.of(a[off], a[off + 1]);
            }
        }
    }

    @Override
    String strValue() {
        if (filename != PyNone.NONE) {
            if (filename2 != PyNone.NONE) {
                return "[Errno " + Repr.strString(errno) + "] " + Repr.strString(strerror) + ": "
                        + Repr.reprString(filename) + " -> " + Repr.reprString(filename2);
            }
            return "[Errno " + Repr.strString(errno) + "] " + Repr.strString(strerror) + ": " + Repr.reprString(filename);
        }
        if (errno != PyNone.NONE && strerror != PyNone.NONE) {
            return "[Errno " + Repr.strString(errno) + "] " + Repr.strString(strerror);
        }
        return super.strValue();
    }
}
