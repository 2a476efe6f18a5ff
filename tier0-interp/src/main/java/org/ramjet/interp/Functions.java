package org.ramjet.interp;

import org.ramjet.bytecode.PyCode;
import org.ramjet.objects.ArgBinder;
import org.ramjet.objects.PyCell;
import org.ramjet.objects.PyDict;
import org.ramjet.objects.PyFrame;
import org.ramjet.objects.PyFunction;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.PyTuple;
import org.ramjet.runtime.ThreadState;

/**
 * Functions: MAKE_FUNCTION, and the {@link org.ramjet.objects.FunctionInvoker} that the engine
 * registers so that calling any {@link PyFunction} runs its code here (or in compiled code).
 */
final class Functions {
    private Functions() {}

    /**
     * MAKE_FUNCTION: {@code s[base ..]} holds, in this order, the defaults tuple (flag 0x01),
     * keyword defaults (0x02), annotations (0x04), the closure tuple (0x08), then the code
     * (CPython's order: the closure is just below the code).
     */
    static PyObject make(PyFrame frame, PyCode code, int flags, PyObject[] s, int base) {
        PyFunction fn = new PyFunction(code, frame.globals, code.qualname);
        fn.builtins = frame.builtins;
        int i = base;
        if ((flags & 0x01) != 0) {
            fn.defaults = (PyTuple) s[i++];
        }
        if ((flags & 0x02) != 0) {
            fn.kwdefaults = (PyDict) s[i++];
        }
        if ((flags & 0x04) != 0) {
            fn.annotations = annotations(s[i++]);
        }
        if ((flags & 0x08) != 0) {
            PyTuple closure = (PyTuple) s[i];
            PyCell[] cells = new PyCell[closure.size()];
            for (int k = 0; k < cells.length; k++) {
                cells[k] = (PyCell) closure.get(k);
            }
            fn.closure = cells;
        }
        return fn;
    }

    /** Only positional parameters, no cells or free variables: arguments are copied as they are. */
    private static boolean isSimple(PyCode code) {
        return code.kwonlyargcount == 0 && code.cellvars.length == 0 && code.freevars.length == 0
                && (code.flags & (org.ramjet.bytecode.CodeFlags.VARARGS | org.ramjet.bytecode.CodeFlags.VARKEYWORDS)) == 0;
    }

    /** Annotations come as a flat tuple (name, value, name, value, ...) or as a dict. */
    private static PyDict annotations(PyObject a) {
        if (a instanceof PyDict) {
            return (PyDict) a;
        }
        PyTuple t = (PyTuple) a;
        PyDict d = new PyDict();
        for (int k = 0; k + 1 < t.size(); k += 2) {
            d.put(t.get(k), t.get(k + 1));
        }
        return d;
    }

    /**
     * Calls {@code fn}: binds the arguments into a new frame's variable part, then runs it (or
     * returns a generator for generator code).
     */
    static PyObject invoke(PyFunction fn, PyObject[] args, int off, int npos, String[] kwnames) {
        return invoke(fn, args, off, npos, kwnames, null);
    }

    /** {@link #invoke} when the caller already has the thread state (null: look it up). */
    static PyObject invoke(PyFunction fn, PyObject[] args, int off, int npos, String[] kwnames, ThreadState ts) {
        PyCode code = fn.code;
        PyObject[] slots = PyFrame.allocateSlots(code);
        if (kwnames == null && npos == code.argcount && isSimple(code)) {
            // the common call: exactly the positional parameters, no cells (copy, no binder)
            for (int i = 0; i < npos; i++) {
                slots[i] = args[off + i];
            }
        } else {
            ArgBinder.bind(fn, args, off, npos, kwnames, slots);
        }
        PyFrame frame = new PyFrame(code, slots, fn.globals, Engine.builtinsFor(fn), null);
        if (Generators.isGeneratorCode(code)) {
            if (!code.hasFlag(org.ramjet.bytecode.CodeFlags.GENERATOR)) {
                throw Ops.notImplemented("async/await is not supported yet");
            }
            return new PyGenerator(frame, fn.name, fn.qualname);
        }
        return ts == null ? Interpreter.execute(frame) : Interpreter.execute(frame, ts);
    }
}
