package org.ramjet.objects;

import java.util.ArrayList;
import java.util.List;

/** {@code types.UnionType}: {@code int | str}, usable with {@code isinstance}/{@code issubclass}. */
public final class UnionType extends PyObject {
    static final PyType TYPE = new TypeSpec("types.UnionType", UnionType.class)
            .module("types")
            .notSubclassable()
            .slots(t -> {
                t.repr = self -> {
                    StringBuilder sb = new StringBuilder();
                    for (PyObject a : ((UnionType) self).args.items) {
                        if (sb.length() > 0) {
                            sb.append(" | ");
                        }
                        sb.append(a == PyNone.NONE.type() ? "None" : GenericAlias.argRepr(a));
                    }
                    return PyStr.of(sb.toString());
                };
                t.binary[org.ramjet.bytecode.BinaryOp.OR.ordinal()] = UnionType::or;
                t.rbinary[org.ramjet.bytecode.BinaryOp.OR.ordinal()] = (self, o) -> or(o, self);
                t.hash = self -> Hashing.hash(((UnionType) self).args);
            })
            .methods(m -> {
                m.getter("__args__", (UnionType u) -> u.args);
                m.method("__instancecheck__", "($self, instance, /)", (UnionType u, PyObject o) ->
                        PyBool.of(Abstract.isInstance(o, u.args)));
                m.method("__subclasscheck__", "($self, subclass, /)", (UnionType u, PyObject c) ->
                        PyBool.of(Abstract.isSubclass(c, u.args)));
            })
            .build();

    final PyTuple args;

    private UnionType(PyTuple args) {
        this.args = args;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static boolean unionable(PyObject o) {
        return o == PyNone.NONE || o instanceof PyType || o instanceof UnionType || o instanceof GenericAlias;
    }

    /** {@code a | b} for types; NotImplemented for other operands. */
    static PyObject or(PyObject a, PyObject b) {
        if (!unionable(a) || !unionable(b)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        List<PyObject> items = new ArrayList<>();
        for (PyObject o : new PyObject[] {a, b}) {
            if (o instanceof UnionType) {
                for (PyObject x : ((UnionType) o).args.items) {
                    add(items, x);
                }
            } else {
                add(items, o == PyNone.NONE ? PyNone.NONE.type() : o);
            }
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return new UnionType(PyTuple.of(items.toArray(new PyObject[0])));
    }

    private static void add(List<PyObject> items, PyObject x) {
        for (PyObject y : items) {
            if (y == x) {
                return;
            }
        }
        items.add(x);
    }
}
