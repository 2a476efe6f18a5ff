package org.ramjet.objects;

/** {@code BaseExceptionGroup}/{@code ExceptionGroup}: a message and a tuple of exceptions. */
public final class PyBaseExceptionGroup extends PyBaseException {
    public PyObject message = PyStr.EMPTY;
    public PyTuple exceptions = PyTuple.EMPTY;

    public PyBaseExceptionGroup(PyType type) {
        super(type);
    }

    @Override
    String strValue() {
        int n = exceptions.size();
        return Repr.strString(message) + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")";
    }
}
