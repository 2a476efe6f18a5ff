package org.ramjet.objects;

/** {@code types.GenericAlias}: {@code list[int]} — an origin class and its arguments. */
public final class GenericAlias extends PyObject {
    static final PyType TYPE = new TypeSpec("types.GenericAlias", GenericAlias.class)
            .module("types")
            .slots(t -> {
                t.repr = self -> PyStr.of(((GenericAlias) self).repr());
                t.call = (self, a, off, n, kw) -> Calls.call(((GenericAlias) self).origin, a, off, n, kw);
                t.getattr = (self, name) -> {
                    PyObject v = Attributes.genericGetAttr(self, name);
                    if (v != null || name.startsWith("__") && name.endsWith("__")) {
                        return v;
                    }
                    return Attributes.lookupAttr(((GenericAlias) self).origin, name);
                };
                t.richcompare = (self, other, op) -> {
                    if (!(other instanceof GenericAlias) || op.ordinal() < 2 || op.ordinal() > 3) {
                        return PyNotImplemented.NOT_IMPLEMENTED;
                    }
                    GenericAlias a = (GenericAlias) self, b = (GenericAlias) other;
                    boolean eq = Comparisons.equal(a.origin, b.origin) && Comparisons.equal(a.args, b.args);
                    return PyBool.of(op == org.ramjet.bytecode.CompareOp.EQ ? eq : !eq);
                };
                t.hash = self -> Hashing.hash(((GenericAlias) self).origin) ^ Hashing.hash(((GenericAlias) self).args);
            })
            .methods(m -> {
                m.getter("__origin__", (GenericAlias g) -> g.origin);
                m.getter("__args__", (GenericAlias g) -> g.args);
                m.getter("__parameters__", (GenericAlias g) -> PyTuple.EMPTY);
            })
            .build();

    final PyObject origin;
    final PyTuple args;

    private GenericAlias(PyObject origin, PyTuple args) {
        this.origin = origin;
        this.args = args;
    }

    /** {@code origin[item]}. */
    public static PyObject of(PyObject origin, PyObject item) {
        return new GenericAlias(origin, item instanceof PyTuple ? (PyTuple) item : PyTuple.of(item));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    static String argRepr(PyObject a) {
        if (a == PyEllipsis.ELLIPSIS) {
            return "...";
        }
        if (a instanceof PyType) {
            PyType t = (PyType) a;
            String mod = t.moduleName();
            return mod.equals("builtins") ? t.getQualname() : mod + "." + t.getQualname();
        }
        return Repr.reprString(a);
    }

    String repr() {
        StringBuilder sb = new StringBuilder(argRepr(origin)).append('[');
        PyObject[] items = args.items;
        if (items.length == 0) {
            sb.append("()");
        }
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(argRepr(items[i]));
        }
        return sb.append(']').toString();
    }
}
