package org.ramjet.objects;

/**
 * Python {@code str}: a sequence of code points, kept as a Java string (UTF-16). Length,
 * indexing and slicing count code points, also past the BMP.
 */
public final class PyStr extends PyObject {
    public final String value;

    private PyStr(String value) {
        this.value = value;
    }

    public static PyStr of(String value) {
        return new PyStr(value);
    }
}
