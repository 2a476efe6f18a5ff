package org.ramjet.objects;

/** Python {@code method}: a function bound to an object ({@code obj.m} for a function on the class). */
public final class PyMethod extends PyObject {
    public final PyObject func;
    public final PyObject self;

    public PyMethod(PyObject func, PyObject self) {
        this.func = func;
        this.self = self;
    }

    @Override
    public PyType type() {
        return FunctionTypes.METHOD;
    }

    PyObject call(PyObject[] args, int off, int npos, String[] kwnames) {
        return Calls.callPrepend(func, self, args, off, npos, kwnames);
    }
}
