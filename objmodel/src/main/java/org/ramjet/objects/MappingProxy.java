package org.ramjet.objects;

/** {@code mappingproxy}: a read-only view of a mapping (a class's {@code __dict__}). */
public final class MappingProxy extends PyObject {
    static final PyType TYPE = new TypeSpec("mappingproxy", MappingProxy.class)
            .notSubclassable()
            .slots(t -> {
                t.len = self -> Abstract.len(((MappingProxy) self).mapping);
                t.getitem = (self, k) -> Abstract.getItem(((MappingProxy) self).mapping, k);
                t.contains = (self, k) -> Abstract.contains(((MappingProxy) self).mapping, k);
                t.iter = self -> Iteration.iter(((MappingProxy) self).mapping);
                t.repr = self -> PyStr.of("mappingproxy(" + Repr.reprString(((MappingProxy) self).mapping) + ")");
                t.str = self -> Repr.str(((MappingProxy) self).mapping);
                t.richcompare = (self, other, op) -> Comparisons.richCompare(((MappingProxy) self).mapping, other, op);
            })
            .methods(m -> {
                m.method("keys", "($self, /)", (MappingProxy self) -> Calls.callMethod(self.mapping, "keys"));
                m.method("values", "($self, /)", (MappingProxy self) -> Calls.callMethod(self.mapping, "values"));
                m.method("items", "($self, /)", (MappingProxy self) -> Calls.callMethod(self.mapping, "items"));
                m.method("copy", "($self, /)", (MappingProxy self) -> Calls.callMethod(self.mapping, "copy"));
                m.method("get", "($self, key, default=None, /)", (MappingProxy self, PyObject k, PyObject d) ->
                        d == null ? Calls.callMethod(self.mapping, "get", k) : Calls.callMethod(self.mapping, "get", k, d));
            })
            .build();

    final PyObject mapping;

    public MappingProxy(PyObject mapping) {
        this.mapping = mapping;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
