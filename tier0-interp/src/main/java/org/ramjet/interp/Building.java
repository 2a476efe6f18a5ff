package org.ramjet.interp;

import org.ramjet.objects.PyDict;
import org.ramjet.objects.PyException;
import org.ramjet.objects.PyList;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.PyStr;
import org.ramjet.objects.PyTuple;

/** The BUILD_*, *_APPEND/ADD/UPDATE/EXTEND/MERGE, UNPACK_* and FORMAT_VALUE instructions. */
final class Building {
    private Building() {}

    static PyObject tuple(PyObject[] s, int from, int n) {
        if (n == 0) {
            return PyTuple.EMPTY;
        }
        PyObject[] items = new PyObject[n];
        System.arraycopy(s, from, items, 0, n);
        clear(s, from + 1, from + n);
        return PyTuple.of(items);
    }

    static PyObject list(PyObject[] s, int from, int n) {
        PyObject[] items = new PyObject[n];
        System.arraycopy(s, from, items, 0, n);
        clear(s, from + 1, from + n);
        return Ops.newList(items);
    }

    static PyObject set(PyObject[] s, int from, int n) {
        PyObject set = Ops.newSet();
        for (int i = 0; i < n; i++) {
            Ops.setAdd(set, s[from + i]);
        }
        clear(s, from + 1, from + n);
        return set;
    }

    /** [k1, v1 .. kn, vn] -> dict, later keys winning as in CPython. */
    static PyObject map(PyObject[] s, int from, int n) {
        PyDict d = new PyDict(n);
        for (int i = 0; i < n; i++) {
            d.put(s[from + 2 * i], s[from + 2 * i + 1]);
        }
        clear(s, from + 1, from + 2 * n);
        return d;
    }

    /** [v1 .. vn, keys] -> dict. */
    static PyObject constKeyMap(PyObject[] s, int from, int n) {
        PyTuple keys = (PyTuple) s[from + n];
        PyDict d = new PyDict(n);
        for (int i = 0; i < n; i++) {
            d.put(keys.get(i), s[from + i]);
        }
        clear(s, from + 1, from + n + 1);
        return d;
    }

    static PyObject string(PyObject[] s, int from, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(((PyStr) s[from + i]).value);
        }
        clear(s, from + 1, from + n);
        return PyStr.of(sb.toString());
    }

    static PyObject slice(PyObject[] s, int from, int n) {
        PyObject slice = Ops.newSlice(s[from], s[from + 1], n == 3 ? s[from + 2] : null);
        clear(s, from + 1, from + n);
        return slice;
    }

    static void setAdd(PyObject set, PyObject v) {
        Ops.setAdd(set, v);
    }

    static void mapAdd(PyObject dict, PyObject key, PyObject value) {
        ((PyDict) dict).put(key, value);
    }

    static void listExtend(PyObject list, PyObject iterable) {
        try {
            Ops.listExtend(list, iterable);
        } catch (PyException e) {
            if (Ops.isTypeError(e) && !Ops.isIterable(iterable)) {
                throw Ops.typeError("Value after * must be an iterable, not " + Ops.typeName(iterable));
            }
            throw e;
        }
    }

    static void setUpdate(PyObject set, PyObject iterable) {
        Ops.setUpdate(set, iterable);
    }

    static void dictUpdate(PyObject dict, PyObject update) {
        if (!Ops.isMappingForUpdate(update)) {
            throw Ops.typeError("'" + Ops.typeName(update) + "' object is not a mapping");
        }
        Ops.dictUpdate((PyDict) dict, update);
    }

    /** {@code f(**m)}: like dictUpdate but a repeated key is an error naming the callee. */
    static void dictMerge(PyObject dict, PyObject update, PyObject callee) {
        if (!Ops.isMappingForUpdate(update)) {
            throw Ops.typeError(Ops.functionDescription(callee) + " argument after ** must be a mapping, not "
                    + Ops.typeName(update));
        }
        PyDict d = (PyDict) dict;
        for (PyObject key : Ops.mappingKeys(update)) {
            if (d.containsKey(key)) {
                if (key instanceof PyStr) {
                    throw Ops.typeError(Ops.functionDescription(callee) + " got multiple values for keyword argument '"
                            + ((PyStr) key).value + "'");
                }
                throw Ops.typeError(Ops.functionDescription(callee) + " keywords must be strings");
            }
            d.put(key, Ops.getItem(update, key));
        }
    }

    /** UNPACK_SEQUENCE: writes the n items at s[at .. at+n), the first item on top. */
    static void unpack(PyObject seq, int n, PyObject[] s, int at) {
        if (Ops.isExactTupleOrList(seq)) {
            int size = Ops.fastSize(seq);
            if (size != n) {
                throw size > n ? tooMany(n) : notEnough(n, size);
            }
            for (int i = 0; i < n; i++) {
                s[at + n - 1 - i] = Ops.fastGet(seq, i);
            }
            return;
        }
        PyObject it = iterForUnpack(seq);
        for (int i = 0; i < n; i++) {
            PyObject v = Ops.next(it);
            if (v == null) {
                throw notEnough(n, i);
            }
            s[at + n - 1 - i] = v;
        }
        if (Ops.next(it) != null) {
            throw tooMany(n);
        }
    }

    /** UNPACK_EX: {@code before} items, a list of the middle, {@code after} items; first item on top. */
    static void unpackEx(PyObject seq, int before, int after, PyObject[] s, int at) {
        PyObject it = iterForUnpack(seq);
        int total = before + 1 + after;
        int top = at + total - 1;
        for (int i = 0; i < before; i++) {
            PyObject v = Ops.next(it);
            if (v == null) {
                throw Ops.valueError("not enough values to unpack (expected at least " + (before + after)
                        + ", got " + i + ")");
            }
            s[top - i] = v;
        }
        PyList rest = Ops.listFromIterator(it);
        int restSize = rest.size();
        if (restSize < after) {
            throw Ops.valueError("not enough values to unpack (expected at least " + (before + after)
                    + ", got " + (before + restSize) + ")");
        }
        for (int i = 0; i < after; i++) {
            s[at + after - 1 - i] = rest.get(restSize - after + i);
        }
        for (int i = 0; i < after; i++) {
            rest.removeAt(rest.size() - 1);
        }
        s[top - before] = rest;
    }

    private static PyObject iterForUnpack(PyObject seq) {
        if (!Ops.isIterable(seq)) {
            throw Ops.typeError("cannot unpack non-iterable " + Ops.typeName(seq) + " object");
        }
        return Ops.iter(seq);
    }

    private static PyException tooMany(int n) {
        return Ops.valueError("too many values to unpack (expected " + n + ")");
    }

    private static PyException notEnough(int n, int got) {
        return Ops.valueError("not enough values to unpack (expected " + n + ", got " + got + ")");
    }

    /** FORMAT_VALUE: conversion (0 none, 1 str, 2 repr, 3 ascii), then {@code format(v, spec)}. */
    static PyObject formatValue(PyObject value, int conversion, PyObject spec) {
        switch (conversion) {
            case 1: value = Ops.str(value); break;
            case 2: value = Ops.repr(value); break;
            case 3: value = Ops.ascii(value); break;
            default: break;
        }
        if (spec == null && Ops.isExactStr(value)) {
            return value;
        }
        return Ops.format(value, spec == null ? PyStr.of("") : spec);
    }

    private static void clear(PyObject[] s, int from, int to) {
        for (int i = from; i < to; i++) {
            s[i] = null;
        }
    }
}
