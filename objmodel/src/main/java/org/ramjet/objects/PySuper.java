package org.ramjet.objects;

/**
 * Python {@code super}. The explicit form {@code super(type, obj)} is complete here. The
 * zero-argument form needs the calling frame's {@code __class__} cell and first argument: by
 * default they are read from the innermost {@link PyFrame} of the thread
 * ({@code ThreadState.current().frame}); a tier that elides frames registers its own
 * {@link ZeroArgSource} ({@link #setZeroArgSource}). The runtime part, with CPython's errors,
 * is {@link #zeroArg}.
 */
public final class PySuper extends PyObject {
    /** Supplies {@code {__class__ cell or null, first argument or null}} of the innermost Python frame. */
    @FunctionalInterface
    public interface ZeroArgSource {
        /** Returns {@code [classCell, firstArg]}; throws "super(): no arguments" etc. when the frame has none. */
        PyObject[] classCellAndFirstArg();
    }

    private static volatile ZeroArgSource zeroArgSource = PySuper::fromCurrentFrame;

    /** The class after which the search starts ({@code __thisclass__}). */
    public final PyType thisClass;
    /** {@code __self__}: the instance or class, or null when unbound. */
    public final PyObject obj;
    /** {@code __self_class__}: whose MRO is searched. */
    public final PyType objType;

    private PySuper(PyType thisClass, PyObject obj, PyType objType) {
        this.thisClass = thisClass;
        this.obj = obj;
        this.objType = objType;
    }

    @Override
    public PyType type() {
        return FunctionTypes.SUPER;
    }

    public static void setZeroArgSource(ZeroArgSource s) {
        zeroArgSource = s;
    }

    /** The default source: the thread's innermost frame, laid out as [varnames, cellvars, freevars]. */
    static PyObject[] fromCurrentFrame() {
        PyFrame f = org.ramjet.runtime.ThreadState.current().frame;
        if (f == null || f.code.argcount == 0) {
            return new PyObject[] {null, null};
        }
        org.ramjet.bytecode.PyCode co = f.code;
        int nvars = co.varnames.length;
        PyObject first = f.slots[0];
        int[] c2a = co.cell2arg;
        for (int i = 0; c2a != null && i < c2a.length; i++) {
            if (c2a[i] == 0 && f.slots[nvars + i] instanceof PyCell) {
                first = ((PyCell) f.slots[nvars + i]).value;
                if (first == null) {
                    throw PyErrors.runtimeError("super(): arg[0] deleted");
                }
            }
        }
        if (first == null) {
            throw PyErrors.runtimeError("super(): arg[0] deleted");
        }
        PyObject cell = null;
        for (int i = 0; i < co.freevars.length; i++) {
            if (co.freevars[i].equals("__class__")) {
                cell = f.slots[nvars + co.cellvars.length + i];
                break;
            }
        }
        return new PyObject[] {cell, first};
    }

    /** {@code super(type, obj)} ({@code obj} null: an unbound super object). */
    public static PySuper of(PyObject type, PyObject obj) {
        if (!(type instanceof PyType)) {
            throw PyErrors.typeError("super() argument 1 must be a type, not %s", type.type().getName());
        }
        PyType t = (PyType) type;
        if (obj == null) {
            return new PySuper(t, null, null);
        }
        return new PySuper(t, obj, checkObj(t, obj));
    }

    private static PyType checkObj(PyType type, PyObject obj) {
        if (obj instanceof PyType && ((PyType) obj).isSubtype(type)) {
            return (PyType) obj;
        }
        if (obj.type().isSubtype(type)) {
            return obj.type();
        }
        PyObject cls = Attributes.lookupAttr(obj, "__class__");
        if (cls instanceof PyType && cls != obj.type() && ((PyType) cls).isSubtype(type)) {
            return (PyType) cls;
        }
        throw PyErrors.typeError("super(type, obj): obj must be an instance or subtype of type");
    }

    /**
     * {@code super()} inside a method: {@code classCell} is the frame's {@code __class__} cell
     * (null when the function has none), {@code firstArg} its first argument (null when none).
     */
    public static PySuper zeroArg(PyObject classCell, PyObject firstArg) {
        if (firstArg == null) {
            throw PyErrors.runtimeError("super(): no arguments");
        }
        if (classCell == null) {
            throw PyErrors.runtimeError("super(): __class__ cell not found");
        }
        PyObject cls = classCell instanceof PyCell ? ((PyCell) classCell).value : classCell;
        if (cls == null) {
            throw PyErrors.runtimeError("super(): empty __class__ cell");
        }
        if (!(cls instanceof PyType)) {
            throw PyErrors.runtimeError("super(): __class__ is not a type (%s)", cls.type().getName());
        }
        return of(cls, firstArg);
    }

    static PyObject call(PyObject[] a, int off, int npos, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw PyErrors.typeError("super() takes no keyword arguments");
        }
        if (npos == 0) {
            ZeroArgSource s = zeroArgSource;
            if (s == null) {
                throw PyErrors.runtimeError("super(): no arguments");
            }
            PyObject[] r = s.classCellAndFirstArg();
            return zeroArg(r[0], r[1]);
        }
        if (npos > 2) {
            throw PyErrors.typeError("super() takes at most 2 arguments (%d given)", npos);
        }
        return of(a[off], npos == 2 ? a[off + 1] : null);
    }

    /** Attribute look-up along {@code objType}'s MRO after {@code thisClass}. */
    static PyObject getAttr(PyObject self, String name) {
        PySuper s = (PySuper) self;
        if (s.objType != null && !name.equals("__class__")) {
            PyType[] mro = s.objType.mroArray();
            int i = 0;
            while (i < mro.length && mro[i] != s.thisClass) {
                i++;
            }
            for (i++; i < mro.length; i++) {
                PyObject v = mro[i].dict().getStr(name);
                if (v != null) {
                    Slot.DescrGet g = v.type().descrGet;
                    if (g == null) {
                        return v;
                    }
                    return g.get(v, s.obj == s.objType ? null : s.obj, s.objType);
                }
            }
        }
        return Attributes.genericGetAttr(self, name);
    }

    String repr() {
        if (obj == null) {
            return "<super: <class '" + thisClass.getName() + "'>, NULL>";
        }
        return "<super: <class '" + thisClass.getName() + "'>, <" + objType.getName() + " object>>";
    }
}
