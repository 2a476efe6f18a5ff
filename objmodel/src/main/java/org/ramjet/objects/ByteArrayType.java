package org.ramjet.objects;

import static org.ramjet.bytecode.BinaryOp.*;

import java.util.Arrays;
import java.util.List;

/**
 * Definer of {@code bytearray}: construction with CPython's checks, the mutable-sequence slots
 * (index and slice assignment and deletion, {@code +=}, {@code *=}) and the methods, whose
 * algorithms are shared in {@link ByteOps}.
 */
public final class ByteArrayType {
    private ByteArrayType() {}

    public static final PyType TYPE = new TypeSpec("bytearray", PyByteArray.class)
            .flags(TypeFlags.SEQUENCE)
            .unhashable()
            .slots(ByteArrayType::slots)
            .methods(ByteArrayType::methods)
            .build();

    static final PyType ITERATOR = SeqIterators.iteratorType("bytearray_iterator", Iter.class);

    private static final Signature INIT = Signature.parse("(source=None, encoding=None, errors=None)");

    private static void slots(PyType t) {
        t.new_ = (type, a, off, n, kw) -> type == TYPE ? new PyByteArray() : new PyByteArrayInstance(type);
        t.init = ByteArrayType::init;
        t.repr = self -> PyStr.of(repr(self));
        t.str = t.repr;
        t.len = self -> ((PyByteArray) self).size;
        t.getitem = ByteArrayType::getItem;
        t.setitem = ByteArrayType::setItem;
        t.contains = (self, x) -> {
            PyByteArray b = (PyByteArray) self;
            byte[] n = Ints.isInt(x) ? ByteOps.needle(x, true) : Bytes.asBytes(x);
            return ByteOps.find(b.data, 0, b.size, n) >= 0;
        };
        t.iter = self -> new Iter((PyByteArray) self);
        t.richcompare = (self, other, op) -> {
            if (!isBytesLike(other)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            return PyBool.of(Comparisons.test(Arrays.compareUnsigned(((PyByteArray) self).toByteArray(),
                    Bytes.asBytes(other)), op));
        };
        t.binary[ADD.ordinal()] = (self, o) -> {
            if (!isBytesLike(o)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyByteArray r = new PyByteArray(((PyByteArray) self).toByteArray());
            byte[] b = Bytes.asBytes(o);
            r.appendAll(b, 0, b.length);
            return r;
        };
        t.sqConcat = (self, o) -> {
            throw PyErrors.typeError("can't concat %s to bytearray", o.type().getName());
        };
        t.sqRepeat = (self, n) -> new PyByteArray(repeat((PyByteArray) self, Sequences.repeatCount(n)));
        t.ibinary[ADD.ordinal()] = (self, o) -> {
            if (!isBytesLike(o)) {
                throw PyErrors.typeError("can't concat %s to bytearray", o.type().getName());
            }
            byte[] b = Bytes.asBytes(o);
            ((PyByteArray) self).appendAll(b, 0, b.length);
            return self;
        };
        t.ibinary[MULTIPLY.ordinal()] = (self, n) -> {
            if (!Ints.isInt(n) && n.type().index == null) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyByteArray b = (PyByteArray) self;
            byte[] r = repeat(b, Sequences.repeatCount(n));
            b.data = r;
            b.size = r.length;
            return self;
        };
        t.binary[REMAINDER.ordinal()] = (self, args) -> {
            PyObject r = Formatting.percentBytes(((PyByteArray) self).toByteArray(), args);
            return new PyByteArray(Bytes.asBytes(r));
        };
    }

    static boolean isBytesLike(PyObject o) {
        return o instanceof PyBytes || o instanceof PyByteArray
                || o instanceof PyValueInstance && ((PyValueInstance) o).value instanceof PyBytes;
    }

    private static byte[] repeat(PyByteArray b, long n) {
        if (n <= 0 || b.size == 0) {
            return new byte[0];
        }
        if (n * b.size > Integer.MAX_VALUE - 8) {
            throw PyErrors.memoryError();
        }
        byte[] r = new byte[(int) (n * b.size)];
        for (int i = 0; i < n; i++) {
            System.arraycopy(b.data, 0, r, i * b.size, b.size);
        }
        return r;
    }

    static String repr(PyObject self) {
        PyByteArray b = (PyByteArray) self;
        String name = self.type() == TYPE ? "bytearray" : self.type().getName();
        return name + "(" + BytesType.repr(b.toByteArray()) + ")";
    }

    private static void init(PyObject self, PyObject[] a, int off, int n, String[] kw) {
        PyByteArray b = (PyByteArray) self;
        PyObject[] args = INIT.bind("bytearray", "bytearray", a, off, n, kw);
        PyObject src = args[0], enc = args[1], err = args[2];
        byte[] out;
        if (src == null) {
            if (enc != null || err != null) {
                throw PyErrors.typeError(enc != null ? "encoding without a string argument" : "errors without a string argument");
            }
            out = new byte[0];
        } else if (Strs.isStr(src)) {
            if (enc == null) {
                throw PyErrors.typeError("string argument without an encoding");
            }
            out = Codecs.encode(Strs.value(src), Strs.value(enc), err == null ? "strict" : Strs.value(err));
        } else if (enc != null || err != null) {
            throw PyErrors.typeError(enc != null ? "encoding without a string argument" : "errors without a string argument");
        } else if (isBytesLike(src)) {
            out = Bytes.asBytes(src).clone();
        } else if (Ints.isInt(src) || src.type().index != null) {
            long len = Ints.asLong(Numbers.index(src));
            if (len < 0) {
                throw PyErrors.valueError("negative count");
            }
            out = new byte[(int) len];
        } else if (src.type().iter == null && src.type().getitem == null) {
            throw PyErrors.typeError("cannot convert '%s' object to bytearray", src.type().getName());
        } else {
            PyObject[] items = Iteration.toArray(src);
            out = new byte[items.length];
            for (int i = 0; i < items.length; i++) {
                out[i] = byteValue(items[i]);
            }
        }
        b.data = out;
        b.size = out.length;
    }

    /** An item value: "byte must be in range(0, 256)", "'str' object cannot be interpreted as an integer". */
    static byte byteValue(PyObject x) {
        long v = Ints.asLong(Numbers.index(x));
        if (v < 0 || v > 255) {
            throw PyErrors.valueError("byte must be in range(0, 256)");
        }
        return (byte) v;
    }

    private static PyObject getItem(PyObject self, PyObject key) {
        PyByteArray b = (PyByteArray) self;
        if (key instanceof PySlice) {
            long[] r = ((PySlice) key).indices(b.size);
            byte[] out = new byte[(int) Math.max(r[3], 0)];
            for (int i = 0, j = (int) r[0]; i < out.length; i++, j += (int) r[2]) {
                out[i] = b.data[j];
            }
            return new PyByteArray(out);
        }
        int i = Sequences.normalize(Sequences.index(key, "bytearray"), b.size);
        if (i < 0) {
            throw PyErrors.indexError("bytearray index out of range");
        }
        return PyInt.of(b.data[i] & 0xff);
    }

    private static void setItem(PyObject self, PyObject key, PyObject value) {
        PyByteArray b = (PyByteArray) self;
        if (key instanceof PySlice) {
            setSlice(b, (PySlice) key, value);
            return;
        }
        int i = Sequences.normalize(Sequences.index(key, "bytearray"), b.size);
        if (i < 0) {
            throw PyErrors.indexError("bytearray index out of range");
        }
        if (value == null) {
            b.replaceRange(i, i + 1, new byte[0]);
        } else {
            b.data[i] = byteValue(value);
        }
    }

    private static void setSlice(PyByteArray b, PySlice s, PyObject value) {
        long[] r = s.indices(b.size);
        int start = (int) r[0], step = (int) r[2], count = (int) Math.max(r[3], 0);
        byte[] repl;
        if (value == null) {
            repl = null;
        } else if (isBytesLike(value)) {
            repl = Bytes.asBytes(value).clone();
        } else if (Ints.isInt(value)) {
            throw PyErrors.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        } else {
            PyObject[] items = Iteration.toArray(value, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            repl = new byte[items.length];
            for (int i = 0; i < items.length; i++) {
                repl[i] = byteValue(items[i]);
            }
        }
        if (step == 1) {
            int stop = Math.max(start, start + count);
            b.replaceRange(start, stop, repl == null ? new byte[0] : repl);
            return;
        }
        if (repl == null) {
            boolean[] drop = new boolean[b.size];
            for (int i = 0, j = start; i < count; i++, j += step) {
                drop[j] = true;
            }
            byte[] out = new byte[b.size - count];
            int k = 0;
            for (int i = 0; i < b.size; i++) {
                if (!drop[i]) {
                    out[k++] = b.data[i];
                }
            }
            b.data = out;
            b.size = out.length;
            return;
        }
        if (repl.length != count) {
            throw PyErrors.valueError("attempt to assign bytes of size %d to extended slice of size %d", repl.length, count);
        }
        for (int i = 0, j = start; i < count; i++, j += step) {
            b.data[j] = repl[i];
        }
    }

    private static void methods(MethodTable m) {
        m.method("append", "($self, item, /)", (PyByteArray b, PyObject x) -> {
            b.append(byteValue(x));
            return PyNone.NONE;
        });
        m.method("extend", "($self, iterable_of_ints, /)", (PyByteArray b, PyObject x) -> {
            if (isBytesLike(x)) {
                byte[] d = Bytes.asBytes(x);
                b.appendAll(d, 0, d.length);
            } else {
                PyObject[] items = Iteration.toArray(x, "can't extend bytearray with " + x.type().getName());
                byte[] d = new byte[items.length];
                for (int i = 0; i < items.length; i++) {
                    d[i] = byteValue(items[i]);
                }
                b.appendAll(d, 0, d.length);
            }
            return PyNone.NONE;
        });
        m.method("insert", "($self, index, item, /)", (PyByteArray b, PyObject index, PyObject x) -> {
            long i = Ints.asLong(Numbers.index(index));
            if (i < 0) {
                i = Math.max(0, i + b.size);
            }
            i = Math.min(i, b.size);
            b.replaceRange((int) i, (int) i, new byte[] {byteValue(x)});
            return PyNone.NONE;
        });
        m.method("pop", "($self, index=-1, /)", (PyByteArray b, PyObject index) -> {
            if (b.size == 0) {
                throw PyErrors.indexError("pop from empty bytearray");
            }
            long i = index == null ? -1 : Ints.asLong(Numbers.index(index));
            int k = Sequences.normalize(i, b.size);
            if (k < 0) {
                throw PyErrors.indexError("pop index out of range");
            }
            int v = b.data[k] & 0xff;
            b.replaceRange(k, k + 1, new byte[0]);
            return PyInt.of(v);
        });
        m.method("remove", "($self, value, /)", (PyByteArray b, PyObject x) -> {
            byte v = byteValue(x);
            for (int i = 0; i < b.size; i++) {
                if (b.data[i] == v) {
                    b.replaceRange(i, i + 1, new byte[0]);
                    return PyNone.NONE;
                }
            }
            throw PyErrors.valueError("value not found in bytearray");
        });
        m.method("reverse", "($self, /)", (PyByteArray b) -> {
            for (int i = 0, j = b.size - 1; i < j; i++, j--) {
                byte t = b.data[i];
                b.data[i] = b.data[j];
                b.data[j] = t;
            }
            return PyNone.NONE;
        });
        m.method("clear", "($self, /)", (PyByteArray b) -> {
            b.data = new byte[0];
            b.size = 0;
            return PyNone.NONE;
        });
        m.method("copy", "($self, /)", (PyByteArray b) -> new PyByteArray(b.toByteArray()));
        m.method("count", "($self, sub, start=None, end=None, /)", (PyByteArray b, PyObject sub, PyObject s, PyObject e) -> {
            int[] r = ByteOps.range(s, e, b.size);
            return PyInt.of(ByteOps.count(b.data, r[0], r[1], ByteOps.needle(sub, true)));
        });
        m.method("find", "($self, sub, start=None, end=None, /)", (PyByteArray b, PyObject sub, PyObject s, PyObject e) -> {
            int[] r = ByteOps.range(s, e, b.size);
            return PyInt.of(ByteOps.find(b.data, r[0], r[1], ByteOps.needle(sub, true)));
        });
        m.method("rfind", "($self, sub, start=None, end=None, /)", (PyByteArray b, PyObject sub, PyObject s, PyObject e) -> {
            int[] r = ByteOps.range(s, e, b.size);
            return PyInt.of(ByteOps.rfind(b.data, r[0], r[1], ByteOps.needle(sub, true)));
        });
        m.method("index", "($self, sub, start=None, end=None, /)", (PyByteArray b, PyObject sub, PyObject s, PyObject e) -> {
            int[] r = ByteOps.range(s, e, b.size);
            int i = ByteOps.find(b.data, r[0], r[1], ByteOps.needle(sub, true));
            if (i < 0) {
                throw PyErrors.valueError("subsection not found");
            }
            return PyInt.of(i);
        });
        m.method("rindex", "($self, sub, start=None, end=None, /)", (PyByteArray b, PyObject sub, PyObject s, PyObject e) -> {
            int[] r = ByteOps.range(s, e, b.size);
            int i = ByteOps.rfind(b.data, r[0], r[1], ByteOps.needle(sub, true));
            if (i < 0) {
                throw PyErrors.valueError("subsection not found");
            }
            return PyInt.of(i);
        });
        m.method("startswith", "($self, prefix, start=None, end=None, /)", (PyByteArray b, PyObject p, PyObject s, PyObject e) ->
                PyBool.of(affix(b, p, s, e, true)));
        m.method("endswith", "($self, suffix, start=None, end=None, /)", (PyByteArray b, PyObject p, PyObject s, PyObject e) ->
                PyBool.of(affix(b, p, s, e, false)));
        m.method("decode", "($self, /, encoding='utf-8', errors='strict')", (PyByteArray b, PyObject enc, PyObject err) ->
                PyStr.of(Codecs.decode(b.data, 0, b.size, enc == null ? "utf-8" : Strs.value(enc),
                        err == null ? "strict" : Strs.value(err))));
        m.method("hex", "($self, /)", (PyByteArray b) -> PyStr.of(ByteOps.hex(b.data, b.size)));
        m.classMethod("fromhex", "($type, string, /)", (PyType cls, PyObject s) -> {
            if (!Strs.isStr(s)) {
                throw PyErrors.typeError("fromhex() argument must be str, not %s", s.type().getName());
            }
            PyByteArray r = new PyByteArray(ByteOps.fromhex(Strs.value(s)));
            return cls == TYPE ? r : Calls.call(cls, r);
        });
        m.method("join", "($self, iterable_of_bytes, /)", (PyByteArray b, PyObject it) ->
                new PyByteArray(ByteOps.join(b.data, b.size, it)));
        m.method("replace", "($self, old, new, count=-1, /)", (PyByteArray b, PyObject o, PyObject n, PyObject c) ->
                new PyByteArray(ByteOps.replace(b.data, b.size, ByteOps.needle(o, false), ByteOps.needle(n, false),
                        c == null ? -1 : Ints.asLong(Numbers.index(c)))));
        m.method("split", "($self, /, sep=None, maxsplit=-1)", (PyByteArray b, PyObject sep, PyObject max) ->
                parts(ByteOps.split(b.data, b.size, sep, max == null ? -1 : Ints.asLong(Numbers.index(max)))));
        m.method("strip", "($self, bytes=None, /)", (PyByteArray b, PyObject c) -> new PyByteArray(ByteOps.strip(b.data, b.size, c, true, true)));
        m.method("lstrip", "($self, bytes=None, /)", (PyByteArray b, PyObject c) -> new PyByteArray(ByteOps.strip(b.data, b.size, c, true, false)));
        m.method("rstrip", "($self, bytes=None, /)", (PyByteArray b, PyObject c) -> new PyByteArray(ByteOps.strip(b.data, b.size, c, false, true)));
        m.method("upper", "($self, /)", (PyByteArray b) -> new PyByteArray(ByteOps.mapCase(b.data, b.size, true)));
        m.method("lower", "($self, /)", (PyByteArray b) -> new PyByteArray(ByteOps.mapCase(b.data, b.size, false)));
        m.method("__alloc__", "($self, /)", (PyByteArray b) -> PyInt.of(b.data.length + 1));
        m.method("__sizeof__", "($self, /)", (PyByteArray b) -> PyInt.of(56 + b.data.length));
    }

    private static PyObject parts(List<byte[]> pieces) {
        PyList out = new PyList();
        for (byte[] p : pieces) {
            out.append(new PyByteArray(p));
        }
        return out;
    }

    private static boolean affix(PyByteArray b, PyObject arg, PyObject s, PyObject e, boolean prefix) {
        int[] r = ByteOps.range(s, e, b.size);
        PyObject[] options = arg instanceof PyTuple ? ((PyTuple) arg).toArray() : new PyObject[] {arg};
        for (PyObject o : options) {
            if (!isBytesLike(o)) {
                throw PyErrors.typeError("%s first arg must be bytes or a tuple of bytes, not %s",
                        prefix ? "startswith" : "endswith", o.type().getName());
            }
            byte[] p = Bytes.asBytes(o);
            if (r[1] - r[0] < p.length) {
                continue;
            }
            int at = prefix ? r[0] : r[1] - p.length;
            if (Arrays.equals(b.data, at, at + p.length, p, 0, p.length)) {
                return true;
            }
        }
        return false;
    }

    /** {@code bytearray_iterator}: reads the live contents (so it sees appends). */
    static final class Iter extends SeqIterators.Base {
        private PyByteArray b;
        private int index;

        Iter(PyByteArray b) {
            this.b = b;
        }

        @Override
        public PyType type() {
            return ITERATOR;
        }

        @Override
        PyObject nextItem() {
            if (b != null && index < b.size) {
                return PyInt.of(b.data[index++] & 0xff);
            }
            b = null;
            return null;
        }

        @Override
        long lengthHint() {
            return b == null ? 0 : b.size - index;
        }
    }
}
