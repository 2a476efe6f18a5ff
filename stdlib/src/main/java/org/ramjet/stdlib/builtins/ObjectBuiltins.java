package org.ramjet.stdlib.builtins;

import org.ramjet.objects.Abstract;
import org.ramjet.objects.Attributes;
import org.ramjet.objects.Calls;
import org.ramjet.objects.Formatting;
import org.ramjet.objects.Hashing;
import org.ramjet.objects.Iteration;
import org.ramjet.objects.ModuleBuilder;
import org.ramjet.objects.ObjectIds;
import org.ramjet.objects.PyBool;
import org.ramjet.objects.PyErrors;
import org.ramjet.objects.PyException;
import org.ramjet.objects.PyExc;
import org.ramjet.objects.PyFrame;
import org.ramjet.objects.PyFunction;
import org.ramjet.objects.PyInt;
import org.ramjet.objects.PyList;
import org.ramjet.objects.PyNone;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.PyStr;
import org.ramjet.objects.PyType;
import org.ramjet.objects.Repr;
import org.ramjet.objects.Strs;
import org.ramjet.stdlib.Frames;

/**
 * Builtins about objects in general: {@code id hash callable getattr setattr delattr hasattr
 * isinstance issubclass repr ascii format len dir vars}.
 */
final class ObjectBuiltins {
    private ObjectBuiltins() {}

    static void define(ModuleBuilder t) {
        t.function("id", "($module, obj, /)", (PyObject o) -> PyInt.of(ObjectIds.id(o)));
        t.function("hash", "($module, obj, /)", (PyObject o) -> PyInt.of(Hashing.hash(o)));
        t.function("callable", "($module, obj, /)", (PyObject o) ->
                PyBool.of(o instanceof PyFunction || o.type().call != null));
        t.function("len", "($module, obj, /)", (PyObject o) -> PyInt.of(Abstract.len(o)));
        t.function("repr", "($module, obj, /)", (PyObject o) -> Repr.repr(o));
        t.function("ascii", "($module, obj, /)", (PyObject o) -> PyStr.of(Repr.ascii(o)));
        t.function("format", "($module, value, format_spec='', /)", (PyObject v, PyObject spec) -> {
            if (spec != null && !Strs.isStr(spec)) {
                throw PyErrors.typeError("format() argument 2 must be str, not %s", spec.type().getName());
            }
            return Formatting.format(v, spec == null ? "" : Strs.value(spec));
        });
        t.function("isinstance", "($module, obj, class_or_tuple, /)", (PyObject o, PyObject c) ->
                PyBool.of(Abstract.isInstance(o, c)));
        t.function("issubclass", "($module, cls, class_or_tuple, /)", (PyObject o, PyObject c) ->
                PyBool.of(Abstract.isSubclass(o, c)));
        t.functionRaw("getattr", "($module, object, name, default=<unrepresentable>, /)", ObjectBuiltins::getattr);
        t.function("hasattr", "($module, obj, name, /)", (PyObject o, PyObject n) -> {
            String name = Attributes.nameArg(n);
            try {
                return PyBool.of(Attributes.lookupAttr(o, name) != null);
            } catch (PyException e) {
                if (e.matches(PyExc.AttributeError)) {
                    return PyBool.FALSE;
                }
                throw e;
            }
        });
        t.function("setattr", "($module, obj, name, value, /)", (PyObject o, PyObject n, PyObject v) -> {
            Attributes.setAttr(o, Attributes.nameArg(n), v);
            return PyNone.NONE;
        });
        t.function("delattr", "($module, obj, name, /)", (PyObject o, PyObject n) -> {
            Attributes.delAttr(o, Attributes.nameArg(n));
            return PyNone.NONE;
        });
        t.function("dir", "($module, arg=<unrepresentable>, /)", (PyObject o) -> dir(o));
        t.function("vars", "($module, object=<unrepresentable>, /)", (PyObject o) -> vars(o));
    }

    private static PyObject getattr(PyObject[] a, int off, int npos, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw PyErrors.typeError("getattr() takes no keyword arguments");
        }
        if (npos < 2) {
            throw PyErrors.typeError("getattr expected at least 2 arguments, got %d", npos);
        }
        if (npos > 3) {
            throw PyErrors.typeError("getattr expected at most 3 arguments, got %d", npos);
        }
        String name = Attributes.nameArg(a[off + 1]);
        if (npos == 2) {
            return Attributes.getAttr(a[off], name);
        }
        try {
            PyObject v = Attributes.lookupAttr(a[off], name);
            return v != null ? v : a[off + 2];
        } catch (PyException e) {
            if (e.matches(PyExc.AttributeError)) {
                return a[off + 2];
            }
            throw e;
        }
    }

    /** {@code dir()}: the sorted names of the caller's scope, or of {@code obj.__dir__()}. */
    static PyObject dir(PyObject o) {
        PyList names;
        if (o == null) {
            PyFrame f = Frames.callerOrRaise("dir()");
            PyObject locals = f.localsSnapshot();
            names = new PyList(Iteration.toArray(Calls.callMethod(locals, "keys")));
        } else {
            PyType t = o.type();
            PyObject dunder = t.lookup("__dir__");
            if (dunder == null) {
                throw PyErrors.typeError("object does not provide __dir__");
            }
            PyObject r = Calls.call(Attributes.bindDescriptor(dunder, o, t));
            names = new PyList(Iteration.toArray(r));
        }
        names.sort(null, false);
        return names;
    }

    /** {@code vars()}: the caller's locals, or {@code obj.__dict__}. */
    static PyObject vars(PyObject o) {
        if (o == null) {
            return Frames.callerOrRaise("vars()").localsSnapshot();
        }
        PyObject d;
        try {
            d = Attributes.lookupAttr(o, "__dict__");
        } catch (PyException e) {
            if (!e.matches(PyExc.AttributeError)) {
                throw e;
            }
            d = null;
        }
        if (d == null) {
            throw PyErrors.typeError("vars() argument must have __dict__ attribute");
        }
        return d;
    }
}
