package org.ramjet.objects;

import java.util.ArrayList;
import java.util.List;

/** Definer of {@code BaseExceptionGroup} and {@code ExceptionGroup} (PEP 654): creation rules, split, subgroup, derive. */
final class ExceptionGroups {
    private ExceptionGroups() {}

    static PyType baseType() {
        return new TypeSpec("BaseExceptionGroup", PyBaseExceptionGroup.class)
                .base(PyExc.BaseException)
                .flags(TypeFlags.HAS_DICT)
                .slots(t -> {
                    t.new_ = ExceptionGroups::newGroup;
                    t.init = (self, a, off, npos, kw) -> { };
                })
                .methods(ExceptionGroups::methods)
                .build();
    }

    static PyType exceptionGroupType() {
        return new TypeSpec("ExceptionGroup", PyBaseExceptionGroup.class)
                .bases(PyExc.BaseExceptionGroup, PyExc.Exception)
                .flags(TypeFlags.HAS_DICT)
                .build();
    }

    private static PyObject newGroup(PyType type, PyObject[] a, int off, int npos, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw PyErrors.typeError("%s() takes no keyword arguments", type.getName());
        }
        if (npos != 2) {
            throw PyErrors.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", npos);
        }
        PyObject message = a[off], excs = a[off + 1];
        if (!Strs.isStr(message)) {
            throw PyErrors.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not %s",
                    message.type().getName());
        }
        if (!excs.type().hasFlag(TypeFlags.SEQUENCE)) {
            throw PyErrors.typeError("second argument (exceptions) must be a sequence");
        }
        PyObject[] items = Iteration.toArray(excs);
        if (items.length == 0) {
            throw PyErrors.valueError("second argument (exceptions) must be a non-empty sequence");
        }
        boolean allExceptions = true;
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyBaseException)) {
                throw PyErrors.valueError("Item %d of second argument (exceptions) is not an exception", i);
            }
            if (!items[i].type().isSubtype(PyExc.Exception)) {
                allExceptions = false;
            }
        }
        PyType cls = type;
        if (cls == PyExc.BaseExceptionGroup) {
            if (allExceptions) {
                cls = PyExc.ExceptionGroup;
            }
        } else if (cls == PyExc.ExceptionGroup) {
            if (!allExceptions) {
                throw PyErrors.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
            }
        } else if (!allExceptions && cls.isSubtype(PyExc.Exception)) {
            throw PyErrors.typeError("Cannot nest BaseExceptions in '%s'", cls.getName());
        }
        PyBaseExceptionGroup g = new PyBaseExceptionGroup(cls);
        g.message = message;
        g.exceptions = PyTuple.of(items);
        g.args = PyTuple.of(message, excs);
        return g;
    }

    private static void methods(MethodTable m) {
        m.member("message", (PyBaseExceptionGroup g) -> g.message, null);
        m.member("exceptions", (PyBaseExceptionGroup g) -> g.exceptions, null);
        m.method("derive", "($self, excs, /)", (PyBaseExceptionGroup g, PyObject excs) ->
                Calls.call(PyExc.BaseExceptionGroup, g.message, excs));
        m.method("split", "($self, matcher_value, /)", (PyBaseExceptionGroup g, PyObject cond) -> {
            PyObject[] r = split(g, matcher(cond), true);
            return PyTuple.of(r[0], r[1]);
        });
        m.method("subgroup", "($self, matcher_value, /)", (PyBaseExceptionGroup g, PyObject cond) ->
                split(g, matcher(cond), false)[0]);
        m.classMethod("__class_getitem__", "($type, item, /)", (PyType cls, PyObject item) -> GenericAlias.of(cls, item));
    }

    interface Matcher {
        boolean matches(PyBaseException e);
    }

    private static Matcher matcher(PyObject cond) {
        if (cond instanceof PyType && ((PyType) cond).isSubtype(PyExc.BaseException)) {
            return e -> e.type().isSubtype((PyType) cond);
        }
        if (cond instanceof PyTuple) {
            for (PyObject c : ((PyTuple) cond).items) {
                if (!(c instanceof PyType) || !((PyType) c).isSubtype(PyExc.BaseException)) {
                    throw PyErrors.typeError("expected a function, exception type or tuple of exception types");
                }
            }
            return e -> Abstract.isInstance(e, cond);
        }
        if (cond.type().call != null || cond instanceof PyFunction) {
            return e -> Truth.isTrue(Calls.call(cond, e));
        }
        throw PyErrors.typeError("expected a function, exception type or tuple of exception types");
    }

    /** {match, rest} (either may be None); rest is only computed when {@code wantRest}. */
    private static PyObject[] split(PyBaseExceptionGroup g, Matcher m, boolean wantRest) {
        if (m.matches(g)) {
            return new PyObject[] {g, PyNone.NONE};
        }
        List<PyObject> match = new ArrayList<>(), rest = new ArrayList<>();
        for (PyObject o : g.exceptions.items) {
            PyBaseException e = (PyBaseException) o;
            if (e instanceof PyBaseExceptionGroup) {
                PyObject[] r = split((PyBaseExceptionGroup) e, m, wantRest);
                if (r[0] != PyNone.NONE) {
                    match.add(r[0]);
                }
                if (r[1] != PyNone.NONE) {
                    rest.add(r[1]);
                }
            } else if (m.matches(e)) {
                match.add(e);
            } else {
                rest.add(e);
            }
        }
        return new PyObject[] {derived(g, match), wantRest ? derived(g, rest) : PyNone.NONE};
    }

    private static PyObject derived(PyBaseExceptionGroup g, List<PyObject> excs) {
        if (excs.isEmpty()) {
            return PyNone.NONE;
        }
        PyObject r = Calls.callMethod(g, "derive", new PyList(excs.toArray(new PyObject[0])));
        if (!(r instanceof PyBaseExceptionGroup)) {
            throw PyErrors.typeError("derive must return an instance of BaseExceptionGroup");
        }
        PyBaseExceptionGroup d = (PyBaseExceptionGroup) r;
        d.cause = g.cause;
        d.context = g.context;
        d.traceback = g.traceback;
        d.suppressContext = g.suppressContext;
        PyObject notes = g.getAttribute("__notes__");
        if (notes != null) {
            d.putAttribute("__notes__", notes);
        }
        return d;
    }
}
