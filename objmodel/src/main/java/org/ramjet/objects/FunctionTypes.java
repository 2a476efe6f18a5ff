package org.ramjet.objects;

import org.ramjet.bytecode.CompareOp;
import org.ramjet.bytecode.PyCode;

/**
 * Definers of {@code function}, {@code method}, {@code cell}, {@code staticmethod},
 * {@code classmethod}, {@code property}, {@code super} and {@code code}.
 */
public final class FunctionTypes {
    private FunctionTypes() {}

    public static final PyType FUNCTION = new TypeSpec("function", PyFunction.class)
            .notSubclassable()
            .flags(TypeFlags.HAS_DICT)
            .slots(t -> {
                t.call = (self, a, off, n, kw) -> ((PyFunction) self).invoke(a, off, n, kw);
                t.descrGet = (self, obj, type) -> obj == null ? self : new PyMethod(self, obj);
                t.repr = self -> PyStr.of("<function " + ((PyFunction) self).qualname + " at " + Repr.address(self) + ">");
                t.new_ = null;
            })
            .methods(FunctionTypes::functionMethods)
            .build();

    private static void functionMethods(MethodTable m) {
        m.getset("__code__", (PyFunction f) -> f.code, (PyFunction f, PyObject v) -> {
            if (!(v instanceof PyCode)) {
                throw PyErrors.typeError("__code__ must be set to a code object");
            }
            f.code = (PyCode) v;
        });
        m.getter("__globals__", (PyFunction f) -> f.globals);
        m.getter("__builtins__", (PyFunction f) -> f.builtins == null ? PyNone.NONE : f.builtins);
        m.getter("__closure__", (PyFunction f) -> f.closure == null ? PyNone.NONE : PyTuple.of(f.closure.clone()));
        m.getset("__name__", (PyFunction f) -> PyStr.of(f.name), (PyFunction f, PyObject v) -> {
            if (v == null || !Strs.isStr(v)) {
                throw PyErrors.typeError("__name__ must be set to a string object");
            }
            f.name = Strs.value(v);
        });
        m.getset("__qualname__", (PyFunction f) -> PyStr.of(f.qualname), (PyFunction f, PyObject v) -> {
            if (v == null || !Strs.isStr(v)) {
                throw PyErrors.typeError("__qualname__ must be set to a string object");
            }
            f.qualname = Strs.value(v);
        });
        m.getset("__defaults__", (PyFunction f) -> f.defaults == null ? PyNone.NONE : f.defaults,
                (PyFunction f, PyObject v) -> {
                    if (v == null || v == PyNone.NONE) {
                        f.defaults = null;
                    } else if (v instanceof PyTuple) {
                        f.defaults = ((PyTuple) v).size() == 0 ? null : (PyTuple) v;
                    } else {
                        throw PyErrors.typeError("__defaults__ must be set to a tuple object");
                    }
                });
        m.getset("__kwdefaults__", (PyFunction f) -> f.kwdefaults == null ? PyNone.NONE : f.kwdefaults,
                (PyFunction f, PyObject v) -> {
                    if (v == null || v == PyNone.NONE) {
                        f.kwdefaults = null;
                    } else if (v instanceof PyDict) {
                        f.kwdefaults = (PyDict) v;
                    } else {
                        throw PyErrors.typeError("__kwdefaults__ must be set to a dict object");
                    }
                });
        m.member("__doc__", (PyFunction f) -> f.doc, (PyFunction f, PyObject v) -> f.doc = v == null ? PyNone.NONE : v);
        m.member("__module__", (PyFunction f) -> f.module, (PyFunction f, PyObject v) -> f.module = v == null ? PyNone.NONE : v);
        m.getset("__annotations__", (PyFunction f) -> {
            if (f.annotations == null) {
                f.annotations = new PyDict();
            }
            return f.annotations;
        }, (PyFunction f, PyObject v) -> {
            if (v != null && v != PyNone.NONE && !(v instanceof PyDict)) {
                throw PyErrors.typeError("__annotations__ must be set to a dict object");
            }
            f.annotations = v instanceof PyDict ? (PyDict) v : null;
        });
        m.getset("__dict__", (PyFunction f) -> f.instanceDict(), (PyFunction f, PyObject v) -> {
            if (!(v instanceof PyDict)) {
                throw PyErrors.typeError("__dict__ must be set to a dictionary, not a '%s'", v == null ? "NoneType" : v.type().getName());
            }
            f.replaceDict((PyDict) v);
        });
    }

    public static final PyType METHOD = new TypeSpec("method", PyMethod.class)
            .notSubclassable()
            .slots(t -> {
                t.call = (self, a, off, n, kw) -> ((PyMethod) self).call(a, off, n, kw);
                t.descrGet = (self, obj, type) -> self;
                t.getattr = (self, name) -> {
                    PyObject v = Attributes.genericGetAttr(self, name);
                    return v != null ? v : Attributes.lookupAttr(((PyMethod) self).func, name);
                };
                t.repr = self -> {
                    PyMethod m = (PyMethod) self;
                    PyObject q = Attributes.lookupAttr(m.func, "__qualname__");
                    if (q == null) {
                        q = Attributes.lookupAttr(m.func, "__name__");
                    }
                    String name = q != null && Strs.isStr(q) ? Strs.value(q) : "?";
                    return PyStr.of("<bound method " + name + " of " + Repr.reprString(m.self) + ">");
                };
                t.richcompare = (self, other, op) -> {
                    if (!(other instanceof PyMethod) || (op != CompareOp.EQ && op != CompareOp.NE)) {
                        return PyNotImplemented.NOT_IMPLEMENTED;
                    }
                    PyMethod a = (PyMethod) self, b = (PyMethod) other;
                    boolean eq = a.self == b.self && Comparisons.equal(a.func, b.func);
                    return PyBool.of(op == CompareOp.EQ ? eq : !eq);
                };
                t.hash = self -> System.identityHashCode(((PyMethod) self).self) ^ Hashing.hash(((PyMethod) self).func);
                t.new_ = (type, a, off, n, kw) -> {
                    if (n != 2) {
                        throw PyErrors.typeError("method expected 2 arguments, got %d", n);
                    }
                    return new PyMethod(a[off], a[off + 1]);
                };
            })
            .methods(m -> {
                m.getter("__func__", (PyMethod me) -> me.func);
                m.getter("__self__", (PyMethod me) -> me.self);
            })
            .build();

    public static final PyType CELL = new TypeSpec("cell", PyCell.class)
            .notSubclassable()
            .unhashable()
            .slots(t -> {
                t.repr = self -> {
                    PyCell c = (PyCell) self;
                    return PyStr.of("<cell at " + Repr.address(c) + ": "
                            + (c.value == null ? "empty" : c.value.type().getName() + " object at " + Repr.address(c.value)) + ">");
                };
                t.richcompare = (self, other, op) -> {
                    if (!(other instanceof PyCell)) {
                        return PyNotImplemented.NOT_IMPLEMENTED;
                    }
                    PyObject a = ((PyCell) self).value, b = ((PyCell) other).value;
                    if (a != null && b != null) {
                        return Comparisons.richCompare(a, b, op);
                    }
                    return PyBool.of(Comparisons.test(Boolean.compare(a != null, b != null), op));
                };
                t.new_ = (type, a, off, n, kw) -> new PyCell(n > 0 ? a[off] : null);
            })
            .methods(m -> m.getset("cell_contents", (PyCell c) -> {
                if (c.value == null) {
                    throw PyErrors.valueError("Cell is empty");
                }
                return c.value;
            }, (PyCell c, PyObject v) -> c.value = v))
            .build();

    public static final PyType STATICMETHOD = new TypeSpec("staticmethod", PyStaticMethod.class)
            .flags(TypeFlags.HAS_DICT)
            .slots(t -> {
                t.descrGet = (self, obj, type) -> ((PyStaticMethod) self).callable;
                t.call = (self, a, off, n, kw) -> Calls.call(((PyStaticMethod) self).callable, a, off, n, kw);
                t.new_ = (type, a, off, n, kw) -> new PyStaticMethod(type, PyNone.NONE);
                t.init = (self, a, off, n, kw) -> {
                    if (n != 1 || (kw != null && kw.length > 0)) {
                        throw PyErrors.typeError("staticmethod expected 1 argument, got %d", n);
                    }
                    ((PyStaticMethod) self).callable = a[off];
                    copyWrapperAttributes(self, a[off]);
                };
                t.repr = self -> PyStr.of("<staticmethod(" + Repr.reprString(((PyStaticMethod) self).callable) + ")>");
            })
            .methods(m -> {
                m.getter("__func__", (PyStaticMethod s) -> s.callable);
                m.getter("__wrapped__", (PyStaticMethod s) -> s.callable);
                m.getter("__isabstractmethod__", (PyStaticMethod s) -> isAbstract(s.callable));
            })
            .build();

    public static final PyType CLASSMETHOD = new TypeSpec("classmethod", PyClassMethod.class)
            .flags(TypeFlags.HAS_DICT)
            .slots(t -> {
                t.descrGet = (self, obj, type) -> {
                    PyObject f = ((PyClassMethod) self).callable;
                    PyType cls = type != null ? type : obj.type();
                    Slot.DescrGet g = f.type().descrGet;
                    if (g != null && !(f instanceof PyFunction)) {
                        return g.get(f, cls, cls.type());
                    }
                    return new PyMethod(f, cls);
                };
                t.new_ = (type, a, off, n, kw) -> new PyClassMethod(type, PyNone.NONE);
                t.init = (self, a, off, n, kw) -> {
                    if (n != 1 || (kw != null && kw.length > 0)) {
                        throw PyErrors.typeError("classmethod expected 1 argument, got %d", n);
                    }
                    ((PyClassMethod) self).callable = a[off];
                    copyWrapperAttributes(self, a[off]);
                };
                t.repr = self -> PyStr.of("<classmethod(" + Repr.reprString(((PyClassMethod) self).callable) + ")>");
            })
            .methods(m -> {
                m.getter("__func__", (PyClassMethod s) -> s.callable);
                m.getter("__wrapped__", (PyClassMethod s) -> s.callable);
                m.getter("__isabstractmethod__", (PyClassMethod s) -> isAbstract(s.callable));
            })
            .build();

    /** staticmethod/classmethod copy {@code __module__}, {@code __name__}, ... like functools.wraps (3.10+). */
    private static void copyWrapperAttributes(PyObject wrapper, PyObject f) {
        org.ramjet.objects.layout.MappedObject st = Attributes.storageOf(wrapper);
        for (String n : new String[] {"__module__", "__name__", "__qualname__", "__doc__"}) {
            PyObject v = Attributes.lookupAttr(f, n);
            if (v != null) {
                st.putAttribute(n, v);
            }
        }
    }

    private static PyObject isAbstract(PyObject f) {
        PyObject v = Attributes.lookupAttr(f, "__isabstractmethod__");
        return PyBool.of(v != null && Truth.isTrue(v));
    }

    public static final PyType PROPERTY = new TypeSpec("property", PyProperty.class)
            .slots(t -> {
                t.descrGet = FunctionTypes::propertyGet;
                t.descrSet = FunctionTypes::propertySet;
                t.new_ = (type, a, off, n, kw) -> new PyProperty(type);
                t.init = (self, a, off, n, kw) -> {
                    PyObject[] b = Signature.parse("(fget=None, fset=None, fdel=None, doc=None)")
                            .bind("property", "property", a, off, n, kw);
                    PyProperty p = (PyProperty) self;
                    p.fget = PyExc.orNone(b[0]);
                    p.fset = PyExc.orNone(b[1]);
                    p.fdel = PyExc.orNone(b[2]);
                    p.doc = PyExc.orNone(b[3]);
                    if (p.doc == PyNone.NONE && p.fget != PyNone.NONE) {
                        PyObject d = Attributes.lookupAttr(p.fget, "__doc__");
                        if (d != null) {
                            p.doc = d;
                        }
                    }
                };
            })
            .methods(m -> {
                m.getter("fget", (PyProperty p) -> p.fget);
                m.getter("fset", (PyProperty p) -> p.fset);
                m.getter("fdel", (PyProperty p) -> p.fdel);
                m.getset("__doc__", (PyProperty p) -> p.doc, (PyProperty p, PyObject v) -> p.doc = PyExc.orNone(v));
                m.getter("__isabstractmethod__", (PyProperty p) -> PyBool.of(Truth.isTrue(isAbstract(p.fget))
                        || Truth.isTrue(isAbstract(p.fset)) || Truth.isTrue(isAbstract(p.fdel))));
                m.method("getter", "($self, fget, /)", (PyProperty p, PyObject f) -> copyProperty(p, f, p.fset, p.fdel));
                m.method("setter", "($self, fset, /)", (PyProperty p, PyObject f) -> copyProperty(p, p.fget, f, p.fdel));
                m.method("deleter", "($self, fdel, /)", (PyProperty p, PyObject f) -> copyProperty(p, p.fget, p.fset, f));
                m.method("__set_name__", "($self, owner, name, /)", (PyProperty p, PyObject owner, PyObject name) -> {
                    p.name = name;
                    return PyNone.NONE;
                });
            })
            .build();

    private static PyObject copyProperty(PyProperty p, PyObject fget, PyObject fset, PyObject fdel) {
        PyObject doc = p.doc;
        if (p.fget != PyNone.NONE && doc != PyNone.NONE) {
            PyObject oldDoc = Attributes.lookupAttr(p.fget, "__doc__");
            if (oldDoc == doc) {
                doc = PyNone.NONE; // doc came from the old getter: take the new getter's
            }
        }
        PyObject r = Calls.callArgs(p.type(), fget, fset, fdel, doc);
        if (r instanceof PyProperty) {
            ((PyProperty) r).name = p.name;
        }
        return r;
    }

    private static String propertyWhere(PyProperty p, PyObject obj) {
        if (p.name != null && Strs.isStr(p.name)) {
            return "property " + StrType.repr(Strs.value(p.name)) + " of '" + obj.type().getName() + "' object";
        }
        return "property of '" + obj.type().getName() + "' object";
    }

    private static PyObject propertyGet(PyObject self, PyObject obj, PyType type) {
        PyProperty p = (PyProperty) self;
        if (obj == null) {
            return self;
        }
        if (p.fget == PyNone.NONE) {
            throw PyErrors.attributeError(propertyWhere(p, obj) + " has no getter", obj, null);
        }
        return Calls.call(p.fget, obj);
    }

    private static void propertySet(PyObject self, PyObject obj, PyObject value) {
        PyProperty p = (PyProperty) self;
        PyObject f = value == null ? p.fdel : p.fset;
        if (f == PyNone.NONE) {
            throw PyErrors.attributeError(propertyWhere(p, obj) + (value == null ? " has no deleter" : " has no setter"),
                    obj, null);
        }
        if (value == null) {
            Calls.call(f, obj);
        } else {
            Calls.call(f, obj, value);
        }
    }

    public static final PyType SUPER = new TypeSpec("super", PySuper.class)
            .slots(t -> {
                t.getattr = PySuper::getAttr;
                t.descrGet = (self, obj, type) -> {
                    PySuper s = (PySuper) self;
                    return obj == null || s.obj != null ? self : PySuper.of(s.thisClass, obj);
                };
                t.repr = self -> PyStr.of(((PySuper) self).repr());
                t.new_ = (type, a, off, n, kw) -> PySuper.call(a, off, n, kw);
                t.init = (self, a, off, n, kw) -> { };
            })
            .methods(m -> {
                m.getter("__thisclass__", (PySuper s) -> s.thisClass);
                m.getter("__self__", (PySuper s) -> s.obj == null ? PyNone.NONE : s.obj);
                m.getter("__self_class__", (PySuper s) -> s.objType == null ? PyNone.NONE : s.objType);
            })
            .build();

    public static final PyType CODE = new TypeSpec("code", PyCode.class)
            .notSubclassable()
            .slots(t -> t.repr = self -> {
                PyCode c = (PyCode) self;
                return PyStr.of("<code object " + c.name + " at " + Repr.address(c) + ", file \"" + c.filename
                        + "\", line " + c.firstLineno + ">");
            })
            .methods(CodeAttributes::define)
            .build();
}
