package org.ramjet.objects;


/** Definer of {@code slice}. */
public final class SliceType {
    private SliceType() {}

    public static final PyType TYPE = new TypeSpec("slice", PySlice.class)
            .notSubclassable()
            .unhashable()
            .slots(t -> {
                t.repr = self -> {
                    PySlice s = (PySlice) self;
                    return PyStr.of("slice(" + Repr.reprString(s.start) + ", " + Repr.reprString(s.stop) + ", "
                            + Repr.reprString(s.step) + ")");
                };
                t.richcompare = (self, other, op) -> {
                    if (!(other instanceof PySlice)) {
                        return PyNotImplemented.NOT_IMPLEMENTED;
                    }
                    PySlice a = (PySlice) self, b = (PySlice) other;
                    return Comparisons.compareSequences(new PyObject[] {a.start, a.stop, a.step}, 3,
                            new PyObject[] {b.start, b.stop, b.step}, 3, op);
                };
                t.new_ = (type, a, off, n, kw) -> {
                    if (kw != null && kw.length > 0) {
                        throw PyErrors.typeError("slice() takes no keyword arguments");
                    }
                    if (n == 0) {
                        throw PyErrors.typeError("slice expected at least 1 argument, got 0");
                    }
                    if (n > 3) {
                        throw PyErrors.typeError("slice expected at most 3 arguments, got %d", n);
                    }
                    if (n == 1) {
                        return new PySlice(null, a[off], null);
                    }
                    return new PySlice(a[off], a[off + 1], n == 3 ? a[off + 2] : null);
                };
            })
            .methods(m -> {
                m.getter("start", (PySlice s) -> s.start);
                m.getter("stop", (PySlice s) -> s.stop);
                m.getter("step", (PySlice s) -> s.step);
                m.method("indices", "($self, len, /)", (PySlice s, PyObject len) -> {
                    long n = Ints.asLong(Numbers.index(len));
                    if (n < 0) {
                        throw PyErrors.valueError("length should not be negative");
                    }
                    long[] r = s.indices(n);
                    return PyTuple.of(PyInt.of(r[0]), PyInt.of(r[1]), PyInt.of(r[2]));
                });
                m.method("__reduce__", "($self, /)", (PySlice s) -> PyTuple.of(s.type(), PyTuple.of(s.start, s.stop, s.step)));
            })
            .build();

}
