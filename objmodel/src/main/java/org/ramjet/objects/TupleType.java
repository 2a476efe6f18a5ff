package org.ramjet.objects;

import static org.ramjet.bytecode.BinaryOp.*;

/** Definer of {@code tuple}. */
public final class TupleType {
    private TupleType() {}

    public static final PyType TYPE = new TypeSpec("tuple", PyTuple.class)
            .flags(TypeFlags.TUPLE_SUBCLASS | TypeFlags.SEQUENCE)
            .valueType()
            .slots(TupleType::slots)
            .methods(TupleType::methods)
            .build();

    private static void slots(PyType t) {
        t.repr = self -> {
            PyTuple tu = (PyTuple) self;
            if (tu.items.length == 1) {
                return PyStr.of(Repr.sequence(tu.items, 1, tu, "(", ",)"));
            }
            return PyStr.of(Repr.sequence(tu.items, tu.items.length, tu, "(", ")"));
        };
        t.len = self -> ((PyTuple) self).items.length;
        t.hash = TupleType::hash;
        t.getitem = TupleType::getItem;
        t.contains = (self, x) -> {
            for (PyObject y : ((PyTuple) self).items) {
                if (y == x || Comparisons.equal(y, x)) {
                    return true;
                }
            }
            return false;
        };
        t.iter = self -> new SeqIterators.TupleIterator((PyTuple) self);
        t.richcompare = (self, other, op) -> {
            if (!(other instanceof PyTuple) && !(other instanceof PyValueInstance
                    && ((PyValueInstance) other).value instanceof PyTuple)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyTuple b = other instanceof PyTuple ? (PyTuple) other : (PyTuple) ((PyValueInstance) other).value;
            PyTuple a = (PyTuple) self;
            return Comparisons.compareSequences(a.items, a.items.length, b.items, b.items.length, op);
        };
        t.binary[ADD.ordinal()] = (self, o) -> {
            PyObject ov = o instanceof PyValueInstance ? ((PyValueInstance) o).value : o;
            if (!(ov instanceof PyTuple)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyObject[] a = ((PyTuple) self).items, b = ((PyTuple) ov).items;
            if (b.length == 0) {
                return self;
            }
            PyObject[] r = new PyObject[a.length + b.length];
            System.arraycopy(a, 0, r, 0, a.length);
            System.arraycopy(b, 0, r, a.length, b.length);
            return PyTuple.of(r);
        };
        t.sqConcat = (self, o) -> {
            throw PyErrors.typeError("can only concatenate tuple (not \"%s\") to tuple", o.type().getName());
        };
        t.sqRepeat = (self, n) -> repeat(self, ListType.checkedCount(n));
        t.binary[MULTIPLY.ordinal()] = TupleType::repeat;
        t.rbinary[MULTIPLY.ordinal()] = TupleType::repeat;
        t.new_ = (type, args, off, npos, kw) -> {
            if (kw != null && kw.length > 0) {
                throw PyErrors.typeError("tuple() takes no keyword arguments");
            }
            if (npos > 1) {
                throw PyErrors.typeError("tuple expected at most 1 argument, got %d", npos);
            }
            PyObject v = npos == 0 ? PyTuple.EMPTY
                    : args[off] instanceof PyTuple ? args[off] : PyTuple.of(Iteration.toArray(args[off]));
            return type == TYPE ? v : new PyValueInstance(type, v);
        };
    }

    private static PyObject repeat(PyObject self, PyObject n) {
        if (!Ints.isInt(n) && n.type().index == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyTuple t = (PyTuple) self;
        long c = Sequences.repeatCount(n);
        if (c == 1) {
            return t;
        }
        return PyTuple.of(ListType.repeatArray(t.items, t.items.length, c));
    }

    /** CPython 3.11's tuple hash (xxHash-based), over the items' hashes. */
    static long hash(PyObject self) {
        PyObject[] items = ((PyTuple) self).items;
        final long p1 = 0x9E3779B185EBCA87L, p2 = 0xC2B2AE3D27D4EB4FL, p5 = 0x27D4EB2F165667C5L;
        long acc = p5;
        for (PyObject item : items) {
            long lane = Hashing.hash(item);
            acc += lane * p2;
            acc = Long.rotateLeft(acc, 31);
            acc *= p1;
        }
        acc += items.length ^ (p5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    static PyObject getItem(PyObject self, PyObject key) {
        PyTuple tu = (PyTuple) self;
        if (key instanceof PySlice) {
            long[] r = ((PySlice) key).indices(tu.items.length);
            int start = (int) r[0], step = (int) r[2], len = (int) r[3];
            if (step == 1 && start == 0 && len == tu.items.length) {
                return tu;
            }
            PyObject[] out = new PyObject[Math.max(len, 0)];
            for (int i = 0, j = start; i < len; i++, j += step) {
                out[i] = tu.items[j];
            }
            return PyTuple.of(out);
        }
        int i = Sequences.normalize(Sequences.index(key, "tuple"), tu.items.length);
        if (i < 0) {
            throw PyErrors.indexError("tuple index out of range");
        }
        return tu.items[i];
    }

    private static void methods(MethodTable m) {
        m.classMethod("__class_getitem__", "($type, item, /)", (PyType cls, PyObject item) -> GenericAlias.of(cls, item));
        m.method("index", "($self, value, start=0, stop=sys.maxsize, /)",
                (PyTuple self, PyObject x, PyObject start, PyObject stop) -> {
                    int n = self.items.length;
                    long s = start == null ? 0 : Sequences.sliceIndex(start);
                    long e = stop == null ? n : Sequences.sliceIndex(stop);
                    if (s < 0) {
                        s = Math.max(0, s + n);
                    }
                    if (e < 0) {
                        e = Math.max(0, e + n);
                    }
                    for (long i = s; i < Math.min(e, n); i++) {
                        PyObject y = self.items[(int) i];
                        if (y == x || Comparisons.equal(y, x)) {
                            return PyInt.of(i);
                        }
                    }
                    throw PyErrors.valueError("tuple.index(x): x not in tuple");
                });
        m.method("count", "($self, value, /)", (PyTuple self, PyObject x) -> {
            int c = 0;
            for (PyObject y : self.items) {
                if (y == x || Comparisons.equal(y, x)) {
                    c++;
                }
            }
            return PyInt.of(c);
        });
        m.method("__getnewargs__", "($self, /)", (PyTuple self) -> PyTuple.of(self));
    }
}
