package org.ramjet.objects;

import org.ramjet.objects.layout.MappedObject;

/**
 * An instance of a Python class whose builtin base is {@code object}: a type (via its map) and
 * map-backed attributes. The most common object in Python programs; compiled code reads its
 * attributes with a map check and a slot load.
 */
public final class PyInstance extends MappedObject {
    public PyInstance(PyType type) {
        super(type);
    }

    @Override
    public String toString() {
        return Repr.defaultRepr(this);
    }
}
