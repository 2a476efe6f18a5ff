package org.ramjet.objects;

import static org.ramjet.bytecode.BinaryOp.*;

/** Definers of {@code set} and {@code frozenset}, and their iterator. */
public final class SetType {
    private SetType() {}

    public static final PyType SET = new TypeSpec("set", PySet.class)
            .unhashable()
            .slots(t -> {
                common(t);
                t.new_ = (type, a, off, n, kw) -> type == SetType.SET ? new PySet(false) : new PySetInstance(type);
                t.init = (self, a, off, n, kw) -> {
                    if (kw != null && kw.length > 0) {
                        throw PyErrors.typeError("set() takes no keyword arguments");
                    }
                    if (n > 1) {
                        throw PyErrors.typeError("set expected at most 1 argument, got %d", n);
                    }
                    PySet s = (PySet) self;
                    s.clear();
                    if (n == 1) {
                        s.update(a[off]);
                    }
                };
                t.ibinary[OR.ordinal()] = (self, o) -> inplace(self, o, 0);
                t.ibinary[AND.ordinal()] = (self, o) -> inplace(self, o, 1);
                t.ibinary[SUBTRACT.ordinal()] = (self, o) -> inplace(self, o, 2);
                t.ibinary[XOR.ordinal()] = (self, o) -> inplace(self, o, 3);
            })
            .methods(m -> {
                commonMethods(m);
                m.method("add", "($self, object, /)", (PySet s, PyObject x) -> {
                    s.add(x);
                    return PyNone.NONE;
                });
                m.method("discard", "($self, object, /)", (PySet s, PyObject x) -> {
                    s.discard(frozenKey(x));
                    return PyNone.NONE;
                });
                m.method("remove", "($self, object, /)", (PySet s, PyObject x) -> {
                    if (!s.discard(frozenKey(x))) {
                        throw PyErrors.keyError(x);
                    }
                    return PyNone.NONE;
                });
                m.method("pop", "($self, /)", (PySet s) -> {
                    PyObject r = s.pop();
                    if (r == null) {
                        throw PyErrors.keyError("pop from an empty set");
                    }
                    return r;
                });
                m.method("clear", "($self, /)", (PySet s) -> {
                    s.clear();
                    return PyNone.NONE;
                });
                m.methodVarargs("update", "($self, /, *others)", (PySet s, PyObject[] others) -> {
                    for (PyObject o : others) {
                        s.update(o);
                    }
                    return PyNone.NONE;
                });
                m.methodVarargs("intersection_update", "($self, /, *others)", (PySet s, PyObject[] others) -> {
                    for (PyObject o : others) {
                        SetOps.intersectionUpdate(s, o);
                    }
                    return PyNone.NONE;
                });
                m.methodVarargs("difference_update", "($self, /, *others)", (PySet s, PyObject[] others) -> {
                    for (PyObject o : others) {
                        SetOps.differenceUpdate(s, o);
                    }
                    return PyNone.NONE;
                });
                m.method("symmetric_difference_update", "($self, other, /)", (PySet s, PyObject o) -> {
                    SetOps.symmetricDifferenceUpdate(s, o);
                    return PyNone.NONE;
                });
            })
            .build();

    public static final PyType FROZENSET = new TypeSpec("frozenset", PySet.class)
            .valueType()
            .slots(t -> {
                common(t);
                t.hash = self -> ((PySet) self).frozenHash();
                t.new_ = (type, a, off, n, kw) -> {
                    if (kw != null && kw.length > 0) {
                        throw PyErrors.typeError("frozenset() takes no keyword arguments");
                    }
                    if (n > 1) {
                        throw PyErrors.typeError("frozenset expected at most 1 argument, got %d", n);
                    }
                    PyObject v;
                    if (n == 1 && a[off] instanceof PySet && ((PySet) a[off]).frozen && type == SetType.FROZENSET) {
                        return a[off];
                    }
                    v = PySet.of(true, n == 1 ? a[off] : null);
                    return type == SetType.FROZENSET ? v : new PyValueInstance(type, v);
                };
            })
            .methods(SetType::commonMethods)
            .build();

    static final PyType ITERATOR = new TypeSpec("set_iterator", SetIterator.class)
            .notSubclassable()
            .slots(t -> {
                t.iter = self -> self;
                t.next = self -> ((SetIterator) self).nextItem();
            })
            .methods(m -> m.method("__length_hint__", "($self, /)", (SetIterator self) ->
                    PyInt.of(self.set == null ? 0 : self.set.used - self.seen)))
            .build();

    private static void common(PyType t) {
        t.repr = self -> PyStr.of(repr(self));
        t.len = self -> ((PySet) self).used;
        t.contains = (self, x) -> ((PySet) self).contains(frozenKey(x));
        t.iter = self -> new SetIterator((PySet) self);
        t.richcompare = SetOps::compare;
        t.binary[OR.ordinal()] = (self, o) -> SetOps.asSet(o) == null ? PyNotImplemented.NOT_IMPLEMENTED
                : SetOps.union((PySet) self, o);
        t.rbinary[OR.ordinal()] = (self, o) -> SetOps.asSet(o) == null ? PyNotImplemented.NOT_IMPLEMENTED
                : SetOps.union(SetOps.asSet(o), self);
        t.binary[AND.ordinal()] = (self, o) -> SetOps.asSet(o) == null ? PyNotImplemented.NOT_IMPLEMENTED
                : SetOps.intersection((PySet) self, o);
        t.rbinary[AND.ordinal()] = (self, o) -> SetOps.asSet(o) == null ? PyNotImplemented.NOT_IMPLEMENTED
                : SetOps.intersection(SetOps.asSet(o), self);
        t.binary[SUBTRACT.ordinal()] = (self, o) -> SetOps.asSet(o) == null ? PyNotImplemented.NOT_IMPLEMENTED
                : SetOps.difference((PySet) self, o);
        t.rbinary[SUBTRACT.ordinal()] = (self, o) -> SetOps.asSet(o) == null ? PyNotImplemented.NOT_IMPLEMENTED
                : SetOps.difference(SetOps.asSet(o), self);
        t.binary[XOR.ordinal()] = (self, o) -> SetOps.asSet(o) == null ? PyNotImplemented.NOT_IMPLEMENTED
                : SetOps.symmetricDifference((PySet) self, o);
        t.rbinary[XOR.ordinal()] = (self, o) -> SetOps.asSet(o) == null ? PyNotImplemented.NOT_IMPLEMENTED
                : SetOps.symmetricDifference(SetOps.asSet(o), self);
    }

    private static PyObject inplace(PyObject self, PyObject o, int which) {
        if (SetOps.asSet(o) == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PySet s = (PySet) self;
        switch (which) {
            case 0: s.update(o); break;
            case 1: SetOps.intersectionUpdate(s, o); break;
            case 2: SetOps.differenceUpdate(s, o); break;
            default: SetOps.symmetricDifferenceUpdate(s, o); break;
        }
        return self;
    }

    /** A set used as a key ({@code {1} in s}) is looked up as the equal frozenset. */
    static PyObject frozenKey(PyObject x) {
        if (x instanceof PySet && !((PySet) x).frozen) {
            PySet f = new PySet(true);
            f.update(x);
            return f;
        }
        return x;
    }

    private static void commonMethods(MethodTable m) {
        m.method("copy", "($self, /)", (PySet s) -> s.frozen && s.getClass() == PySet.class ? s : SetOps.copy(s));
        m.methodVarargs("union", "($self, /, *others)", (PySet s, PyObject[] others) -> {
            PySet r = SetOps.copy(s);
            for (PyObject o : others) {
                r.update(o);
            }
            return r;
        });
        m.methodVarargs("intersection", "($self, /, *others)", (PySet s, PyObject[] others) -> {
            PySet r = others.length == 0 ? SetOps.copy(s) : s;
            for (PyObject o : others) {
                r = SetOps.intersection(r, o);
            }
            return r;
        });
        m.methodVarargs("difference", "($self, /, *others)", (PySet s, PyObject[] others) -> {
            PySet r = others.length == 0 ? SetOps.copy(s) : s;
            for (PyObject o : others) {
                r = SetOps.difference(r, o);
            }
            return r;
        });
        m.method("symmetric_difference", "($self, other, /)", (PySet s, PyObject o) -> SetOps.symmetricDifference(s, o));
        m.method("issubset", "($self, other, /)", (PySet s, PyObject o) -> {
            PySet os = SetOps.asSet(o);
            return PyBool.of(SetOps.isSubset(s, os != null ? os : PySet.of(false, o)));
        });
        m.method("issuperset", "($self, other, /)", (PySet s, PyObject o) -> {
            PySet os = SetOps.asSet(o);
            return PyBool.of(SetOps.isSubset(os != null ? os : PySet.of(false, o), s));
        });
        m.method("isdisjoint", "($self, other, /)", (PySet s, PyObject o) -> {
            PyObject it = Iteration.iter(o);
            for (PyObject k = Iteration.next(it); k != null; k = Iteration.next(it)) {
                if (s.contains(k)) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        });
        m.method("__reduce__", "($self, /)", (PySet s) ->
                PyTuple.of(s.type(), PyTuple.of(new PyList(s.toArray())), PyNone.NONE));
        m.method("__sizeof__", "($self, /)", (PySet s) -> PyInt.of(200 + 16L * s.keys.length));
        m.classMethod("__class_getitem__", "($type, item, /)", (PyType cls, PyObject item) -> GenericAlias.of(cls, item));
    }

    static String repr(PyObject self) {
        PySet s = (PySet) self;
        boolean exact = self.type() == SET;
        String name = self.type().getName();
        if (s.used == 0) {
            return name + "()";
        }
        if (!Repr.enter(self)) {
            return name + "(...)";
        }
        try {
            String items = Repr.sequence(s.toArray(), s.used, new PyList(), "{", "}");
            return exact ? items : name + "(" + items + ")";
        } finally {
            Repr.leave(self);
        }
    }

    /** Iterates the table in order; "Set changed size during iteration". */
    static final class SetIterator extends PyObject {
        PySet set;
        private final int expected;
        private int pos;
        int seen;

        SetIterator(PySet set) {
            this.set = set;
            this.expected = set.used;
        }

        @Override
        public PyType type() {
            return ITERATOR;
        }

        PyObject nextItem() {
            PySet s = set;
            if (s == null) {
                return null;
            }
            if (s.used != expected) {
                set = null;
                throw PyErrors.runtimeError("Set changed size during iteration");
            }
            int p = s.nextPosition(pos);
            if (p < 0) {
                set = null;
                return null;
            }
            pos = p + 1;
            seen++;
            return s.keyAt(p);
        }
    }
}
