package org.ramjet.objects;

/** Slots and methods of {@code BaseException}, inherited by every exception class. */
final class ExceptionMethods {
    private ExceptionMethods() {}

    static void slots(PyType t) {
        t.new_ = PyExc.newWith(PyBaseException::new);
        t.init = (self, a, off, npos, kw) -> {
            PyBaseException e = (PyBaseException) self;
            if (kw != null && kw.length > 0 && !e.acceptsKeywords()) {
                throw PyErrors.typeError("%s() takes no keyword arguments", e.type().getName());
            }
            e.args = Calls.argsTuple(a, off, npos);
            e.initFields(a, off, npos, kw);
        };
        t.repr = self -> PyStr.of(((PyBaseException) self).reprValue());
        t.str = self -> PyStr.of(((PyBaseException) self).strValue());
    }

    static void methods(MethodTable m) {
        m.getset("args", (PyBaseException e) -> e.args, (PyBaseException e, PyObject v) -> {
            if (v == null) {
                throw PyErrors.typeError("args may not be deleted");
            }
            e.args = PyTuple.of(Iteration.toArray(v));
        });
        m.getset("__traceback__", (PyBaseException e) -> e.traceback == null ? PyNone.NONE : e.traceback,
                (PyBaseException e, PyObject v) -> {
                    if (v == null) {
                        throw PyErrors.typeError("__traceback__ may not be deleted");
                    }
                    if (v != PyNone.NONE && !(v instanceof PyTraceback)) {
                        throw PyErrors.typeError("__traceback__ must be a traceback or None");
                    }
                    e.traceback = v == PyNone.NONE ? null : (PyTraceback) v;
                });
        m.getset("__context__", (PyBaseException e) -> e.context == null ? PyNone.NONE : e.context,
                (PyBaseException e, PyObject v) -> {
                    if (v == null) {
                        throw PyErrors.typeError("__context__ may not be deleted");
                    }
                    if (v != PyNone.NONE && !(v instanceof PyBaseException)) {
                        throw PyErrors.typeError("exception context must be None or derive from BaseException");
                    }
                    e.context = v == PyNone.NONE ? null : (PyBaseException) v;
                });
        m.getset("__cause__", (PyBaseException e) -> e.cause == null ? PyNone.NONE : e.cause,
                (PyBaseException e, PyObject v) -> {
                    if (v == null) {
                        throw PyErrors.typeError("__cause__ may not be deleted");
                    }
                    if (v != PyNone.NONE && !(v instanceof PyBaseException)) {
                        throw PyErrors.typeError("exception cause must be None or derive from BaseException");
                    }
                    e.cause = v == PyNone.NONE ? null : (PyBaseException) v;
                    e.suppressContext = true;
                });
        m.getset("__suppress_context__", (PyBaseException e) -> PyBool.of(e.suppressContext),
                (PyBaseException e, PyObject v) -> e.suppressContext = v != null && Truth.isTrue(v));
        m.method("with_traceback", "($self, tb, /)", (PyBaseException e, PyObject tb) -> {
            if (tb != PyNone.NONE && !(tb instanceof PyTraceback)) {
                throw PyErrors.typeError("__traceback__ must be a traceback or None");
            }
            e.traceback = tb == PyNone.NONE ? null : (PyTraceback) tb;
            return e;
        });
        m.method("add_note", "($self, note, /)", (PyBaseException e, PyObject note) -> {
            if (!Strs.isStr(note)) {
                throw PyErrors.typeError("note must be a str, not '%s'", note.type().getName());
            }
            e.addNote(Strs.value(note));
            return PyNone.NONE;
        });
        m.method("__reduce__", "($self, /)", (PyBaseException e) -> {
            PyDict d = e.attributeNames().length == 0 ? null : e.instanceDict();
            return d == null ? PyTuple.of(e.type(), e.args) : PyTuple.of(e.type(), e.args, d);
        });
        m.method("__setstate__", "($self, state, /)", (PyBaseException e, PyObject state) -> {
            if (state instanceof PyDict) {
                PyDict d = (PyDict) state;
                for (int p = d.nextPosition(0); p >= 0; p = d.nextPosition(p + 1)) {
                    Attributes.setAttr(e, Attributes.nameArg(d.keyAt(p)), d.valueAt(p));
                }
            } else if (state != PyNone.NONE) {
                throw PyErrors.typeError("state is not a dictionary");
            }
            return PyNone.NONE;
        });
        m.getset("__dict__", (PyBaseException e) -> e.instanceDict(), (PyBaseException e, PyObject v) -> {
            if (!(v instanceof PyDict)) {
                throw PyErrors.typeError("__dict__ must be set to a dictionary, not a '%s'", v == null ? "NoneType" : v.type().getName());
            }
            e.replaceDict((PyDict) v);
        });
    }

    /** {@code OSError(errno, strerror, ...)}: picks the subclass for the errno when called on OSError itself. */
    static PyObject newOSError(PyType type, PyObject[] a, int off, int npos, String[] kw) {
        PyType actual = type;
        if (type == PyExc.OSError && npos >= 2 && Ints.isInt(a[off]) && Ints.fitsLong(a[off])) {
            PyType sub = subclassForErrno(Ints.longValue(a[off]));
            if (sub != null) {
                actual = sub;
            }
        }
        PyOSError e = new PyOSError(actual);
        e.args = Calls.argsTuple(a, off, npos);
        e.initFields(a, off, npos, null);
        return e;
    }

    /** Linux errno values to OSError subclasses (PEP 3151). */
    static PyType subclassForErrno(long errno) {
        switch ((int) errno) {
            case 11: case 114: case 115: return PyExc.BlockingIOError;
            case 10: return PyExc.ChildProcessError;
            case 32: case 108: return PyExc.BrokenPipeError;
            case 103: return PyExc.ConnectionAbortedError;
            case 111: return PyExc.ConnectionRefusedError;
            case 104: return PyExc.ConnectionResetError;
            case 17: return PyExc.FileExistsError;
            case 2: return PyExc.FileNotFoundError;
            case 21: return PyExc.IsADirectoryError;
            case 20: return PyExc.NotADirectoryError;
            case 4: return PyExc.InterruptedError;
            case 13: case 1: return PyExc.PermissionError;
            case 3: return PyExc.ProcessLookupError;
            case 110: return PyExc.TimeoutError;
            default: return null;
        }
    }
}
