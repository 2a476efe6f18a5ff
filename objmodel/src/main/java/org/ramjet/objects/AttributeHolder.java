package org.ramjet.objects;

import org.ramjet.objects.layout.MappedObject;

/**
 * The map-backed attribute storage of an object that cannot extend {@link MappedObject} itself
 * (see {@link HasAttributes}). Its map's type is the owner's type, so {@code __class__}
 * assignment on the owner goes through {@link MappedObject#changeType}.
 */
final class AttributeHolder extends MappedObject {
    AttributeHolder(PyType type) {
        super(type);
    }
}
