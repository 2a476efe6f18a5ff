package org.ramjet.objects;

/**
 * {@code UnicodeDecodeError}/{@code UnicodeEncodeError}/{@code UnicodeTranslateError}: encoding,
 * object, start, end, reason, with CPython's messages.
 */
public final class PyUnicodeError extends PyBaseException {
    public PyObject encoding = PyNone.NONE;
    public PyObject object = PyNone.NONE;
    public PyObject start = PyNone.NONE;
    public PyObject end = PyNone.NONE;
    public PyObject reason = PyNone.NONE;

    public PyUnicodeError(PyType type) {
        super(type);
    }

    private boolean isDecode() {
        return type().isSubtype(PyExc.UnicodeDecodeError);
    }

    private boolean isEncode() {
        return type().isSubtype(PyExc.UnicodeEncodeError);
    }

    private boolean isTranslate() {
        return type().isSubtype(PyExc.UnicodeTranslateError);
    }

    @Override
    void initFields(PyObject[] a, int off, int npos, String[] kw) {
        if (isDecode() || isEncode()) {
            if (npos != 5) {
                if (npos == 0) {
                    return;
                }
                throw PyErrors.typeError("function takes exactly 5 arguments (%d given)", npos);
            }
            encoding = a[off];
            object = a[off + 1];
            start = a[off + 2];
            end = a[off + 3];
            reason = a[off + 4];
        } else if (isTranslate() && npos == 4) {
            object = a[off];
            start = a[off + 1];
            end = a[off + 2];
            reason = a[off + 3];
        }
    }

    @Override
    String strValue() {
        if (object == PyNone.NONE) {
            return super.strValue();
        }
        long s = Ints.isInt(start) ? Ints.asLong(start) : 0;
        long e = Ints.isInt(end) ? Ints.asLong(end) : 0;
        String r = Repr.strString(reason);
        if (isDecode()) {
            String enc = Repr.strString(encoding);
            if (e == s + 1 && object instanceof PyBytes && s < ((PyBytes) object).length()) {
                int b = ((PyBytes) object).byteAt((int) s) & 0xff;
                return String.format("'%s' codec can't decode byte 0x%02x in position %d: %s", enc, b, s, r);
            }
            return String.format("'%s' codec can't decode bytes in position %d-%d: %s", enc, s, e - 1, r);
        }
        String prefix = isEncode() ? "'" + Repr.strString(encoding) + "' codec can't encode" : "can't translate";
        if (e == s + 1 && Strs.isStr(object)) {
            PyStr str = Strs.asPyStr(object);
            if (s < str.length()) {
                int cp = str.codePointAt((int) s);
                String ch = cp <= 0xff ? String.format("\\x%02x", cp)
                        : cp <= 0xffff ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
                return String.format("%s character '%s' in position %d: %s", prefix, ch, s, r);
            }
        }
        return String.format("%s characters in position %d-%d: %s", prefix, s, e - 1, r);
    }
}
