package org.ramjet.objects;

import java.util.ArrayList;
import java.util.List;
import org.ramjet.bytecode.CodeFlags;
import org.ramjet.bytecode.PyCode;

/**
 * Binds a vectorcall's arguments to a Python function's parameters (positional, keyword,
 * defaults, keyword-only, positional-only, {@code *args}, {@code **kwargs}) with CPython's exact
 * TypeError messages, filling the frame's variable array in {@link PyCode}'s layout:
 * {@code [varnames..., cellvars..., freevars...]}: parameters first, then one new {@link PyCell}
 * per cell variable (holding the argument when {@code cell2arg} says so), then the closure's
 * cells. Every tier binds through here.
 */
public final class ArgBinder {
    private ArgBinder() {}

    /** Size of the variable part of a frame for {@code code}. */
    public static int localsSize(PyCode code) {
        return code.varnames.length + code.cellvars.length + code.freevars.length;
    }

    /** A fresh locals array for {@code fn}, bound to the arguments. */
    public static PyObject[] bind(PyFunction fn, PyObject[] args, int off, int npos, String[] kwnames) {
        PyObject[] locals = new PyObject[localsSize(fn.code)];
        bind(fn, args, off, npos, kwnames, locals);
        return locals;
    }

    /**
     * Binds into {@code locals} (length at least {@link #localsSize}; entries beyond the
     * parameters must be null, as in a fresh array).
     */
    public static void bind(PyFunction fn, PyObject[] args, int off, int npos, String[] kwnames, PyObject[] locals) {
        PyCode co = fn.code;
        int argcount = co.argcount;
        int nkw = kwnames == null ? 0 : kwnames.length;
        int flags = co.flags;
        // Fast path: exact positional call, no *args/**kwargs, no cells.
        if (nkw == 0 && npos == argcount && co.kwonlyargcount == 0
                && (flags & (CodeFlags.VARARGS | CodeFlags.VARKEYWORDS)) == 0) {
            System.arraycopy(args, off, locals, 0, npos);
            initCells(fn, co, locals);
            return;
        }
        int total = argcount + co.kwonlyargcount;
        boolean varargs = (flags & CodeFlags.VARARGS) != 0;
        boolean varkw = (flags & CodeFlags.VARKEYWORDS) != 0;
        PyDict kwdict = null;
        if (varkw) {
            kwdict = new PyDict();
            locals[total + (varargs ? 1 : 0)] = kwdict;
        }
        int n = Math.min(npos, argcount);
        System.arraycopy(args, off, locals, 0, n);
        if (varargs) {
            locals[total] = npos > n ? Calls.argsTuple(args, off + n, npos - n) : PyTuple.EMPTY;
        }
        String[] varnames = co.varnames;
        for (int k = 0; k < nkw; k++) {
            String name = kwnames[k];
            PyObject value = args[off + npos + k];
            int j = -1;
            for (int i = co.posonlyargcount; i < total; i++) {
                if (varnames[i].equals(name)) {
                    j = i;
                    break;
                }
            }
            if (j < 0) {
                if (kwdict != null) {
                    kwdict.putStr(name, value);
                    continue;
                }
                throw unexpectedKeyword(fn, co, name, kwnames);
            }
            if (locals[j] != null) {
                throw PyErrors.typeError("%s() got multiple values for argument '%s'", fn.qualname, name);
            }
            locals[j] = value;
        }
        if (npos > argcount && !varargs) {
            throw tooManyPositional(fn, co, npos, locals);
        }
        if (npos < argcount) {
            PyTuple defaults = fn.defaults;
            int ndef = defaults == null ? 0 : defaults.size();
            int firstDefault = argcount - ndef;
            List<String> missing = null;
            for (int i = npos; i < argcount; i++) {
                if (locals[i] == null) {
                    if (i >= firstDefault) {
                        locals[i] = defaults.get(i - firstDefault);
                    } else {
                        if (missing == null) {
                            missing = new ArrayList<>();
                        }
                        missing.add(varnames[i]);
                    }
                }
            }
            if (missing != null) {
                throw missing(fn, "positional", missing);
            }
        }
        if (co.kwonlyargcount > 0) {
            List<String> missing = null;
            for (int i = argcount; i < total; i++) {
                if (locals[i] == null) {
                    PyObject d = fn.kwdefaults == null ? null : fn.kwdefaults.getStr(varnames[i]);
                    if (d != null) {
                        locals[i] = d;
                    } else {
                        if (missing == null) {
                            missing = new ArrayList<>();
                        }
                        missing.add(varnames[i]);
                    }
                }
            }
            if (missing != null) {
                throw missing(fn, "keyword-only", missing);
            }
        }
        initCells(fn, co, locals);
    }

    private static void initCells(PyFunction fn, PyCode co, PyObject[] locals) {
        int nvars = co.varnames.length;
        int ncells = co.cellvars.length;
        if (ncells > 0) {
            int[] c2a = co.cell2arg;
            for (int i = 0; i < ncells; i++) {
                int arg = c2a == null ? -1 : c2a[i];
                locals[nvars + i] = new PyCell(arg >= 0 ? locals[arg] : null);
            }
        }
        int nfree = co.freevars.length;
        if (nfree > 0) {
            PyCell[] closure = fn.closure;
            for (int i = 0; i < nfree; i++) {
                locals[nvars + ncells + i] = closure[i];
            }
        }
    }

    private static PyException unexpectedKeyword(PyFunction fn, PyCode co, String name, String[] kwnames) {
        List<String> posonlyPassed = new ArrayList<>();
        for (int i = 0; i < co.posonlyargcount; i++) {
            for (String kw : kwnames) {
                if (co.varnames[i].equals(kw)) {
                    posonlyPassed.add(kw);
                    break;
                }
            }
        }
        if (!posonlyPassed.isEmpty()) {
            return PyErrors.typeError("%s() got some positional-only arguments passed as keyword arguments: '%s'",
                    fn.qualname, String.join(", ", posonlyPassed));
        }
        return PyErrors.typeError("%s() got an unexpected keyword argument '%s'", fn.qualname, name);
    }

    private static PyException tooManyPositional(PyFunction fn, PyCode co, int given, PyObject[] locals) {
        int argcount = co.argcount;
        int ndef = fn.defaults == null ? 0 : fn.defaults.size();
        int kwonlyGiven = 0;
        for (int i = argcount; i < argcount + co.kwonlyargcount; i++) {
            if (locals[i] != null) {
                kwonlyGiven++;
            }
        }
        boolean plural;
        String sig;
        if (ndef > 0) {
            plural = true;
            sig = "from " + (argcount - ndef) + " to " + argcount;
        } else {
            plural = argcount != 1;
            sig = Integer.toString(argcount);
        }
        String kwonlySig = "";
        if (kwonlyGiven > 0) {
            kwonlySig = String.format(" positional argument%s (and %d keyword-only argument%s)",
                    given != 1 ? "s" : "", kwonlyGiven, kwonlyGiven != 1 ? "s" : "");
        }
        return PyErrors.typeError("%s() takes %s positional argument%s but %d%s %s given", fn.qualname, sig,
                plural ? "s" : "", given, kwonlySig, given == 1 && kwonlyGiven == 0 ? "was" : "were");
    }

    private static PyException missing(PyFunction fn, String kind, List<String> names) {
        int n = names.size();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(n == 2 ? " and " : i == n - 1 ? ", and " : ", ");
            }
            sb.append('\'').append(names.get(i)).append('\'');
        }
        return PyErrors.typeError("%s() missing %d required %s argument%s: %s", fn.qualname, n, kind,
                n == 1 ? "" : "s", sb);
    }
}
