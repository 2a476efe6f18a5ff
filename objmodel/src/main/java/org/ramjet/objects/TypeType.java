package org.ramjet.objects;

/** {@code type}, the default metaclass. Slots and methods are in {@link TypeMethods}. */
public final class TypeType {
    private TypeType() {}

    public static final PyType TYPE = CoreTypes.TYPE;
}
