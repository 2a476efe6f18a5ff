package org.ramjet.interp;

import org.ramjet.feedback.SiteFeedback;
import org.ramjet.objects.PyDict;
import org.ramjet.objects.PyFunction;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.PyStr;
import org.ramjet.objects.PyTuple;
import org.ramjet.runtime.ThreadState;

/**
 * CALL, CALL_KW and CALL_FUNCTION_EX: arguments are passed straight from the value stack with
 * objcore's vectorcall convention (array, offset, count, keyword names), so a call allocates
 * no argument array.
 */
final class CallSites {
    private CallSites() {}

    /**
     * {@code [NULL|meth, callable|self, a1 .. an(, names)]} starting at {@code s[base]}; {@code n}
     * counts positional and keyword arguments; {@code kw} (the keyword names) is null for CALL.
     */
    static PyObject call(SiteFeedback site, PyObject[] s, int base, int n, String[] kw, ThreadState ts) {
        int npos = kw == null ? n : n - kw.length;
        PyObject callable = s[base];
        int off = base + 1;
        if (callable == null) {
            callable = s[base + 1];
            off = base + 2;
        } else {
            npos++;  // [meth, self, args...]: self is the first argument
        }
        if (callable instanceof PyFunction) {
            // Python to Python: bind and run here, skipping the generic call protocol
            PyFunction fn = (PyFunction) callable;
            site.record(fn, fn.code);
            return Functions.invoke(fn, s, off, npos, kw, ts);
        }
        site.record(callable, null);
        return Ops.call(callable, s, off, npos, kw);
    }

    /** {@code f(*args, **kwargs)}. */
    static PyObject callEx(PyObject callable, PyObject args, PyObject kwargs) {
        PyTuple positional;
        if (args instanceof PyTuple && Ops.isExactTuple(args)) {
            positional = (PyTuple) args;
        } else {
            if (!Ops.isIterable(args)) {
                throw Ops.typeError(Ops.functionDescription(callable) + " argument after * must be an iterable, not "
                        + Ops.typeName(args));
            }
            positional = Ops.tupleOf(args);
        }
        int npos = positional.size();
        if (kwargs == null || (kwargs instanceof PyDict && ((PyDict) kwargs).isEmpty())) {
            PyObject[] a = new PyObject[npos];
            for (int i = 0; i < npos; i++) {
                a[i] = positional.get(i);
            }
            return Ops.call(callable, a, 0, npos, null);
        }
        PyDict kw = (PyDict) kwargs;
        PyObject[] keys = kw.keysArray();
        PyObject[] values = kw.valuesArray();
        PyObject[] a = new PyObject[npos + keys.length];
        String[] names = new String[keys.length];
        for (int i = 0; i < npos; i++) {
            a[i] = positional.get(i);
        }
        for (int i = 0; i < keys.length; i++) {
            if (!(keys[i] instanceof PyStr)) {
                throw Ops.typeError("keywords must be strings");
            }
            names[i] = ((PyStr) keys[i]).value;
            a[npos + i] = values[i];
        }
        return Ops.call(callable, a, 0, npos, names);
    }
}
