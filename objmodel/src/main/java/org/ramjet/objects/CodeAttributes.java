package org.ramjet.objects;

import org.ramjet.bytecode.PyCode;

/** The {@code co_*} attributes of code objects. */
final class CodeAttributes {
    private CodeAttributes() {}

    private static PyTuple strings(String[] a) {
        PyObject[] out = new PyObject[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = PyStr.of(a[i]);
        }
        return PyTuple.of(out);
    }

    static void define(MethodTable m) {
        m.getter("co_name", (PyCode c) -> PyStr.of(c.name));
        m.getter("co_qualname", (PyCode c) -> PyStr.of(c.qualname));
        m.getter("co_filename", (PyCode c) -> PyStr.of(c.filename));
        m.getter("co_firstlineno", (PyCode c) -> PyInt.of(c.firstLineno));
        m.getter("co_argcount", (PyCode c) -> PyInt.of(c.argcount));
        m.getter("co_posonlyargcount", (PyCode c) -> PyInt.of(c.posonlyargcount));
        m.getter("co_kwonlyargcount", (PyCode c) -> PyInt.of(c.kwonlyargcount));
        m.getter("co_flags", (PyCode c) -> PyInt.of(c.flags));
        m.getter("co_stacksize", (PyCode c) -> PyInt.of(c.stacksize));
        m.getter("co_nlocals", (PyCode c) -> PyInt.of(c.varnames.length));
        m.getter("co_varnames", (PyCode c) -> strings(c.varnames));
        m.getter("co_cellvars", (PyCode c) -> strings(c.cellvars));
        m.getter("co_freevars", (PyCode c) -> strings(c.freevars));
        m.getter("co_names", (PyCode c) -> strings(c.names));
        m.getter("co_consts", (PyCode c) -> PyTuple.of(c.consts.clone()));
    }
}
