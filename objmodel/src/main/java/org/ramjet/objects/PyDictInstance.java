package org.ramjet.objects;

import org.ramjet.objects.layout.MappedObject;

/** An instance of a Python subclass of {@code dict}: a dict plus map-backed attributes. */
public final class PyDictInstance extends PyDict implements HasAttributes {
    private final AttributeHolder attributes;

    public PyDictInstance(PyType type) {
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
