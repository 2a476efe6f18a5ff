package org.ramjet.stdlib.builtins;

import java.math.BigInteger;
import org.ramjet.objects.Abstract;
import org.ramjet.objects.Attributes;
import org.ramjet.objects.BinaryOps;
import org.ramjet.objects.Calls;
import org.ramjet.objects.Ints;
import org.ramjet.objects.Iteration;
import org.ramjet.objects.Numbers;
import org.ramjet.objects.PyErrors;
import org.ramjet.objects.PyInt;
import org.ramjet.objects.PyNone;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.PyTuple;
import org.ramjet.objects.PyType;
import org.ramjet.objects.Signature;
import org.ramjet.objects.Truth;
import org.ramjet.objects.TypeSpec;
import org.ramjet.objects.layout.MappedObject;

/**
 * The lazy iterator types of {@code builtins}: {@code enumerate}, {@code zip}, {@code map},
 * {@code filter}, {@code reversed}. Each is a small Java class whose {@link #nextItem} is the
 * {@code next} slot (null when exhausted). They are mapped objects so Python classes can
 * subclass them, as in CPython.
 */
public final class IteratorTypes {
    private IteratorTypes() {}

    /** Base of the iterator objects: {@code __iter__} is self, {@code __next__} is {@link #nextItem}. */
    abstract static class LazyIterator extends MappedObject {
        LazyIterator(PyType type) {
            super(type);
        }

        abstract PyObject nextItem();
    }

    private static TypeSpec spec(String name, Class<? extends LazyIterator> cls, org.ramjet.objects.Slot.New make) {
        return new TypeSpec(name, cls).slots(t -> {
            t.iter = self -> self;
            t.next = self -> ((LazyIterator) self).nextItem();
            t.new_ = make;
        });
    }

    private static final Signature ENUMERATE_SIG = Signature.parse("(iterable, start=0)");

    public static final PyType ENUMERATE = spec("enumerate", Enumerate.class, (type, a, off, npos, kw) -> {
        if (npos > 2) {
            throw PyErrors.typeError("enumerate() takes at most 2 arguments (%d given)", npos + (kw == null ? 0 : kw.length));
        }
        if (npos == 0 && (kw == null || !java.util.Arrays.asList(kw).contains("iterable"))) {
            if (kw != null && kw.length > 0 && !kw[0].equals("start")) {
                throw PyErrors.typeError("'%s' is an invalid keyword argument for enumerate()", kw[0]);
            }
            throw PyErrors.typeError("enumerate() missing required argument 'iterable'");
        }
        PyObject[] b = ENUMERATE_SIG.bind("enumerate", "enumerate", a, off, npos, kw);
        PyObject start = b[1] == null ? PyInt.ZERO : Ints.asIntObject(Numbers.index(b[1]));
        return new Enumerate(type, Iteration.iter(b[0]), start);
    }).doc("Return an enumerate object.").build();

    public static final PyType ZIP = spec("zip", Zip.class, (type, a, off, npos, kw) -> {
        boolean strict = false;
        for (int k = 0; kw != null && k < kw.length; k++) {
            if (!kw[k].equals("strict")) {
                throw PyErrors.typeError("'%s' is an invalid keyword argument for zip()", kw[k]);
            }
            strict = Truth.isTrue(a[off + npos + k]);
        }
        PyObject[] its = new PyObject[npos];
        for (int i = 0; i < npos; i++) {
            its[i] = Iteration.iter(a[off + i]);
        }
        return new Zip(type, its, strict);
    }).build();

    public static final PyType MAP = spec("map", MapIterator.class, (type, a, off, npos, kw) -> {
        if (kw != null && kw.length > 0 && type == IteratorTypes.MAP) {
            throw PyErrors.typeError("map() takes no keyword arguments");
        }
        if (npos < 2) {
            throw PyErrors.typeError("map() must have at least two arguments.");
        }
        PyObject[] its = new PyObject[npos - 1];
        for (int i = 1; i < npos; i++) {
            its[i - 1] = Iteration.iter(a[off + i]);
        }
        return new MapIterator(type, a[off], its);
    }).build();

    public static final PyType FILTER = spec("filter", Filter.class, (type, a, off, npos, kw) -> {
        if (kw != null && kw.length > 0 && type == IteratorTypes.FILTER) {
            throw PyErrors.typeError("filter() takes no keyword arguments");
        }
        if (npos != 2) {
            throw PyErrors.typeError("filter expected 2 arguments, got %d", npos);
        }
        return new Filter(type, a[off], Iteration.iter(a[off + 1]));
    }).build();

    public static final PyType REVERSED = spec("reversed", Reversed.class, (type, a, off, npos, kw) -> {
        if (kw != null && kw.length > 0 && type == IteratorTypes.REVERSED) {
            throw PyErrors.typeError("reversed() takes no keyword arguments");
        }
        if (npos != 1) {
            throw PyErrors.typeError("reversed expected 1 argument, got %d", npos);
        }
        return reversed(type, a[off]);
    }).build();

    /** {@code reversed(seq)}: {@code __reversed__}, else the sequence protocol. */
    static PyObject reversed(PyType type, PyObject seq) {
        PyType t = seq.type();
        PyObject dunder = t.lookup("__reversed__");
        if (dunder == PyNone.NONE) {
            throw PyErrors.typeError("'%s' object is not reversible", t.getName());
        }
        if (dunder != null && type == REVERSED) {
            return Calls.call(Attributes.bindDescriptor(dunder, seq, t));
        }
        if (t.len == null || t.getitem == null || t.isSubtype(org.ramjet.objects.DictType.TYPE)) {
            throw PyErrors.typeError("'%s' object is not reversible", t.getName());
        }
        return new Reversed(type, seq, Abstract.len(seq));
    }

    static final class Enumerate extends LazyIterator {
        private final PyObject it;
        private long count;
        private PyObject bigCount;

        Enumerate(PyType type, PyObject it, PyObject start) {
            super(type);
            this.it = it;
            if (start instanceof PyInt) {
                count = ((PyInt) start).value;
            } else {
                bigCount = start;
            }
        }

        @Override
        PyObject nextItem() {
            PyObject x = Iteration.next(it);
            if (x == null) {
                return null;
            }
            PyObject index;
            if (bigCount == null) {
                index = PyInt.of(count);
                if (count == Long.MAX_VALUE) {
                    bigCount = PyInt.of(BigInteger.valueOf(count).add(BigInteger.ONE));
                } else {
                    count++;
                }
            } else {
                index = bigCount;
                bigCount = BinaryOps.add(bigCount, PyInt.ONE);
            }
            return PyTuple.of(index, x);
        }
    }

    static final class Zip extends LazyIterator {
        private final PyObject[] its;
        private final boolean strict;
        private boolean done;

        Zip(PyType type, PyObject[] its, boolean strict) {
            super(type);
            this.its = its;
            this.strict = strict;
        }

        @Override
        PyObject nextItem() {
            int n = its.length;
            if (n == 0 || done) {
                return null;
            }
            PyObject[] items = new PyObject[n];
            for (int i = 0; i < n; i++) {
                PyObject x = Iteration.next(its[i]);
                if (x == null) {
                    done = true;
                    if (strict) {
                        strictCheck(i);
                    }
                    return null;
                }
                items[i] = x;
            }
            return PyTuple.of(items);
        }

        private void strictCheck(int i) {
            if (i > 0) {
                throw PyErrors.valueError("zip() argument %d is shorter than argument%s%d", i + 1,
                        i == 1 ? " " : "s 1-", i);
            }
            for (int k = 1; k < its.length; k++) {
                if (Iteration.next(its[k]) != null) {
                    throw PyErrors.valueError("zip() argument %d is longer than argument%s%d", k + 1,
                            k == 1 ? " " : "s 1-", k);
                }
            }
        }
    }

    static final class MapIterator extends LazyIterator {
        private final PyObject fn;
        private final PyObject[] its;

        MapIterator(PyType type, PyObject fn, PyObject[] its) {
            super(type);
            this.fn = fn;
            this.its = its;
        }

        @Override
        PyObject nextItem() {
            PyObject[] args = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                PyObject x = Iteration.next(its[i]);
                if (x == null) {
                    return null;
                }
                args[i] = x;
            }
            return Calls.call(fn, args, 0, args.length, null);
        }
    }

    static final class Filter extends LazyIterator {
        private final PyObject fn;
        private final PyObject it;

        Filter(PyType type, PyObject fn, PyObject it) {
            super(type);
            this.fn = fn;
            this.it = it;
        }

        @Override
        PyObject nextItem() {
            boolean identity = fn == PyNone.NONE || fn == org.ramjet.objects.BoolType.TYPE;
            for (PyObject x = Iteration.next(it); x != null; x = Iteration.next(it)) {
                if (Truth.isTrue(identity ? x : Calls.call(fn, x))) {
                    return x;
                }
            }
            return null;
        }
    }

    static final class Reversed extends LazyIterator {
        private PyObject seq;
        private long index;

        Reversed(PyType type, PyObject seq, long len) {
            super(type);
            this.seq = seq;
            this.index = len - 1;
        }

        @Override
        PyObject nextItem() {
            if (seq == null || index < 0) {
                seq = null;
                return null;
            }
            try {
                return Abstract.getItem(seq, PyInt.of(index--));
            } catch (org.ramjet.objects.PyException e) {
                if (e.matches(org.ramjet.objects.PyExc.IndexError) || e.matches(org.ramjet.objects.PyExc.StopIteration)) {
                    seq = null;
                    return null;
                }
                throw e;
            }
        }
    }
}
