package org.ramjet.objects;

/**
 * Python {@code module}: a namespace dict. Attribute look-up reads the dict, then falls back to a
 * module-level {@code __getattr__} (PEP 562); a miss raises "module 'm' has no attribute 'x'".
 */
public class PyModule extends PyObject implements HasDict {
    private final PyType type;
    public final PyDict dict;

    public PyModule(String name) {
        this(ModuleType.TYPE, name, new PyDict());
    }

    /** A module whose namespace is {@code dict} (the interpreter's globals). */
    public PyModule(String name, PyDict dict) {
        this(ModuleType.TYPE, name, dict);
    }

    PyModule(PyType type, String name, PyDict dict) {
        this.type = type;
        this.dict = dict;
        if (name != null) {
            dict.putStr("__name__", PyStr.of(name));
            if (dict.getStr("__doc__") == null) {
                dict.putStr("__doc__", PyNone.NONE);
            }
            for (String k : new String[] {"__package__", "__loader__", "__spec__"}) {
                if (dict.getStr(k) == null) {
                    dict.putStr(k, PyNone.NONE);
                }
            }
        }
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    /** {@code __name__}, or null. */
    public String getName() {
        PyObject n = dict.getStr("__name__");
        return n instanceof PyStr ? ((PyStr) n).value : null;
    }

    /** Adds a builtin function {@code name} (for module definers: one line per function). */
    public void addFunction(String name, String sig, BuiltinFn.MK<PyObject> fn) {
        dict.putStr(name, new PyBuiltinFunction(
                new BuiltinMethod(name, null, Signature.parse(sig), fn, BuiltinMethod.RAW, null), this));
    }

    @Override
    public String toString() {
        return "<module '" + getName() + "'>";
    }
}
