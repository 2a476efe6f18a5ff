package org.ramjet.objects;

/** Definers of {@code NoneType}, {@code NotImplementedType} and {@code ellipsis}. */
final class SingletonTypes {
    private SingletonTypes() {}

    static final PyType NONE_TYPE = new TypeSpec("NoneType", PyNone.class)
            .notSubclassable()
            .slots(t -> {
                t.repr = self -> PyStr.of("None");
                t.bool = self -> false;
                t.hash = self -> 0xFCA86420L;
                t.new_ = (type, args, off, npos, kw) -> {
                    if (npos > 0 || (kw != null && kw.length > 0)) {
                        throw PyErrors.typeError("NoneType takes no arguments");
                    }
                    return PyNone.NONE;
                };
            })
            .build();

    static final PyType NOT_IMPLEMENTED_TYPE = new TypeSpec("NotImplementedType", PyNotImplemented.class)
            .notSubclassable()
            .slots(t -> {
                t.repr = self -> PyStr.of("NotImplemented");
                t.new_ = (type, args, off, npos, kw) -> {
                    if (npos > 0 || (kw != null && kw.length > 0)) {
                        throw PyErrors.typeError("NotImplementedType takes no arguments");
                    }
                    return PyNotImplemented.NOT_IMPLEMENTED;
                };
            })
            .methods(m -> m.method("__reduce__", "($self, /)", (PyObject self) -> PyStr.of("NotImplemented")))
            .build();

    static final PyType ELLIPSIS_TYPE = new TypeSpec("ellipsis", PyEllipsis.class)
            .notSubclassable()
            .slots(t -> {
                t.repr = self -> PyStr.of("Ellipsis");
                t.new_ = (type, args, off, npos, kw) -> {
                    if (npos > 0 || (kw != null && kw.length > 0)) {
                        throw PyErrors.typeError("ellipsis takes no arguments");
                    }
                    return PyEllipsis.ELLIPSIS;
                };
            })
            .methods(m -> m.method("__reduce__", "($self, /)", (PyObject self) -> PyStr.of("Ellipsis")))
            .build();
}
