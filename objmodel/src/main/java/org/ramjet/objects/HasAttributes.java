package org.ramjet.objects;

import org.ramjet.objects.layout.MappedObject;

/**
 * An object that is not itself a {@link MappedObject} but keeps instance attributes in a
 * companion one: instances of Python subclasses of {@code list}, {@code dict}, {@code set}, whose
 * Java class must extend the builtin's.
 */
public interface HasAttributes {
    MappedObject attributes();
}
