package org.ramjet.objects;

/** {@code Ellipsis} ({@code ...}), the only instance of its type. */
public final class PyEllipsis extends PyObject {
    public static final PyEllipsis ELLIPSIS = new PyEllipsis();

    private PyEllipsis() {}

    @Override
    public PyType type() {
        return SingletonTypes.ELLIPSIS_TYPE;
    }

    @Override
    public String toString() {
        return "Ellipsis";
    }
}
