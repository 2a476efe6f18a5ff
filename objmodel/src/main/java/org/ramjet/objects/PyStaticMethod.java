package org.ramjet.objects;

import org.ramjet.objects.layout.MappedObject;

/** Python {@code staticmethod}: returns the wrapped callable unchanged from both instance and class. */
public final class PyStaticMethod extends MappedObject {
    public PyObject callable;

    public PyStaticMethod(PyObject callable) {
        super(FunctionTypes.STATICMETHOD);
        this.callable = callable;
    }

    PyStaticMethod(PyType type, PyObject callable) {
        super(type);
        this.callable = callable;
    }
}
