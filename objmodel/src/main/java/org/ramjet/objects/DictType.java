package org.ramjet.objects;

import static org.ramjet.bytecode.BinaryOp.*;

import org.ramjet.bytecode.CompareOp;

/** Definer of {@code dict}: slots, methods, and the key/value/item views and their iterators. */
public final class DictType {
    private DictType() {}

    public static final PyType TYPE = new TypeSpec("dict", PyDict.class)
            .flags(TypeFlags.DICT_SUBCLASS | TypeFlags.MAPPING)
            .unhashable()
            .slots(DictType::slots)
            .methods(DictType::methods)
            .build();

    private static void slots(PyType t) {
        t.repr = self -> PyStr.of(Repr.dict((PyDict) self));
        t.len = self -> ((PyDict) self).size();
        t.getitem = DictType::getItem;
        t.setitem = (self, k, v) -> {
            PyDict d = (PyDict) self;
            if (v != null) {
                d.put(k, v);
            } else if (d.remove(k) == null) {
                throw PyErrors.keyError(k);
            }
        };
        t.contains = (self, k) -> ((PyDict) self).get(k) != null;
        t.iter = self -> new DictViews.DictIterator((PyDict) self, DictViews.KEYS);
        t.richcompare = (self, other, op) -> {
            if (!(other instanceof PyDict) || (op != CompareOp.EQ && op != CompareOp.NE)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            boolean eq = equal((PyDict) self, (PyDict) other);
            return PyBool.of(op == CompareOp.EQ ? eq : !eq);
        };
        t.binary[OR.ordinal()] = (self, o) -> {
            if (!(o instanceof PyDict)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyDict d = ((PyDict) self).copy();
            d.putAll((PyDict) o);
            return d;
        };
        t.rbinary[OR.ordinal()] = (self, o) -> {
            if (!(o instanceof PyDict)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyDict d = ((PyDict) o).copy();
            d.putAll((PyDict) self);
            return d;
        };
        t.ibinary[OR.ordinal()] = (self, o) -> {
            update((PyDict) self, o);
            return self;
        };
        t.new_ = (type, args, off, npos, kw) -> type == TYPE ? new PyDict() : new PyDictInstance(type);
        t.init = (self, args, off, npos, kw) -> {
            if (npos > 1) {
                throw PyErrors.typeError("dict expected at most 1 argument, got %d", npos);
            }
            PyDict d = (PyDict) self;
            if (npos == 1) {
                update(d, args[off]);
            }
            if (kw != null) {
                for (int k = 0; k < kw.length; k++) {
                    d.putStr(kw[k], args[off + npos + k]);
                }
            }
        };
    }

    static PyObject getItem(PyObject self, PyObject key) {
        PyDict d = (PyDict) self;
        PyObject v = d.get(key);
        if (v != null) {
            return v;
        }
        if (d.getClass() != PyDict.class) {
            PyObject missing = d.type().lookup("__missing__");
            if (missing != null) {
                return Dunder.callFound(missing, d, key);
            }
        }
        throw PyErrors.keyError(key);
    }

    static boolean equal(PyDict a, PyDict b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int p = a.nextPosition(0); p >= 0; p = a.nextPosition(p + 1)) {
            PyObject k = a.keyAt(p);
            PyObject va = a.valueAt(p);
            PyObject vb = b.get(k);
            if (vb == null || (va != vb && !Comparisons.equal(va, vb))) {
                return false;
            }
        }
        return true;
    }

    /** {@code d.update(other)}: a mapping (has {@code keys}) or an iterable of pairs. */
    static void update(PyDict d, PyObject other) {
        if (other instanceof PyDict) {
            d.putAll((PyDict) other);
            return;
        }
        PyObject keys = Attributes.lookupAttr(other, "keys");
        if (keys != null) {
            PyObject it = Iteration.iter(Calls.call(keys));
            for (PyObject k = Iteration.next(it); k != null; k = Iteration.next(it)) {
                d.put(k, Abstract.getItem(other, k));
            }
            return;
        }
        PyObject it = Iteration.iter(other);
        int i = 0;
        for (PyObject pair = Iteration.next(it); pair != null; pair = Iteration.next(it), i++) {
            PyObject[] kv;
            try {
                kv = Iteration.toArray(pair);
            } catch (PyException e) {
                if (e.matches(PyExc.TypeError)) {
                    throw PyErrors.typeError("cannot convert dictionary update sequence element #%d to a sequence", i);
                }
                throw e;
            }
            if (kv.length != 2) {
                throw PyErrors.valueError("dictionary update sequence element #%d has length %d; 2 is required",
                        i, kv.length);
            }
            d.put(kv[0], kv[1]);
        }
    }

    private static void methods(MethodTable m) {
        m.classMethod("__class_getitem__", "($type, item, /)", (PyType cls, PyObject item) -> GenericAlias.of(cls, item));
        m.method("keys", "($self, /)", (PyDict self) -> new DictViews.View(self, DictViews.KEYS));
        m.method("values", "($self, /)", (PyDict self) -> new DictViews.View(self, DictViews.VALUES));
        m.method("items", "($self, /)", (PyDict self) -> new DictViews.View(self, DictViews.ITEMS));
        m.method("get", "($self, key, default=None, /)", (PyDict self, PyObject k, PyObject dflt) -> {
            PyObject v = self.get(k);
            return v != null ? v : dflt != null ? dflt : PyNone.NONE;
        });
        m.method("setdefault", "($self, key, default=None, /)", (PyDict self, PyObject k, PyObject dflt) ->
                self.setDefault(k, dflt != null ? dflt : PyNone.NONE));
        m.method("pop", "($self, key, default=<unrepresentable>, /)", (PyDict self, PyObject k, PyObject dflt) -> {
            PyObject v = self.remove(k);
            if (v != null) {
                return v;
            }
            if (dflt != null) {
                return dflt;
            }
            throw PyErrors.keyError(k);
        });
        m.method("popitem", "($self, /)", (PyDict self) -> {
            PyObject[] kv = self.popLast();
            if (kv == null) {
                throw PyErrors.keyError("popitem(): dictionary is empty");
            }
            return PyTuple.of(kv);
        });
        m.methodRaw("update", "($self, other=(), /, **kwargs)", (PyDict self, PyObject[] args, int off, int npos, String[] kw) -> {
            if (npos > 1) {
                throw PyErrors.typeError("update expected at most 1 argument, got %d", npos);
            }
            if (npos == 1) {
                update(self, args[off]);
            }
            if (kw != null) {
                for (int k = 0; k < kw.length; k++) {
                    self.putStr(kw[k], args[off + npos + k]);
                }
            }
            return PyNone.NONE;
        });
        m.method("copy", "($self, /)", (PyDict self) -> self.copy());
        m.method("clear", "($self, /)", (PyDict self) -> {
            self.clear();
            return PyNone.NONE;
        });
        m.classMethod("fromkeys", "($type, iterable, value=None, /)", (PyType cls, PyObject it, PyObject v) -> {
            PyObject d = Calls.call(cls);
            PyObject value = v == null ? PyNone.NONE : v;
            PyObject iter = Iteration.iter(it);
            for (PyObject k = Iteration.next(iter); k != null; k = Iteration.next(iter)) {
                Abstract.setItem(d, k, value);
            }
            return d;
        });
        m.method("__getitem__", "($self, key, /)", (PyDict self, PyObject k) -> getItem(self, k));
        m.method("__reversed__", "($self, /)", (PyDict self) -> new DictViews.DictIterator(self, DictViews.KEYS, true));
        m.method("__sizeof__", "($self, /)", (PyDict self) -> PyInt.of(48 + 24L * self.size()));
    }
}
