package org.ramjet.objects;

/** Python {@code tuple}: immutable; the array is never modified after construction. */
public final class PyTuple extends PyObject {
    public static final PyTuple EMPTY = new PyTuple(new PyObject[0]);

    final PyObject[] items;

    private PyTuple(PyObject[] items) {
        this.items = items;
    }

    /** Takes ownership of {@code items}: the caller must not modify the array afterwards. */
    public static PyTuple of(PyObject... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    @Override
    public PyType type() {
        return TupleType.TYPE;
    }

    public int size() {
        return items.length;
    }

    public PyObject get(int index) {
        return items[index];
    }

    /** A copy of the items. */
    public PyObject[] toArray() {
        return items.clone();
    }

    @Override
    public String toString() {
        return Repr.reprString(this);
    }
}
