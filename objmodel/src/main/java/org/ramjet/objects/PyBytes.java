package org.ramjet.objects;

/** Python {@code bytes}: immutable; the array is never modified after construction. */
public final class PyBytes extends PyObject {
    final byte[] value;

    private PyBytes(byte[] value) {
        this.value = value;
    }

    /** Takes ownership of {@code value}: the caller must not modify it afterwards. */
    public static PyBytes of(byte[] value) {
        return new PyBytes(value);
    }

    @Override
    public PyType type() {
        return BytesType.TYPE;
    }

    public int length() {
        return value.length;
    }

    public byte byteAt(int index) {
        return value[index];
    }

    public byte[] toByteArray() {
        return value.clone();
    }
}
