package org.ramjet.interp;

import org.ramjet.bytecode.CodeFlags;
import org.ramjet.bytecode.PyCode;
import org.ramjet.objects.PyBaseException;
import org.ramjet.objects.PyException;
import org.ramjet.objects.PyNone;
import org.ramjet.objects.PyObject;
import org.ramjet.runtime.ThreadState;

/** GET_YIELD_FROM_ITER and SEND, and the delegation steps of {@code throw}/{@code close}. */
final class Generators {
    private Generators() {}

    static PyObject yieldFromIter(PyCode code, PyObject iterable) {
        if (iterable instanceof PyGenerator) {
            return iterable;
        }
        return Ops.iter(iterable);
    }

    /**
     * SEND: sends {@code value} to {@code receiver}; returns what it yielded, or null when it
     * finished, leaving its return value for {@link #takeReturnValue}.
     */
    static PyObject send(PyObject receiver, PyObject value) {
        ThreadState ts = ThreadState.current();
        if (receiver instanceof PyGenerator) {
            PyGenerator gen = (PyGenerator) receiver;
            PyObject v = gen.resume(value, null);
            if (v == null) {
                ts.stopValue = gen.returnValue;
                gen.returnValue = null;
            }
            return v;
        }
        try {
            if (value == PyNone.NONE) {
                PyObject v = Ops.next(receiver);
                if (v == null) {
                    ts.stopValue = PyNone.NONE;
                }
                return v;
            }
            return Ops.callMethod(receiver, "send", value);
        } catch (PyException e) {
            if (Ops.isStopIteration(e)) {
                ts.stopValue = Ops.stopIterationValue(e.value);
                return null;
            }
            throw e;
        }
    }

    static PyObject takeReturnValue(ThreadState ts) {
        PyObject v = ts.stopValue;
        ts.stopValue = null;
        return v;
    }

    /** Closes a {@code yield from} target: {@code close()} when it has one. */
    static void closeIterator(PyObject delegate) {
        if (delegate instanceof PyGenerator) {
            ((PyGenerator) delegate).close();
            return;
        }
        PyObject close = Ops.getAttrOrNull(delegate, "close");
        if (close != null) {
            Ops.call(close, new PyObject[0], 0, 0, null);
        }
    }

    /** Throws into a {@code yield from} target; returns what it yields next. */
    static PyObject throwInto(PyObject delegate, PyBaseException exc) {
        if (delegate instanceof PyGenerator) {
            return ((PyGenerator) delegate).throwException(exc);
        }
        PyObject thrower = Ops.getAttrOrNull(delegate, "throw");
        if (thrower == null) {
            throw ExceptionOps.alreadyChained(new PyException(exc));
        }
        return Ops.call(thrower, new PyObject[] {exc}, 0, 1, null);
    }

    static boolean isGeneratorCode(PyCode code) {
        return (code.flags & (CodeFlags.GENERATOR | CodeFlags.COROUTINE | CodeFlags.ASYNC_GENERATOR)) != 0;
    }
}
