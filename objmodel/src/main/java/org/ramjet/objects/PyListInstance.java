package org.ramjet.objects;

import org.ramjet.objects.layout.MappedObject;

/** An instance of a Python subclass of {@code list}: a list plus map-backed attributes. */
public final class PyListInstance extends PyList implements HasAttributes {
    private final AttributeHolder attributes;

    public PyListInstance(PyType type) {
        this.attributes = new AttributeHolder(type);
    }

    @Override
    public PyType type() {
        return attributes.type();
    }

    @Override
    public MappedObject attributes() {
        return attributes;
    }
}
