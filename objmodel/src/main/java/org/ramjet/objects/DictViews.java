package org.ramjet.objects;

/**
 * {@code dict_keys}, {@code dict_values}, {@code dict_items} and their iterators, with CPython's
 * "dictionary changed size during iteration" / "dictionary keys changed during iteration" checks.
 */
final class DictViews {
    static final int KEYS = 0, VALUES = 1, ITEMS = 2;

    private DictViews() {}

    static PyType viewType(String name) {
        return new TypeSpec(name, View.class)
                .notSubclassable()
                .slots(t -> {
                    t.len = self -> ((View) self).dict.size();
                    t.iter = self -> new DictIterator(((View) self).dict, ((View) self).kind);
                    t.repr = self -> PyStr.of(((View) self).repr());
                    t.contains = (self, x) -> ((View) self).contains(x);
                    if (!name.equals("dict_values")) {
                        t.richcompare = SetOps::compareAsSets;
                        SetOps.installViewOperators(t);
                    }
                })
                .methods(m -> {
                    m.getter("mapping", (View self) -> new MappingProxy(self.dict));
                    m.method("__reversed__", "($self, /)", (View self) -> new DictIterator(self.dict, self.kind, true));
                })
                .build();
    }

    static final PyType KEYS_TYPE = viewType("dict_keys");
    static final PyType VALUES_TYPE = viewType("dict_values");
    static final PyType ITEMS_TYPE = viewType("dict_items");

    static PyType iteratorType(String name) {
        return new TypeSpec(name, DictIterator.class)
                .notSubclassable()
                .slots(t -> {
                    t.iter = self -> self;
                    t.next = self -> ((DictIterator) self).nextItem();
                })
                .methods(m -> m.method("__length_hint__", "($self, /)", (DictIterator self) -> PyInt.of(self.remaining)))
                .build();
    }

    static final PyType[] ITERATOR_TYPES = {
        iteratorType("dict_keyiterator"), iteratorType("dict_valueiterator"), iteratorType("dict_itemiterator")
    };
    static final PyType[] REVERSE_ITERATOR_TYPES = {
        iteratorType("dict_reversekeyiterator"), iteratorType("dict_reversevalueiterator"),
        iteratorType("dict_reverseitemiterator")
    };

    /** A live view of a dict. */
    static final class View extends PyObject {
        final PyDict dict;
        final int kind;

        View(PyDict dict, int kind) {
            this.dict = dict;
            this.kind = kind;
        }

        @Override
        public PyType type() {
            return kind == KEYS ? KEYS_TYPE : kind == VALUES ? VALUES_TYPE : ITEMS_TYPE;
        }

        boolean contains(PyObject x) {
            if (kind == KEYS) {
                return dict.get(x) != null;
            }
            if (kind == ITEMS) {
                if (!(x instanceof PyTuple) || ((PyTuple) x).size() != 2) {
                    return false;
                }
                PyObject v = dict.get(((PyTuple) x).get(0));
                PyObject w = ((PyTuple) x).get(1);
                return v != null && (v == w || Comparisons.equal(v, w));
            }
            for (int p = dict.nextPosition(0); p >= 0; p = dict.nextPosition(p + 1)) {
                PyObject v = dict.valueAt(p);
                if (v == x || Comparisons.equal(v, x)) {
                    return true;
                }
            }
            return false;
        }

        String repr() {
            String name = type().getName();
            if (!Repr.enter(this)) {
                return "...";
            }
            try {
                StringBuilder sb = new StringBuilder(name).append("([");
                boolean first = true;
                for (int p = dict.nextPosition(0); p >= 0; p = dict.nextPosition(p + 1)) {
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    sb.append(Repr.reprString(item(dict, p, kind)));
                }
                return sb.append("])").toString();
            } finally {
                Repr.leave(this);
            }
        }
    }

    static PyObject item(PyDict d, int p, int kind) {
        switch (kind) {
            case KEYS: return d.keyAt(p);
            case VALUES: return d.valueAt(p);
            default: return PyTuple.of(d.keyAt(p), d.valueAt(p));
        }
    }

    /** Iterates a dict by entry position, checking for mutation like CPython. */
    static final class DictIterator extends PyObject {
        private PyDict dict;
        private final int kind;
        private final boolean reverse;
        private int pos;
        private int expectedSize;
        int remaining;

        DictIterator(PyDict dict, int kind) {
            this(dict, kind, false);
        }

        DictIterator(PyDict dict, int kind, boolean reverse) {
            this.dict = dict;
            this.kind = kind;
            this.reverse = reverse;
            this.expectedSize = dict.size();
            this.remaining = expectedSize;
            this.pos = reverse ? dict.endPosition() - 1 : 0;
        }

        @Override
        public PyType type() {
            return reverse ? REVERSE_ITERATOR_TYPES[kind] : ITERATOR_TYPES[kind];
        }

        PyObject nextItem() {
            PyDict d = dict;
            if (d == null) {
                return null;
            }
            if (d.size() != expectedSize) {
                expectedSize = -1;
                throw PyErrors.runtimeError("dictionary changed size during iteration");
            }
            int p = reverse ? d.prevPosition(pos) : d.nextPosition(pos);
            if (p < 0) {
                dict = null;
                return null;
            }
            if (remaining <= 0) {
                remaining = 0;
                throw PyErrors.runtimeError("dictionary keys changed during iteration");
            }
            remaining--;
            pos = reverse ? p - 1 : p + 1;
            return item(d, p, kind);
        }
    }
}
