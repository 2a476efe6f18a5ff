package org.ramjet.objects;

/**
 * {@code list.sort()}: a stable merge sort that only uses {@code <} (as CPython's), with
 * {@code key} computed once per item and {@code reverse} keeping stability. The list is empty
 * while sorting, so mutation during the sort is detected: "list modified during sort".
 */
final class ListSort {
    private ListSort() {}

    static void sort(PyList list, PyObject key, boolean reverse) {
        int n = list.size;
        PyObject[] items = list.items;
        list.setArray(new PyObject[0], 0);
        try {
            PyObject[] keys = items;
            if (key != null) {
                keys = new PyObject[n];
                for (int i = 0; i < n; i++) {
                    keys[i] = Calls.call(key, items[i]);
                }
            }
            if (reverse) {
                reverse(keys, n);
                if (key != null) {
                    reverse(items, n);
                }
            }
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            mergeSort(order, new int[n], 0, n, keys);
            PyObject[] sorted = new PyObject[Math.max(n, 1)];
            for (int i = 0; i < n; i++) {
                sorted[i] = items[order[i]];
            }
            if (reverse) {
                reverse(sorted, n);
            }
            items = sorted;
        } finally {
            boolean modified = list.size != 0;
            list.setArray(items, n);
            if (modified) {
                throw PyErrors.valueError("list modified during sort");
            }
        }
    }

    private static void reverse(PyObject[] a, int n) {
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            PyObject t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static boolean lt(PyObject a, PyObject b) {
        if (a instanceof PyInt && b instanceof PyInt) {
            return ((PyInt) a).value < ((PyInt) b).value;
        }
        if (a instanceof PyStr && b instanceof PyStr) {
            return Strs.compare(((PyStr) a).value, ((PyStr) b).value) < 0;
        }
        return Comparisons.lessThan(a, b);
    }

    private static void mergeSort(int[] a, int[] tmp, int lo, int hi, PyObject[] keys) {
        if (hi - lo <= 16) {
            for (int i = lo + 1; i < hi; i++) {
                int x = a[i];
                int j = i - 1;
                while (j >= lo && lt(keys[x], keys[a[j]])) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = x;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(a, tmp, lo, mid, keys);
        mergeSort(a, tmp, mid, hi, keys);
        if (!lt(keys[a[mid]], keys[a[mid - 1]])) {
            return;
        }
        System.arraycopy(a, lo, tmp, lo, hi - lo);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) {
            a[k++] = lt(keys[tmp[j]], keys[tmp[i]]) ? tmp[j++] : tmp[i++];
        }
        while (i < mid) {
            a[k++] = tmp[i++];
        }
        while (j < hi) {
            a[k++] = tmp[j++];
        }
    }
}
