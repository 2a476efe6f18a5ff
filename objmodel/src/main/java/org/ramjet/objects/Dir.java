package org.ramjet.objects;

/** {@code object.__dir__} and {@code type.__dir__}: attribute names (unsorted; {@code dir()} sorts). */
final class Dir {
    private Dir() {}

    static PyList ofObject(PyObject self) {
        PyDict names = new PyDict();
        PyDict own = Attributes.instanceDict(self);
        if (own != null) {
            for (PyObject k : own.keysArray()) {
                names.put(k, PyNone.NONE);
            }
        }
        addClassNames(self.type(), names);
        return new PyList(names.keysArray());
    }

    static PyList ofType(PyType type) {
        PyDict names = new PyDict();
        addClassNames(type, names);
        return new PyList(names.keysArray());
    }

    private static void addClassNames(PyType type, PyDict names) {
        for (PyType t : type.mroArray()) {
            for (PyObject k : t.dict().keysArray()) {
                names.put(k, PyNone.NONE);
            }
        }
    }
}
