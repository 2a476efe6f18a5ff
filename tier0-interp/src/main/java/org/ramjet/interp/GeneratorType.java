package org.ramjet.interp;

import org.ramjet.objects.PyBaseException;
import org.ramjet.objects.PyErrors;
import org.ramjet.objects.PyNone;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.PyStr;
import org.ramjet.objects.PyTraceback;
import org.ramjet.objects.PyType;
import org.ramjet.objects.Repr;
import org.ramjet.objects.Strs;
import org.ramjet.objects.TypeSpec;

/** The Python type {@code generator}: iteration slots, {@code send}/{@code throw}/{@code close} and the {@code gi_*} attributes. */
final class GeneratorType {
    private GeneratorType() {}

    static final PyType TYPE = new TypeSpec("generator", PyGenerator.class)
            .notSubclassable()
            .slots(t -> {
                t.iter = self -> self;
                t.next = self -> ((PyGenerator) self).next();
                t.repr = self -> PyStr.of("<generator object " + ((PyGenerator) self).qualname + " at "
                        + Repr.address(self) + ">");
                t.new_ = null;
            })
            .methods(m -> {
                m.method("send", "($self, value, /)", (PyGenerator g, PyObject v) -> g.send(v));
                m.methodRaw("throw", "($self, typ, val=None, tb=None, /)",
                        (PyGenerator g, PyObject[] a, int off, int npos, String[] kw) ->
                                g.throwException(normalizeThrow(a, off, npos)));
                m.method("close", "($self, /)", (PyGenerator g) -> {
                    g.close();
                    return PyNone.NONE;
                });
                m.getter("gi_frame", (PyGenerator g) -> g.isFinished() ? PyNone.NONE : g.frame);
                m.getter("gi_running", (PyGenerator g) -> org.ramjet.objects.PyBool.of(g.running));
                m.getter("gi_code", (PyGenerator g) -> g.frame.code);
                m.getter("gi_yieldfrom", (PyGenerator g) -> {
                    PyObject y = g.yieldFrom();
                    return y == null ? PyNone.NONE : y;
                });
                m.getter("gi_suspended", (PyGenerator g) ->
                        org.ramjet.objects.PyBool.of(g.frame.state == org.ramjet.objects.PyFrame.SUSPENDED));
                m.getset("__name__", (PyGenerator g) -> PyStr.of(g.name), (PyGenerator g, PyObject v) -> {
                    if (v == null || !Strs.isStr(v)) {
                        throw PyErrors.typeError("__name__ must be set to a string object");
                    }
                    g.name = Strs.value(v);
                });
                m.getset("__qualname__", (PyGenerator g) -> PyStr.of(g.qualname), (PyGenerator g, PyObject v) -> {
                    if (v == null || !Strs.isStr(v)) {
                        throw PyErrors.typeError("__qualname__ must be set to a string object");
                    }
                    g.qualname = Strs.value(v);
                });
            })
            .build();

    /**
     * {@code throw(typ[, val[, tb]])} or {@code throw(exc)}, normalized to an exception
     * instance as CPython's {@code _gen_throw} does.
     */
    static PyBaseException normalizeThrow(PyObject[] a, int off, int npos) {
        PyObject typ = a[off];
        PyObject val = npos > 1 ? a[off + 1] : PyNone.NONE;
        PyObject tb = npos > 2 ? a[off + 2] : PyNone.NONE;
        if (tb != PyNone.NONE && !(tb instanceof PyTraceback)) {
            throw PyErrors.typeError("throw() third argument must be a traceback object");
        }
        PyBaseException exc;
        if (typ instanceof PyType && Ops.isExceptionClass((PyType) typ)) {
            if (val instanceof PyBaseException && ((PyBaseException) val).type().isSubtype((PyType) typ)) {
                exc = (PyBaseException) val;
            } else if (val == PyNone.NONE) {
                exc = PyErrors.newException((PyType) typ);
            } else if (val instanceof org.ramjet.objects.PyTuple) {
                exc = PyErrors.newException((PyType) typ, ((org.ramjet.objects.PyTuple) val).toArray());
            } else {
                exc = PyErrors.newException((PyType) typ, val);
            }
        } else if (typ instanceof PyBaseException) {
            if (val != PyNone.NONE) {
                throw PyErrors.typeError("instance exception may not have a separate value");
            }
            exc = (PyBaseException) typ;
        } else {
            throw PyErrors.typeError("exceptions must be classes or instances deriving from BaseException, not %s",
                    typ.type().getName());
        }
        if (tb instanceof PyTraceback) {
            exc.traceback = (PyTraceback) tb;
        }
        return exc;
    }
}
