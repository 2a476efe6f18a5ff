package org.ramjet.objects;

import org.ramjet.bytecode.PyCode;
import org.ramjet.objects.layout.MappedObject;

/**
 * Python {@code function}: code plus the context it runs in (globals, defaults, closure).
 * Calls go through the engine's {@link FunctionInvoker}; binding arguments is
 * {@link ArgBinder}'s job. A mapped object, so function attributes ({@code f.cache = ...}) use
 * maps like any instance. {@code __doc__} is {@code code.consts[0]} when that is a str: the
 * compiler puts the docstring (or None) first in a function's constants, as CPython does.
 */
public final class PyFunction extends MappedObject {
    private static volatile FunctionInvoker invoker = (fn, args, off, npos, kw) -> {
        throw PyErrors.of(PyExc.SystemError, "no FunctionInvoker registered: cannot run " + fn.qualname + "()");
    };

    public PyCode code;
    public final PyDict globals;
    /** The builtins namespace the function sees (set by the creator; may be null until then). */
    public PyObject builtins;
    public String name;
    public String qualname;
    /** {@code __defaults__}: null when there are none. */
    public PyTuple defaults;
    /** {@code __kwdefaults__}: null when there are none. */
    public PyDict kwdefaults;
    /** Free-variable cells, in {@code code.freevars} order; null when none. */
    public PyCell[] closure;
    public PyObject doc = PyNone.NONE;
    public PyObject module = PyNone.NONE;
    /** {@code __annotations__}: a dict created on first access when null. */
    public PyDict annotations;

    public PyFunction(PyCode code, PyDict globals, String qualname) {
        super(FunctionTypes.FUNCTION);
        this.code = code;
        this.globals = globals;
        this.name = code.name;
        this.qualname = qualname != null ? qualname : code.qualname;
        PyObject m = globals == null ? null : globals.getStr("__name__");
        if (m != null) {
            this.module = m;
        }
        if (code.consts.length > 0 && code.consts[0] instanceof PyStr) {
            this.doc = code.consts[0];
        }
    }

    /** Registers the engine's way of running Python code (once, at start-up). */
    public static void setInvoker(FunctionInvoker i) {
        invoker = i;
    }

    public static FunctionInvoker getInvoker() {
        return invoker;
    }

    /** Calls this function (vectorcall convention, see {@link Calls}). */
    public PyObject invoke(PyObject[] args, int off, int npos, String[] kwnames) {
        return invoker.invoke(this, args, off, npos, kwnames);
    }

    @Override
    public String toString() {
        return "<function " + qualname + ">";
    }
}
