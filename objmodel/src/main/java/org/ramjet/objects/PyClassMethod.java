package org.ramjet.objects;

import org.ramjet.objects.layout.MappedObject;

/** Python {@code classmethod}: binds the wrapped callable to the class. */
public final class PyClassMethod extends MappedObject {
    public PyObject callable;

    public PyClassMethod(PyObject callable) {
        super(FunctionTypes.CLASSMETHOD);
        this.callable = callable;
    }

    PyClassMethod(PyType type, PyObject callable) {
        super(type);
        this.callable = callable;
    }
}
