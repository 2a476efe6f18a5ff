package org.ramjet.objects;

/** {@code None}, the only instance of {@code NoneType}. */
public final class PyNone extends PyObject {
    public static final PyNone NONE = new PyNone();

    private PyNone() {}

    @Override
    public PyType type() {
        return SingletonTypes.NONE_TYPE;
    }

    @Override
    public String toString() {
        return "None";
    }
}
