package org.ramjet.objects;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;

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
        throw PyErrors.typeError("a bytes-like object is required, not '%s'", o.type().getName());
    }

    /** Decodes with a strict codec (utf-8, ascii, latin-1); other error handlers are not implemented yet. */
    public static PyObject decode(PyObject obj, PyObject encoding, PyObject errors) {
        if (Strs.isStr(obj)) {
            throw PyErrors.typeError("decoding str is not supported");
        }
        byte[] data = asBytes(obj);
        String enc = encoding == null ? "utf-8" : Strs.value(encoding);
        String err = errors == null ? "strict" : Strs.value(errors);
        String norm = enc.toLowerCase().replace('_', '-');
        Charset cs;
        switch (norm) {
            case "utf-8": case "utf8": cs = java.nio.charset.StandardCharsets.UTF_8; enc = "utf-8"; break;
            case "ascii": case "us-ascii": cs = java.nio.charset.StandardCharsets.US_ASCII; enc = "ascii"; break;
            case "latin-1": case "latin1": case "iso-8859-1": cs = java.nio.charset.StandardCharsets.ISO_8859_1; enc = "latin-1"; break;
            default: throw PyErrors.lookupError("unknown encoding: %s", enc);
        }
        if (!err.equals("strict")) {
            throw PyErrors.notImplementedError("error handler '%s' is not implemented yet", err);
        }
        try {
            CharBuffer cb = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data));
            return PyStr.of(cb.toString());
        } catch (CharacterCodingException e) {
            int pos = firstBadByte(data, cs);
            String reason = cs == java.nio.charset.StandardCharsets.US_ASCII ? "ordinal not in range(128)"
                    : (data[pos] & 0xC0) == 0x80 ? "invalid start byte" : "invalid continuation byte";
            PyUnicodeError u = new PyUnicodeError(PyExc.UnicodeDecodeError);
            PyObject[] a = {PyStr.of(enc), PyBytes.of(data.clone()), PyInt.of(pos), PyInt.of(pos + 1), PyStr.of(reason)};
            u.args = PyTuple.of(a.clone());
            u.initFields(a, 0, 5, null);
            throw new PyException(u);
        }
    }

    private static int firstBadByte(byte[] data, Charset cs) {
        for (int n = 1; n <= data.length; n++) {
            try {
                cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data, 0, n));
            } catch (CharacterCodingException e) {
                // the bad sequence ends here; report where it starts
                int i = n - 1;
                while (i > 0 && (data[i] & 0xC0) == 0x80 && n - i < 4) {
                    i--;
                }
                return (data[i] & 0xff) >= 0xC0 && i < n - 1 ? i : n - 1;
            }
        }
        return data.length - 1;
    }
}
