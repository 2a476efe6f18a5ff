package org.ramjet.stdlib.io;

import org.ramjet.objects.Calls;
import org.ramjet.objects.Iteration;
import org.ramjet.objects.MethodTable;
import org.ramjet.objects.PyBool;
import org.ramjet.objects.PyBytes;
import org.ramjet.objects.PyExc;
import org.ramjet.objects.PyInt;
import org.ramjet.objects.PyList;
import org.ramjet.objects.PyNone;
import org.ramjet.objects.PyOSError;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.PyStr;
import org.ramjet.objects.PyType;
import org.ramjet.objects.Repr;
import org.ramjet.objects.Strs;
import org.ramjet.objects.TypeFlags;
import org.ramjet.objects.TypeSpec;
import org.ramjet.stdlib.Args;

/**
 * The {@code _io} classes: {@code _IOBase} and its three families (raw {@code FileIO},
 * buffered {@code BufferedReader/Writer/Random} and {@code BytesIO}, text
 * {@code TextIOWrapper} and {@code StringIO}), and {@code io.UnsupportedOperation}.
 * Methods shared by a family are defined once on its base.
 */
public final class IoTypes {
    private IoTypes() {}

    /** {@code io.UnsupportedOperation}: both an OSError and a ValueError, as in CPython. */
    public static final PyType UNSUPPORTED_OPERATION = new TypeSpec("UnsupportedOperation", PyOSError.class)
            .bases(PyExc.OSError, PyExc.ValueError)
            .module("io")
            .flags(TypeFlags.HAS_DICT)
            .build();

    public static final PyType IO_BASE = new TypeSpec("_IOBase", IoBase.class)
            .module("_io")
            .flags(TypeFlags.HAS_DICT)
            .slots(t -> {
                t.iter = self -> {
                    ((IoBase) self).checkClosed();
                    return self;
                };
                t.next = IoTypes::nextLine;
            })
            .methods(IoTypes::baseMethods)
            .build();
    public static final PyType RAW_IO_BASE = family("_RawIOBase");
    public static final PyType BUFFERED_IO_BASE = family("_BufferedIOBase");
    public static final PyType TEXT_IO_BASE = family("_TextIOBase");

    public static final PyType FILE_IO = new TypeSpec("FileIO", PyFileIO.class).base(RAW_IO_BASE).module("_io")
            .slots(t -> {
                t.repr = self -> PyStr.of(fileRepr((PyFileIO) self));
                t.new_ = IoConstructors::fileIO;
            })
            .methods(IoTypes::fileMethods)
            .build();
    public static final PyType BUFFERED_READER = buffered("BufferedReader");
    public static final PyType BUFFERED_WRITER = buffered("BufferedWriter");
    public static final PyType BUFFERED_RANDOM = buffered("BufferedRandom");
    public static final PyType TEXT_IO_WRAPPER = new TypeSpec("TextIOWrapper", PyTextIO.class).base(TEXT_IO_BASE)
            .module("_io")
            .slots(t -> {
                t.repr = self -> PyStr.of(((PyTextIO) self).repr());
                t.new_ = IoConstructors::textIOWrapper;
            })
            .methods(TextMethods::define)
            .build();
    public static final PyType STRING_IO = new TypeSpec("StringIO", PyStringIO.class).base(TEXT_IO_BASE)
            .module("_io")
            .slots(t -> {
                t.new_ = (type, a, off, n, kw) -> new PyStringIO(type);
                t.init = MemoryFiles::initStringIO;
            })
            .methods(MemoryFiles::stringMethods)
            .build();
    public static final PyType BYTES_IO = new TypeSpec("BytesIO", PyBytesIO.class).base(BUFFERED_IO_BASE)
            .module("_io")
            .slots(t -> {
                t.new_ = (type, a, off, n, kw) -> new PyBytesIO(type);
                t.init = MemoryFiles::initBytesIO;
            })
            .methods(MemoryFiles::bytesMethods)
            .build();

    private static PyType family(String name) {
        return new TypeSpec(name, IoBase.class).base(IO_BASE).module("_io").build();
    }

    private static PyType buffered(String name) {
        return new TypeSpec(name, PyBuffered.class).base(BUFFERED_IO_BASE).module("_io")
                .slots(t -> {
                    t.repr = self -> PyStr.of(bufferedRepr(name, (PyBuffered) self));
                    t.new_ = IoConstructors::buffered;
                })
                .methods(BufferedMethods::define)
                .build();
    }

    /** {@code __next__} of every file: the next line, exhausted at an empty one. */
    private static PyObject nextLine(PyObject self) {
        IoBase f = (IoBase) self;
        PyObject line;
        if (isBuiltinType(self.type())) {
            line = f.readline(-1);
        } else {
            line = Calls.callMethod(self, "readline");
        }
        if (line instanceof PyStr ? ((PyStr) line).value.isEmpty()
                : line instanceof PyBytes && ((PyBytes) line).length() == 0) {
            return null;
        }
        return line;
    }

    static boolean isBuiltinType(PyType t) {
        return !t.isHeapType();
    }

    private static void baseMethods(MethodTable m) {
        m.getter("closed", (IoBase f) -> PyBool.of(f.isClosed()));
        m.method("close", "($self, /)", (IoBase f) -> {
            f.close();
            return PyNone.NONE;
        });
        m.method("flush", "($self, /)", (IoBase f) -> {
            f.flush();
            return PyNone.NONE;
        });
        m.method("readable", "($self, /)", (IoBase f) -> PyBool.of(f.readable()));
        m.method("writable", "($self, /)", (IoBase f) -> PyBool.of(f.writable()));
        m.method("seekable", "($self, /)", (IoBase f) -> PyBool.of(f.seekable()));
        m.method("isatty", "($self, /)", (IoBase f) -> {
            f.checkClosed();
            return PyBool.FALSE;
        });
        m.method("fileno", "($self, /)", (IoBase f) -> {
            throw IoBase.unsupported("fileno");
        });
        m.method("seek", "($self, offset, whence=0, /)", (IoBase f, PyObject o, PyObject w) -> {
            throw IoBase.unsupported("seek");
        });
        m.method("tell", "($self, /)", (IoBase f) -> Calls.callMethod(f, "seek", PyInt.ZERO, PyInt.ONE));
        m.method("truncate", "($self, size=None, /)", (IoBase f, PyObject s) -> {
            throw IoBase.unsupported("truncate");
        });
        m.method("readline", "($self, size=-1, /)", (IoBase f, PyObject size) ->
                f.readline(Args.sizeOrNone(size, -1)));
        m.method("readlines", "($self, hint=-1, /)", (IoBase f, PyObject hint) -> readlines(f, hint));
        m.method("writelines", "($self, lines, /)", (IoBase f, PyObject lines) -> {
            f.checkClosed();
            PyObject it = Iteration.iter(lines);
            for (PyObject x = Iteration.next(it); x != null; x = Iteration.next(it)) {
                Calls.callMethod(f, "write", x);
            }
            return PyNone.NONE;
        });
        m.method("__enter__", "($self, /)", (IoBase f) -> {
            f.checkClosed();
            return f;
        });
        m.methodVarargs("__exit__", "($self, /, *args)", (IoBase f, PyObject[] args) ->
                Calls.callMethod(f, "close"));
    }

    static PyObject readlines(IoBase f, PyObject hintArg) {
        long hint = Args.sizeOrNone(hintArg, -1);
        PyList out = new PyList();
        long total = 0;
        boolean builtin = isBuiltinType(f.type());
        while (true) {
            PyObject line = builtin ? f.readline(-1) : Calls.callMethod(f, "readline");
            long n = line instanceof PyStr ? ((PyStr) line).value.length()
                    : line instanceof PyBytes ? ((PyBytes) line).length() : 1;
            if (n == 0) {
                break;
            }
            out.append(line);
            total += n;
            if (hint > 0 && total >= hint) {
                break;
            }
        }
        return out;
    }

    private static void fileMethods(MethodTable m) {
        m.getter("name", (PyFileIO f) -> f.name);
        m.getter("mode", (PyFileIO f) -> PyStr.of(f.mode));
        m.getter("closefd", (PyFileIO f) -> PyBool.of(f.closefd));
        m.method("read", "($self, size=-1, /)", (PyFileIO f, PyObject size) ->
                PyBytes.of(f.read(Args.sizeOrNone(size, -1))));
        m.method("readall", "($self, /)", (PyFileIO f) -> PyBytes.of(f.read(-1)));
        m.method("write", "($self, b, /)", (PyFileIO f, PyObject b) -> PyInt.of(f.write(Args.bytesLike(b))));
        m.method("fileno", "($self, /)", (PyFileIO f) -> {
            f.checkClosed();
            return PyInt.of(f.raw.fileno());
        });
        m.method("isatty", "($self, /)", (PyFileIO f) -> {
            f.checkClosed();
            return PyBool.of(f.raw.isatty());
        });
        m.method("seek", "($self, pos, whence=0, /)", (PyFileIO f, PyObject pos, PyObject whence) -> {
            f.checkSeekable();
            try {
                return PyInt.of(f.raw.seek(Args.index(pos), whence == null ? 0 : Args.intArg(whence)));
            } catch (java.io.IOException e) {
                throw IoErrors.of(IoErrors.EINVAL, null);
            }
        });
        m.method("tell", "($self, /)", (PyFileIO f) -> {
            f.checkSeekable();
            try {
                return PyInt.of(f.raw.tell());
            } catch (java.io.IOException e) {
                throw IoErrors.of(e, null);
            }
        });
    }

    static String fileRepr(PyFileIO f) {
        if (f.isClosed()) {
            return "<_io.FileIO [closed]>";
        }
        return "<_io.FileIO name=" + Repr.reprString(f.name) + " mode='" + f.mode + "' closefd="
                + (f.closefd ? "True" : "False") + ">";
    }

    static String bufferedRepr(String name, PyBuffered b) {
        PyObject n = b.rawFile.name;
        return n == null ? "<_io." + name + ">" : "<_io." + name + " name=" + Repr.reprString(n) + ">";
    }

    /** The str of a text-write argument: "write() argument must be str, not bytes". */
    static String textArg(PyObject o) {
        if (!Strs.isStr(o)) {
            throw org.ramjet.objects.PyErrors.typeError("write() argument must be str, not %s", o.type().getName());
        }
        return Strs.value(o);
    }
}
