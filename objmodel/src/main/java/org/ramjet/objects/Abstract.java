package org.ramjet.objects;

/**
 * The container protocols (CPython's abstract.c): subscripting, {@code len}, {@code in}, and
 * {@code isinstance}/{@code issubclass} with {@code __instancecheck__}/{@code __subclasscheck__}.
 */
public final class Abstract {
    private Abstract() {}

    /** {@code obj[key]}. */
    public static PyObject getItem(PyObject obj, PyObject key) {
        PyType t = obj.type();
        Slot.Binary g = t.getitem;
        if (g != null) {
            return g.apply(obj, key);
        }
        if (obj instanceof PyType) {
            PyObject cg = ((PyType) obj).lookup("__class_getitem__");
            if (cg != null) {
                return Calls.call(Attributes.bindDescriptor(cg, null, (PyType) obj), key);
            }
            if (obj == TypeType.TYPE) {
                return GenericAlias.of(obj, key);
            }
            throw PyErrors.typeError("type '%s' is not subscriptable", ((PyType) obj).getName());
        }
        throw PyErrors.typeError("'%s' object is not subscriptable", t.getName());
    }

    /** {@code obj[key] = value}. */
    public static void setItem(PyObject obj, PyObject key, PyObject value) {
        Slot.SetItem s = obj.type().setitem;
        if (s == null) {
            throw PyErrors.typeError("'%s' object does not support item assignment", obj.type().getName());
        }
        s.set(obj, key, value);
    }

    /** {@code del obj[key]}. */
    public static void delItem(PyObject obj, PyObject key) {
        Slot.SetItem s = obj.type().setitem;
        if (s == null) {
            throw PyErrors.typeError("'%s' object does not support item deletion", obj.type().getName());
        }
        s.set(obj, key, null);
    }

    /** {@code len(obj)}: "object of type 'int' has no len()". */
    public static long len(PyObject obj) {
        Slot.Len l = obj.type().len;
        if (l == null) {
            throw PyErrors.typeError("object of type '%s' has no len()", obj.type().getName());
        }
        return l.len(obj);
    }

    /** {@code item in container}: {@code __contains__}, else iteration. */
    public static boolean contains(PyObject container, PyObject item) {
        Slot.Contains c = container.type().contains;
        if (c != null) {
            return c.contains(container, item);
        }
        PyType t = container.type();
        if (t.iter == null && t.getitem == null) {
            throw PyErrors.typeError("argument of type '%s' is not iterable", t.getName());
        }
        PyObject it = Iteration.iter(container);
        for (PyObject x = Iteration.next(it); x != null; x = Iteration.next(it)) {
            if (x == item || Comparisons.equal(x, item)) {
                return true;
            }
        }
        return false;
    }

    /** {@code isinstance(obj, cls)} with tuples and {@code __instancecheck__}. */
    public static boolean isInstance(PyObject obj, PyObject cls) {
        if (obj.type() == cls) {
            return true;
        }
        if (cls instanceof PyType && cls.type() == TypeType.TYPE) {
            return obj.type().isSubtype((PyType) cls) || classAttrIsSubtype(obj, (PyType) cls);
        }
        if (cls instanceof PyTuple) {
            for (PyObject c : ((PyTuple) cls).items) {
                if (isInstance(obj, c)) {
                    return true;
                }
            }
            return false;
        }
        PyObject check = cls.type().lookup("__instancecheck__");
        if (check != null) {
            return Truth.isTrue(Dunder.callFound(check, cls, obj));
        }
        if (cls instanceof PyType) {
            return obj.type().isSubtype((PyType) cls);
        }
        throw PyErrors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    private static boolean classAttrIsSubtype(PyObject obj, PyType cls) {
        PyObject c = Attributes.lookupAttr(obj, "__class__");
        return c instanceof PyType && c != obj.type() && ((PyType) c).isSubtype(cls);
    }

    /** {@code issubclass(derived, cls)} with tuples and {@code __subclasscheck__}. */
    public static boolean isSubclass(PyObject derived, PyObject cls) {
        if (cls instanceof PyType && cls.type() == TypeType.TYPE) {
            if (!(derived instanceof PyType)) {
                throw PyErrors.typeError("issubclass() arg 1 must be a class");
            }
            return ((PyType) derived).isSubtype((PyType) cls);
        }
        if (cls instanceof PyTuple) {
            for (PyObject c : ((PyTuple) cls).items) {
                if (isSubclass(derived, c)) {
                    return true;
                }
            }
            return false;
        }
        PyObject check = cls.type().lookup("__subclasscheck__");
        if (check != null) {
            return Truth.isTrue(Dunder.callFound(check, cls, derived));
        }
        if (!(derived instanceof PyType)) {
            throw PyErrors.typeError("issubclass() arg 1 must be a class");
        }
        if (cls instanceof PyType) {
            return ((PyType) derived).isSubtype((PyType) cls);
        }
        throw PyErrors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }

    /**
     * {@code with mgr:} set-up (BEFORE_WITH): returns {@code {bound __exit__, mgr.__enter__()}},
     * or "'X' object does not support the context manager protocol".
     */
    public static PyObject[] enterContext(PyObject mgr) {
        PyType t = mgr.type();
        PyObject enter = t.lookup("__enter__");
        if (enter == null) {
            throw PyErrors.typeError("'%s' object does not support the context manager protocol", t.getName());
        }
        PyObject exit = t.lookup("__exit__");
        if (exit == null) {
            throw PyErrors.typeError("'%s' object does not support the context manager protocol (missed __exit__ method)",
                    t.getName());
        }
        PyObject boundExit = Attributes.bindDescriptor(exit, mgr, t);
        PyObject result = Dunder.callFound(enter, mgr);
        return new PyObject[] {boundExit, result};
    }

    /**
     * {@code async with mgr:} set-up (BEFORE_ASYNC_WITH): returns {@code {bound __aexit__,
     * mgr.__aenter__()}} (the awaitable), or "... does not support the asynchronous context
     * manager protocol".
     */
    public static PyObject[] enterAsyncContext(PyObject mgr) {
        PyType t = mgr.type();
        PyObject enter = t.lookup("__aenter__");
        if (enter == null) {
            throw PyErrors.typeError("'%s' object does not support the asynchronous context manager protocol", t.getName());
        }
        PyObject exit = t.lookup("__aexit__");
        if (exit == null) {
            throw PyErrors.typeError("'%s' object does not support the asynchronous context manager protocol "
                    + "(missed __aexit__ method)", t.getName());
        }
        PyObject boundExit = Attributes.bindDescriptor(exit, mgr, t);
        return new PyObject[] {boundExit, Dunder.callFound(enter, mgr)};
    }
}
