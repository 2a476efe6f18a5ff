package org.ramjet.objects;

import static org.ramjet.bytecode.BinaryOp.*;

import org.ramjet.bytecode.CompareOp;

/** Definer of {@code list}: slots (indexing, slicing, slice assignment, comparison) and methods. */
public final class ListType {
    private ListType() {}

    public static final PyType TYPE = new TypeSpec("list", PyList.class)
            .flags(TypeFlags.LIST_SUBCLASS | TypeFlags.SEQUENCE)
            .unhashable()
            .slots(ListType::slots)
            .methods(ListType::methods)
            .build();

    private static void slots(PyType t) {
        t.repr = self -> PyStr.of(Repr.sequence((PyList) self, "[", "]"));
        t.len = self -> ((PyList) self).size;
        t.getitem = ListType::getItem;
        t.setitem = ListType::setItem;
        t.contains = (self, x) -> indexOf((PyList) self, x, 0, Integer.MAX_VALUE) >= 0;
        t.iter = self -> new SeqIterators.ListIterator((PyList) self);
        t.richcompare = (self, other, op) -> other instanceof PyList
                ? Comparisons.compareSequences(((PyList) self).items, ((PyList) self).size,
                ((PyList) other).items, ((PyList) other).size, op)
                : PyNotImplemented.NOT_IMPLEMENTED;
        t.sqConcat = (self, o) -> {
            throw PyErrors.typeError("can only concatenate list (not \"%s\") to list", o.type().getName());
        };
        t.sqRepeat = (self, n) -> repeat((PyList) self, checkedCount(n));
        t.binary[ADD.ordinal()] = (self, o) -> {
            if (!(o instanceof PyList)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyList a = (PyList) self, b = (PyList) o;
            PyObject[] r = new PyObject[a.size + b.size];
            System.arraycopy(a.items, 0, r, 0, a.size);
            System.arraycopy(b.items, 0, r, a.size, b.size);
            return new PyList(r);
        };
        t.binary[MULTIPLY.ordinal()] = (self, n) -> repeat((PyList) self, n);
        t.rbinary[MULTIPLY.ordinal()] = (self, n) -> repeat((PyList) self, n);
        t.ibinary[ADD.ordinal()] = (self, o) -> {
            ((PyList) self).extend(o);
            return self;
        };
        t.ibinary[MULTIPLY.ordinal()] = (self, n) -> {
            PyList l = (PyList) self;
            long c = Sequences.repeatCount(n);
            PyObject[] r = repeatArray(l.items, l.size, c);
            l.setArray(r, r.length);
            return self;
        };
        t.new_ = (type, args, off, npos, kw) -> type == TYPE ? new PyList() : new PyListInstance(type);
        t.init = (self, args, off, npos, kw) -> {
            if (kw != null && kw.length > 0) {
                throw PyErrors.typeError("list() takes no keyword arguments");
            }
            if (npos > 1) {
                throw PyErrors.typeError("list expected at most 1 argument, got %d", npos);
            }
            PyList l = (PyList) self;
            l.clear();
            if (npos == 1) {
                l.extend(args[off]);
            }
        };
    }

    private static PyObject repeat(PyList l, PyObject n) {
        if (!Ints.isInt(n) && n.type().index == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return new PyList(repeatArray(l.items, l.size, Sequences.repeatCount(n)));
    }

    /** The repeat count, or the "can't multiply sequence by non-int" error. */
    static PyObject checkedCount(PyObject n) {
        Sequences.repeatCount(n);
        return n;
    }

    static PyObject[] repeatArray(PyObject[] items, int size, long count) {
        if (count <= 0 || size == 0) {
            return new PyObject[0];
        }
        if (count * size > Integer.MAX_VALUE - 8) {
            throw PyErrors.memoryError();
        }
        PyObject[] r = new PyObject[(int) (count * size)];
        for (int i = 0; i < count; i++) {
            System.arraycopy(items, 0, r, i * size, size);
        }
        return r;
    }

    static PyObject getItem(PyObject self, PyObject key) {
        PyList l = (PyList) self;
        if (key instanceof PyInt) {
            long i = ((PyInt) key).value;
            if (i < 0) {
                i += l.size;
            }
            if (i < 0 || i >= l.size) {
                throw PyErrors.indexError("list index out of range");
            }
            return l.items[(int) i];
        }
        if (key instanceof PySlice) {
            long[] r = ((PySlice) key).indices(l.size);
            int start = (int) r[0], step = (int) r[2], len = (int) r[3];
            PyObject[] out = new PyObject[Math.max(len, 0)];
            if (step == 1) {
                System.arraycopy(l.items, start, out, 0, out.length);
            } else {
                for (int i = 0, j = start; i < len; i++, j += step) {
                    out[i] = l.items[j];
                }
            }
            return new PyList(out);
        }
        int i = Sequences.normalize(Sequences.index(key, "list"), l.size);
        if (i < 0) {
            throw PyErrors.indexError("list index out of range");
        }
        return l.items[i];
    }

    static void setItem(PyObject self, PyObject key, PyObject value) {
        PyList l = (PyList) self;
        if (key instanceof PySlice) {
            setSlice(l, (PySlice) key, value);
            return;
        }
        int i = Sequences.normalize(Sequences.index(key, "list"), l.size);
        if (i < 0) {
            throw PyErrors.indexError(value == null ? "list assignment index out of range"
                    : "list assignment index out of range");
        }
        if (value == null) {
            l.removeAt(i);
        } else {
            l.items[i] = value;
        }
    }

    private static void setSlice(PyList l, PySlice slice, PyObject value) {
        long[] r = slice.indices(l.size);
        int start = (int) r[0], stop = (int) r[1], step = (int) r[2], len = (int) r[3];
        if (value == null) {
            if (len <= 0) {
                return;
            }
            if (step == 1) {
                System.arraycopy(l.items, start + len, l.items, start, l.size - start - len);
                java.util.Arrays.fill(l.items, l.size - len, l.size, null);
                l.size -= len;
                return;
            }
            boolean[] drop = new boolean[l.size];
            for (int i = 0, j = start; i < len; i++, j += step) {
                drop[j] = true;
            }
            int w = 0;
            for (int k = 0; k < l.size; k++) {
                if (!drop[k]) {
                    l.items[w++] = l.items[k];
                }
            }
            java.util.Arrays.fill(l.items, w, l.size, null);
            l.size = w;
            return;
        }
        PyObject[] src = value == l ? l.toArray() : Iteration.toArray(value, "must assign iterable to extended slice");
        if (step == 1) {
            if (stop < start) {
                stop = start;
            }
            int removed = stop - start;
            int newSize = l.size - removed + src.length;
            PyObject[] a = new PyObject[Math.max(newSize, 4)];
            System.arraycopy(l.items, 0, a, 0, start);
            System.arraycopy(src, 0, a, start, src.length);
            System.arraycopy(l.items, stop, a, start + src.length, l.size - stop);
            l.setArray(a, newSize);
            return;
        }
        if (src.length != len) {
            throw PyErrors.valueError("attempt to assign sequence of size %d to extended slice of size %d",
                    src.length, len);
        }
        for (int i = 0, j = start; i < len; i++, j += step) {
            l.items[j] = src[i];
        }
    }

    static int indexOf(PyList l, PyObject x, int start, int stop) {
        for (int i = Math.max(start, 0); i < Math.min(stop, l.size); i++) {
            PyObject y = l.items[i];
            if (y == x || Comparisons.equal(y, x)) {
                return i;
            }
        }
        return -1;
    }

    private static void methods(MethodTable m) {
        m.classMethod("__class_getitem__", "($type, item, /)", (PyType cls, PyObject item) -> GenericAlias.of(cls, item));
        m.method("append", "($self, object, /)", (PyList self, PyObject x) -> {
            self.append(x);
            return PyNone.NONE;
        });
        m.method("extend", "($self, iterable, /)", (PyList self, PyObject x) -> {
            self.extend(x);
            return PyNone.NONE;
        });
        m.method("insert", "($self, index, object, /)", (PyList self, PyObject i, PyObject x) -> {
            self.insert(Ints.asIndexSized(Numbers.index(i)), x);
            return PyNone.NONE;
        });
        m.method("pop", "($self, index=-1, /)", (PyList self, PyObject i) -> {
            if (self.size == 0) {
                throw PyErrors.indexError("pop from empty list");
            }
            long idx = i == null ? -1 : Ints.asIndexSized(Numbers.index(i));
            int n = Sequences.normalize(idx, self.size);
            if (n < 0) {
                throw PyErrors.indexError("pop index out of range");
            }
            return self.removeAt(n);
        });
        m.method("remove", "($self, value, /)", (PyList self, PyObject x) -> {
            int i = indexOf(self, x, 0, Integer.MAX_VALUE);
            if (i < 0) {
                throw PyErrors.valueError("list.remove(x): x not in list");
            }
            self.removeAt(i);
            return PyNone.NONE;
        });
        m.method("index", "($self, value, start=0, stop=sys.maxsize, /)",
                (PyList self, PyObject x, PyObject start, PyObject stop) -> {
                    int n = self.size;
                    long s = start == null ? 0 : Sequences.sliceIndex(start);
                    long e = stop == null ? n : Sequences.sliceIndex(stop);
                    if (s < 0) {
                        s = Math.max(0, s + n);
                    }
                    if (e < 0) {
                        e = Math.max(0, e + n);
                    }
                    int i = indexOf(self, x, (int) Math.min(s, n), (int) Math.min(e, n));
                    if (i < 0) {
                        throw PyErrors.valueError("%s is not in list", Repr.reprString(x));
                    }
                    return PyInt.of(i);
                });
        m.method("count", "($self, value, /)", (PyList self, PyObject x) -> {
            int c = 0;
            for (int i = 0; i < self.size; i++) {
                if (self.items[i] == x || Comparisons.equal(self.items[i], x)) {
                    c++;
                }
            }
            return PyInt.of(c);
        });
        m.method("reverse", "($self, /)", (PyList self) -> {
            self.reverse();
            return PyNone.NONE;
        });
        m.method("copy", "($self, /)", (PyList self) -> new PyList(self.toArray()));
        m.method("clear", "($self, /)", (PyList self) -> {
            self.clear();
            return PyNone.NONE;
        });
        m.method("sort", "($self, /, *, key=None, reverse=False)", (PyList self, PyObject key, PyObject rev) -> {
            ListSort.sort(self, key == PyNone.NONE ? null : key, rev != null && Truth.isTrue(rev));
            return PyNone.NONE;
        });
        m.method("__reversed__", "($self, /)", (PyList self) -> new SeqIterators.ListReverseIterator(self));
        m.method("__sizeof__", "($self, /)", (PyList self) -> PyInt.of(40 + 8L * self.items.length));
    }

    /** {@code list == list} etc. for Java callers. */
    static boolean eq(PyList a, PyList b) {
        return Truth.isTrue(Comparisons.compareSequences(a.items, a.size, b.items, b.size, CompareOp.EQ));
    }
}
