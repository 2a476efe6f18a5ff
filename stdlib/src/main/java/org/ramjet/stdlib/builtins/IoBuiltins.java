package org.ramjet.stdlib.builtins;

import org.ramjet.objects.Attributes;
import org.ramjet.objects.Calls;
import org.ramjet.objects.ModuleBuilder;
import org.ramjet.objects.PyErrors;
import org.ramjet.objects.PyExc;
import org.ramjet.objects.PyNone;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.PyStr;
import org.ramjet.objects.Repr;
import org.ramjet.objects.Strs;
import org.ramjet.objects.Truth;
import org.ramjet.stdlib.SystemState;
import org.ramjet.stdlib.io.IoTypes;
import org.ramjet.stdlib.io.OpenFunction;
import org.ramjet.stdlib.io.PyTextIO;

/**
 * Builtins that talk to the outside: {@code print input open breakpoint help exit quit}.
 * {@code print} and {@code input} go through whatever {@code sys.stdout}/{@code sys.stdin}
 * currently are (so assigning {@code sys.stdout} redirects them), straight to Java when it is
 * the engine's own text stream.
 */
final class IoBuiltins {
    private IoBuiltins() {}

    static void define(ModuleBuilder t, SystemState state) {
        t.functionRaw("print", "($module, /, *args, sep=' ', end='\\n', file=None, flush=False)",
                (a, off, npos, kw) -> print(state, a, off, npos, kw));
        t.function("input", "($module, prompt='', /)", (PyObject prompt) -> input(state, prompt));
        t.functionRaw("open", "($module, /, file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, "
                + "closefd=True, opener=None)", (a, off, npos, kw) ->
                OpenFunction.open(a, off, npos, kw, state::resolvePath, state::standardDevice));
        t.functionRaw("breakpoint", "($module, /, *args, **kws)", (a, off, npos, kw) -> {
            PyObject hook = state.sysAttr("breakpointhook");
            if (hook == null) {
                throw PyErrors.runtimeError("lost sys.breakpointhook");
            }
            return Calls.call(hook, a, off, npos, kw);
        });
        t.value("help", SiteBuiltins.helper());
        t.value("exit", SiteBuiltins.quitter("exit", state));
        t.value("quit", SiteBuiltins.quitter("quit", state));
    }

    static PyObject print(SystemState state, PyObject[] a, int off, int npos, String[] kw) {
        PyObject sep = null, end = null, file = null, flush = null;
        for (int k = 0; kw != null && k < kw.length; k++) {
            PyObject v = a[off + npos + k];
            switch (kw[k]) {
                case "sep": sep = v; break;
                case "end": end = v; break;
                case "file": file = v; break;
                case "flush": flush = v; break;
                default: throw PyErrors.typeError("'%s' is an invalid keyword argument for print()", kw[k]);
            }
        }
        if (file == null || file == PyNone.NONE) {
            file = state.sysAttr("stdout");
            if (file == null) {
                throw PyErrors.runtimeError("lost sys.stdout");
            }
            if (file == PyNone.NONE) {
                return PyNone.NONE;
            }
        }
        if (sep == PyNone.NONE) {
            sep = null;
        } else if (sep != null && !Strs.isStr(sep)) {
            throw PyErrors.typeError("sep must be None or a string, not %s", sep.type().getName());
        }
        if (end == PyNone.NONE) {
            end = null;
        } else if (end != null && !Strs.isStr(end)) {
            throw PyErrors.typeError("end must be None or a string, not %s", end.type().getName());
        }
        if (file.type() == IoTypes.TEXT_IO_WRAPPER) {
            PyTextIO out = (PyTextIO) file;
            String s = sep == null ? " " : Strs.value(sep);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < npos; i++) {
                if (i > 0) {
                    sb.append(s);
                }
                sb.append(Repr.strString(a[off + i]));
            }
            sb.append(end == null ? "\n" : Strs.value(end));
            out.write(sb.toString());
        } else {
            PyObject write = Attributes.getAttr(file, "write");
            for (int i = 0; i < npos; i++) {
                if (i > 0) {
                    Calls.call(write, sep == null ? PyStr.of(" ") : sep);
                }
                Calls.call(write, Repr.str(a[off + i]));
            }
            Calls.call(write, end == null ? PyStr.of("\n") : end);
        }
        if (flush != null && Truth.isTrue(flush)) {
            Calls.callMethod(file, "flush");
        }
        return PyNone.NONE;
    }

    static PyObject input(SystemState state, PyObject prompt) {
        PyObject in = state.sysAttr("stdin");
        PyObject out = state.sysAttr("stdout");
        PyObject err = state.sysAttr("stderr");
        if (in == null || in == PyNone.NONE) {
            throw PyErrors.runtimeError("input(): lost sys.stdin");
        }
        if (out == null || out == PyNone.NONE) {
            throw PyErrors.runtimeError("input(): lost sys.stdout");
        }
        if (err != null && err != PyNone.NONE) {
            Calls.callMethod(err, "flush");
        }
        if (prompt != null) {
            Calls.callMethod(out, "write", Repr.str(prompt));
        }
        Calls.callMethod(out, "flush");
        PyObject line = Calls.callMethod(in, "readline");
        if (!Strs.isStr(line)) {
            throw PyErrors.typeError("object.readline() returned non-string");
        }
        String s = Strs.value(line);
        if (s.isEmpty()) {
            throw PyErrors.of(PyExc.EOFError, "EOF when reading a line");
        }
        return PyStr.of(s.endsWith("\n") ? s.substring(0, s.length() - 1) : s);
    }
}
