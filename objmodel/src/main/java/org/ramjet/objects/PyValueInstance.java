package org.ramjet.objects;

import org.ramjet.objects.layout.MappedObject;

/**
 * An instance of a Python subclass of an immutable builtin value type ({@code int},
 * {@code float}, {@code complex}, {@code str}, {@code bytes}, {@code tuple}, {@code frozenset}):
 * the subclass's type (via the map), map-backed attributes, and {@link #value}, an instance of
 * the builtin's own Java class ({@code PyInt}/{@code PyBigInt}, {@code PyStr}, ...).
 *
 * <p>Builtin code sees the plain value: slot functions inherited from the builtin and the
 * builtin's methods receive {@code value} as {@code self} (the slot machinery and method
 * descriptors unwrap). Helpers that accept "any int/str/..." ({@link Ints#isInt},
 * {@link Strs#isStr}) accept these instances as the other operand.
 */
public final class PyValueInstance extends MappedObject {
    /** The builtin value; never itself a PyValueInstance. */
    public final PyObject value;

    public PyValueInstance(PyType type, PyObject value) {
        super(type);
        this.value = value instanceof PyValueInstance ? ((PyValueInstance) value).value : value;
    }

    @Override
    public String toString() {
        return "<" + type().getName() + " instance wrapping " + value + ">";
    }
}
