package org.ramjet.objects;

/**
 * Iterators of the builtin sequences ({@code list_iterator}, {@code tuple_iterator},
 * {@code str_ascii_iterator}, the {@code __getitem__}-protocol {@code iterator}). Their
 * {@code next} slot returns null when exhausted; see {@link Iteration}.
 */
final class SeqIterators {
    private SeqIterators() {}

    /** Base: {@code __iter__} returns self; subclasses implement {@link #nextItem()}. */
    abstract static class Base extends PyObject {
        abstract PyObject nextItem();

        /** {@code __length_hint__}, or -1. */
        long lengthHint() {
            return -1;
        }
    }

    static PyType iteratorType(String name, Class<? extends PyObject> cls) {
        return new TypeSpec(name, cls)
                .notSubclassable()
                .slots(t -> {
                    t.iter = self -> self;
                    t.next = self -> ((Base) self).nextItem();
                })
                .methods(m -> m.method("__length_hint__", "($self, /)", (Base self) -> {
                    long h = self.lengthHint();
                    return PyInt.of(Math.max(h, 0));
                }))
                .build();
    }

    static final PyType LIST_ITERATOR = iteratorType("list_iterator", ListIterator.class);
    static final PyType LIST_REVERSEITERATOR = iteratorType("list_reverseiterator", ListReverseIterator.class);
    static final PyType TUPLE_ITERATOR = iteratorType("tuple_iterator", TupleIterator.class);
    static final PyType STR_ITERATOR = iteratorType("str_ascii_iterator", StrIterator.class);
    static final PyType SEQ_ITERATOR = iteratorType("iterator", SequenceIterator.class);
    static final PyType CALLABLE_ITERATOR = iteratorType("callable_iterator", CallableIterator.class);

    static final class ListIterator extends Base {
        private PyList list;
        private int index;

        ListIterator(PyList list) {
            this.list = list;
        }

        @Override
        public PyType type() {
            return LIST_ITERATOR;
        }

        @Override
        PyObject nextItem() {
            PyList l = list;
            if (l != null && index < l.size) {
                return l.items[index++];
            }
            list = null;
            return null;
        }

        @Override
        long lengthHint() {
            return list == null ? 0 : list.size - index;
        }
    }

    static final class ListReverseIterator extends Base {
        private PyList list;
        private int index;

        ListReverseIterator(PyList list) {
            this.list = list;
            this.index = list.size - 1;
        }

        @Override
        public PyType type() {
            return LIST_REVERSEITERATOR;
        }

        @Override
        PyObject nextItem() {
            PyList l = list;
            if (l != null && index >= 0 && index < l.size) {
                return l.items[index--];
            }
            list = null;
            return null;
        }

        @Override
        long lengthHint() {
            return list == null ? 0 : index + 1;
        }
    }

    static final class TupleIterator extends Base {
        private final PyObject[] items;
        private int index;

        TupleIterator(PyTuple t) {
            this.items = t.items;
        }

        @Override
        public PyType type() {
            return TUPLE_ITERATOR;
        }

        @Override
        PyObject nextItem() {
            return index < items.length ? items[index++] : null;
        }

        @Override
        long lengthHint() {
            return items.length - index;
        }
    }

    static final class StrIterator extends Base {
        private final String s;
        private int offset;

        StrIterator(PyStr str) {
            this.s = str.value;
        }

        @Override
        public PyType type() {
            return STR_ITERATOR;
        }

        @Override
        PyObject nextItem() {
            if (offset >= s.length()) {
                return null;
            }
            int cp = s.codePointAt(offset);
            int n = Character.charCount(cp);
            PyStr r = PyStr.of(s.substring(offset, offset + n));
            offset += n;
            return r;
        }

        @Override
        long lengthHint() {
            return s.codePointCount(offset, s.length());
        }
    }

    /** {@code iter(obj)} for objects with only {@code __getitem__}: indexes 0, 1, ... until IndexError/StopIteration. */
    static final class SequenceIterator extends Base {
        private PyObject seq;
        private long index;

        SequenceIterator(PyObject seq) {
            this.seq = seq;
        }

        @Override
        public PyType type() {
            return SEQ_ITERATOR;
        }

        @Override
        PyObject nextItem() {
            if (seq == null) {
                return null;
            }
            try {
                return Abstract.getItem(seq, PyInt.of(index++));
            } catch (PyException e) {
                if (e.matches(PyExc.IndexError) || e.matches(PyExc.StopIteration)) {
                    seq = null;
                    return null;
                }
                throw e;
            }
        }
    }

    /** {@code iter(callable, sentinel)}. */
    static final class CallableIterator extends Base {
        private PyObject callable;
        private final PyObject sentinel;

        CallableIterator(PyObject callable, PyObject sentinel) {
            this.callable = callable;
            this.sentinel = sentinel;
        }

        @Override
        public PyType type() {
            return CALLABLE_ITERATOR;
        }

        @Override
        PyObject nextItem() {
            if (callable == null) {
                return null;
            }
            PyObject v;
            try {
                v = Calls.call(callable);
            } catch (PyException e) {
                if (e.matches(PyExc.StopIteration)) {
                    callable = null;
                    return null;
                }
                throw e;
            }
            if (v == sentinel || Comparisons.equal(v, sentinel)) {
                callable = null;
                return null;
            }
            return v;
        }
    }
}
