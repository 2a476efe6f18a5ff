package org.ramjet.objects;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ramjet.bytecode.CodeFlags;
import org.ramjet.bytecode.LineTable;
import org.ramjet.bytecode.PyCode;

/**
 * Test support: real {@link PyFunction}s (argument binding, descriptors, qualnames) whose body
 * is a Java lambda over the bound locals, installed through the {@link FunctionInvoker} hook the
 * way the interpreter installs itself.
 */
final class JavaFunctions {
    private static final Map<PyCode, Function<PyObject[], PyObject>> BODIES = new IdentityHashMap<>();

    static {
        PyFunction.setInvoker((fn, args, off, npos, kw) -> {
            PyObject[] locals = ArgBinder.bind(fn, args, off, npos, kw);
            Function<PyObject[], PyObject> body;
            synchronized (BODIES) {
                body = BODIES.get(fn.code);
            }
            return body.apply(locals);
        });
    }

    private JavaFunctions() {}

    /**
     * A function with CPython's parameter layout: {@code posonly} of the positional
     * {@code argcount} are positional-only, then {@code kwonly} keyword-only, then *args/**kwargs
     * as flagged; {@code varnames} lists them all in that order.
     */
    static PyFunction def(String qualname, int argcount, int posonly, int kwonly, int flags, String[] varnames,
                          Function<PyObject[], PyObject> body) {
        String name = qualname.substring(qualname.lastIndexOf('.') + 1);
        PyCode code = new PyCode(name, qualname, "<test>", 1, argcount, posonly, kwonly,
                flags | CodeFlags.OPTIMIZED | CodeFlags.NEWLOCALS, 0, new int[0], new PyObject[] {PyNone.NONE},
                new String[0], varnames, new String[0], new String[0], new int[0], List.of(), new LineTable(new int[0]));
        synchronized (BODIES) {
            BODIES.put(code, body);
        }
        PyDict globals = new PyDict();
        globals.putStr("__name__", PyStr.of("__main__"));
        return new PyFunction(code, globals, qualname);
    }

    /** A plain function of positional-or-keyword parameters. */
    static PyFunction def(String qualname, String[] params, Function<PyObject[], PyObject> body) {
        return def(qualname, params.length, 0, 0, 0, params, body);
    }

    /** Creates a class like a class statement would: {@code type(name, bases, ns)}. */
    static PyType subclass(String name, PyType[] bases, Object... nameValuePairs) {
        PyDict ns = new PyDict();
        ns.putStr("__module__", PyStr.of("__main__"));
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            ns.putStr((String) nameValuePairs[i], (PyObject) nameValuePairs[i + 1]);
        }
        return (PyType) Calls.call(TypeType.TYPE, PyStr.of(name), PyTuple.of((PyObject[]) bases), ns);
    }

    static PyType cls(String name, Object... nameValuePairs) {
        return subclass(name, new PyType[0], nameValuePairs);
    }
}
