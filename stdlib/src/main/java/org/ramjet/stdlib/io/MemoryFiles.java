package org.ramjet.stdlib.io;

import org.ramjet.objects.MethodTable;
import org.ramjet.objects.PyBool;
import org.ramjet.objects.PyBytes;
import org.ramjet.objects.PyErrors;
import org.ramjet.objects.PyInt;
import org.ramjet.objects.PyNone;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.PyStr;
import org.ramjet.objects.Signature;
import org.ramjet.objects.Strs;
import org.ramjet.stdlib.Args;

/** Constructors and methods of {@code io.StringIO} and {@code io.BytesIO}. */
final class MemoryFiles {
    private MemoryFiles() {}

    private static final Signature STRING_IO = Signature.parse("(initial_value='', newline='\\n')");
    private static final Signature BYTES_IO = Signature.parse("(initial_bytes=b'')");

    static void initStringIO(PyObject self, PyObject[] a, int off, int npos, String[] kw) {
        PyObject[] b = STRING_IO.bind("StringIO", "StringIO", a, off, npos, kw);
        String initial = null;
        if (b[0] != null && b[0] != PyNone.NONE) {
            if (!Strs.isStr(b[0])) {
                throw PyErrors.typeError("initial_value must be str or None, not %s", b[0].type().getName());
            }
            initial = Strs.value(b[0]);
        }
        String nl = "\n";
        if (b[1] != null) {
            if (b[1] != PyNone.NONE && !Strs.isStr(b[1])) {
                throw PyErrors.typeError("newline must be str or None, not %s", b[1].type().getName());
            }
            nl = b[1] == PyNone.NONE ? null : Strs.value(b[1]);
            if (nl != null && !nl.isEmpty() && !nl.equals("\n") && !nl.equals("\r") && !nl.equals("\r\n")) {
                throw PyErrors.valueError("illegal newline value: %s", org.ramjet.objects.Repr.reprString(b[1]));
            }
        }
        ((PyStringIO) self).init(initial, nl);
    }

    static void initBytesIO(PyObject self, PyObject[] a, int off, int npos, String[] kw) {
        PyObject[] b = BYTES_IO.bind("BytesIO", "BytesIO", a, off, npos, kw);
        ((PyBytesIO) self).init(b[0] == null || b[0] == PyNone.NONE ? null : Args.bytesLike(b[0]));
    }

    static void stringMethods(MethodTable m) {
        m.method("getvalue", "($self, /)", (PyStringIO s) -> PyStr.of(s.getValue()));
        m.method("write", "($self, s, /)", (PyStringIO s, PyObject x) -> {
            if (!Strs.isStr(x)) {
                throw PyErrors.typeError("string argument expected, got '%s'", x.type().getName());
            }
            return PyInt.of(s.write(Strs.value(x)));
        });
        m.method("read", "($self, size=-1, /)", (PyStringIO s, PyObject size) ->
                PyStr.of(s.read(Args.sizeOrNone(size, -1))));
        m.method("readline", "($self, size=-1, /)", (PyStringIO s, PyObject size) ->
                PyStr.of(s.readLine(Args.sizeOrNone(size, -1))));
        m.method("seek", "($self, pos, whence=0, /)", (PyStringIO s, PyObject pos, PyObject whence) ->
                PyInt.of(s.seek(Args.index(pos), whence == null ? 0 : Args.intArg(whence))));
        m.method("tell", "($self, /)", (PyStringIO s) -> {
            s.checkOpen();
            return PyInt.of(s.pos);
        });
        m.method("truncate", "($self, pos=None, /)", (PyStringIO s, PyObject pos) ->
                PyInt.of(s.truncate(Args.sizeOrNone(pos, s.pos))));
        m.getter("closed", (PyStringIO s) -> PyBool.of(s.closed));
        m.getter("line_buffering", (PyStringIO s) -> {
            s.checkOpen();
            return PyBool.FALSE;
        });
        m.getter("newlines", (PyStringIO s) -> PyNone.NONE);
    }

    static void bytesMethods(MethodTable m) {
        m.method("getvalue", "($self, /)", (PyBytesIO b) -> PyBytes.of(b.getValue()));
        m.method("write", "($self, b, /)", (PyBytesIO b, PyObject x) -> PyInt.of(b.write(Args.bytesLike(x))));
        m.method("read", "($self, size=-1, /)", (PyBytesIO b, PyObject size) ->
                PyBytes.of(b.read(Args.sizeOrNone(size, -1))));
        m.method("read1", "($self, size=-1, /)", (PyBytesIO b, PyObject size) ->
                PyBytes.of(b.read(Args.sizeOrNone(size, -1))));
        m.method("seek", "($self, pos, whence=0, /)", (PyBytesIO b, PyObject pos, PyObject whence) ->
                PyInt.of(b.seek(Args.index(pos), whence == null ? 0 : Args.intArg(whence))));
        m.method("tell", "($self, /)", (PyBytesIO b) -> {
            b.checkClosed();
            return PyInt.of(b.pos);
        });
        m.method("truncate", "($self, size=None, /)", (PyBytesIO b, PyObject size) ->
                PyInt.of(b.truncate(Args.sizeOrNone(size, b.pos))));
        m.getter("closed", (PyBytesIO b) -> PyBool.of(b.closed));
    }
}
