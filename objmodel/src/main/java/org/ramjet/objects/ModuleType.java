package org.ramjet.objects;

/** Definer of {@code module} ({@code types.ModuleType}): dict-backed attributes and PEP 562 {@code __getattr__}. */
public final class ModuleType {
    private ModuleType() {}

    public static final PyType TYPE = new TypeSpec("module", PyModule.class)
            .flags(TypeFlags.HAS_DICT)
            .slots(t -> {
                t.getattr = ModuleType::getAttr;
                t.repr = self -> PyStr.of(repr((PyModule) self));
                t.new_ = (type, a, off, n, kw) -> new PyModule(type, null, new PyDict());
                t.init = (self, a, off, n, kw) -> {
                    PyObject[] b = Signature.parse("(name, doc=None)").bind("module", "module", a, off, n, kw);
                    if (!Strs.isStr(b[0])) {
                        throw PyErrors.typeError("module.__init__() argument 'name' must be str, not %s", b[0].type().getName());
                    }
                    PyDict d = ((PyModule) self).dict;
                    d.putStr("__name__", b[0]);
                    d.putStr("__doc__", b[1] == null ? PyNone.NONE : b[1]);
                    d.putStr("__package__", PyNone.NONE);
                    d.putStr("__loader__", PyNone.NONE);
                    d.putStr("__spec__", PyNone.NONE);
                };
            })
            .methods(m -> {
                m.getter("__dict__", (PyModule self) -> self.dict);
                m.method("__dir__", "($self, /)", (PyModule self) -> {
                    PyObject d = self.dict.getStr("__dir__");
                    return d != null ? Calls.call(d) : new PyList(self.dict.keysArray());
                });
            })
            .build();

    static PyObject getAttr(PyObject self, String name) {
        PyObject v = Attributes.genericGetAttr(self, name);
        if (v != null) {
            return v;
        }
        PyModule m = (PyModule) self;
        PyObject hook = m.dict.getStr("__getattr__");
        if (hook != null) {
            return Calls.call(hook, PyStr.of(name));
        }
        return null;
    }

    static String repr(PyModule m) {
        PyObject name = m.dict.getStr("__name__");
        String n = name == null ? "?" : Repr.reprString(name);
        PyObject file = m.dict.getStr("__file__");
        if (file != null && Strs.isStr(file)) {
            return "<module " + n + " from " + Repr.reprString(file) + ">";
        }
        return "<module " + n + " (built-in)>";
    }
}
