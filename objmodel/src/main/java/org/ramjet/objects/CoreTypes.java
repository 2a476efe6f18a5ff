package org.ramjet.objects;

/**
 * Bootstraps {@code object} and {@code type}, which refer to each other ({@code type(object) is
 * type}, {@code type.__base__ is object}) and so are made together here. Use
 * {@link ObjectType#TYPE} and {@link TypeType#TYPE}.
 */
final class CoreTypes {
    static final PyType OBJECT;
    static final PyType TYPE;

    static {
        PyType object = new TypeSpec("object", PyInstance.class)
                .slots(ObjectMethods::slots)
                .methods(ObjectMethods::methods)
                .build();
        OBJECT = object;
        PyType type = new TypeSpec("type", PyType.class)
                .base(object)
                .flags(TypeFlags.TYPE_SUBCLASS)
                .slots(TypeMethods::slots)
                .methods(TypeMethods::methods)
                .build();
        TYPE = type;
        object.metatype = type;
        type.metatype = type;
    }

    private CoreTypes() {}
}
