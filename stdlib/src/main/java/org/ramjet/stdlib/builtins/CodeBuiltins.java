package org.ramjet.stdlib.builtins;

import org.ramjet.bytecode.PyCode;
import org.ramjet.objects.Ints;
import org.ramjet.objects.ModuleBuilder;
import org.ramjet.objects.PyBytes;
import org.ramjet.objects.PyDict;
import org.ramjet.objects.PyErrors;
import org.ramjet.objects.PyFrame;
import org.ramjet.objects.PyNone;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.PyStr;
import org.ramjet.objects.Signature;
import org.ramjet.objects.Strs;
import org.ramjet.objects.Truth;
import org.ramjet.runtime.CodeRunner;
import org.ramjet.runtime.SourceCompiler;
import org.ramjet.stdlib.Args;
import org.ramjet.stdlib.Frames;
import org.ramjet.stdlib.SystemState;
import org.ramjet.stdlib.io.OpenFunction;

/**
 * Builtins that need the compiler or the interpreter: {@code compile exec eval globals locals
 * __import__}. They reach them through the hooks the launcher registers
 * ({@link SourceCompiler}, {@link CodeRunner}, the frame in
 * {@link org.ramjet.runtime.ThreadState}) and the run's {@link org.ramjet.stdlib.Importer}.
 */
final class CodeBuiltins {
    private CodeBuiltins() {}

    private static final Signature COMPILE = Signature.parse(
            "(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1)");
    private static final Signature IMPORT = Signature.parse(
            "(name, globals=None, locals=None, fromlist=(), level=0)");

    static void define(ModuleBuilder t, SystemState state) {
        t.function("globals", "($module, /)", () -> Frames.callerOrRaise("globals()").globals);
        t.function("locals", "($module, /)", () -> Frames.callerOrRaise("locals()").localsSnapshot());
        t.functionRaw("compile", "($module, /, source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, "
                + "_feature_version=-1)", (a, off, npos, kw) -> compile(a, off, npos, kw));
        t.functionRaw("exec", "($module, source, globals=None, locals=None, /, *, closure=None)",
                (a, off, npos, kw) -> {
                    run(state, a, off, npos, kw, "exec");
                    return PyNone.NONE;
                });
        t.functionRaw("eval", "($module, source, globals=None, locals=None, /)",
                (a, off, npos, kw) -> run(state, a, off, npos, kw, "eval"));
        t.functionRaw("__import__", "($module, /, name, globals=None, locals=None, fromlist=(), level=0)",
                (a, off, npos, kw) -> importFunction(state, a, off, npos, kw));
    }

    static PyObject compile(PyObject[] a, int off, int npos, String[] kw) {
        PyObject[] b = COMPILE.bind("compile", "compile", a, off, npos, kw);
        String filename = OpenFunction.fsPath(b[1]);
        String mode = Args.str(b[2], "compile() argument 'mode'");
        if (!mode.equals("exec") && !mode.equals("eval") && !mode.equals("single") && !mode.equals("func_type")) {
            throw PyErrors.valueError("compile() mode must be 'exec', 'eval' or 'single'");
        }
        int flags = b[3] == null ? 0 : Args.intArg(b[3]);
        int optimize = b[5] == null ? -1 : Args.intArg(b[5]);
        if ((flags & SourceCompiler.PyCF_ONLY_AST) != 0) {
            throw PyErrors.notImplementedError("compile() to an AST (ast.PyCF_ONLY_AST) is not supported yet");
        }
        PyObject source = b[0];
        if (source instanceof PyCode) {
            return source;
        }
        return SourceCompiler.get().compile(sourceArg(source, "compile() arg 1 must be a string, bytes or AST object"),
                filename, mode, flags, optimize);
    }

    private static PyObject sourceArg(PyObject source, String message) {
        if (Strs.isStr(source)) {
            return Strs.asPyStr(source);
        }
        if (source instanceof PyBytes) {
            return source;
        }
        throw PyErrors.typeError("%s", message);
    }

    /** {@code exec}/{@code eval}: defaults from the calling frame, CPython's argument checks. */
    static PyObject run(SystemState state, PyObject[] a, int off, int npos, String[] kw, String mode) {
        boolean isExec = mode.equals("exec");
        PyObject closure = null;
        for (int k = 0; kw != null && k < kw.length; k++) {
            if (isExec && kw[k].equals("closure")) {
                closure = a[off + npos + k];
            } else if (!isExec) {
                throw PyErrors.typeError("eval() takes no keyword arguments");
            } else {
                throw PyErrors.typeError("'%s' is an invalid keyword argument for exec()", kw[k]);
            }
        }
        if (npos < 1) {
            throw PyErrors.typeError(isExec ? "exec() takes at least 1 positional argument (0 given)"
                    : "eval expected at least 1 argument, got 0");
        }
        if (npos > 3) {
            throw PyErrors.typeError(isExec ? "exec() takes at most 3 positional arguments (%d given)"
                    : "eval expected at most 3 arguments, got %d", npos);
        }
        PyObject source = a[off];
        PyObject globals = npos > 1 ? a[off + 1] : PyNone.NONE;
        PyObject locals = npos > 2 ? a[off + 2] : PyNone.NONE;
        if (globals != PyNone.NONE && !(globals instanceof PyDict)) {
            if (isExec) {
                throw PyErrors.typeError("exec() globals must be a dict, not %s", globals.type().getName());
            }
            throw PyErrors.typeError(globals.type().getitem != null
                    ? "globals must be a real dict; try eval(expr, {}, mapping)" : "globals must be a dict");
        }
        if (locals != PyNone.NONE && locals.type().getitem == null) {
            throw PyErrors.typeError(isExec ? "locals must be a mapping or None, not %s" : "locals must be a mapping",
                    locals.type().getName());
        }
        PyDict g;
        PyObject l;
        if (globals == PyNone.NONE) {
            PyFrame f = Frames.callerOrRaise(mode + "()");
            g = f.globals;
            l = locals == PyNone.NONE ? f.localsSnapshot() : locals;
        } else {
            g = (PyDict) globals;
            l = locals == PyNone.NONE ? g : locals;
        }
        if (g.getStr("__builtins__") == null) {
            g.putStr("__builtins__", state.builtins);
        }
        PyCode code;
        if (source instanceof PyCode) {
            code = (PyCode) source;
            if (code.freevars.length > 0 && (closure == null || closure == PyNone.NONE)) {
                throw PyErrors.typeError("code object passed to %s() may not contain free variables", mode);
            }
        } else {
            String what = isExec ? "exec() arg 1 must be a string, bytes or code object"
                    : "eval() arg 1 must be a string, bytes or code object";
            PyObject text = sourceArg(source, what);
            if (!isExec && text instanceof PyStr) {
                text = PyStr.of(stripLeadingBlanks(((PyStr) text).value));
            }
            code = SourceCompiler.get().compile(text, "<string>", mode, 0, -1);
        }
        if (closure != null && closure != PyNone.NONE) {
            throw PyErrors.notImplementedError("exec(): the closure argument is not supported yet");
        }
        return CodeRunner.get().exec(code, g, l);
    }

    private static String stripLeadingBlanks(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return s.substring(i);
    }

    static PyObject importFunction(SystemState state, PyObject[] a, int off, int npos, String[] kw) {
        PyObject[] b = IMPORT.bind("__import__", "__import__", a, off, npos, kw);
        if (!Strs.isStr(b[0])) {
            throw PyErrors.typeError("module name must be a string");
        }
        PyDict globals = b[1] instanceof PyDict ? (PyDict) b[1] : null;
        PyObject fromlist = b[3] == null ? PyNone.NONE : b[3];
        long level = b[4] == null ? 0 : Ints.asLong(b[4]);
        if (level < 0) {
            throw PyErrors.valueError("level must be >= 0");
        }
        if (!Truth.isTrue(fromlist)) {
            fromlist = PyNone.NONE;
        }
        return state.importer.importModule(Strs.value(b[0]), globals, b[2], fromlist, (int) level);
    }
}
