package org.ramjet.objects;

import org.ramjet.objects.layout.MappedObject;

/** Python {@code property}: a data descriptor calling fget/fset/fdel. */
public final class PyProperty extends MappedObject {
    PyObject fget = PyNone.NONE, fset = PyNone.NONE, fdel = PyNone.NONE, doc = PyNone.NONE;
    /** Attribute name from {@code __set_name__}, for error messages. */
    PyObject name;

    PyProperty(PyType type) {
        super(type);
    }

    /** A property from Java. */
    public static PyProperty of(PyObject fget, PyObject fset, PyObject fdel, PyObject doc) {
        PyProperty p = new PyProperty(FunctionTypes.PROPERTY);
        p.fget = fget == null ? PyNone.NONE : fget;
        p.fset = fset == null ? PyNone.NONE : fset;
        p.fdel = fdel == null ? PyNone.NONE : fdel;
        p.doc = doc == null ? PyNone.NONE : doc;
        return p;
    }
}
