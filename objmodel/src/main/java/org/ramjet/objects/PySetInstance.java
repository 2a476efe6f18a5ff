package org.ramjet.objects;

import org.ramjet.objects.layout.MappedObject;

/** An instance of a Python subclass of {@code set}: a set plus map-backed attributes. */
public final class PySetInstance extends PySet implements HasAttributes {
    private final AttributeHolder attributes;

    public PySetInstance(PyType type) {
        super(false);
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
