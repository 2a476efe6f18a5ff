package org.ramjet.stdlib.builtins;

import org.ramjet.bytecode.CompareOp;
import org.ramjet.objects.Attributes;
import org.ramjet.objects.BinaryOps;
import org.ramjet.objects.Calls;
import org.ramjet.objects.Comparisons;
import org.ramjet.objects.Iteration;
import org.ramjet.objects.ModuleBuilder;
import org.ramjet.objects.PyBool;
import org.ramjet.objects.PyBytes;
import org.ramjet.objects.PyErrors;
import org.ramjet.objects.PyFloat;
import org.ramjet.objects.PyInt;
import org.ramjet.objects.PyList;
import org.ramjet.objects.PyNone;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.PyStr;
import org.ramjet.objects.Strs;
import org.ramjet.objects.Truth;

/**
 * Builtins that consume iterables: {@code iter next all any sum min max sorted}, and the
 * async ones ({@code aiter}, {@code anext}) which need coroutines.
 */
final class IterationBuiltins {
    private IterationBuiltins() {}

    static void define(ModuleBuilder t) {
        t.function("iter", "($module, object, sentinel=<unrepresentable>, /)", (PyObject o, PyObject s) ->
                s == null ? Iteration.iter(o) : Iteration.iter(o, s));
        t.function("next", "($module, iterator, default=<unrepresentable>, /)", (PyObject it, PyObject d) -> {
            if (it.type().next == null) {
                throw PyErrors.typeError("'%s' object is not an iterator", it.type().getName());
            }
            if (d == null) {
                // the slot's own StopIteration(value) (a generator's return value) propagates
                return Iteration.nextOrStop(it);
            }
            PyObject v = Iteration.next(it);
            return v == null ? d : v;
        });
        t.function("all", "($module, iterable, /)", (PyObject xs) -> {
            PyObject it = Iteration.iter(xs);
            for (PyObject x = Iteration.next(it); x != null; x = Iteration.next(it)) {
                if (!Truth.isTrue(x)) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        });
        t.function("any", "($module, iterable, /)", (PyObject xs) -> {
            PyObject it = Iteration.iter(xs);
            for (PyObject x = Iteration.next(it); x != null; x = Iteration.next(it)) {
                if (Truth.isTrue(x)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        });
        t.functionRaw("sum", "($module, iterable, /, start=0)", IterationBuiltins::sum);
        t.functionRaw("min", "($module, iterable, /, *, key=None, default=<unrepresentable>)",
                (a, off, npos, kw) -> minMax(a, off, npos, kw, "min", CompareOp.LT));
        t.functionRaw("max", "($module, iterable, /, *, key=None, default=<unrepresentable>)",
                (a, off, npos, kw) -> minMax(a, off, npos, kw, "max", CompareOp.GT));
        t.functionRaw("sorted", "($module, iterable, /, *, key=None, reverse=False)", IterationBuiltins::sorted);
        t.function("aiter", "($module, async_iterable, /)", (PyObject o) -> {
            throw PyErrors.notImplementedError("aiter() needs async iterators (coroutines), which Ramjet does not run yet");
        });
        t.function("anext", "($module, aiterator, default=<unrepresentable>, /)", (PyObject o, PyObject d) -> {
            throw PyErrors.notImplementedError("anext() needs async iterators (coroutines), which Ramjet does not run yet");
        });
    }

    /** {@code sum(iterable, /, start=0)} with CPython's int and float fast paths (plain double adds). */
    static PyObject sum(PyObject[] a, int off, int npos, String[] kw) {
        PyObject start = null;
        int nkw = kw == null ? 0 : kw.length;
        if (npos + nkw > 2) {
            throw PyErrors.typeError("sum() takes at most 2 arguments (%d given)", npos + nkw);
        }
        for (int k = 0; k < nkw; k++) {
            if (!kw[k].equals("start")) {
                throw PyErrors.typeError("'%s' is an invalid keyword argument for sum()", kw[k]);
            }
            start = a[off + npos + k];
        }
        if (npos < 1) {
            throw PyErrors.typeError("sum() takes at least 1 positional argument (%d given)", npos);
        }
        if (npos == 2) {
            if (start != null) {
                throw PyErrors.typeError("argument for sum() given by name ('start') and position (2)");
            }
            start = a[off + 1];
        }
        PyObject it = Iteration.iter(a[off]);
        PyObject result = start == null ? PyInt.ZERO : start;
        if (Strs.isStr(result)) {
            throw PyErrors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        if (result instanceof PyBytes) {
            throw PyErrors.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
        }
        if (result instanceof org.ramjet.objects.PyByteArray) {
            throw PyErrors.typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
        }
        if (result instanceof PyInt) {
            long acc = ((PyInt) result).value;
            while (true) {
                PyObject item = Iteration.next(it);
                if (item == null) {
                    return PyInt.of(acc);
                }
                long b;
                boolean small = item instanceof PyInt || item instanceof PyBool;
                if (small) {
                    b = item instanceof PyInt ? ((PyInt) item).value : ((PyBool) item).value ? 1 : 0;
                    long r = acc + b;
                    if (((acc ^ r) & (b ^ r)) >= 0) {
                        acc = r;
                        continue;
                    }
                }
                result = BinaryOps.add(PyInt.of(acc), item);
                break;
            }
        }
        if (result instanceof PyFloat) {
            double f = ((PyFloat) result).value;
            while (true) {
                PyObject item = Iteration.next(it);
                if (item == null) {
                    return PyFloat.of(f);
                }
                if (item instanceof PyFloat) {
                    f += ((PyFloat) item).value;
                    continue;
                }
                if (item instanceof PyInt || item instanceof PyBool) {
                    f += item instanceof PyInt ? (double) ((PyInt) item).value : ((PyBool) item).value ? 1 : 0;
                    continue;
                }
                result = BinaryOps.add(PyFloat.of(f), item);
                break;
            }
        }
        for (PyObject item = Iteration.next(it); item != null; item = Iteration.next(it)) {
            result = BinaryOps.add(result, item);
        }
        return result;
    }

    /** {@code min}/{@code max}: one iterable, or several arguments; {@code key} and {@code default}. */
    static PyObject minMax(PyObject[] a, int off, int npos, String[] kw, String name, CompareOp op) {
        PyObject key = null, dflt = null;
        for (int k = 0; kw != null && k < kw.length; k++) {
            PyObject v = a[off + npos + k];
            if (kw[k].equals("key")) {
                key = v == PyNone.NONE ? null : v;
            } else if (kw[k].equals("default")) {
                dflt = v;
            } else {
                throw PyErrors.typeError("'%s' is an invalid keyword argument for %s()", kw[k], name);
            }
        }
        if (npos == 0) {
            throw PyErrors.typeError("%s expected at least 1 argument, got 0", name);
        }
        if (npos > 1 && dflt != null) {
            throw PyErrors.typeError("Cannot specify a default for %s() with multiple positional arguments", name);
        }
        PyObject it = npos == 1 ? Iteration.iter(a[off]) : null;
        PyObject best = null, bestKey = null;
        for (int i = 0; ; i++) {
            PyObject x;
            if (it != null) {
                x = Iteration.next(it);
            } else {
                x = i < npos ? a[off + i] : null;
            }
            if (x == null) {
                break;
            }
            PyObject k = key == null ? x : Calls.call(key, x);
            if (best == null) {
                best = x;
                bestKey = k;
            } else if (Truth.isTrue(Comparisons.richCompare(k, bestKey, op))) {
                best = x;
                bestKey = k;
            }
        }
        if (best == null) {
            if (dflt != null) {
                return dflt;
            }
            throw PyErrors.valueError("%s() arg is an empty sequence", name);
        }
        return best;
    }

    /** {@code sorted(iterable, /, *, key=None, reverse=False)}: keywords go to {@code list.sort}. */
    static PyObject sorted(PyObject[] a, int off, int npos, String[] kw) {
        if (npos != 1) {
            throw PyErrors.typeError("sorted expected 1 argument, got %d", npos);
        }
        PyList list = new PyList(Iteration.toArray(a[off]));
        int nkw = kw == null ? 0 : kw.length;
        if (nkw == 0) {
            list.sort(null, false);
            return list;
        }
        PyObject sort = Attributes.getAttr(list, "sort");
        PyObject[] kwArgs = new PyObject[nkw];
        System.arraycopy(a, off + npos, kwArgs, 0, nkw);
        Calls.call(sort, kwArgs, 0, 0, kw);
        return list;
    }
}
