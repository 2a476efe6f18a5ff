package org.ramjet.stdlib.io;

import org.ramjet.objects.PyErrors;
import org.ramjet.objects.PyNone;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.PyStr;
import org.ramjet.objects.PyType;
import org.ramjet.objects.Signature;
import org.ramjet.objects.Strs;
import org.ramjet.stdlib.Args;
import org.ramjet.stdlib.SystemState;

/**
 * Calling the io classes directly: {@code FileIO(file, mode)}, {@code BufferedReader(raw)}
 * (and Writer, Random), and {@code TextIOWrapper(buffer, encoding, ...)} over any binary
 * buffer ({@code sys.stdout.buffer}, a {@code BytesIO}, a user's object).
 */
final class IoConstructors {
    private IoConstructors() {}

    private static final Signature TEXT = Signature.parse(
            "(buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False)");
    private static final Signature BUFFERED = Signature.parse("(raw, buffer_size=8192)");
    private static final Signature FILE = Signature.parse("(file, mode='r', closefd=True, opener=None)");

    static PyObject textIOWrapper(PyType type, PyObject[] a, int off, int npos, String[] kw) {
        PyObject[] b = TEXT.bind("TextIOWrapper", "TextIOWrapper", a, off, npos, kw);
        String enc = optional(b[1], "encoding");
        String err = optional(b[2], "errors");
        String nl = optional(b[3], "newline");
        OpenFunction.checkNewline(nl);
        PyTextIO t = new PyTextIO(type, ObjectBuffer.of(b[0]), enc == null ? "UTF-8" : enc,
                err == null ? "strict" : err, nl, Args.bool(b[4], false), Args.bool(b[5], false));
        return t;
    }

    private static String optional(PyObject o, String what) {
        if (o == null || o == PyNone.NONE) {
            return null;
        }
        if (!Strs.isStr(o)) {
            throw PyErrors.typeError("TextIOWrapper() argument '%s' must be str or None, not %s", what, o.type().getName());
        }
        return Strs.value(o);
    }

    static PyObject buffered(PyType type, PyObject[] a, int off, int npos, String[] kw) {
        PyObject[] b = BUFFERED.bind(type.getName(), type.getName(), a, off, npos, kw);
        if (!(b[0] instanceof PyFileIO)) {
            throw PyErrors.notImplementedError("%s over a %s is not supported yet (only over FileIO)",
                    type.getName(), b[0].type().getName());
        }
        long size = b[1] == null ? PyBuffered.DEFAULT_BUFFER_SIZE : Args.index(b[1]);
        if (size <= 0) {
            throw PyErrors.valueError("buffer size must be strictly positive");
        }
        return new PyBuffered(type, (PyFileIO) b[0], (int) Math.min(size, 1 << 24));
    }

    static PyObject fileIO(PyType type, PyObject[] a, int off, int npos, String[] kw) {
        PyObject[] b = FILE.bind("FileIO", "FileIO", a, off, npos, kw);
        String mode = b[1] == null ? "r" : Args.str(b[1], "FileIO() argument 'mode'");
        if (mode.contains("t") || mode.isEmpty()) {
            throw PyErrors.valueError("invalid mode: %s", mode);
        }
        String m = mode.contains("b") ? mode : mode + "b";
        PyObject[] args = {b[0], PyStr.of(m), org.ramjet.objects.PyInt.of(0), PyNone.NONE, PyNone.NONE, PyNone.NONE,
            b[2] == null ? org.ramjet.objects.PyBool.TRUE : b[2]};
        SystemState state = SystemState.current();
        return OpenFunction.open(args, 0, args.length, null, state::resolvePath, state::standardDevice);
    }
}
