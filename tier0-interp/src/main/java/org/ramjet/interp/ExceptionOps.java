package org.ramjet.interp;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import org.ramjet.objects.PyBaseException;
import org.ramjet.objects.PyException;
import org.ramjet.objects.PyFrame;
import org.ramjet.objects.PyList;
import org.ramjet.objects.PyNone;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.PyTraceback;
import org.ramjet.objects.PyTuple;
import org.ramjet.objects.PyType;
import org.ramjet.runtime.ThreadState;

/**
 * Raising and catching: {@code raise} in its three forms, {@code except} matching,
 * {@code except*} (exception-group split and re-raise), {@code with}, and the two per-frame
 * steps of unwinding (traceback entry, implicit {@code __context__}).
 */
final class ExceptionOps {
    private ExceptionOps() {}

    /** RAISE_VARARGS: 0 re-raises the handled exception, 1 raises exc, 2 raises exc from cause. */
    static PyException raise(ThreadState ts, PyObject exc, PyObject cause, int form) {
        if (form == 0) {
            PyObject active = ts.excState.topmost();
            if (active == null) {
                return Ops.runtimeError("No active exception to reraise");
            }
            return alreadyChained(new PyException((PyBaseException) active));
        }
        PyBaseException value = instantiate(exc, "exceptions must derive from BaseException");
        if (form == 2) {
            PyBaseException causeValue = null;
            if (cause != PyNone.NONE) {
                causeValue = instantiate(cause, "exception causes must derive from BaseException");
            }
            Ops.setCause(value, causeValue);
        }
        return new PyException(value);
    }

    /** An exception class is called with no arguments; an instance is used as is. */
    private static PyBaseException instantiate(PyObject exc, String notAnException) {
        if (exc instanceof PyType && Ops.isExceptionClass((PyType) exc)) {
            PyObject made = Ops.call(exc, new PyObject[0], 0, 0, null);
            if (!(made instanceof PyBaseException)) {
                throw Ops.typeError("calling " + Ops.reprString(exc)
                        + " should have returned an instance of BaseException, not "
                        + Ops.reprString(made.type()));
            }
            return (PyBaseException) made;
        }
        if (exc instanceof PyBaseException) {
            return (PyBaseException) exc;
        }
        throw Ops.typeError(notAnException);
    }

    /** RERAISE: the exception object keeps its traceback and context. */
    static PyException reraise(PyObject exc) {
        return alreadyChained(new PyException((PyBaseException) exc));
    }

    static PyException alreadyChained(PyException e) {
        e.contextChained = true;
        return e;
    }

    /** Prepends this frame's entry to the exception's traceback. */
    static void addTraceback(PyException e, PyFrame frame, int bci) {
        PyBaseException value = e.value;
        int line = bci >= 0 ? frame.code.lineTable.line(bci) : frame.code.firstLineno;
        value.traceback = new PyTraceback(value.traceback, frame, bci >= 0 ? 2 * bci : -1,
                line < 0 ? frame.code.firstLineno : line);
    }

    /**
     * Implicit chaining, once per raise: the new exception's {@code __context__} becomes the
     * exception being handled, breaking any cycle that would create (as CPython's
     * {@code _PyErr_SetObject}).
     */
    static void chainContext(ThreadState ts, PyException e) {
        if (e.contextChained) {
            return;
        }
        e.contextChained = true;
        PyObject handled = ts.excState.topmost();
        PyBaseException value = e.value;
        if (handled == null || handled == value) {
            return;
        }
        // cut value out of handled's context chain so that the chain stays acyclic; a
        // pre-existing cycle elsewhere in the chain is detected with Floyd's two pointers
        PyBaseException o = (PyBaseException) handled;
        PyBaseException slow = o;
        boolean advanceSlow = false;
        while (o != null) {
            PyBaseException ctx = o.context;
            if (ctx == value) {
                o.context = null;
                break;
            }
            o = ctx;
            if (o == slow) {
                break;
            }
            if (advanceSlow) {
                slow = slow.context;
            }
            advanceSlow = !advanceSlow;
        }
        value.context = (PyBaseException) handled;
    }

    /** CHECK_EXC_MATCH: {@code isinstance(exc, type)} where type is a class or a tuple of classes. */
    static boolean matches(PyObject exc, PyObject type) {
        checkCatchable(type, false);
        return Ops.exceptionMatches(exc, type);
    }

    private static void checkCatchable(PyObject type, boolean star) {
        if (type instanceof PyTuple) {
            PyTuple t = (PyTuple) type;
            for (int i = 0; i < t.size(); i++) {
                checkCatchable(t.get(i), star);
            }
            return;
        }
        if (!(type instanceof PyType) || !Ops.isExceptionClass((PyType) type)) {
            throw Ops.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
        if (star && Ops.isExceptionGroupClass((PyType) type)) {
            throw Ops.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
        }
    }

    /**
     * CHECK_EG_MATCH: [eg, type] -> [rest, match]. The matching part becomes the handled
     * exception; a naked exception that matches is wrapped in an ExceptionGroup("", [exc]).
     */
    static void checkEgMatch(ThreadState ts, PyObject[] s, int sp) {
        PyObject type = s[sp - 1];
        checkCatchable(type, true);
        PyObject exc = s[sp - 2];
        PyObject match, rest;
        if (exc == PyNone.NONE) {
            match = PyNone.NONE;
            rest = PyNone.NONE;
        } else if (Ops.exceptionMatches(exc, type)) {
            if (Ops.isExceptionGroup(exc)) {
                match = exc;
            } else {
                match = Ops.newExceptionGroup("", new PyObject[] {exc});
            }
            rest = PyNone.NONE;
        } else if (Ops.isExceptionGroup(exc)) {
            PyTuple pair = (PyTuple) Ops.callMethod(exc, "split", type);
            match = pair.get(0);
            rest = pair.get(1);
        } else {
            match = PyNone.NONE;
            rest = PyNone.NONE;
        }
        if (match == PyNone.NONE) {
            s[sp - 1] = PyNone.NONE;  // stack stays [exc, None]
            return;
        }
        s[sp - 2] = rest;
        s[sp - 1] = match;
        ts.excState.value = match;
    }

    /**
     * PREP_RERAISE_STAR: [orig, raised-list] -> exception to re-raise or None. Exceptions that
     * were re-raised unchanged keep their place in the original group's structure; new ones are
     * grouped with them in a new ExceptionGroup("", [...]).
     */
    static PyObject prepReraiseStar(PyObject orig, PyObject raisedList) {
        PyList list = (PyList) raisedList;
        List<PyObject> excs = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) != PyNone.NONE) {
                excs.add(list.get(i));
            }
        }
        if (excs.isEmpty()) {
            return PyNone.NONE;
        }
        if (!Ops.isExceptionGroup(orig)) {
            // a naked exception was wrapped: only one except* clause could run
            return excs.get(0);
        }
        List<PyObject> raised = new ArrayList<>();
        List<PyObject> reraised = new ArrayList<>();
        PyBaseException o = (PyBaseException) orig;
        for (PyObject e : excs) {
            if (sameMetadata((PyBaseException) e, o)) {
                reraised.add(e);
            } else {
                raised.add(e);
            }
        }
        PyObject reraisedGroup = project(o, reraised);
        if (raised.isEmpty()) {
            return reraisedGroup;
        }
        if (reraisedGroup != PyNone.NONE) {
            raised.add(reraisedGroup);
        }
        if (raised.size() > 1) {
            return Ops.newExceptionGroup("", raised.toArray(new PyObject[0]));
        }
        return raised.get(0);
    }

    /** A group produced by split() shares the original's traceback, cause, context and notes. */
    private static boolean sameMetadata(PyBaseException e, PyBaseException orig) {
        return e.traceback == orig.traceback && e.cause == orig.cause && e.context == orig.context
                && Ops.notesOf(e) == Ops.notesOf(orig);
    }

    /** The part of {@code orig} whose leaves are leaves of {@code keep}, or None. */
    private static PyObject project(PyBaseException orig, List<PyObject> keep) {
        if (keep.isEmpty()) {
            return PyNone.NONE;
        }
        IdentityHashMap<PyObject, Boolean> leaves = new IdentityHashMap<>();
        for (PyObject e : keep) {
            collectLeaves(e, leaves);
        }
        PyTuple pair = (PyTuple) Ops.callMethod(orig, "split",
                Ops.javaPredicate("leaf_in_reraised", leaf -> leaves.containsKey(leaf)));
        return pair.get(0);
    }

    private static void collectLeaves(PyObject e, IdentityHashMap<PyObject, Boolean> leaves) {
        if (Ops.isExceptionGroup(e)) {
            for (PyObject sub : Ops.groupExceptions(e)) {
                collectLeaves(sub, leaves);
            }
        } else {
            leaves.put(e, Boolean.TRUE);
        }
    }

    /** WITH_EXCEPT_START: {@code exit(type(exc), exc, exc.__traceback__)}. */
    static PyObject withExceptStart(PyObject exit, PyObject exc) {
        PyBaseException value = (PyBaseException) exc;
        PyObject tb = value.traceback == null ? PyNone.NONE : value.traceback;
        return Ops.call(exit, new PyObject[] {exc.type(), exc, tb}, 0, 3, null);
    }

    /** BEFORE_WITH, first half: the bound {@code __exit__} (looked up on the type). */
    static PyObject withExit(PyObject mgr) {
        if (mgr.type().lookup("__enter__") == null) {
            throw Ops.typeError("'" + Ops.typeName(mgr) + "' object does not support the context manager protocol");
        }
        PyObject exit = Ops.lookupSpecialBound(mgr, "__exit__");
        if (exit == null) {
            throw Ops.typeError("'" + Ops.typeName(mgr)
                    + "' object does not support the context manager protocol (missed __exit__ method)");
        }
        return exit;
    }

    /** BEFORE_WITH, second half: {@code mgr.__enter__()}. */
    static PyObject withEnter(PyObject mgr) {
        return Ops.callSpecial(mgr, "__enter__");
    }
}
