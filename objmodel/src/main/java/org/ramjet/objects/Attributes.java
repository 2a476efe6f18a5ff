package org.ramjet.objects;

import org.ramjet.objects.layout.MappedObject;

/**
 * The attribute protocol: {@code getattr}/{@code setattr}/{@code delattr} through the type's
 * slots, and {@code object}'s generic implementation with CPython's precedence: a data
 * descriptor on the type, then the instance's own attributes, then a non-data descriptor or
 * plain class attribute.
 *
 * <p>Slot convention: a {@link Slot.GetAttr} returns {@code null} for a plain miss, so that
 * {@code hasattr}, {@code getattr(o, n, default)} and {@code __getattr__} fallbacks need no
 * exception; {@link #getAttr} turns the miss into CPython's AttributeError message.
 */
public final class Attributes {
    private Attributes() {}

    /** {@code obj.name}; raises AttributeError. */
    public static PyObject getAttr(PyObject obj, String name) {
        PyObject v = obj.type().getattr.get(obj, name);
        if (v == null) {
            throw PyErrors.attributeError(obj, name);
        }
        return v;
    }

    /** {@code obj.name}, or null when it raises AttributeError (hasattr, getattr with default). */
    public static PyObject lookupAttr(PyObject obj, String name) {
        try {
            return obj.type().getattr.get(obj, name);
        } catch (PyException e) {
            if (e.matches(PyExc.AttributeError)) {
                return null;
            }
            throw e;
        }
    }

    /** {@code obj.name = value}. */
    public static void setAttr(PyObject obj, String name, PyObject value) {
        Slot.SetAttr s = obj.type().setattr;
        if (s == null) {
            throw PyErrors.typeError("'%s' object has no attributes (assign to .%s)", obj.type().getName(), name);
        }
        s.set(obj, name, value);
    }

    /** {@code del obj.name}. */
    public static void delAttr(PyObject obj, String name) {
        Slot.SetAttr s = obj.type().setattr;
        if (s == null) {
            throw PyErrors.typeError("'%s' object has no attributes (del .%s)", obj.type().getName(), name);
        }
        s.set(obj, name, null);
    }

    /** The map-backed attribute storage of {@code obj}, or null when it has none. */
    public static MappedObject storageOf(PyObject obj) {
        if (obj instanceof MappedObject) {
            return (MappedObject) obj;
        }
        if (obj instanceof HasAttributes) {
            return ((HasAttributes) obj).attributes();
        }
        return null;
    }

    /** {@code obj.__dict__} as a dict, or null when the object has none. */
    public static PyDict instanceDict(PyObject obj) {
        if (obj instanceof HasDict) {
            return ((HasDict) obj).getDict();
        }
        MappedObject m = storageOf(obj);
        if (m != null && obj.type().hasInstanceDict()) {
            return m.instanceDict();
        }
        return null;
    }

    private static PyObject ownAttribute(PyObject obj, String name) {
        if (obj instanceof MappedObject) {
            return ((MappedObject) obj).getAttribute(name);
        }
        if (obj instanceof HasDict) {
            return ((HasDict) obj).getDict().getStr(name);
        }
        if (obj instanceof HasAttributes) {
            return ((HasAttributes) obj).attributes().getAttribute(name);
        }
        return null;
    }

    /** {@code object.__getattribute__}: the value, or null when absent. */
    public static PyObject genericGetAttr(PyObject obj, String name) {
        PyType t = obj.type();
        PyObject descr = t.lookup(name);
        Slot.DescrGet get = null;
        if (descr != null) {
            PyType dt = descr.type();
            get = dt.descrGet;
            if (get != null && dt.descrSet != null) {
                return get.get(descr, obj, t);
            }
        }
        PyObject v = ownAttribute(obj, name);
        if (v != null) {
            return v;
        }
        if (descr != null) {
            return get != null ? get.get(descr, obj, t) : descr;
        }
        return null;
    }

    /** {@code object.__setattr__} / {@code object.__delattr__} ({@code value == null}). */
    public static void genericSetAttr(PyObject obj, String name, PyObject value) {
        PyType t = obj.type();
        PyObject descr = t.lookup(name);
        if (descr != null) {
            Slot.DescrSet set = descr.type().descrSet;
            if (set != null) {
                set.set(descr, obj, value);
                return;
            }
        }
        if (obj instanceof HasDict) {
            PyDict d = ((HasDict) obj).getDict();
            if (value != null) {
                d.putStr(name, value);
            } else if (d.removeStr(name) == null) {
                throw PyErrors.attributeError(obj, name);
            }
            return;
        }
        MappedObject st = storageOf(obj);
        if (st == null || !t.hasInstanceDict()) {
            if (descr == null) {
                throw PyErrors.attributeError(obj, name);
            }
            throw PyErrors.attributeError(String.format("'%s' object attribute '%s' is read-only",
                    t.getName(), name), obj, name);
        }
        if (value == null) {
            if (!st.removeAttribute(name)) {
                throw PyErrors.attributeError(obj, name);
            }
        } else {
            st.putAttribute(name, value);
        }
    }

    /** Applies the descriptor protocol to a class attribute found for {@code obj} (null: class access). */
    public static PyObject bindDescriptor(PyObject attr, PyObject obj, PyType type) {
        Slot.DescrGet get = attr.type().descrGet;
        return get == null ? attr : get.get(attr, obj, type);
    }

    /** Checks an attribute-name argument: "attribute name must be string, not 'int'". */
    public static String nameArg(PyObject name) {
        if (name instanceof PyStr) {
            return ((PyStr) name).value;
        }
        if (name instanceof PyValueInstance && ((PyValueInstance) name).value instanceof PyStr) {
            return ((PyStr) ((PyValueInstance) name).value).value;
        }
        throw PyErrors.typeError("attribute name must be string, not '%s'", name.type().getName());
    }

    /**
     * The method-call fast path for LOAD_METHOD: when {@code obj.name} is a plain function or
     * method descriptor found on the type (not shadowed by an instance attribute), returns it
     * unbound and the caller passes {@code obj} as the first argument; otherwise returns null and
     * the caller uses {@link #getAttr}.
     */
    public static PyObject lookupMethod(PyObject obj, String name) {
        PyType t = obj.type();
        if (t.getattr != ObjectType.GENERIC_GETATTR) {
            return null;
        }
        PyObject descr = t.lookup(name);
        if (descr == null || !(descr instanceof PyFunction || descr instanceof PyMethodDescriptor
                && !((PyMethodDescriptor) descr).classMethod)) {
            return null;
        }
        if (ownAttribute(obj, name) != null) {
            return null;
        }
        return descr;
    }
}
