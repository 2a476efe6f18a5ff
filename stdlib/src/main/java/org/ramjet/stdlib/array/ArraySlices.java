package org.ramjet.stdlib.array;

import org.ramjet.objects.PyErrors;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.PySlice;

/** {@code a[i] = v}, {@code a[i:j:k] = other_array} and {@code del a[...]} for arrays. */
final class ArraySlices {
    private ArraySlices() {}

    /** {@code value == null} deletes. */
    static void setItem(PyArray a, PyObject key, PyObject value) {
        if (key instanceof PySlice) {
            setSlice(a, (PySlice) key, value);
            return;
        }
        long i = ArrayType.index(key);
        if (i < 0) {
            i += a.length;
        }
        if (i < 0 || i >= a.length) {
            throw PyErrors.indexError(value == null ? "array assignment index out of range"
                    : "array assignment index out of range");
        }
        if (value == null) {
            a.closeGap((int) i, 1);
        } else {
            a.set((int) i, value);
        }
    }

    private static void setSlice(PyArray a, PySlice slice, PyObject value) {
        long[] r = slice.indices(a.length);
        int start = (int) r[0], stop = (int) r[1], step = (int) r[2], n = (int) Math.max(r[3], 0);
        PyArray src = null;
        if (value != null) {
            if (!(value instanceof PyArray)) {
                throw PyErrors.typeError("can only assign array (not \"%s\") to array slice", value.type().getName());
            }
            src = (PyArray) value;
            if (src.kind != a.kind) {
                throw PyErrors.typeError("bad argument type for built-in operation");
            }
            if (src == a) {
                src = ArrayType.copy(a);
            }
        }
        if (step == 1) {
            int m = src == null ? 0 : src.length;
            if (m > n) {
                a.openGap(start + n, m - n);
            } else if (m < n) {
                a.closeGap(start + m, n - m);
            }
            if (m > 0) {
                System.arraycopy(src.storage, 0, a.storage, start, m);
            }
            return;
        }
        if (src == null) {
            // delete every step-th element: walk ascending so later indices stay valid
            int lo = step > 0 ? start : start + (n - 1) * step;
            int s = Math.abs(step);
            for (int k = 0; k < n; k++) {
                a.closeGap(lo + k * s - k, 1);
            }
            return;
        }
        if (src.length != n) {
            throw PyErrors.valueError("attempt to assign array of size %d to extended slice of size %d", src.length, n);
        }
        for (int k = 0, j = start; k < n; k++, j += step) {
            System.arraycopy(src.storage, k, a.storage, j, 1);
        }
    }
}
