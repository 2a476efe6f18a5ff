package org.ramjet.stdlib.os;

import java.util.Map;
import org.ramjet.objects.Iteration;
import org.ramjet.objects.PyBool;
import org.ramjet.objects.PyDict;
import org.ramjet.objects.PyErrors;
import org.ramjet.objects.PyList;
import org.ramjet.objects.PyNone;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.PyStr;
import org.ramjet.objects.PyTuple;
import org.ramjet.objects.PyType;
import org.ramjet.objects.Repr;
import org.ramjet.objects.Strs;
import org.ramjet.objects.TypeSpec;
import org.ramjet.objects.layout.MappedObject;

/**
 * {@code os.environ} ({@code os._Environ}): a str-to-str mapping over the run's environment
 * ({@link org.ramjet.stdlib.SystemConfig#environment}); assignments change that environment,
 * which {@code os.getenv} reads.
 */
final class Environ extends MappedObject {
    static final PyType TYPE = new TypeSpec("_Environ", Environ.class)
            .module("os")
            .notSubclassable()
            .unhashable()
            .slots(t -> {
                t.new_ = null;
                t.len = self -> ((Environ) self).env.size();
                t.getitem = (self, k) -> {
                    String v = ((Environ) self).env.get(key(k));
                    if (v == null) {
                        throw PyErrors.keyError(k);
                    }
                    return PyStr.of(v);
                };
                t.setitem = (self, k, v) -> {
                    Map<String, String> env = ((Environ) self).env;
                    if (v == null) {
                        if (env.remove(key(k)) == null) {
                            throw PyErrors.keyError(k);
                        }
                    } else {
                        env.put(key(k), key(v));
                    }
                };
                t.contains = (self, k) -> Strs.isStr(k) && ((Environ) self).env.containsKey(Strs.value(k));
                t.iter = self -> Iteration.iter(((Environ) self).keys());
                t.repr = self -> PyStr.of("environ(" + Repr.reprString(((Environ) self).toDict()) + ")");
            })
            .methods(m -> {
                m.method("keys", "($self, /)", (Environ e) -> e.keys());
                m.method("values", "($self, /)", (Environ e) -> {
                    PyList l = new PyList();
                    for (String v : e.env.values()) {
                        l.append(PyStr.of(v));
                    }
                    return l;
                });
                m.method("items", "($self, /)", (Environ e) -> {
                    PyList l = new PyList();
                    for (Map.Entry<String, String> x : e.env.entrySet()) {
                        l.append(PyTuple.of(PyStr.of(x.getKey()), PyStr.of(x.getValue())));
                    }
                    return l;
                });
                m.method("get", "($self, key, default=None, /)", (Environ e, PyObject k, PyObject d) -> {
                    String v = Strs.isStr(k) ? e.env.get(Strs.value(k)) : null;
                    return v != null ? PyStr.of(v) : d == null ? PyNone.NONE : d;
                });
                m.method("copy", "($self, /)", (Environ e) -> e.toDict());
                m.method("setdefault", "($self, key, default=None, /)", (Environ e, PyObject k, PyObject d) -> {
                    String v = e.env.get(key(k));
                    if (v != null) {
                        return PyStr.of(v);
                    }
                    e.env.put(key(k), key(d == null ? PyNone.NONE : d));
                    return d;
                });
                m.method("pop", "($self, key, default=<unrepresentable>, /)", (Environ e, PyObject k, PyObject d) -> {
                    String v = e.env.remove(key(k));
                    if (v != null) {
                        return PyStr.of(v);
                    }
                    if (d != null) {
                        return d;
                    }
                    throw PyErrors.keyError(k);
                });
                m.method("clear", "($self, /)", (Environ e) -> {
                    e.env.clear();
                    return PyNone.NONE;
                });
                m.method("update", "($self, other=(), /)", (Environ e, PyObject o) -> {
                    if (o == null) {
                        return PyNone.NONE;
                    }
                    PyObject items = o instanceof PyDict || o instanceof Environ
                            ? org.ramjet.objects.Calls.callMethod(o, "items") : o;
                    PyObject it = Iteration.iter(items);
                    for (PyObject kv = Iteration.next(it); kv != null; kv = Iteration.next(it)) {
                        PyObject[] pair = Iteration.toArray(kv);
                        e.env.put(key(pair[0]), key(pair[1]));
                    }
                    return PyNone.NONE;
                });
                m.method("__contains__", "($self, key, /)", (Environ e, PyObject k) ->
                        PyBool.of(Strs.isStr(k) && e.env.containsKey(Strs.value(k))));
            })
            .build();

    final Map<String, String> env;

    Environ(Map<String, String> env) {
        super(TYPE);
        this.env = env;
    }

    /** A key or value: "str expected, not int". */
    static String key(PyObject k) {
        if (!Strs.isStr(k)) {
            throw PyErrors.typeError("str expected, not %s", k.type().getName());
        }
        return Strs.value(k);
    }

    PyList keys() {
        PyList l = new PyList();
        for (String k : env.keySet()) {
            l.append(PyStr.of(k));
        }
        return l;
    }

    PyDict toDict() {
        PyDict d = new PyDict();
        for (Map.Entry<String, String> x : env.entrySet()) {
            d.putStr(x.getKey(), PyStr.of(x.getValue()));
        }
        return d;
    }
}
