package org.ramjet.stdlib.array;

import static org.ramjet.bytecode.BinaryOp.ADD;
import static org.ramjet.bytecode.BinaryOp.MULTIPLY;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.ramjet.bytecode.CompareOp;
import org.ramjet.objects.Bytes;
import org.ramjet.objects.Comparisons;
import org.ramjet.objects.Ints;
import org.ramjet.objects.Iteration;
import org.ramjet.objects.MethodTable;
import org.ramjet.objects.Numbers;
import org.ramjet.objects.PyBool;
import org.ramjet.objects.PyBytes;
import org.ramjet.objects.PyErrors;
import org.ramjet.objects.PyInt;
import org.ramjet.objects.PyList;
import org.ramjet.objects.PyNone;
import org.ramjet.objects.PyNotImplemented;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.PySlice;
import org.ramjet.objects.PyStr;
import org.ramjet.objects.PyTuple;
import org.ramjet.objects.PyType;
import org.ramjet.objects.Repr;
import org.ramjet.objects.Signature;
import org.ramjet.objects.Strs;
import org.ramjet.objects.TypeSpec;

/** Definer of {@code array.array}: construction, the sequence slots and the methods. */
public final class ArrayType {
    private ArrayType() {}

    public static final PyType TYPE = new TypeSpec("array", PyArray.class).module("array")
            .unhashable()
            .slots(ArrayType::slots)
            .methods(ArrayType::methods)
            .build();

    static final PyType ITERATOR = new TypeSpec("arrayiterator", ArrayIterator.class).module("array")
            .notSubclassable()
            .slots(t -> {
                t.iter = self -> self;
                t.next = self -> ((ArrayIterator) self).nextItem();
            })
            .build();

    private static void slots(PyType t) {
        t.new_ = ArrayType::newArray;
        t.repr = self -> PyStr.of(repr((PyArray) self));
        t.len = self -> ((PyArray) self).length;
        t.getitem = ArrayType::getItem;
        t.setitem = (self, key, v) -> ArraySlices.setItem((PyArray) self, key, v);
        t.iter = self -> new ArrayIterator((PyArray) self);
        t.contains = (self, x) -> indexOf((PyArray) self, x) >= 0;
        t.richcompare = ArrayType::compare;
        t.binary[ADD.ordinal()] = (a, b) -> concat((PyArray) a, b);
        t.binary[MULTIPLY.ordinal()] = (a, n) -> repeat((PyArray) a, n);
        t.rbinary[MULTIPLY.ordinal()] = (a, n) -> repeat((PyArray) a, n);
        t.sqRepeat = (a, n) -> {
            if (!Ints.isInt(n) && n.type().index == null) {
                throw PyErrors.typeError("can't multiply sequence by non-int of type '%s'", n.type().getName());
            }
            return repeat((PyArray) a, n);
        };
        t.ibinary[ADD.ordinal()] = (a, b) -> {
            extendArray((PyArray) a, b, "can only extend array with array (not \"%s\")");
            return a;
        };
        t.ibinary[MULTIPLY.ordinal()] = (a, n) -> {
            PyArray self = (PyArray) a;
            PyArray r = (PyArray) repeat(self, n);
            self.storage = r.storage;
            self.length = r.length;
            return a;
        };
    }

    private static PyObject newArray(PyType type, PyObject[] args, int off, int npos, String[] kw) {
        if (kw != null && kw.length > 0 && type == TYPE) {
            throw PyErrors.typeError("array.array() takes no keyword arguments");
        }
        if (npos < 1 || npos > 2) {
            throw PyErrors.typeError(npos < 1 ? "array() takes at least 1 argument (0 given)"
                    : "array() takes at most 2 arguments (" + npos + " given)");
        }
        PyObject code = args[off];
        if (!Strs.isStr(code) || Strs.asPyStr(code).length() != 1) {
            throw PyErrors.typeError("array() argument 1 must be a unicode character, not %s", code.type().getName());
        }
        ElementKind kind = ElementKind.of(Strs.value(code).codePointAt(0));
        if (kind == null) {
            throw PyErrors.valueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
        }
        PyArray a = new PyArray(type, kind, 0);
        if (npos == 2) {
            initialize(a, args[off + 1]);
        }
        return a;
    }

    private static void initialize(PyArray a, PyObject init) {
        if (Strs.isStr(init)) {
            if (a.kind != ElementKind.UNICODE) {
                throw PyErrors.typeError("cannot use a str to initialize an array with typecode '%c'", a.kind.code);
            }
            Strs.value(init).codePoints().forEach(cp -> a.append(PyStr.of(new String(Character.toChars(cp)))));
        } else if (init instanceof PyArray && ((PyArray) init).kind == ElementKind.UNICODE && a.kind != ElementKind.UNICODE) {
            throw PyErrors.typeError("cannot use a unicode array to initialize an array with typecode '%c'", a.kind.code);
        } else if (init instanceof PyBytes || init.type().getName().equals("bytearray")) {
            fromBytes(a, Bytes.asBytes(init));
        } else {
            for (PyObject v : Iteration.toArray(init)) {
                a.append(v);
            }
        }
    }

    static String repr(PyArray a) {
        String head = "array('" + a.kind.code + "'";
        if (a.length == 0) {
            return head + ")";
        }
        if (a.kind == ElementKind.UNICODE) {
            return head + ", " + Repr.reprString(PyStr.of(toUnicode(a))) + ")";
        }
        return head + ", " + Repr.reprString(toList(a)) + ")";
    }

    static PyList toList(PyArray a) {
        PyObject[] items = new PyObject[a.length];
        for (int i = 0; i < a.length; i++) {
            items[i] = a.get(i);
        }
        return new PyList(items);
    }

    static String toUnicode(PyArray a) {
        return new String((int[]) a.storage, 0, a.length);
    }

    /** An element index: "array indices must be integers" for other types. */
    static long index(PyObject key) {
        if (!Ints.isInt(key) && key.type().index == null) {
            throw PyErrors.typeError("array indices must be integers");
        }
        PyObject i = Ints.asIntObject(Numbers.index(key));
        if (!Ints.fitsLong(i)) {
            throw PyErrors.indexError("cannot fit 'int' into an index-sized integer");
        }
        return Ints.longValue(i);
    }

    private static PyObject getItem(PyObject self, PyObject key) {
        PyArray a = (PyArray) self;
        if (key instanceof PySlice) {
            long[] r = ((PySlice) key).indices(a.length);
            int start = (int) r[0], step = (int) r[2], n = (int) Math.max(r[3], 0);
            PyArray out = new PyArray(self.type(), a.kind, n);
            if (step == 1) {
                out.appendRaw(a.storage, start, n);
            } else {
                for (int i = 0, j = start; i < n; i++, j += step) {
                    out.appendRaw(a.storage, j, 1);
                }
            }
            return out;
        }
        long i = index(key);
        if (i < 0) {
            i += a.length;
        }
        if (i < 0 || i >= a.length) {
            throw PyErrors.indexError("array index out of range");
        }
        return a.get((int) i);
    }

    private static PyObject compare(PyObject self, PyObject other, CompareOp op) {
        if (!(other instanceof PyArray)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyArray a = (PyArray) self, b = (PyArray) other;
        if (a.length != b.length && (op == CompareOp.EQ || op == CompareOp.NE)) {
            return PyBool.of(op == CompareOp.NE);
        }
        return Comparisons.compareSequences(toList(a).toArray(), a.length, toList(b).toArray(), b.length, op);
    }

    private static PyObject concat(PyArray a, PyObject other) {
        if (!(other instanceof PyArray)) {
            throw PyErrors.typeError("can only append array (not \"%s\") to array", other.type().getName());
        }
        PyArray b = (PyArray) other;
        if (b.kind != a.kind) {
            throw PyErrors.typeError("bad argument type for built-in operation");
        }
        PyArray out = new PyArray(TYPE, a.kind, a.length + b.length);
        out.appendRaw(a.storage, 0, a.length);
        out.appendRaw(b.storage, 0, b.length);
        return out;
    }

    private static PyObject repeat(PyArray a, PyObject n) {
        if (!Ints.isInt(n) && n.type().index == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        long count = Math.max(0, Ints.asIndexSized(Numbers.index(n)));
        if (count * a.length > Integer.MAX_VALUE - 8) {
            throw PyErrors.memoryError();
        }
        PyArray out = new PyArray(TYPE, a.kind, (int) (count * a.length));
        for (long k = 0; k < count; k++) {
            out.appendRaw(a.storage, 0, a.length);
        }
        return out;
    }

    static void extendArray(PyArray a, PyObject other, String notArrayMessage) {
        if (!(other instanceof PyArray)) {
            throw PyErrors.typeError(notArrayMessage, other.type().getName());
        }
        PyArray b = (PyArray) other;
        if (b.kind != a.kind) {
            throw PyErrors.typeError("can only extend with array of same kind");
        }
        a.appendRaw(b.storage, 0, b.length);
    }

    static int indexOf(PyArray a, PyObject x) {
        for (int i = 0; i < a.length; i++) {
            if (Comparisons.equal(a.get(i), x)) {
                return i;
            }
        }
        return -1;
    }

    // ---- bytes ----

    static byte[] toBytes(PyArray a) {
        ByteBuffer buf = ByteBuffer.allocate(a.length * a.kind.itemSize).order(ByteOrder.LITTLE_ENDIAN);
        Object s = a.storage;
        for (int i = 0; i < a.length; i++) {
            switch (a.kind.storageClass.getSimpleName()) {
                case "byte[]": buf.put(((byte[]) s)[i]); break;
                case "short[]": buf.putShort(((short[]) s)[i]); break;
                case "int[]": buf.putInt(((int[]) s)[i]); break;
                case "long[]": buf.putLong(((long[]) s)[i]); break;
                case "float[]": buf.putFloat(((float[]) s)[i]); break;
                default: buf.putDouble(((double[]) s)[i]);
            }
        }
        return buf.array();
    }

    static void fromBytes(PyArray a, byte[] b) {
        int size = a.kind.itemSize;
        if (b.length % size != 0) {
            throw PyErrors.valueError("bytes length not a multiple of item size");
        }
        int n = b.length / size;
        ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        Object s = a.kind.newStorage(n);
        for (int i = 0; i < n; i++) {
            switch (a.kind.storageClass.getSimpleName()) {
                case "byte[]": ((byte[]) s)[i] = buf.get(); break;
                case "short[]": ((short[]) s)[i] = buf.getShort(); break;
                case "int[]": ((int[]) s)[i] = buf.getInt(); break;
                case "long[]": ((long[]) s)[i] = buf.getLong(); break;
                case "float[]": ((float[]) s)[i] = buf.getFloat(); break;
                default: ((double[]) s)[i] = buf.getDouble();
            }
        }
        a.appendRaw(s, 0, n);
    }

    private static PyObject byteswap(PyArray a) {
        fromBytesInPlace(a, toBytes(a));
        return PyNone.NONE;
    }

    private static void fromBytesInPlace(PyArray a, byte[] b) {
        int size = a.kind.itemSize;
        for (int i = 0; i < b.length; i += size) {
            for (int l = i, r = i + size - 1; l < r; l++, r--) {
                byte t = b[l];
                b[l] = b[r];
                b[r] = t;
            }
        }
        a.length = 0;
        fromBytes(a, b);
    }

    // ---- methods ----

    private static void methods(MethodTable m) {
        m.getter("typecode", (PyArray a) -> PyStr.of(String.valueOf(a.kind.code)));
        m.getter("itemsize", (PyArray a) -> PyInt.of(a.kind.itemSize));
        m.method("append", "($self, v, /)", (PyArray a, PyObject v) -> {
            a.append(v);
            return PyNone.NONE;
        });
        m.method("extend", "($self, bb, /)", (PyArray a, PyObject it) -> {
            if (it instanceof PyArray) {
                extendArray(a, it, "");
            } else {
                for (PyObject v : Iteration.toArray(it)) {
                    a.append(v);
                }
            }
            return PyNone.NONE;
        });
        m.method("insert", "($self, i, v, /)", (PyArray a, PyObject i, PyObject v) -> {
            long at = Ints.asIndexSized(Numbers.index(i));
            at = at < 0 ? Math.max(0, at + a.length) : Math.min(at, a.length);
            Object one = a.kind.newStorage(1);
            a.kind.store(one, 0, v);
            a.openGap((int) at, 1);
            System.arraycopy(one, 0, a.storage, (int) at, 1);
            return PyNone.NONE;
        });
        m.method("pop", "($self, i=-1, /)", (PyArray a, PyObject i) -> {
            long at = i == null ? -1 : Ints.asIndexSized(Numbers.index(i));
            if (a.length == 0) {
                throw PyErrors.indexError("pop from empty array");
            }
            if (at < 0) {
                at += a.length;
            }
            if (at < 0 || at >= a.length) {
                throw PyErrors.indexError("pop index out of range");
            }
            PyObject v = a.get((int) at);
            a.closeGap((int) at, 1);
            return v;
        });
        m.method("remove", "($self, v, /)", (PyArray a, PyObject v) -> {
            int i = indexOf(a, v);
            if (i < 0) {
                throw PyErrors.valueError("array.remove(x): x not in array");
            }
            a.closeGap(i, 1);
            return PyNone.NONE;
        });
        m.method("index", "($self, v, start=0, stop=sys.maxsize, /)", (PyArray a, PyObject v, PyObject s, PyObject e) -> {
            long start = s == null ? 0 : Ints.asIndexSized(Numbers.index(s));
            long stop = e == null ? a.length : Ints.asIndexSized(Numbers.index(e));
            start = start < 0 ? Math.max(0, start + a.length) : start;
            stop = stop < 0 ? Math.max(0, stop + a.length) : Math.min(stop, a.length);
            for (long i = start; i < stop; i++) {
                if (Comparisons.equal(a.get((int) i), v)) {
                    return PyInt.of(i);
                }
            }
            throw PyErrors.valueError("array.index(x): x not in array");
        });
        m.method("count", "($self, v, /)", (PyArray a, PyObject v) -> {
            int c = 0;
            for (int i = 0; i < a.length; i++) {
                if (Comparisons.equal(a.get(i), v)) {
                    c++;
                }
            }
            return PyInt.of(c);
        });
        m.method("reverse", "($self, /)", (PyArray a) -> {
            Object rev = a.kind.newStorage(a.length);
            for (int i = 0; i < a.length; i++) {
                System.arraycopy(a.storage, i, rev, a.length - 1 - i, 1);
            }
            System.arraycopy(rev, 0, a.storage, 0, a.length);
            return PyNone.NONE;
        });
        m.method("tolist", "($self, /)", (PyArray a) -> toList(a));
        m.method("fromlist", "($self, list, /)", (PyArray a, PyObject list) -> {
            if (!(list instanceof PyList)) {
                throw PyErrors.typeError("arg must be list");
            }
            int old = a.length;
            try {
                for (PyObject v : ((PyList) list).toArray()) {
                    a.append(v);
                }
            } catch (RuntimeException e) {
                a.length = old;
                throw e;
            }
            return PyNone.NONE;
        });
        m.method("tobytes", "($self, /)", (PyArray a) -> PyBytes.of(toBytes(a)));
        m.method("frombytes", "($self, buffer, /)", (PyArray a, PyObject b) -> {
            fromBytes(a, Bytes.asBytes(b));
            return PyNone.NONE;
        });
        m.method("byteswap", "($self, /)", ArrayType::byteswap);
        m.method("buffer_info", "($self, /)", (PyArray a) ->
                PyTuple.of(PyInt.of(System.identityHashCode(a.storage)), PyInt.of(a.length)));
        m.method("tounicode", "($self, /)", (PyArray a) -> {
            if (a.kind != ElementKind.UNICODE) {
                throw PyErrors.valueError("tounicode() may only be called on unicode type arrays");
            }
            return PyStr.of(toUnicode(a));
        });
        m.method("fromunicode", "($self, ustr, /)", (PyArray a, PyObject s) -> {
            if (a.kind != ElementKind.UNICODE) {
                throw PyErrors.valueError("fromunicode() may only be called on unicode type arrays");
            }
            if (!Strs.isStr(s)) {
                throw PyErrors.typeError("fromunicode() argument must be str, not %s", s.type().getName());
            }
            initialize(a, s);
            return PyNone.NONE;
        });
        m.method("__copy__", "($self, /)", (PyArray a) -> ArrayType.copy(a));
        m.method("__deepcopy__", "($self, unused, /)", (PyArray a, PyObject memo) -> ArrayType.copy(a));
    }

    static PyArray copy(PyArray a) {
        PyArray out = new PyArray(a.type(), a.kind, a.length);
        out.appendRaw(a.storage, 0, a.length);
        return out;
    }

    /** The iterator over an array: sees appends made during iteration, as CPython's does. */
    static final class ArrayIterator extends PyObject {
        private PyArray array;
        private int next;

        ArrayIterator(PyArray array) {
            this.array = array;
        }

        @Override
        public PyType type() {
            return ITERATOR;
        }

        PyObject nextItem() {
            if (array == null || next >= array.length) {
                array = null;
                return null;
            }
            return array.get(next++);
        }
    }
}
