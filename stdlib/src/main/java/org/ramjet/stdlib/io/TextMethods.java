package org.ramjet.stdlib.io;

import org.ramjet.objects.MethodTable;
import org.ramjet.objects.PyBool;
import org.ramjet.objects.PyInt;
import org.ramjet.objects.PyNone;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.PyStr;
import org.ramjet.stdlib.Args;

/** Methods and attributes of {@code TextIOWrapper}. */
final class TextMethods {
    private TextMethods() {}

    static void define(MethodTable m) {
        m.getter("buffer", (PyTextIO t) -> t.buffer());
        m.getter("name", (PyTextIO t) -> {
            PyObject n = t.bufferName();
            if (n == null) {
                throw org.ramjet.objects.PyErrors.attributeError(t.buffer(), "name");
            }
            return n;
        });
        m.getter("encoding", (PyTextIO t) -> PyStr.of(t.encoding));
        m.getter("errors", (PyTextIO t) -> PyStr.of(t.errors));
        m.getter("newlines", (PyTextIO t) -> PyNone.NONE);
        m.getter("line_buffering", (PyTextIO t) -> PyBool.of(t.lineBuffering));
        m.getter("write_through", (PyTextIO t) -> PyBool.of(t.writeThrough));
        m.getter("closed", (PyTextIO t) -> PyBool.of(t.isClosed()));
        m.getset("mode", (PyTextIO t) -> t.mode == null ? PyNone.NONE : t.mode, (PyTextIO t, PyObject v) -> t.mode = v);
        m.method("write", "($self, text, /)", (PyTextIO t, PyObject s) -> PyInt.of(t.write(IoTypes.textArg(s))));
        m.method("read", "($self, size=-1, /)", (PyTextIO t, PyObject size) ->
                PyStr.of(t.read(Args.sizeOrNone(size, -1))));
        m.method("readline", "($self, size=-1, /)", (PyTextIO t, PyObject size) ->
                PyStr.of(t.readLine(Args.sizeOrNone(size, -1))));
        m.method("seek", "($self, cookie, whence=0, /)", (PyTextIO t, PyObject cookie, PyObject whence) ->
                PyInt.of(t.seek(Args.index(cookie), whence == null ? 0 : Args.intArg(whence))));
        m.method("tell", "($self, /)", (PyTextIO t) -> PyInt.of(t.tell()));
        m.method("truncate", "($self, pos=None, /)", (PyTextIO t, PyObject pos) ->
                PyInt.of(t.truncate(pos == PyNone.NONE ? null : pos)));
        m.method("fileno", "($self, /)", (PyTextIO t) -> PyInt.of(t.fileno()));
        m.method("isatty", "($self, /)", (PyTextIO t) -> PyBool.of(t.isatty()));
        m.method("detach", "($self, /)", (PyTextIO t) -> t.detach());
        m.methodRaw("reconfigure", "($self, /, *, encoding=None, errors=None, newline=None, line_buffering=None, write_through=None)",
                (PyTextIO t, PyObject[] a, int off, int npos, String[] kw) -> {
                    if (npos > 0) {
                        throw org.ramjet.objects.PyErrors.typeError("reconfigure() takes no positional arguments");
                    }
                    String enc = null, err = null, nl = null;
                    boolean changeNl = false;
                    Boolean lb = null, wt = null;
                    for (int k = 0; kw != null && k < kw.length; k++) {
                        PyObject v = a[off + npos + k];
                        switch (kw[k]) {
                            case "encoding": enc = Args.strOrNone(v, "reconfigure() argument 'encoding'", null); break;
                            case "errors": err = Args.strOrNone(v, "reconfigure() argument 'errors'", null); break;
                            case "newline":
                                changeNl = true;
                                nl = Args.strOrNone(v, "reconfigure() argument 'newline'", null);
                                OpenFunction.checkNewline(nl);
                                break;
                            case "line_buffering": lb = v == PyNone.NONE ? null : Args.bool(v, false); break;
                            case "write_through": wt = v == PyNone.NONE ? null : Args.bool(v, false); break;
                            default:
                                throw org.ramjet.objects.PyErrors.typeError(
                                        "'%s' is an invalid keyword argument for reconfigure()", kw[k]);
                        }
                    }
                    t.reconfigure(enc, err, nl, changeNl, lb, wt);
                    return PyNone.NONE;
                });
    }
}
