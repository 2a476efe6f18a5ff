package org.ramjet.objects;

/** Helpers for bytes-like objects and the basic codecs ({@code str(b, encoding)}, {@code b.decode()}). */
public final class Bytes {
    private Bytes() {}

    /** The bytes of a bytes-like object: "a bytes-like object is required, not 'str'". */
    public static byte[] asBytes(PyObject o) {
        if (o instanceof PyBytes) {
            return ((PyBytes) o).value;
        }
        if (o instanceof PyValueInstance && ((PyValueInstance) o).value instanceof PyBytes) {
            return ((PyBytes) ((PyValueInstance) o).value).value;
        }
        if (o instanceof PyByteArray) {
            return ((PyByteArray) o).toByteArray();
        }
        throw PyErrors.typeError("a bytes-like object is required, not '%s'", o.type().getName());
    }

    /** {@code bytes.decode(encoding, errors)}: see {@link Codecs}. */
    public static PyObject decode(PyObject obj, PyObject encoding, PyObject errors) {
        if (Strs.isStr(obj)) {
            throw PyErrors.typeError("decoding str is not supported");
        }
        byte[] data = asBytes(obj);
        String enc = encoding == null ? "utf-8" : Strs.value(encoding);
        String err = errors == null ? "strict" : Strs.value(errors);
        return PyStr.of(Codecs.decode(data, 0, data.length, enc, err));
    }
}
