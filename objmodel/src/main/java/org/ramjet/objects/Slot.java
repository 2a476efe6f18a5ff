package org.ramjet.objects;

import org.ramjet.bytecode.CompareOp;

/**
 * The shapes of the special-method slots on {@link PyType} (CPython's {@code tp_*} slots).
 * A builtin type fills its slots with Java lambdas; a Python class gets, per slot, either the
 * inherited Java function (when the dunder found on its MRO is a builtin's own slot wrapper)
 * or a generic function that looks the dunder up and calls it (see {@link SlotDef}).
 *
 * <p>Conventions that keep hot paths free of exceptions and allocation:
 * <ul>
 * <li>{@link GetAttr} returns {@code null} when the attribute simply does not exist; the
 *     caller raises the AttributeError (see {@link Attributes#getAttr}).</li>
 * <li>{@link Next} returns {@code null} when the iterator is exhausted; StopIteration is made
 *     only at the Python boundary ({@code __next__} called from Python code).</li>
 * <li>Setter-shaped slots ({@link SetAttr}, {@link SetItem}, {@link DescrSet}) delete when the
 *     value is {@code null}.</li>
 * <li>Calls use the vectorcall shape of {@link Call}: see {@link Calls}.</li>
 * </ul>
 */
public final class Slot {
    private Slot() {}

    /** {@code __repr__}, {@code __str__}, {@code __iter__}, {@code __neg__}, {@code __index__}, ... */
    @FunctionalInterface
    public interface Unary {
        PyObject apply(PyObject self);
    }

    /** {@code __add__(self, other)}, {@code __radd__(self, other)} (meaning {@code other + self}), {@code __getitem__}. */
    @FunctionalInterface
    public interface Binary {
        PyObject apply(PyObject self, PyObject other);
    }

    /** {@code __next__}: the next item, or {@code null} when exhausted (no StopIteration in Java). */
    @FunctionalInterface
    public interface Next {
        PyObject next(PyObject self);
    }

    /**
     * The vectorcall convention: positional arguments are {@code args[off .. off+npos)}, then
     * {@code kwnames.length} keyword values follow, named by {@code kwnames} (null or empty when
     * there are none). The callee must not keep or modify {@code args}.
     */
    @FunctionalInterface
    public interface Call {
        PyObject call(PyObject self, PyObject[] args, int off, int npos, String[] kwnames);
    }

    /** {@code __new__}: creates an instance of {@code type} (a subtype of the slot's owner). */
    @FunctionalInterface
    public interface New {
        PyObject make(PyType type, PyObject[] args, int off, int npos, String[] kwnames);
    }

    /** {@code __init__}. */
    @FunctionalInterface
    public interface Init {
        void init(PyObject self, PyObject[] args, int off, int npos, String[] kwnames);
    }

    /** {@code __getattribute__} (+ {@code __getattr__}): the value, or {@code null} when absent. */
    @FunctionalInterface
    public interface GetAttr {
        PyObject get(PyObject self, String name);
    }

    /** {@code __setattr__}; {@code value == null} means {@code __delattr__}. */
    @FunctionalInterface
    public interface SetAttr {
        void set(PyObject self, String name, PyObject value);
    }

    /** {@code __hash__}. */
    @FunctionalInterface
    public interface Hash {
        long hash(PyObject self);
    }

    /** {@code __len__}. */
    @FunctionalInterface
    public interface Len {
        long len(PyObject self);
    }

    /** {@code __bool__}. */
    @FunctionalInterface
    public interface Bool {
        boolean test(PyObject self);
    }

    /** {@code __contains__}. */
    @FunctionalInterface
    public interface Contains {
        boolean contains(PyObject self, PyObject item);
    }

    /** {@code __lt__} ... {@code __ge__}: a result or {@link PyNotImplemented#NOT_IMPLEMENTED}. */
    @FunctionalInterface
    public interface RichCompare {
        PyObject compare(PyObject self, PyObject other, CompareOp op);
    }

    /** {@code __setitem__}; {@code value == null} means {@code __delitem__}. */
    @FunctionalInterface
    public interface SetItem {
        void set(PyObject self, PyObject key, PyObject value);
    }

    /** {@code __get__(descr, obj, type)}; {@code obj} is null for access through the class. */
    @FunctionalInterface
    public interface DescrGet {
        PyObject get(PyObject descr, PyObject obj, PyType type);
    }

    /** {@code __set__}; {@code value == null} means {@code __delete__}. */
    @FunctionalInterface
    public interface DescrSet {
        void set(PyObject descr, PyObject obj, PyObject value);
    }
}
