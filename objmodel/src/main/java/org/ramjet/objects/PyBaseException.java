package org.ramjet.objects;

import org.ramjet.objects.layout.MappedObject;

/**
 * A Python exception object ({@code BaseException} and every subclass without extra fields).
 * Raised from Java wrapped in a {@link PyException}. Exception classes with their own fields
 * ({@code OSError.errno}, {@code StopIteration.value}, ...) are Java subclasses that override
 * {@link #initFields} and {@link #strValue}. A mapped object: exceptions have a
 * {@code __dict__} ({@code __notes__} lives there).
 */
public class PyBaseException extends MappedObject {
    /** {@code args}. */
    public PyTuple args = PyTuple.EMPTY;
    /** {@code __cause__} (null: None). */
    public PyBaseException cause;
    /** {@code __context__} (null: None). */
    public PyBaseException context;
    public boolean suppressContext;
    /** {@code __traceback__}: a {@link PyTraceback}, or null. */
    public PyTraceback traceback;

    public PyBaseException(PyType type) {
        super(type);
    }

    public PyBaseException(PyType type, PyTuple args) {
        super(type);
        this.args = args;
        initFields(args.items, 0, args.items.length, null);
    }

    /**
     * Sets the class's own fields from the constructor arguments (run by both {@code __new__}
     * and {@code __init__}, as CPython does). {@code kwnames} are only passed for classes that
     * accept keywords; the base class has no fields.
     */
    void initFields(PyObject[] a, int off, int npos, String[] kwnames) {
    }

    /** Whether the class's {@code __init__} accepts keyword arguments. */
    boolean acceptsKeywords() {
        return false;
    }

    /** {@code str(exc)}. */
    String strValue() {
        PyObject[] a = args.items;
        if (a.length == 0) {
            return "";
        }
        if (a.length == 1) {
            // KeyError shows the key's repr: str(KeyError('a')) == "'a'"
            return type().isSubtype(PyExc.KeyError) ? Repr.reprString(a[0]) : Repr.strString(a[0]);
        }
        return Repr.strString(args);
    }

    /** {@code repr(exc)}: {@code ValueError('x')}, {@code ValueError(1, 2)}, {@code ValueError()}. */
    String reprValue() {
        String name = type().getName();
        PyObject[] a = args.items;
        if (a.length == 1) {
            return name + "(" + Repr.reprString(a[0]) + ")";
        }
        return name + Repr.reprString(args);
    }

    /** A Java carrier for raising this exception. */
    public PyException toJava() {
        return new PyException(this);
    }

    /** Appends to {@code __notes__} ({@code add_note}). */
    public void addNote(String note) {
        PyObject notes = getAttribute("__notes__");
        if (notes == null) {
            notes = new PyList();
            putAttribute("__notes__", notes);
        }
        if (!(notes instanceof PyList)) {
            throw PyErrors.typeError("Cannot add note: __notes__ is not a list");
        }
        ((PyList) notes).append(PyStr.of(note));
    }

    @Override
    public String toString() {
        return reprValue();
    }
}
