package org.ramjet.objects;


/** Slots and methods of {@code type}: class attribute look-up and assignment, calling a class, and the class attributes. */
final class TypeMethods {
    private TypeMethods() {}

    static void slots(PyType t) {
        t.getattr = TypeMethods::getAttr;
        t.setattr = TypeMethods::setAttr;
        t.call = TypeMethods::call;
        t.repr = self -> PyStr.of(repr((PyType) self));
        t.new_ = TypeMethods::newType;
        t.init = (self, a, off, npos, kw) -> {
            if (npos != 1 && npos != 3) {
                throw PyErrors.typeError("type.__init__() takes 1 or 3 arguments");
            }
        };
        t.binary[org.ramjet.bytecode.BinaryOp.OR.ordinal()] = UnionType::or;
        t.rbinary[org.ramjet.bytecode.BinaryOp.OR.ordinal()] = (self, o) -> UnionType.or(o, self);
    }

    static String repr(PyType t) {
        String mod = t.moduleName();
        if (mod == null || mod.equals("builtins")) {
            return "<class '" + t.getQualname() + "'>";
        }
        return "<class '" + mod + "." + t.getQualname() + "'>";
    }

    /** {@code type.__getattribute__}: metatype data descriptors, then the MRO (binding with obj=None), then the metatype. */
    static PyObject getAttr(PyObject self, String name) {
        PyType type = (PyType) self;
        PyType meta = type.type();
        PyObject metaAttr = meta.lookup(name);
        Slot.DescrGet metaGet = null;
        if (metaAttr != null) {
            PyType mt = metaAttr.type();
            metaGet = mt.descrGet;
            if (metaGet != null && mt.descrSet != null) {
                return metaGet.get(metaAttr, type, meta);
            }
        }
        PyObject attr = type.lookup(name);
        if (attr != null) {
            Slot.DescrGet get = attr.type().descrGet;
            return get != null ? get.get(attr, null, type) : attr;
        }
        if (metaAttr != null) {
            return metaGet != null ? metaGet.get(metaAttr, type, meta) : metaAttr;
        }
        return null;
    }

    static void setAttr(PyObject self, String name, PyObject value) {
        PyType type = (PyType) self;
        if (!type.isHeapType()) {
            throw PyErrors.typeError("cannot set '%s' attribute of immutable type '%s'", name, type.getName());
        }
        PyObject metaAttr = type.type().lookup(name);
        if (metaAttr != null && metaAttr.type().descrSet != null) {
            metaAttr.type().descrSet.set(metaAttr, type, value);
            return;
        }
        if (!type.setClassAttribute(name, value)) {
            throw PyErrors.attributeError(type, name);
        }
    }

    /** {@code cls(...)}: {@code __new__}, then {@code __init__} when the result is an instance of cls. */
    static PyObject call(PyObject self, PyObject[] args, int off, int npos, String[] kw) {
        PyType type = (PyType) self;
        if (type == TypeType.TYPE && npos == 1 && (kw == null || kw.length == 0)) {
            return args[off].type();
        }
        Slot.New n = type.new_;
        if (n == null) {
            throw PyErrors.typeError("cannot create '%s' instances", type.getName());
        }
        PyObject obj = n.make(type, args, off, npos, kw);
        PyType ot = obj.type();
        if (ot != type && !ot.isSubtype(type)) {
            return obj;
        }
        Slot.Init init = ot.init;
        if (init != null) {
            init.init(obj, args, off, npos, kw);
        }
        return obj;
    }

    /** {@code type(name, bases, dict, **kwds)} and {@code type(obj)}. */
    static PyObject newType(PyType metatype, PyObject[] args, int off, int npos, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        if (metatype == TypeType.TYPE && npos == 1 && nkw == 0) {
            return args[off].type();
        }
        if (npos != 3) {
            throw PyErrors.typeError(npos == 1 ? "type() takes 1 or 3 arguments" : "type() takes 1 or 3 arguments");
        }
        PyObject name = args[off], bases = args[off + 1], ns = args[off + 2];
        if (!Strs.isStr(name)) {
            throw PyErrors.typeError("type.__new__() argument 1 must be str, not %s", name.type().getName());
        }
        if (!(bases instanceof PyTuple)) {
            throw PyErrors.typeError("type.__new__() argument 2 must be tuple, not %s", bases.type().getName());
        }
        if (!(ns instanceof PyDict)) {
            throw PyErrors.typeError("type.__new__() argument 3 must be dict, not %s", ns.type().getName());
        }
        PyObject[] bs = ((PyTuple) bases).items;
        PyType[] baseTypes = new PyType[bs.length];
        for (int i = 0; i < bs.length; i++) {
            if (!(bs[i] instanceof PyType)) {
                throw PyErrors.typeError("bases must be types");
            }
            baseTypes[i] = (PyType) bs[i];
        }
        PyType winner = ClassCreation.calculateMetaclass(metatype, baseTypes);
        if (winner != metatype && winner.new_ != TypeType.TYPE.new_) {
            return winner.new_.make(winner, args, off, npos, kw);
        }
        PyObject[] kwValues = new PyObject[nkw];
        System.arraycopy(args, off + npos, kwValues, 0, nkw);
        return ClassCreation.create(winner, Strs.value(name), baseTypes, (PyDict) ns, kw, kwValues);
    }

    static void methods(MethodTable m) {
        m.method("mro", "($self, /)", (PyType self) -> new PyList(self == null ? new PyObject[0] : ClassCreation.defaultMro(self)));
        m.method("__subclasses__", "($self, /)", (PyType self) -> new PyList(self.subclasses().toArray(new PyObject[0])));
        m.method("__instancecheck__", "($self, instance, /)", (PyType self, PyObject o) ->
                PyBool.of(o.type().isSubtype(self) || Abstract.isInstance(o, self)));
        m.method("__subclasscheck__", "($self, subclass, /)", (PyType self, PyObject c) -> {
            if (!(c instanceof PyType)) {
                throw PyErrors.typeError("issubclass() arg 1 must be a class");
            }
            return PyBool.of(((PyType) c).isSubtype(self));
        });
        m.classMethodRaw("__prepare__", "($type, name, bases, /, **kwds)", (PyType cls, PyObject[] a, int off, int npos, String[] kw) ->
                new PyDict());
        m.method("__dir__", "($self, /)", (PyType self) -> Dir.ofType(self));
        m.method("__sizeof__", "($self, /)", (PyType self) -> PyInt.of(888));
        m.getset("__name__", (PyType self) -> PyStr.of(self.name), (PyType self, PyObject v) -> {
            checkSettable(self, "__name__", v);
            if (!Strs.isStr(v)) {
                throw PyErrors.typeError("can only assign string to %s.__name__, not '%s'", self.name, v.type().getName());
            }
            self.name = Strs.value(v);
            self.bumpVersion();
        });
        m.getset("__qualname__", (PyType self) -> PyStr.of(self.qualname), (PyType self, PyObject v) -> {
            checkSettable(self, "__qualname__", v);
            if (!Strs.isStr(v)) {
                throw PyErrors.typeError("can only assign string to %s.__qualname__, not '%s'", self.name, v.type().getName());
            }
            self.qualname = Strs.value(v);
        });
        m.getset("__bases__", (PyType self) -> PyTuple.of(self.getBases()), (PyType self, PyObject v) -> {
            checkSettable(self, "__bases__", v);
            ClassCreation.setBases(self, v);
        });
        m.getter("__base__", (PyType self) -> self.base == null ? PyNone.NONE : self.base);
        m.getter("__mro__", (PyType self) -> PyTuple.of(self.getMro()));
        m.getter("__dict__", (PyType self) -> new MappingProxy(self.dict()));
        m.getter("__flags__", (PyType self) -> PyInt.of(self.flags & 0xFFFFFFFFL));
        m.getset("__doc__", (PyType self) -> {
            PyObject d = self.dict().getStr("__doc__");
            if (d == null) {
                return PyNone.NONE;
            }
            Slot.DescrGet g = d.type().descrGet;
            return g != null ? g.get(d, null, self) : d;
        }, (PyType self, PyObject v) -> {
            checkSettable(self, "__doc__", v);
            self.setClassAttribute("__doc__", v);
        });
        m.getset("__module__", (PyType self) -> {
            if (!self.isHeapType()) {
                return PyStr.of(self.builtinModule);
            }
            PyObject mod = self.dict().getStr("__module__");
            if (mod == null) {
                throw PyErrors.attributeError(self, "__module__");
            }
            return mod;
        }, (PyType self, PyObject v) -> {
            checkSettable(self, "__module__", v);
            self.setClassAttribute("__module__", v);
        });
        m.getset("__abstractmethods__", (PyType self) -> {
            PyObject v = self == TypeType.TYPE ? null : self.dict().getStr("__abstractmethods__");
            if (v == null) {
                throw PyErrors.attributeError(self, "__abstractmethods__");
            }
            return v;
        }, (PyType self, PyObject v) -> {
            checkSettable(self, "__abstractmethods__", null);
            if (v == null) {
                if (self.dict().removeStr("__abstractmethods__") == null) {
                    throw PyErrors.attributeError(self, "__abstractmethods__");
                }
                self.flags &= ~TypeFlags.IS_ABSTRACT;
            } else {
                self.dict().putStr("__abstractmethods__", v);
                if (Truth.isTrue(v)) {
                    self.flags |= TypeFlags.IS_ABSTRACT;
                } else {
                    self.flags &= ~TypeFlags.IS_ABSTRACT;
                }
            }
            self.bumpVersion();
        });
        m.getset("__annotations__", (PyType self) -> {
            PyObject a = self.dict().getStr("__annotations__");
            if (a == null) {
                if (!self.isHeapType()) {
                    throw PyErrors.attributeError(self, "__annotations__");
                }
                a = new PyDict();
                self.dict().putStr("__annotations__", a);
            }
            Slot.DescrGet g = a.type().descrGet;
            return g != null ? g.get(a, null, self) : a;
        }, (PyType self, PyObject v) -> {
            checkSettable(self, "__annotations__", v);
            if (v == null) {
                if (self.dict().removeStr("__annotations__") == null) {
                    throw PyErrors.attributeError(self, "__annotations__");
                }
            } else {
                self.dict().putStr("__annotations__", v);
            }
            self.bumpVersion();
        });
        m.getter("__text_signature__", (PyType self) -> PyNone.NONE);
        m.getter("__basicsize__", (PyType self) -> PyInt.of(16 + 8L * self.memberCount()));
        m.getter("__itemsize__", (PyType self) -> PyInt.ZERO);
        m.getter("__dictoffset__", (PyType self) -> PyInt.of(self.hasInstanceDict() ? 16 : 0));
        m.getter("__weakrefoffset__", (PyType self) -> PyInt.ZERO);
    }

    private static void checkSettable(PyType t, String name, PyObject v) {
        if (!t.isHeapType()) {
            throw PyErrors.typeError("cannot set '%s' attribute of immutable type '%s'", name, t.getName());
        }
        if (v == null && !name.equals("__abstractmethods__") && !name.equals("__annotations__")) {
            throw PyErrors.typeError("cannot delete '%s' attribute of immutable type '%s'", name, t.getName());
        }
    }

}
