package org.ramjet.stdlib.collections;

import org.ramjet.objects.HasAttributes;
import org.ramjet.objects.PyType;
import org.ramjet.objects.layout.MappedObject;

/** An instance of a Python subclass of {@code deque}: a deque plus map-backed attributes. */
final class PyDequeInstance extends PyDeque implements HasAttributes {
    private final MappedObject attributes;

    PyDequeInstance(PyType type) {
        this.attributes = new Holder(type);
    }

    @Override
    public PyType type() {
        return attributes.type();
    }

    @Override
    public MappedObject attributes() {
        return attributes;
    }

    /** The companion attribute storage; its map's type is the instance's type. */
    private static final class Holder extends MappedObject {
        Holder(PyType type) {
            super(type);
        }
    }
}
