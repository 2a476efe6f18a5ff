package org.ramjet.stdlib.io;

import org.ramjet.objects.ModuleBuilder;
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
        ModuleBuilder t = new ModuleBuilder("io");
        PyModule m = t.module();
        PyObject open = state.builtins.dict.getStr("open");
        t.value("open", open);
        t.functionRaw("open_code", "($module, /, path)", (a, off, npos, kw) -> {
            if (npos != 1 || !Strs.isStr(a[off])) {
                throw PyErrors.typeError("open_code() argument 'path' must be str");
            }
            PyObject[] args = {a[off], PyStr.of("rb")};
            return org.ramjet.objects.Calls.call(open, args, 0, 2, null);
        });
        t.function("text_encoding", "($module, encoding, stacklevel=2, /)", (PyObject enc, PyObject lvl) ->
                enc == org.ramjet.objects.PyNone.NONE ? PyStr.of("locale") : enc);
        t.value("DEFAULT_BUFFER_SIZE", PyInt.of(PyBuffered.DEFAULT_BUFFER_SIZE));
        t.value("SEEK_SET", PyInt.of(0));
        t.value("SEEK_CUR", PyInt.of(1));
        t.value("SEEK_END", PyInt.of(2));
        t.value("UnsupportedOperation", IoTypes.UNSUPPORTED_OPERATION);
        t.value("IOBase", IoTypes.IO_BASE);
        t.value("RawIOBase", IoTypes.RAW_IO_BASE);
        t.value("BufferedIOBase", IoTypes.BUFFERED_IO_BASE);
        t.value("TextIOBase", IoTypes.TEXT_IO_BASE);
        t.value("_IOBase", IoTypes.IO_BASE);
        t.value("_RawIOBase", IoTypes.RAW_IO_BASE);
        t.value("_BufferedIOBase", IoTypes.BUFFERED_IO_BASE);
        t.value("_TextIOBase", IoTypes.TEXT_IO_BASE);
        t.value("FileIO", IoTypes.FILE_IO);
        t.value("BufferedReader", IoTypes.BUFFERED_READER);
        t.value("BufferedWriter", IoTypes.BUFFERED_WRITER);
        t.value("BufferedRandom", IoTypes.BUFFERED_RANDOM);
        t.value("TextIOWrapper", IoTypes.TEXT_IO_WRAPPER);
        t.value("StringIO", IoTypes.STRING_IO);
        t.value("BytesIO", IoTypes.BYTES_IO);
        return m;
    }
}
