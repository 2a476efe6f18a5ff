package org.ramjet.stdlib.collections;

import static org.ramjet.bytecode.BinaryOp.ADD;
import static org.ramjet.bytecode.BinaryOp.MULTIPLY;

import org.ramjet.objects.Comparisons;
import org.ramjet.objects.Ints;
import org.ramjet.objects.Numbers;
import org.ramjet.objects.PyErrors;
import org.ramjet.objects.PyInt;
import org.ramjet.objects.PyNone;
import org.ramjet.objects.PyNotImplemented;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.PyStr;
import org.ramjet.objects.PyTuple;
import org.ramjet.objects.PyType;
import org.ramjet.objects.Repr;
import org.ramjet.objects.Sequences;
import org.ramjet.objects.TypeFlags;
import org.ramjet.objects.TypeSpec;

/** Definer of {@code collections.deque}: slots and methods over {@link PyDeque}. */
public final class DequeType {
    private DequeType() {}

    public static final PyType TYPE = new TypeSpec("deque", PyDeque.class)
            .module("collections")
            .flags(TypeFlags.SEQUENCE)
            .unhashable()
            .slots(DequeType::slots)
            .methods(DequeType::methods)
            .doc("A list-like sequence optimized for data accesses near its endpoints.")
            .build();

    static final PyType ITERATOR = DequeIterator.type("_collections._deque_iterator", false);
    static final PyType REVERSE_ITERATOR = DequeIterator.type("_collections._deque_reverse_iterator", true);

    private static void slots(PyType t) {
        t.new_ = (type, a, off, npos, kw) -> type == TYPE ? new PyDeque() : new PyDequeInstance(type);
        t.init = DequeType::init;
        t.repr = self -> PyStr.of(repr((PyDeque) self));
        t.len = self -> ((PyDeque) self).size;
        t.iter = self -> new DequeIterator((PyDeque) self, false);
        t.contains = (self, x) -> ((PyDeque) self).indexOf(x, 0, Integer.MAX_VALUE) >= 0;
        t.getitem = (self, key) -> {
            PyDeque d = (PyDeque) self;
            return d.get(checkIndex(d, key));
        };
        t.setitem = (self, key, value) -> {
            PyDeque d = (PyDeque) self;
            int i = checkIndex(d, key);
            if (value == null) {
                d.delete(i);
            } else {
                d.set(i, value);
            }
        };
        t.richcompare = (self, other, op) -> {
            if (!(other instanceof PyDeque)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyObject[] a = ((PyDeque) self).toArray();
            PyObject[] b = ((PyDeque) other).toArray();
            return Comparisons.compareSequences(a, a.length, b, b.length, op);
        };
        t.binary[ADD.ordinal()] = (self, o) -> {
            if (!(o instanceof PyDeque)) {
                throw PyErrors.typeError("can only concatenate deque (not \"%s\") to deque", o.type().getName());
            }
            PyDeque r = copy((PyDeque) self);
            r.extend(o, false);
            return r;
        };
        t.sqRepeat = (self, n) -> {
            // reached when neither operand's * accepted: CPython's sequence-repeat message
            throw PyErrors.typeError("can't multiply sequence by non-int of type '%s'", n.type().getName());
        };
        t.binary[MULTIPLY.ordinal()] = DequeType::repeat;
        t.rbinary[MULTIPLY.ordinal()] = DequeType::repeat;
        t.ibinary[ADD.ordinal()] = (self, o) -> {
            ((PyDeque) self).extend(o, false);
            return self;
        };
        t.ibinary[MULTIPLY.ordinal()] = (self, n) -> {
            PyDeque d = (PyDeque) self;
            PyDeque r = (PyDeque) repeat(d, n);
            d.setAll(r.toArray());
            return self;
        };
    }

    private static PyObject repeat(PyObject self, PyObject n) {
        if (!Ints.isInt(n) && n.type().index == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyDeque d = (PyDeque) self;
        long count = Ints.asIndexSized(Numbers.index(n));
        PyObject[] a = d.toArray();
        PyDeque r = new PyDeque();
        r.maxlen = d.maxlen;
        for (long k = 0; k < count; k++) {
            for (PyObject x : a) {
                r.append(x);
            }
        }
        return r;
    }

    private static void init(PyObject self, PyObject[] a, int off, int npos, String[] kw) {
        PyObject iterable = null, maxlen = null;
        if (npos > 2 || npos + (kw == null ? 0 : kw.length) > 2) {
            throw PyErrors.typeError("deque() takes at most 2 arguments (%d given)",
                    npos + (kw == null ? 0 : kw.length));
        }
        if (npos > 0) {
            iterable = a[off];
        }
        if (npos > 1) {
            maxlen = a[off + 1];
        }
        for (int k = 0; kw != null && k < kw.length; k++) {
            PyObject v = a[off + npos + k];
            if (kw[k].equals("iterable") && iterable == null) {
                iterable = v;
            } else if (kw[k].equals("maxlen") && maxlen == null) {
                maxlen = v;
            } else {
                throw PyErrors.typeError("deque() got an unexpected keyword argument '%s'", kw[k]);
            }
        }
        PyDeque d = (PyDeque) self;
        int m = -1;
        if (maxlen != null && maxlen != PyNone.NONE) {
            if (!Ints.isInt(maxlen)) {
                throw PyErrors.typeError("an integer is required");
            }
            long v = Ints.asIndexSized(maxlen);
            if (v < 0) {
                throw PyErrors.valueError("maxlen must be non-negative");
            }
            m = (int) Math.min(v, Integer.MAX_VALUE);
        }
        d.maxlen = m;
        if (d.size > 0) {
            d.clear();
        }
        if (iterable != null) {
            d.extend(iterable, false);
        }
    }

    static int checkIndex(PyDeque d, PyObject key) {
        if (!Ints.isInt(key) && key.type().index == null) {
            throw PyErrors.typeError("sequence index must be integer, not '%s'", key.type().getName());
        }
        long i = Ints.asIndexSized(Numbers.index(key));
        if (i < 0) {
            i += d.size;
        }
        if (i < 0 || i >= d.size) {
            throw PyErrors.indexError("deque index out of range");
        }
        return (int) i;
    }

    static String repr(PyDeque d) {
        String name = d.type().getName();
        if (!Repr.enter(d)) {
            return "[...]";
        }
        String body;
        try {
            StringBuilder sb = new StringBuilder("[");
            PyObject[] a = d.toArray();
            for (int i = 0; i < a.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Repr.reprString(a[i]));
            }
            body = sb.append(']').toString();
        } finally {
            Repr.leave(d);
        }
        return d.maxlen < 0 ? name + "(" + body + ")" : name + "(" + body + ", maxlen=" + d.maxlen + ")";
    }

    static PyDeque copy(PyDeque d) {
        PyDeque r = new PyDeque();
        r.maxlen = d.maxlen;
        for (int i = 0; i < d.size; i++) {
            r.append(d.get(i));
        }
        return r;
    }

    /** Clamps a Python index argument of index() to [0, size], counting negatives from the end. */
    private static int clampIndex(PyObject o, int size, int dflt) {
        if (o == null) {
            return dflt;
        }
        if (!Ints.isInt(o) && o.type().index == null) {
            throw PyErrors.typeError("slice indices must be integers or have an __index__ method");
        }
        long v = Ints.asIndexSized(Numbers.index(o));
        if (v < 0) {
            v = Math.max(0, v + size);
        }
        return (int) Math.min(v, size);
    }

    private static void methods(org.ramjet.objects.MethodTable m) {
        m.method("append", "($self, x, /)", (PyDeque self, PyObject x) -> {
            self.append(x);
            return PyNone.NONE;
        });
        m.method("appendleft", "($self, x, /)", (PyDeque self, PyObject x) -> {
            self.appendLeft(x);
            return PyNone.NONE;
        });
        m.method("pop", "($self, /)", (PyDeque self) -> self.pop());
        m.method("popleft", "($self, /)", (PyDeque self) -> self.popLeft());
        m.method("extend", "($self, iterable, /)", (PyDeque self, PyObject it) -> {
            self.extend(it, false);
            return PyNone.NONE;
        });
        m.method("extendleft", "($self, iterable, /)", (PyDeque self, PyObject it) -> {
            self.extend(it, true);
            return PyNone.NONE;
        });
        m.method("clear", "($self, /)", (PyDeque self) -> {
            self.clear();
            return PyNone.NONE;
        });
        m.method("copy", "($self, /)", (PyDeque self) -> copyOf(self));
        m.method("__copy__", "($self, /)", (PyDeque self) -> copyOf(self));
        m.method("rotate", "($self, n=1, /)", (PyDeque self, PyObject n) -> {
            long k = 1;
            if (n != null) {
                if (!Ints.isInt(n) && n.type().index == null) {
                    throw PyErrors.typeError("'%s' object cannot be interpreted as an integer", n.type().getName());
                }
                k = Ints.asIndexSized(Numbers.index(n));
            }
            self.rotate(k);
            return PyNone.NONE;
        });
        m.method("count", "($self, value, /)", (PyDeque self, PyObject x) -> {
            long s = self.state;
            int c = 0;
            for (int i = 0; i < self.size; i++) {
                boolean eq = Comparisons.equal(self.get(i), x);
                if (s != self.state) {
                    throw PyErrors.runtimeError("deque mutated during iteration");
                }
                if (eq) {
                    c++;
                }
            }
            return PyInt.of(c);
        });
        m.method("index", "($self, value, start=0, stop=sys.maxsize, /)", (PyDeque self, PyObject x, PyObject start, PyObject stop) -> {
            int lo = clampIndex(start, self.size, 0);
            int hi = clampIndex(stop, self.size, self.size);
            int i = self.indexOf(x, lo, hi);
            if (i < 0) {
                throw PyErrors.valueError("%s is not in deque", Repr.reprString(x));
            }
            return PyInt.of(i);
        });
        m.method("insert", "($self, index, object, /)", (PyDeque self, PyObject index, PyObject x) -> {
            long i = Ints.asIndexSized(Numbers.index(index));
            if (i < 0) {
                i = Math.max(0, i + self.size);
            }
            self.insert((int) Math.min(i, self.size), x);
            return PyNone.NONE;
        });
        m.method("remove", "($self, value, /)", (PyDeque self, PyObject x) -> {
            int i = self.indexOf(x, 0, self.size);
            if (i < 0) {
                throw PyErrors.valueError("%s is not in deque", Repr.reprString(x));
            }
            self.delete(i);
            return PyNone.NONE;
        });
        m.method("reverse", "($self, /)", (PyDeque self) -> {
            PyObject[] a = self.toArray();
            for (int i = 0; i < a.length; i++) {
                self.set(i, a[a.length - 1 - i]);
            }
            self.state++;
            return PyNone.NONE;
        });
        m.method("__reversed__", "($self, /)", (PyDeque self) -> new DequeIterator(self, true));
        m.method("__reduce__", "($self, /)", (PyDeque self) -> PyTuple.of(self.type(),
                PyTuple.of(new org.ramjet.objects.PyList(self.toArray()),
                        self.maxlen < 0 ? PyNone.NONE : PyInt.of(self.maxlen))));
        m.getter("maxlen", (PyDeque self) -> self.maxlen < 0 ? PyNone.NONE : PyInt.of(self.maxlen));
    }

    private static PyDeque copyOf(PyDeque self) {
        if (self.type() == TYPE) {
            return copy(self);
        }
        PyDeque r = new PyDequeInstance(self.type());
        r.maxlen = self.maxlen;
        r.setAll(self.toArray());
        return r;
    }
}
