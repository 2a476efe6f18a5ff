package org.ramjet.objects;

/** Index and slice argument handling shared by sequence types, with CPython's messages. */
public final class Sequences {
    private Sequences() {}

    /** A sequence index: an int or an object with {@code __index__}; else "list indices must be integers or slices, not str". */
    public static long index(PyObject key, String kind) {
        if (key instanceof PyInt) {
            return ((PyInt) key).value;
        }
        if (Ints.isInt(key) || key.type().index != null) {
            PyObject v = Numbers.index(key);
            PyObject i = Ints.asIntObject(v);
            if (i instanceof PyInt) {
                return ((PyInt) i).value;
            }
            throw PyErrors.indexError("cannot fit 'int' into an index-sized integer");
        }
        throw PyErrors.typeError("%s indices must be integers or slices, not %s", kind, key.type().getName());
    }

    /** A slice bound: "slice indices must be integers or None or have an __index__ method". */
    static PyObject sliceIndexObject(PyObject o) {
        if (Ints.isInt(o)) {
            return o;
        }
        if (o.type().index != null) {
            return Numbers.index(o);
        }
        throw PyErrors.typeError("slice indices must be integers or None or have an __index__ method");
    }

    /** A slice bound clamped to the long range. */
    static long sliceIndex(PyObject o) {
        PyObject v = Ints.asIntObject(sliceIndexObject(o));
        if (v instanceof PyInt) {
            return ((PyInt) v).value;
        }
        return ((PyBigInt) v).value.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
    }

    /** The count of {@code seq * n}: "can't multiply sequence by non-int of type 'float'". */
    static long repeatCount(PyObject n) {
        if (!Ints.isInt(n) && n.type().index == null) {
            throw PyErrors.typeError("can't multiply sequence by non-int of type '%s'", n.type().getName());
        }
        PyObject v = Ints.asIntObject(Numbers.index(n));
        if (v instanceof PyBigInt) {
            if (((PyBigInt) v).value.signum() < 0) {
                return 0;
            }
            throw PyErrors.overflowError("cannot fit 'int' into an index-sized integer");
        }
        return ((PyInt) v).value;
    }

    /** Normalises a possibly negative index against {@code n}; -1 when out of range. */
    static int normalize(long i, int n) {
        if (i < 0) {
            i += n;
        }
        return i < 0 || i >= n ? -1 : (int) i;
    }
}
