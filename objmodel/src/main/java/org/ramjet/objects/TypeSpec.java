package org.ramjet.objects;

import java.util.function.Consumer;

/**
 * Declares a builtin type. One per type, in the type's definer class, e.g.
 *
 * <pre>{@code
 * public static final PyType TYPE = new TypeSpec("list", PyList.class)
 *         .flags(TypeFlags.LIST_SUBCLASS | TypeFlags.SEQUENCE)
 *         .slots(t -> { t.len = self -> ((PyList) self).size(); t.repr = ListType::repr; ... })
 *         .methods(ListType::methods)
 *         .build();
 * }</pre>
 *
 * Slots not set are inherited from the base ({@code object} unless {@link #base} says otherwise).
 * The {@code slots} function runs now; the {@code methods} definer runs on the first look-up
 * of any attribute of the type, when also the slots become visible as
 * {@code wrapper_descriptor}s ({@code list.__len__}). Types are subclassable unless
 * {@link #notSubclassable()} is called.
 */
public final class TypeSpec {
    private final String name;
    private final Class<? extends PyObject> javaClass;
    private PyType[] bases;
    private PyType metatype;
    private long flags = TypeFlags.BASETYPE;
    private Consumer<PyType> slots;
    private Consumer<MethodTable> methods;
    private String module = "builtins";
    private String doc;
    private boolean unhashable;

    public TypeSpec(String name, Class<? extends PyObject> javaClass) {
        this.name = name;
        this.javaClass = javaClass;
    }

    public TypeSpec base(PyType base) {
        this.bases = new PyType[] {base};
        return this;
    }

    /** Several bases (e.g. {@code ExceptionGroup(BaseExceptionGroup, Exception)}); the first gives the layout. */
    public TypeSpec bases(PyType... bases) {
        this.bases = bases.clone();
        return this;
    }

    public TypeSpec metatype(PyType metatype) {
        this.metatype = metatype;
        return this;
    }

    public TypeSpec flags(long flags) {
        this.flags |= flags;
        return this;
    }

    public TypeSpec notSubclassable() {
        this.flags &= ~TypeFlags.BASETYPE;
        return this;
    }

    /** Immutable value type: Python subclass instances are {@link PyValueInstance}s. */
    public TypeSpec valueType() {
        this.flags |= TypeFlags.VALUE_TYPE;
        return this;
    }

    /** {@code __hash__ = None}: instances are unhashable. */
    public TypeSpec unhashable() {
        this.unhashable = true;
        return this;
    }

    public TypeSpec module(String module) {
        this.module = module;
        return this;
    }

    public TypeSpec doc(String doc) {
        this.doc = doc;
        return this;
    }

    public TypeSpec slots(Consumer<PyType> slots) {
        this.slots = slots;
        return this;
    }

    public TypeSpec methods(Consumer<MethodTable> methods) {
        this.methods = methods;
        return this;
    }

    public PyType build() {
        PyType[] bs = bases != null ? bases : (CoreTypes.OBJECT == null ? new PyType[0] : new PyType[] {CoreTypes.OBJECT});
        PyType t = new PyType(name, javaClass, metatype != null ? metatype : CoreTypes.TYPE,
                flags | TypeFlags.IMMUTABLETYPE | TypeFlags.READY);
        t.builtinModule = module;
        t.bases = bs;
        t.base = bs.length > 0 ? bs[0] : null;
        for (PyType b : bs) {
            t.flags |= b.flags & (TypeFlags.INHERITED | TypeFlags.VALUE_TYPE);
        }
        t.mro = bs.length <= 1 ? linearMro(t) : Mro.compute(t, bs);
        t.solidBase = t.base == null || t.base.javaClass != javaClass ? t : t.base.solidBase;
        t.dict = new PyDict();
        if (t.base != null) {
            inheritSlots(t, t.base);
        }
        if (slots != null) {
            slots.accept(t);
        }
        if (unhashable) {
            t.hash = Hashing.UNHASHABLE;
        }
        if (doc != null) {
            t.dict.putStr("__doc__", PyStr.of(doc));
        }
        Consumer<MethodTable> m = methods;
        t.setMethodDefiner(table -> {
            if (t.new_ != null && (t.base == null || t.base.new_ != t.new_)) {
                table.dict.putStr("__new__", newFunction(t));
            }
            if (m != null) {
                m.accept(table);
            }
            if (table.dict.getStr("__doc__") == null) {
                table.dict.putStr("__doc__", PyNone.NONE);
            }
        });
        for (PyType b : bs) {
            b.addSubclass(t);
        }
        return t;
    }

    private static PyType[] linearMro(PyType t) {
        PyType[] baseMro = t.base == null ? new PyType[0] : t.base.mro;
        PyType[] mro = new PyType[baseMro.length + 1];
        mro[0] = t;
        System.arraycopy(baseMro, 0, mro, 1, baseMro.length);
        return mro;
    }

    /** Copies every slot from the base (CPython's inherit_slots). */
    static void inheritSlots(PyType t, PyType b) {
        t.getattr = b.getattr;
        t.setattr = b.setattr;
        t.call = b.call;
        t.new_ = b.new_;
        t.init = b.init;
        t.repr = b.repr;
        t.str = b.str;
        t.hash = b.hash;
        t.richcompare = b.richcompare;
        t.iter = b.iter;
        t.next = b.next;
        t.descrGet = b.descrGet;
        t.descrSet = b.descrSet;
        t.len = b.len;
        t.getitem = b.getitem;
        t.setitem = b.setitem;
        t.contains = b.contains;
        t.bool = b.bool;
        t.index = b.index;
        t.int_ = b.int_;
        t.float_ = b.float_;
        t.neg = b.neg;
        t.pos = b.pos;
        t.abs = b.abs;
        t.invert = b.invert;
        t.sqConcat = b.sqConcat;
        t.sqRepeat = b.sqRepeat;
        System.arraycopy(b.binary, 0, t.binary, 0, t.binary.length);
        System.arraycopy(b.rbinary, 0, t.rbinary, 0, t.rbinary.length);
        System.arraycopy(b.ibinary, 0, t.ibinary, 0, t.ibinary.length);
    }

    /** The {@code __new__} builtin of a type: {@code T.__new__(cls, *args)} calls T's new slot for cls. */
    static PyBuiltinFunction newFunction(PyType owner) {
        BuiltinFn.MK<PyObject> fn = (self, args, off, npos, kw) -> {
            if (npos < 1) {
                throw PyErrors.typeError("%s.__new__(): not enough arguments", owner.getName());
            }
            PyObject arg = args[off];
            if (!(arg instanceof PyType)) {
                throw PyErrors.typeError("%s.__new__(X): X is not a type object (%s)", owner.getName(),
                        arg.type().getName());
            }
            PyType sub = (PyType) arg;
            if (!sub.isSubtype(owner)) {
                throw PyErrors.typeError("%s.__new__(%s): %s is not a subtype of %s", owner.getName(),
                        sub.getName(), sub.getName(), owner.getName());
            }
            PyType staticBase = sub;
            while (staticBase != null && staticBase.isHeapType()) {
                staticBase = staticBase.base;
            }
            if (staticBase != null && staticBase.new_ != owner.new_ && owner.new_ != null
                    && staticBase.isSubtype(owner) && staticBase != owner) {
                throw PyErrors.typeError("%s.__new__(%s) is not safe, use %s.__new__()", owner.getName(),
                        sub.getName(), staticBase.getName());
            }
            return owner.new_.make(sub, args, off + 1, npos - 1, kw);
        };
        BuiltinMethod def = new BuiltinMethod("__new__", null, Signature.parse("($type, *args, **kwargs)"),
                fn, BuiltinMethod.RAW, null);
        return new PyBuiltinFunction(def, owner, owner);
    }
}
