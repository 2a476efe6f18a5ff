package org.ramjet.stdlib.io;

import org.ramjet.objects.MethodTable;
import org.ramjet.objects.PyInt;
import org.ramjet.objects.PyModule;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.PyStr;
import org.ramjet.objects.PyErrors;
import org.ramjet.objects.Strs;
import org.ramjet.stdlib.SystemState;

/**
 * The {@code io} (and {@code _io}) module: {@code open}, the file classes, {@code StringIO},
 * {@code BytesIO}, {@code UnsupportedOperation} and the {@code SEEK_*} constants. The ABCs
 * {@code IOBase}/{@code RawIOBase}/{@code BufferedIOBase}/{@code TextIOBase} are the
 * {@code _io} base classes themselves.
 */
public final class IoModule {
    private IoModule() {}

    public static PyModule create(SystemState state) {
        PyModule m = new PyModule("io");
        MethodTable t = MethodTable.forModule(m);
        PyObject open = state.builtins.dict.getStr("open");
        t.attr("open", open);
        t.methodRaw("open_code", "($module, /, path)", (self, a, off, npos, kw) -> {
            if (npos != 1 || !Strs.isStr(a[off])) {
                throw PyErrors.typeError("open_code() argument 'path' must be str");
            }
            PyObject[] args = {a[off], PyStr.of("rb")};
            return org.ramjet.objects.Calls.call(open, args, 0, 2, null);
        });
        t.method("text_encoding", "($module, encoding, stacklevel=2, /)", (PyObject self, PyObject enc, PyObject lvl) ->
                enc == org.ramjet.objects.PyNone.NONE ? PyStr.of("locale") : enc);
        t.attr("DEFAULT_BUFFER_SIZE", PyInt.of(PyBuffered.DEFAULT_BUFFER_SIZE));
        t.attr("SEEK_SET", PyInt.of(0));
        t.attr("SEEK_CUR", PyInt.of(1));
        t.attr("SEEK_END", PyInt.of(2));
        t.attr("UnsupportedOperation", IoTypes.UNSUPPORTED_OPERATION);
        t.attr("IOBase", IoTypes.IO_BASE);
        t.attr("RawIOBase", IoTypes.RAW_IO_BASE);
        t.attr("BufferedIOBase", IoTypes.BUFFERED_IO_BASE);
        t.attr("TextIOBase", IoTypes.TEXT_IO_BASE);
        t.attr("_IOBase", IoTypes.IO_BASE);
        t.attr("_RawIOBase", IoTypes.RAW_IO_BASE);
        t.attr("_BufferedIOBase", IoTypes.BUFFERED_IO_BASE);
        t.attr("_TextIOBase", IoTypes.TEXT_IO_BASE);
        t.attr("FileIO", IoTypes.FILE_IO);
        t.attr("BufferedReader", IoTypes.BUFFERED_READER);
        t.attr("BufferedWriter", IoTypes.BUFFERED_WRITER);
        t.attr("BufferedRandom", IoTypes.BUFFERED_RANDOM);
        t.attr("TextIOWrapper", IoTypes.TEXT_IO_WRAPPER);
        t.attr("StringIO", IoTypes.STRING_IO);
        t.attr("BytesIO", IoTypes.BYTES_IO);
        return m;
    }
}
