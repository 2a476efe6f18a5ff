package org.ramjet.objects;

/**
 * Struct sequences ({@code sys.version_info}, {@code sys.float_info}, {@code time.struct_time},
 * {@code os.stat_result}): tuple subclasses whose items also have names. An instance is a
 * {@link PyValueInstance} wrapping the tuple of the first {@code nSequence} fields; the others
 * (like {@code struct_time.tm_zone}) are readable only by name.
 *
 * <pre>{@code
 * PyType t = StructSequence.newType("sys", "version_info", new String[] {"major", "minor"}, 2, false);
 * PyObject v = StructSequence.make(t, PyInt.of(3), PyInt.of(11));
 * }</pre>
 */
public final class StructSequence {
    private static final String HIDDEN = "\0field:";
    /** The field names of each struct sequence type, in order (names may repeat, as os.stat_result's). */
    private static final java.util.Map<PyType, String[]> FIELDS =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private StructSequence() {}

    /**
     * A struct sequence type {@code module.name} with {@code fields} (the first
     * {@code nSequence} visible as items); {@code constructible} allows {@code T(sequence)}. A
     * name may appear twice, once among the items and once after them (os.stat_result's
     * {@code st_atime} is an int item and a float attribute): the attribute is the later one.
     */
    public static PyType newType(String module, String name, String[] fields, int nSequence, boolean constructible) {
        String fullName = module + "." + name;
        String[] names = fields.clone();
        PyType tuple = TupleType.TYPE;
        PyType t = new TypeSpec(name, PyTuple.class)
                .base(tuple)
                .module(module)
                .notSubclassable()
                .slots(s -> {
                    s.repr = self -> PyStr.of(repr(fullName, names, (PyValueInstance) self));
                    s.len = (Slot.Len) SlotDef.unwrapping(tuple.len);
                    s.hash = (Slot.Hash) SlotDef.unwrapping(tuple.hash);
                    s.getitem = (Slot.Binary) SlotDef.unwrapping(tuple.getitem);
                    s.contains = (Slot.Contains) SlotDef.unwrapping(tuple.contains);
                    s.iter = (Slot.Unary) SlotDef.unwrapping(tuple.iter);
                    s.richcompare = (Slot.RichCompare) SlotDef.unwrapping(tuple.richcompare);
                    for (int i = 0; i < s.binary.length; i++) {
                        if (tuple.binary[i] != null) {
                            s.binary[i] = (Slot.Binary) SlotDef.unwrapping(tuple.binary[i]);
                        }
                    }
                    s.sqRepeat = (Slot.Binary) SlotDef.unwrapping(tuple.sqRepeat);
                    s.sqConcat = (Slot.Binary) SlotDef.unwrapping(tuple.sqConcat);
                    s.new_ = null;
                })
                .methods(m -> {
                    for (int i = 0; i < names.length; i++) {
                        final int index = i;
                        if (i < nSequence) {
                            m.member(names[i], (PyObject self) -> unwrap(self).get(index), null);
                        } else {
                            String key = HIDDEN + names[i];
                            m.member(names[i], (PyObject self) -> hidden(self, key), null);
                        }
                    }
                    m.attr("n_sequence_fields", PyInt.of(nSequence));
                    m.attr("n_fields", PyInt.of(names.length));
                    m.attr("n_unnamed_fields", PyInt.ZERO);
                    PyObject[] match = new PyObject[nSequence];
                    for (int i = 0; i < nSequence; i++) {
                        match[i] = PyStr.of(names[i]);
                    }
                    m.attr("__match_args__", PyTuple.of(match));
                    m.method("__reduce__", "($self, /)", (PyObject self) -> {
                        PyDict extra = new PyDict();
                        for (int i = nSequence; i < names.length; i++) {
                            extra.putStr(names[i], hidden(self, HIDDEN + names[i]));
                        }
                        return PyTuple.of(self.type(), PyTuple.of(unwrap(self), extra));
                    });
                })
                .build();
        t.qualname = name;
        FIELDS.put(t, names);
        // instances are PyValueInstances, but this type's own getters must see the instance
        // (the fields beyond the sequence live in its attributes); tuple's slots above unwrap
        t.flags &= ~TypeFlags.VALUE_TYPE;
        if (constructible) {
            t.new_ = (type, a, off, npos, kw) -> construct(type, fullName, names, nSequence, a, off, npos, kw);
        } else {
            t.new_ = (type, a, off, npos, kw) -> {
                throw PyErrors.typeError("cannot create '%s' instances", fullName);
            };
        }
        return t;
    }

    /** An instance of struct sequence type {@code type} with all its fields, in order. */
    public static PyObject make(PyType type, PyObject... values) {
        int nSeq = (int) ((PyInt) type.dict().getStr("n_sequence_fields")).value;
        PyObject[] items = new PyObject[nSeq];
        System.arraycopy(values, 0, items, 0, nSeq);
        PyValueInstance v = new PyValueInstance(type, PyTuple.of(items));
        String[] all = fieldNames(type);
        for (int i = nSeq; i < values.length; i++) {
            v.putAttribute(HIDDEN + all[i], values[i]);
        }
        return v;
    }

    private static String[] fieldNames(PyType type) {
        return FIELDS.get(type);
    }

    private static PyTuple unwrap(PyObject self) {
        if (self instanceof PyValueInstance) {
            return (PyTuple) ((PyValueInstance) self).value;
        }
        return (PyTuple) self;
    }

    private static PyObject hidden(PyObject self, String key) {
        PyObject v = self instanceof PyValueInstance ? ((PyValueInstance) self).getAttribute(key) : null;
        return v == null ? PyNone.NONE : v;
    }

    private static String repr(String fullName, String[] names, PyValueInstance self) {
        PyTuple t = (PyTuple) self.value;
        StringBuilder sb = new StringBuilder(fullName).append('(');
        for (int i = 0; i < t.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(names[i]).append('=').append(Repr.reprString(t.get(i)));
        }
        return sb.append(')').toString();
    }

    private static PyObject construct(PyType type, String fullName, String[] names, int nSeq,
                                      PyObject[] a, int off, int npos, String[] kw) {
        PyObject[] b = Signature.parse("(sequence, dict={})").bind(fullName, fullName, a, off, npos, kw);
        PyObject[] items = Iteration.toArray(b[0], "constructor requires a sequence");
        int len = items.length;
        int min = nSeq, max = names.length;
        if (len < min) {
            if (min == max) {
                throw PyErrors.typeError("%s() takes a %d-sequence (%d-sequence given)", fullName, min, len);
            }
            throw PyErrors.typeError("%s() takes an at least %d-sequence (%d-sequence given)", fullName, min, len);
        }
        if (len > max) {
            if (min == max) {
                throw PyErrors.typeError("%s() takes a %d-sequence (%d-sequence given)", fullName, min, len);
            }
            throw PyErrors.typeError("%s() takes an at most %d-sequence (%d-sequence given)", fullName, max, len);
        }
        PyObject[] values = new PyObject[max];
        for (int i = 0; i < max; i++) {
            if (i < len) {
                values[i] = items[i];
            } else {
                PyObject v = b[1] instanceof PyDict ? ((PyDict) b[1]).getStr(names[i]) : null;
                values[i] = v == null ? PyNone.NONE : v;
            }
        }
        return make(type, values);
    }
}
