package org.ramjet.objects;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.ramjet.bytecode.BinaryOp;
import org.ramjet.bytecode.CompareOp;

/**
 * The table from dunder names to {@link PyType} slots (CPython's {@code slotdefs}).
 *
 * <p>Each {@link Field} is one slot on {@code PyType}; each {@code SlotDef} is one dunder name
 * that feeds a field ({@code __setattr__} and {@code __delattr__} both feed {@code setattr};
 * {@code __lt__} ... {@code __ge__} feed {@code richcompare}). The table does three jobs:
 * <ul>
 * <li>{@link #addWrappers}: a builtin type's Java slots appear in its dict as
 *     {@code wrapper_descriptor}s ({@code int.__add__}), so Python code can see and call them;</li>
 * <li>{@link #fill}/{@link #fillOne}: a Python class's slot is the builtin Java function when
 *     every dunder of the field found on the MRO is a builtin's own wrapper for that function,
 *     and otherwise a generic function that looks the dunder up and calls it;</li>
 * <li>{@link PySlotWrapper} calls a slot function with Python arguments ({@link Kind}).</li>
 * </ul>
 */
public final class SlotDef {
    /** Number of plain binary operators (BinaryOp constants before the in-place ones). */
    public static final int BINARY_OP_COUNT = BinaryOp.INPLACE_ADD.ordinal();

    /** How a wrapper descriptor passes Python arguments to the slot function. */
    enum Kind {
        UNARY, BINARY, NEXT, CALL, INIT, GETATTRIBUTE, SETATTR, DELATTR, HASH, LEN, BOOL,
        CONTAINS, RICHCOMPARE, SETITEM, DELITEM, DESCR_GET, DESCR_SET, DESCR_DELETE
    }

    /** One slot field of {@link PyType}. */
    static final class Field {
        final String id;
        final Function<PyType, Object> get;
        final BiConsumer<PyType, Object> set;
        /** The Python-dispatching implementation installed on classes that override the dunder. */
        final Object generic;
        final List<SlotDef> defs = new ArrayList<>();

        Field(String id, Function<PyType, Object> get, BiConsumer<PyType, Object> set, Object generic) {
            this.id = id;
            this.get = get;
            this.set = set;
            this.generic = generic;
        }
    }

    final String name;
    final Field field;
    final Kind kind;
    /** For RICHCOMPARE wrappers: the operator. */
    final CompareOp op;

    private SlotDef(String name, Field field, Kind kind, CompareOp op) {
        this.name = name;
        this.field = field;
        this.kind = kind;
        this.op = op;
    }

    private static final List<Field> FIELDS = new ArrayList<>();
    private static final Map<String, SlotDef> BY_NAME = new HashMap<>();

    private static Field field(String id, Function<PyType, Object> get, BiConsumer<PyType, Object> set,
                               Object generic) {
        Field f = new Field(id, get, set, generic);
        FIELDS.add(f);
        return f;
    }

    private static void def(String name, Field f, Kind kind) {
        def(name, f, kind, null);
    }

    private static void def(String name, Field f, Kind kind, CompareOp op) {
        SlotDef d = new SlotDef(name, f, kind, op);
        f.defs.add(d);
        BY_NAME.put(name, d);
    }

    static {
        Field f;
        f = field("getattr", t -> t.getattr, (t, v) -> t.getattr = (Slot.GetAttr) v, (Slot.GetAttr) SlotDef::genericGetAttr);
        def("__getattribute__", f, Kind.GETATTRIBUTE);
        def("__getattr__", f, Kind.GETATTRIBUTE);
        f = field("setattr", t -> t.setattr, (t, v) -> t.setattr = (Slot.SetAttr) v, (Slot.SetAttr) SlotDef::genericSetAttr);
        def("__setattr__", f, Kind.SETATTR);
        def("__delattr__", f, Kind.DELATTR);
        f = field("call", t -> t.call, (t, v) -> t.call = (Slot.Call) v, (Slot.Call) (self, a, o, n, k) -> Dunder.callVector(self, "__call__", a, o, n, k));
        def("__call__", f, Kind.CALL);
        f = field("init", t -> t.init, (t, v) -> t.init = (Slot.Init) v, (Slot.Init) SlotDef::genericInit);
        def("__init__", f, Kind.INIT);
        f = field("repr", t -> t.repr, (t, v) -> t.repr = (Slot.Unary) v, (Slot.Unary) self -> Dunder.checkStr(Dunder.call0(self, "__repr__"), "__repr__"));
        def("__repr__", f, Kind.UNARY);
        f = field("str", t -> t.str, (t, v) -> t.str = (Slot.Unary) v, (Slot.Unary) self -> Dunder.checkStr(Dunder.call0(self, "__str__"), "__str__"));
        def("__str__", f, Kind.UNARY);
        f = field("hash", t -> t.hash, (t, v) -> t.hash = (Slot.Hash) v, (Slot.Hash) SlotDef::genericHash);
        def("__hash__", f, Kind.HASH);
        f = field("richcompare", t -> t.richcompare, (t, v) -> t.richcompare = (Slot.RichCompare) v, (Slot.RichCompare) SlotDef::genericRichCompare);
        for (CompareOp op : CompareOp.values()) {
            def(op.dunder, f, Kind.RICHCOMPARE, op);
        }
        f = field("iter", t -> t.iter, (t, v) -> t.iter = (Slot.Unary) v, (Slot.Unary) SlotDef::genericIter);
        def("__iter__", f, Kind.UNARY);
        f = field("next", t -> t.next, (t, v) -> t.next = (Slot.Next) v, (Slot.Next) SlotDef::genericNext);
        def("__next__", f, Kind.NEXT);
        f = field("descrGet", t -> t.descrGet, (t, v) -> t.descrGet = (Slot.DescrGet) v, (Slot.DescrGet) SlotDef::genericDescrGet);
        def("__get__", f, Kind.DESCR_GET);
        f = field("descrSet", t -> t.descrSet, (t, v) -> t.descrSet = (Slot.DescrSet) v, (Slot.DescrSet) SlotDef::genericDescrSet);
        def("__set__", f, Kind.DESCR_SET);
        def("__delete__", f, Kind.DESCR_DELETE);
        f = field("len", t -> t.len, (t, v) -> t.len = (Slot.Len) v, (Slot.Len) SlotDef::genericLen);
        def("__len__", f, Kind.LEN);
        f = field("getitem", t -> t.getitem, (t, v) -> t.getitem = (Slot.Binary) v, (Slot.Binary) (self, key) -> Dunder.call1(self, "__getitem__", key));
        def("__getitem__", f, Kind.BINARY);
        f = field("setitem", t -> t.setitem, (t, v) -> t.setitem = (Slot.SetItem) v, (Slot.SetItem) SlotDef::genericSetItem);
        def("__setitem__", f, Kind.SETITEM);
        def("__delitem__", f, Kind.DELITEM);
        f = field("contains", t -> t.contains, (t, v) -> t.contains = (Slot.Contains) v, (Slot.Contains) (self, item) -> Truth.isTrue(Dunder.call1(self, "__contains__", item)));
        def("__contains__", f, Kind.CONTAINS);
        f = field("bool", t -> t.bool, (t, v) -> t.bool = (Slot.Bool) v, (Slot.Bool) SlotDef::genericBool);
        def("__bool__", f, Kind.BOOL);
        unary("index", "__index__", t -> t.index, (t, v) -> t.index = v, self -> Dunder.checkInt(Dunder.call0(self, "__index__"), "__index__"));
        unary("int", "__int__", t -> t.int_, (t, v) -> t.int_ = v, self -> Dunder.checkInt(Dunder.call0(self, "__int__"), "__int__"));
        unary("float", "__float__", t -> t.float_, (t, v) -> t.float_ = v, self -> Dunder.checkFloat(self, Dunder.call0(self, "__float__")));
        unary("neg", "__neg__", t -> t.neg, (t, v) -> t.neg = v, self -> Dunder.call0(self, "__neg__"));
        unary("pos", "__pos__", t -> t.pos, (t, v) -> t.pos = v, self -> Dunder.call0(self, "__pos__"));
        unary("abs", "__abs__", t -> t.abs, (t, v) -> t.abs = v, self -> Dunder.call0(self, "__abs__"));
        unary("invert", "__invert__", t -> t.invert, (t, v) -> t.invert = v, self -> Dunder.call0(self, "__invert__"));
        for (int i = 0; i < BINARY_OP_COUNT; i++) {
            final int op = i;
            BinaryOp b = BinaryOp.of(i);
            String n = b.dunder, rn = b.reflectedDunder, in = b.inplace().inplaceDunder;
            f = field(n, t -> t.binary[op], (t, v) -> t.binary[op] = (Slot.Binary) v, (Slot.Binary) (self, o) -> Dunder.call1OrNotImplemented(self, n, o));
            def(n, f, Kind.BINARY);
            f = field(rn, t -> t.rbinary[op], (t, v) -> t.rbinary[op] = (Slot.Binary) v, (Slot.Binary) (self, o) -> Dunder.call1OrNotImplemented(self, rn, o));
            def(rn, f, Kind.BINARY);
            f = field(in, t -> t.ibinary[op], (t, v) -> t.ibinary[op] = (Slot.Binary) v, (Slot.Binary) (self, o) -> Dunder.call1OrNotImplemented(self, in, o));
            def(in, f, Kind.BINARY);
        }
    }

    private static void unary(String id, String name, Function<PyType, Slot.Unary> get,
                              BiConsumer<PyType, Slot.Unary> set, Slot.Unary generic) {
        Field f = field(id, get::apply, (t, v) -> set.accept(t, (Slot.Unary) v), generic);
        def(name, f, Kind.UNARY);
    }

    /** Whether assigning {@code name} on a class may change a slot. */
    public static boolean isSlotName(String name) {
        return BY_NAME.containsKey(name) || name.equals("__new__");
    }

    static SlotDef byName(String name) {
        return BY_NAME.get(name);
    }

    /** Adds {@code wrapper_descriptor}s for the slots a builtin type defines itself (not inherits). */
    static void addWrappers(PyType type, PyDict dict) {
        PyType base = type.base;
        for (Field f : FIELDS) {
            Object v = f.get.apply(type);
            if (v == null || (base != null && f.get.apply(base) == v)) {
                continue;
            }
            for (SlotDef d : f.defs) {
                if (d.name.equals("__getattr__")) {
                    continue;
                }
                if (v == Hashing.UNHASHABLE && d.kind == Kind.HASH) {
                    dict.putStr(d.name, PyNone.NONE);
                    continue;
                }
                if (dict.getStr(d.name) == null) {
                    dict.putStr(d.name, new PySlotWrapper(d, type, v));
                }
            }
        }
    }

    /** Computes every slot of a new Python class from its MRO. */
    static void fill(PyType type) {
        for (Field f : FIELDS) {
            resolve(type, f);
        }
        resolveNew(type);
    }

    /** Recomputes the slot fed by dunder {@code name} (after the class attribute changed). */
    static void fillOne(PyType type, String name) {
        if (name.equals("__new__")) {
            resolveNew(type);
            return;
        }
        SlotDef d = BY_NAME.get(name);
        if (d != null) {
            resolve(type, d.field);
        }
    }

    private static void resolve(PyType type, Field f) {
        Object nativeValue = null;
        PyType nativeOwner = null;
        boolean generic = false;
        boolean any = false;
        for (SlotDef d : f.defs) {
            PyObject descr = type.lookup(d.name);
            if (descr == null) {
                continue;
            }
            any = true;
            if (descr instanceof PySlotWrapper && ((PySlotWrapper) descr).def.field == f) {
                Object v = ((PySlotWrapper) descr).slot;
                if (nativeValue == null) {
                    nativeValue = v;
                    nativeOwner = ((PySlotWrapper) descr).owner;
                } else if (nativeValue != v) {
                    generic = true;
                }
            } else if (descr == PyNone.NONE && d.kind == Kind.HASH) {
                nativeValue = Hashing.UNHASHABLE;
            } else {
                generic = true;
            }
        }
        if (any && !generic && nativeOwner != null && nativeOwner.hasFlag(TypeFlags.VALUE_TYPE)
                && type.isHeapType()) {
            nativeValue = unwrapping(nativeValue);
        }
        f.set.accept(type, !any ? null : generic ? f.generic : nativeValue);
    }

    private static PyObject u(PyObject self) {
        return self instanceof PyValueInstance ? ((PyValueInstance) self).value : self;
    }

    /**
     * Adapts a builtin value type's slot function for a Python subclass: the function sees the
     * wrapped builtin value ({@link PyValueInstance#value}) as {@code self}.
     */
    static Object unwrapping(Object fn) {
        if (fn instanceof Slot.Unary) {
            Slot.Unary f = (Slot.Unary) fn;
            return (Slot.Unary) self -> f.apply(u(self));
        }
        if (fn instanceof Slot.Binary) {
            Slot.Binary f = (Slot.Binary) fn;
            return (Slot.Binary) (self, o) -> f.apply(u(self), o);
        }
        if (fn instanceof Slot.Hash) {
            Slot.Hash f = (Slot.Hash) fn;
            return (Slot.Hash) self -> f.hash(u(self));
        }
        if (fn instanceof Slot.Len) {
            Slot.Len f = (Slot.Len) fn;
            return (Slot.Len) self -> f.len(u(self));
        }
        if (fn instanceof Slot.Bool) {
            Slot.Bool f = (Slot.Bool) fn;
            return (Slot.Bool) self -> f.test(u(self));
        }
        if (fn instanceof Slot.Contains) {
            Slot.Contains f = (Slot.Contains) fn;
            return (Slot.Contains) (self, x) -> f.contains(u(self), x);
        }
        if (fn instanceof Slot.RichCompare) {
            Slot.RichCompare f = (Slot.RichCompare) fn;
            return (Slot.RichCompare) (self, o, op) -> f.compare(u(self), o, op);
        }
        if (fn instanceof Slot.Next) {
            Slot.Next f = (Slot.Next) fn;
            return (Slot.Next) self -> f.next(u(self));
        }
        if (fn instanceof Slot.Call) {
            Slot.Call f = (Slot.Call) fn;
            return (Slot.Call) (self, a, o, n, k) -> f.call(u(self), a, o, n, k);
        }
        return fn;
    }

    private static void resolveNew(PyType type) {
        PyObject descr = type.lookup("__new__");
        if (descr instanceof PyBuiltinFunction && ((PyBuiltinFunction) descr).newOwner != null) {
            type.new_ = ((PyBuiltinFunction) descr).newOwner.new_;
        } else if (descr != null) {
            type.new_ = SlotDef::genericNew;
        } else {
            type.new_ = null;
        }
    }

    // ---- generic (Python-dispatching) slot functions ----

    private static PyObject genericGetAttr(PyObject self, String name) {
        PyType t = self.type();
        PyObject getattribute = t.lookup("__getattribute__");
        PyObject hook = t.lookup("__getattr__");
        PyObject v;
        try {
            if (getattribute instanceof PySlotWrapper
                    && ((PySlotWrapper) getattribute).def.field.id.equals("getattr")) {
                v = ((Slot.GetAttr) ((PySlotWrapper) getattribute).slot).get(self, name);
            } else {
                v = Dunder.call1(self, "__getattribute__", PyStr.of(name));
            }
        } catch (PyException e) {
            if (hook == null || !e.matches(PyExc.AttributeError)) {
                throw e;
            }
            v = null;
        }
        if (v == null && hook != null) {
            v = Dunder.call1(self, "__getattr__", PyStr.of(name));
        }
        return v;
    }

    private static void genericSetAttr(PyObject self, String name, PyObject value) {
        if (value == null) {
            Dunder.call1(self, "__delattr__", PyStr.of(name));
        } else {
            Dunder.call2(self, "__setattr__", PyStr.of(name), value);
        }
    }

    private static void genericInit(PyObject self, PyObject[] args, int off, int npos, String[] kw) {
        PyObject r = Dunder.callVector(self, "__init__", args, off, npos, kw);
        if (r != PyNone.NONE) {
            throw PyErrors.typeError("__init__() should return None, not '%s'", r.type().getName());
        }
    }

    private static PyObject genericNew(PyType type, PyObject[] args, int off, int npos, String[] kw) {
        PyObject f = type.lookup("__new__");
        if (f instanceof PyStaticMethod) {
            f = ((PyStaticMethod) f).callable;
        } else {
            f = Attributes.bindDescriptor(f, null, type);
        }
        return Calls.callPrepend(f, type, args, off, npos, kw);
    }

    private static long genericHash(PyObject self) {
        PyObject f = self.type().lookup("__hash__");
        if (f == PyNone.NONE) {
            throw PyErrors.typeError("unhashable type: '%s'", self.type().getName());
        }
        PyObject r = Dunder.call0(self, "__hash__");
        if (r instanceof PyInt) {
            long h = ((PyInt) r).value;
            return h == -1 ? -2 : h;
        }
        if (!Ints.isInt(r)) {
            throw PyErrors.typeError("__hash__ method should return an integer");
        }
        return Hashing.hash(Ints.asIntObject(r));
    }

    private static PyObject genericRichCompare(PyObject self, PyObject other, CompareOp op) {
        return Dunder.call1OrNotImplemented(self, op.dunder, other);
    }

    private static PyObject genericIter(PyObject self) {
        PyObject f = self.type().lookup("__iter__");
        if (f == PyNone.NONE) {
            throw PyErrors.typeError("'%s' object is not iterable", self.type().getName());
        }
        PyObject r = Dunder.call0(self, "__iter__");
        if (r.type().next == null) {
            throw PyErrors.typeError("iter() returned non-iterator of type '%s'", r.type().getName());
        }
        return r;
    }

    private static PyObject genericNext(PyObject self) {
        try {
            return Dunder.call0(self, "__next__");
        } catch (PyException e) {
            if (e.matches(PyExc.StopIteration)) {
                return null;
            }
            throw e;
        }
    }

    private static PyObject genericDescrGet(PyObject descr, PyObject obj, PyType type) {
        return Dunder.call2(descr, "__get__", obj == null ? PyNone.NONE : obj,
                type == null ? PyNone.NONE : type);
    }

    private static void genericDescrSet(PyObject descr, PyObject obj, PyObject value) {
        if (value == null) {
            Dunder.call1(descr, "__delete__", obj);
        } else {
            Dunder.call2(descr, "__set__", obj, value);
        }
    }

    private static long genericLen(PyObject self) {
        PyObject r = Dunder.call0(self, "__len__");
        if (!Ints.isInt(r)) {
            if (r.type().index == null) {
                throw PyErrors.typeError("'%s' object cannot be interpreted as an integer", r.type().getName());
            }
            r = Numbers.index(r);
        }
        if (Ints.signum(r) < 0) {
            throw PyErrors.valueError("__len__() should return >= 0");
        }
        if (!(Ints.asIntObject(r) instanceof PyInt)) {
            throw PyErrors.overflowError("cannot fit 'int' into an index-sized integer");
        }
        return ((PyInt) Ints.asIntObject(r)).value;
    }

    private static void genericSetItem(PyObject self, PyObject key, PyObject value) {
        if (value == null) {
            Dunder.call1(self, "__delitem__", key);
        } else {
            Dunder.call2(self, "__setitem__", key, value);
        }
    }

    private static boolean genericBool(PyObject self) {
        PyObject r = Dunder.call0(self, "__bool__");
        if (r instanceof PyBool) {
            return ((PyBool) r).value;
        }
        throw PyErrors.typeError("__bool__ should return bool, returned %s", r.type().getName());
    }
}
