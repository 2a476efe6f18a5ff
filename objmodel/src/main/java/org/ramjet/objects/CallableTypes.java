package org.ramjet.objects;

/**
 * Definers of the builtin callable and descriptor types: {@code builtin_function_or_method},
 * {@code method_descriptor}, {@code classmethod_descriptor}, {@code wrapper_descriptor},
 * {@code method-wrapper}, {@code getset_descriptor}, {@code member_descriptor}. All are ordinary
 * callables/descriptors through their slots.
 */
public final class CallableTypes {
    private CallableTypes() {}

    public static final PyType BUILTIN_FUNCTION = new TypeSpec("builtin_function_or_method", PyBuiltinFunction.class)
            .notSubclassable()
            .slots(t -> {
                t.call = (self, a, off, n, kw) -> ((PyBuiltinFunction) self).call(a, off, n, kw);
                t.repr = self -> PyStr.of(((PyBuiltinFunction) self).repr());
                t.hash = Hashing::identityHash;
            })
            .methods(m -> {
                m.getter("__name__", (PyBuiltinFunction f) -> PyStr.of(f.def.name));
                m.getter("__qualname__", (PyBuiltinFunction f) -> PyStr.of(
                        f.self == null || f.self instanceof PyModule ? f.def.name
                                : (f.self instanceof PyType ? ((PyType) f.self).getQualname() : f.self.type().getQualname())
                                + "." + f.def.name));
                m.getter("__self__", (PyBuiltinFunction f) -> f.self == null ? PyNone.NONE : f.self);
                m.getter("__module__", (PyBuiltinFunction f) -> f.self instanceof PyModule
                        ? PyStr.of(((PyModule) f.self).getName()) : PyNone.NONE);
                m.getter("__doc__", (PyBuiltinFunction f) -> f.def.doc == null ? PyNone.NONE : PyStr.of(f.def.doc));
                m.getter("__text_signature__", (PyBuiltinFunction f) -> PyStr.of(f.def.textSignature()));
            })
            .build();

    public static final PyType METHOD_DESCRIPTOR = descriptorType("method_descriptor");
    public static final PyType CLASSMETHOD_DESCRIPTOR = descriptorType("classmethod_descriptor");

    private static PyType descriptorType(String name) {
        return new TypeSpec(name, PyMethodDescriptor.class)
                .notSubclassable()
                .slots(t -> {
                    t.call = (self, a, off, n, kw) -> ((PyMethodDescriptor) self).call(a, off, n, kw);
                    t.descrGet = (self, obj, type) -> ((PyMethodDescriptor) self).bind(obj, type);
                    t.repr = self -> PyStr.of(((PyMethodDescriptor) self).repr());
                })
                .methods(m -> {
                    m.getter("__name__", (PyMethodDescriptor d) -> PyStr.of(d.def.name));
                    m.getter("__qualname__", (PyMethodDescriptor d) -> PyStr.of(d.def.qualname()));
                    m.getter("__objclass__", (PyMethodDescriptor d) -> d.def.owner);
                    m.getter("__doc__", (PyMethodDescriptor d) -> d.def.doc == null ? PyNone.NONE : PyStr.of(d.def.doc));
                    m.getter("__text_signature__", (PyMethodDescriptor d) -> PyStr.of(d.def.textSignature()));
                })
                .build();
    }

    public static final PyType WRAPPER_DESCRIPTOR = new TypeSpec("wrapper_descriptor", PySlotWrapper.class)
            .notSubclassable()
            .slots(t -> {
                t.call = (self, a, off, n, kw) -> ((PySlotWrapper) self).call(a, off, n, kw);
                t.descrGet = (self, obj, type) -> obj == null ? self : new PyMethodWrapper((PySlotWrapper) self, obj);
                t.repr = self -> PyStr.of(((PySlotWrapper) self).repr());
            })
            .methods(m -> {
                m.getter("__name__", (PySlotWrapper w) -> PyStr.of(w.def.name));
                m.getter("__qualname__", (PySlotWrapper w) -> PyStr.of(w.owner.getName() + "." + w.def.name));
                m.getter("__objclass__", (PySlotWrapper w) -> w.owner);
            })
            .build();

    public static final PyType METHOD_WRAPPER = new TypeSpec("method-wrapper", PyMethodWrapper.class)
            .notSubclassable()
            .slots(t -> {
                t.call = (self, a, off, n, kw) -> ((PyMethodWrapper) self).call(a, off, n, kw);
                t.repr = self -> PyStr.of(((PyMethodWrapper) self).repr());
                t.richcompare = (self, other, op) -> {
                    if (!(other instanceof PyMethodWrapper) || (op != org.ramjet.bytecode.CompareOp.EQ
                            && op != org.ramjet.bytecode.CompareOp.NE)) {
                        return PyNotImplemented.NOT_IMPLEMENTED;
                    }
                    PyMethodWrapper a = (PyMethodWrapper) self, b = (PyMethodWrapper) other;
                    boolean eq = a.wrapper == b.wrapper && a.self == b.self;
                    return PyBool.of(op == org.ramjet.bytecode.CompareOp.EQ ? eq : !eq);
                };
                t.hash = self -> System.identityHashCode(((PyMethodWrapper) self).wrapper)
                        ^ System.identityHashCode(((PyMethodWrapper) self).self);
            })
            .methods(m -> {
                m.getter("__name__", (PyMethodWrapper w) -> PyStr.of(w.wrapper.def.name));
                m.getter("__self__", (PyMethodWrapper w) -> w.self);
            })
            .build();

    public static final PyType GETSET_DESCRIPTOR = getsetType("getset_descriptor");
    public static final PyType MEMBER_DESCRIPTOR = getsetType("member_descriptor");

    private static PyType getsetType(String name) {
        return new TypeSpec(name, PyGetSetDescriptor.class)
                .notSubclassable()
                .slots(t -> {
                    t.descrGet = (self, obj, type) -> ((PyGetSetDescriptor) self).get(obj, type);
                    t.descrSet = (self, obj, v) -> ((PyGetSetDescriptor) self).set(obj, v);
                    t.repr = self -> PyStr.of(((PyGetSetDescriptor) self).repr());
                })
                .methods(m -> {
                    m.getter("__name__", (PyGetSetDescriptor d) -> PyStr.of(d.name));
                    m.getter("__qualname__", (PyGetSetDescriptor d) -> PyStr.of(d.owner.getQualname() + "." + d.name));
                    m.getter("__objclass__", (PyGetSetDescriptor d) -> d.owner);
                    m.getter("__doc__", (PyGetSetDescriptor d) -> d.doc == null ? PyNone.NONE : PyStr.of(d.doc));
                })
                .build();
    }
}
