package org.ramjet.objects;

/** Python {@code cell}: a variable shared between a function and its closures. */
public final class PyCell extends PyObject {
    /** The contents, or null when the cell is empty (unbound variable). */
    public PyObject value;

    public PyCell(PyObject value) {
        this.value = value;
    }

    @Override
    public PyType type() {
        return FunctionTypes.CELL;
    }
}
