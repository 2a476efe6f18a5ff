package org.ramjet.stdlib.builtins;

import org.ramjet.objects.Attributes;
import org.ramjet.objects.Calls;
import org.ramjet.objects.PyBuiltinFunction;
import org.ramjet.objects.PyErrors;
import org.ramjet.objects.PyException;
import org.ramjet.objects.PyExc;
import org.ramjet.objects.PyFunction;
import org.ramjet.objects.PyNone;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.PyStr;
import org.ramjet.objects.PyType;
import org.ramjet.objects.Repr;
import org.ramjet.objects.Strs;
import org.ramjet.objects.TypeSpec;
import org.ramjet.stdlib.SystemState;

/**
 * What CPython's {@code site} adds to builtins: {@code exit}/{@code quit} ({@code Quitter}
 * objects that raise SystemExit) and {@code help} (here a short text from the object's
 * signature and docstring, not pydoc).
 */
final class SiteBuiltins {
    private SiteBuiltins() {}

    /** A callable object with its own repr (the shape of {@code _sitebuiltins.Quitter}). */
    static final class SiteObject extends PyObject {
        private final PyType type;
        final String repr;
        final BuiltinCall call;

        SiteObject(PyType type, String repr, BuiltinCall call) {
            this.type = type;
            this.repr = repr;
            this.call = call;
        }

        @Override
        public PyType type() {
            return type;
        }
    }

    interface BuiltinCall {
        PyObject call(PyObject[] a, int off, int npos, String[] kw);
    }

    static final PyType QUITTER = siteType("Quitter");
    static final PyType HELPER = siteType("_Helper");

    private static PyType siteType(String name) {
        return new TypeSpec(name, SiteObject.class)
                .module("_sitebuiltins")
                .notSubclassable()
                .slots(t -> {
                    t.repr = self -> PyStr.of(((SiteObject) self).repr);
                    t.call = (self, a, off, npos, kw) -> ((SiteObject) self).call.call(a, off, npos, kw);
                    t.new_ = null;
                })
                .build();
    }

    static PyObject quitter(String name, SystemState state) {
        BuiltinCall call = (a, off, npos, kw) -> {
            if (npos > 1) {
                throw PyErrors.typeError("__call__() takes from 1 to 2 positional arguments but %d were given", npos + 1);
            }
            PyObject in = state.sysAttr("stdin");
            if (in != null && in != PyNone.NONE) {
                try {
                    Calls.callMethod(in, "close");
                } catch (PyException ignored) {
                    // as site.Quitter: closing stdin is best effort
                }
            }
            PyObject code = npos == 1 ? a[off] : PyNone.NONE;
            throw new PyException(PyErrors.newException(PyExc.SystemExit, code));
        };
        return new SiteObject(QUITTER, "Use " + name + "() or Ctrl-D (i.e. EOF) to exit", call);
    }

    static PyObject helper() {
        BuiltinCall call = (a, off, npos, kw) -> {
            String text = npos == 0
                    ? "Welcome to Ramjet's help. Interactive help (pydoc) is not available yet;\n"
                      + "call help(object) for the signature and documentation of an object.\n"
                    : describe(a[off]);
            PyObject out = org.ramjet.stdlib.SystemState.current().sysAttr("stdout");
            if (out != null && out != PyNone.NONE) {
                Calls.callMethod(out, "write", PyStr.of(text));
            }
            return PyNone.NONE;
        };
        return new SiteObject(HELPER, "Type help() for interactive help, or help(object) for help about object.", call);
    }

    /** "Help on built-in function len in module builtins:" with the signature and docstring. */
    static String describe(PyObject o) {
        StringBuilder sb = new StringBuilder();
        String name = nameOf(o);
        String kind;
        if (o instanceof PyBuiltinFunction) {
            kind = "built-in function " + name;
        } else if (o instanceof PyFunction) {
            kind = "function " + name;
        } else if (o instanceof PyType) {
            kind = "class " + name;
        } else {
            kind = o.type().getName() + " object";
        }
        PyObject module = safeAttr(o, "__module__");
        sb.append("Help on ").append(kind);
        if (module != null && Strs.isStr(module)) {
            sb.append(" in module ").append(Strs.value(module));
        }
        sb.append(":\n\n");
        PyObject sig = safeAttr(o, "__text_signature__");
        sb.append(name);
        if (sig != null && Strs.isStr(sig)) {
            sb.append(Strs.value(sig).replace("($module, ", "(").replace("($module)", "()"));
        }
        sb.append('\n');
        PyObject doc = safeAttr(o, "__doc__");
        if (doc != null && Strs.isStr(doc)) {
            for (String line : Strs.value(doc).split("\n", -1)) {
                sb.append(line.isEmpty() ? "" : "    " + line).append('\n');
            }
        }
        return sb.append('\n').toString();
    }

    private static String nameOf(PyObject o) {
        PyObject n = safeAttr(o, "__name__");
        return n != null && Strs.isStr(n) ? Strs.value(n) : Repr.reprString(o);
    }

    private static PyObject safeAttr(PyObject o, String name) {
        try {
            return Attributes.lookupAttr(o, name);
        } catch (PyException e) {
            return null;
        }
    }
}
