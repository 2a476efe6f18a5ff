package org.ramjet.stdlib.io;

import org.ramjet.objects.MethodTable;
import org.ramjet.objects.PyBool;
import org.ramjet.objects.PyBytes;
import org.ramjet.objects.PyInt;
import org.ramjet.objects.PyNone;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.PyStr;
import org.ramjet.stdlib.Args;

/** Methods of {@code BufferedReader}, {@code BufferedWriter} and {@code BufferedRandom}. */
final class BufferedMethods {
    private BufferedMethods() {}

    static void define(MethodTable m) {
        m.getter("raw", (PyBuffered b) -> b.rawFile);
        m.getter("name", (PyBuffered b) -> b.rawFile.name == null ? PyNone.NONE : b.rawFile.name);
        m.getter("mode", (PyBuffered b) -> PyStr.of(b.rawFile.mode));
        m.getter("closed", (PyBuffered b) -> PyBool.of(b.isClosed()));
        m.method("read", "($self, size=-1, /)", (PyBuffered b, PyObject size) ->
                PyBytes.of(b.read(Args.sizeOrNone(size, -1))));
        m.method("read1", "($self, size=-1, /)", (PyBuffered b, PyObject size) ->
                PyBytes.of(b.read1(Args.sizeOrNone(size, -1))));
        m.method("peek", "($self, size=0, /)", (PyBuffered b, PyObject size) -> PyBytes.of(b.peek()));
        m.method("write", "($self, buffer, /)", (PyBuffered b, PyObject data) -> {
            byte[] bytes = Args.bytesLike(data);
            return PyInt.of(b.writeBytes(bytes, 0, bytes.length));
        });
        m.method("seek", "($self, target, whence=0, /)", (PyBuffered b, PyObject pos, PyObject whence) -> {
            int w = whence == null ? 0 : Args.intArg(whence);
            if (w < 0 || w > 2) {
                throw org.ramjet.objects.PyErrors.valueError("whence value %d unsupported", w);
            }
            return PyInt.of(b.seek(Args.index(pos), w));
        });
        m.method("tell", "($self, /)", (PyBuffered b) -> PyInt.of(b.tell()));
        m.method("truncate", "($self, pos=None, /)", (PyBuffered b, PyObject pos) ->
                PyInt.of(b.truncate(Args.sizeOrNone(pos, -1))));
        m.method("fileno", "($self, /)", (PyBuffered b) -> {
            b.checkOpen();
            return PyInt.of(b.rawFile.raw.fileno());
        });
        m.method("isatty", "($self, /)", (PyBuffered b) -> PyBool.of(b.isatty()));
        m.method("detach", "($self, /)", (PyBuffered b) -> b.detach());
    }
}
