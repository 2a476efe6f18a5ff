package org.ramjet.objects;

import static org.ramjet.bytecode.BinaryOp.*;

import java.util.Arrays;

/** Definer of {@code bytes}: the core slots (repr, compare, hash, index, concat) and {@code decode}. */
public final class BytesType {
    private BytesType() {}

    public static final PyType TYPE = new TypeSpec("bytes", PyBytes.class)
            .flags(TypeFlags.BYTES_SUBCLASS | TypeFlags.SEQUENCE)
            .valueType()
            .slots(BytesType::slots)
            .methods(m -> m.method("decode", "($self, /, encoding='utf-8', errors='strict')",
                    (PyBytes self, PyObject enc, PyObject err) -> Bytes.decode(self, enc, err)))
            .build();

    private static void slots(PyType t) {
        t.repr = self -> PyStr.of(repr(((PyBytes) self).value));
        t.str = t.repr;
        t.len = self -> ((PyBytes) self).value.length;
        t.hash = self -> Arrays.hashCode(((PyBytes) self).value) * 0x9E3779B97F4A7C15L >>> 1;
        t.richcompare = (self, other, op) -> {
            PyObject o = other instanceof PyValueInstance ? ((PyValueInstance) other).value : other;
            if (!(o instanceof PyBytes)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            return PyBool.of(Comparisons.test(Arrays.compareUnsigned(((PyBytes) self).value, ((PyBytes) o).value), op));
        };
        t.getitem = (self, key) -> {
            byte[] b = ((PyBytes) self).value;
            if (key instanceof PySlice) {
                long[] r = ((PySlice) key).indices(b.length);
                byte[] out = new byte[(int) Math.max(r[3], 0)];
                for (int i = 0, j = (int) r[0]; i < out.length; i++, j += (int) r[2]) {
                    out[i] = b[j];
                }
                return PyBytes.of(out);
            }
            int i = Sequences.normalize(Sequences.index(key, "byte"), b.length);
            if (i < 0) {
                throw PyErrors.indexError("index out of range");
            }
            return PyInt.of(b[i] & 0xff);
        };
        t.contains = (self, x) -> {
            byte[] b = ((PyBytes) self).value;
            if (Ints.isInt(x)) {
                long v = Ints.asLong(x);
                if (v < 0 || v > 255) {
                    throw PyErrors.valueError("byte must be in range(0, 256)");
                }
                for (byte y : b) {
                    if ((y & 0xff) == v) {
                        return true;
                    }
                }
                return false;
            }
            byte[] sub = Bytes.asBytes(x);
            outer:
            for (int i = 0; i + sub.length <= b.length; i++) {
                for (int j = 0; j < sub.length; j++) {
                    if (b[i + j] != sub[j]) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
        };
        t.binary[ADD.ordinal()] = (self, o) -> {
            PyObject ov = o instanceof PyValueInstance ? ((PyValueInstance) o).value : o;
            if (!(ov instanceof PyBytes) && !(ov instanceof PyByteArray)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            byte[] a = ((PyBytes) self).value, b = Bytes.asBytes(ov);
            byte[] r = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, r, a.length, b.length);
            return PyBytes.of(r);
        };
        t.binary[REMAINDER.ordinal()] = (self, args) -> Formatting.percentBytes(((PyBytes) self).value, args);
        t.sqConcat = (self, o) -> {
            throw PyErrors.typeError("can't concat %s to bytes", o.type().getName());
        };
        t.new_ = (type, a, off, n, kw) -> {
            if (n == 0) {
                PyObject v = PyBytes.of(new byte[0]);
                return type == TYPE ? v : new PyValueInstance(type, v);
            }
            PyObject x = a[off];
            byte[] out;
            if (x instanceof PyBytes) {
                out = ((PyBytes) x).value;
            } else if (Ints.isInt(x)) {
                long len = Ints.asLong(x);
                if (len < 0) {
                    throw PyErrors.valueError("negative count");
                }
                out = new byte[(int) len];
            } else if (Strs.isStr(x)) {
                if (n < 2) {
                    throw PyErrors.typeError("string argument without an encoding");
                }
                out = Strs.value(x).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            } else {
                PyObject[] items = Iteration.toArray(x);
                out = new byte[items.length];
                for (int i = 0; i < items.length; i++) {
                    long v = Ints.asLong(Numbers.index(items[i]));
                    if (v < 0 || v > 255) {
                        throw PyErrors.valueError("bytes must be in range(0, 256)");
                    }
                    out[i] = (byte) v;
                }
            }
            PyObject v = PyBytes.of(out);
            return type == TYPE ? v : new PyValueInstance(type, v);
        };
    }

    /** {@code repr(b'...')}. */
    public static String repr(byte[] b) {
        return org.ramjet.objects.format.StringRepr.bytesRepr(b);
    }
}
