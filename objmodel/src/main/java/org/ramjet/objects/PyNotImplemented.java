package org.ramjet.objects;

/** {@code NotImplemented}: what binary-operator and comparison methods return to decline. */
public final class PyNotImplemented extends PyObject {
    public static final PyNotImplemented NOT_IMPLEMENTED = new PyNotImplemented();

    private PyNotImplemented() {}

    @Override
    public PyType type() {
        return SingletonTypes.NOT_IMPLEMENTED_TYPE;
    }

    @Override
    public String toString() {
        return "NotImplemented";
    }
}
