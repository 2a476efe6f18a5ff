package org.ramjet.objects;

/**
 * Raising Python exceptions from Java: {@code throw PyErrors.typeError("'%s' object is not
 * callable", t.getName())}. Each factory returns the {@link PyException} carrier (so the call
 * site says {@code throw}); formats use {@link String#format}. Messages must be CPython's,
 * letter for letter.
 */
public final class PyErrors {
    private PyErrors() {}

    private static String fmt(String format, Object... args) {
        return args.length == 0 ? format : String.format(format, args);
    }

    /** An exception of a builtin class whose only argument is {@code message}. */
    public static PyException of(PyType type, String message) {
        return new PyException(newException(type, PyStr.of(message)));
    }

    /** Creates an exception instance of any exception class (calls the class, so user classes work). */
    public static PyBaseException newException(PyType type, PyObject... args) {
        PyObject e = Calls.call(type, args, 0, args.length, null);
        if (!(e instanceof PyBaseException)) {
            throw typeError("calling %s should have returned an instance of BaseException, not %s",
                    Repr.reprString(type), e.type().getName());
        }
        return (PyBaseException) e;
    }

    private static PyException simple(PyType type, String message) {
        return new PyException(new PyBaseException(type, PyTuple.of(PyStr.of(message))));
    }

    public static PyException typeError(String format, Object... args) {
        return simple(PyExc.TypeError, fmt(format, args));
    }

    public static PyException valueError(String format, Object... args) {
        return simple(PyExc.ValueError, fmt(format, args));
    }

    public static PyException indexError(String format, Object... args) {
        return simple(PyExc.IndexError, fmt(format, args));
    }

    public static PyException runtimeError(String format, Object... args) {
        return simple(PyExc.RuntimeError, fmt(format, args));
    }

    public static PyException zeroDivisionError(String format, Object... args) {
        return simple(PyExc.ZeroDivisionError, fmt(format, args));
    }

    public static PyException overflowError(String format, Object... args) {
        return simple(PyExc.OverflowError, fmt(format, args));
    }

    public static PyException notImplementedError(String format, Object... args) {
        return simple(PyExc.NotImplementedError, fmt(format, args));
    }

    public static PyException systemError(String format, Object... args) {
        return simple(PyExc.SystemError, fmt(format, args));
    }

    public static PyException recursionError(String format, Object... args) {
        return simple(PyExc.RecursionError, fmt(format, args));
    }

    public static PyException lookupError(String format, Object... args) {
        return simple(PyExc.LookupError, fmt(format, args));
    }

    public static PyException unboundLocalError(String format, Object... args) {
        return simple(PyExc.UnboundLocalError, fmt(format, args));
    }

    public static PyException memoryError() {
        return new PyException(new PyBaseException(PyExc.MemoryError, PyTuple.EMPTY));
    }

    /** {@code KeyError(key)}: str() shows the key's repr. */
    public static PyException keyError(PyObject key) {
        return new PyException(new PyBaseException(PyExc.KeyError, PyTuple.of(key)));
    }

    public static PyException keyError(String message) {
        return keyError(PyStr.of(message));
    }

    /** {@code StopIteration(value)}; {@code value == null} for a bare StopIteration. */
    public static PyException stopIteration(PyObject value) {
        PyStopIteration e = new PyStopIteration(PyExc.StopIteration);
        if (value != null) {
            e.args = PyTuple.of(value);
            e.value = value;
        }
        return new PyException(e);
    }

    /** "'Foo' object has no attribute 'x'" (or the type/module forms), with name and obj set. */
    public static PyException attributeError(PyObject obj, String name) {
        String msg;
        if (obj instanceof PyType) {
            msg = String.format("type object '%s' has no attribute '%s'", ((PyType) obj).getName(), name);
        } else if (obj instanceof PyModule && ((PyModule) obj).getName() != null) {
            msg = String.format("module '%s' has no attribute '%s'", ((PyModule) obj).getName(), name);
        } else {
            msg = String.format("'%s' object has no attribute '%s'", obj.type().getName(), name);
        }
        return attributeError(msg, obj, name);
    }

    /** An AttributeError with a custom message and the {@code name}/{@code obj} fields. */
    public static PyException attributeError(String message, PyObject obj, String name) {
        PyAttributeError e = new PyAttributeError(PyExc.AttributeError, true);
        e.args = PyTuple.of(PyStr.of(message));
        if (obj != null) {
            e.obj = obj;
        }
        if (name != null) {
            e.name = PyStr.of(name);
        }
        return new PyException(e);
    }

    /** "name 'x' is not defined", with {@code name} set. */
    public static PyException nameError(String name) {
        PyAttributeError e = new PyAttributeError(PyExc.NameError, false);
        e.args = PyTuple.of(PyStr.of(String.format("name '%s' is not defined", name)));
        e.name = PyStr.of(name);
        return new PyException(e);
    }

    /** {@code OSError(errno, strerror[, filename])}, as the errno's subclass. */
    public static PyException osError(int errno, String strerror, String filename) {
        PyObject[] a = filename == null
                ? new PyObject[] {PyInt.of(errno), PyStr.of(strerror)}
                : new PyObject[] {PyInt.of(errno), PyStr.of(strerror), PyStr.of(filename)};
        return new PyException((PyBaseException) ExceptionMethods.newOSError(PyExc.OSError, a, 0, a.length, null));
    }
}
