package org.ramjet.objects;

import org.ramjet.objects.layout.MappedObject;

/** An instance of a Python subclass of {@code bytearray}: a bytearray plus map-backed attributes. */
public final class PyByteArrayInstance extends PyByteArray implements HasAttributes {
    private final AttributeHolder attributes;

    public PyByteArrayInstance(PyType type) {
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
