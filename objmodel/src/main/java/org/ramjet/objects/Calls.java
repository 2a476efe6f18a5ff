package org.ramjet.objects;

/**
 * Calling any Python object, with one convention shared by all tiers (CPython's vectorcall):
 *
 * <pre>{@code  Calls.call(callable, args, off, npos, kwnames) }</pre>
 *
 * Positional arguments are {@code args[off .. off+npos)}; keyword values follow them,
 * {@code kwnames.length} of them, named by {@code kwnames} ({@code null} when there are none).
 * The callee never keeps or modifies {@code args}, so the interpreter passes its value stack
 * directly and nothing is allocated for the call itself. The LOAD_METHOD layout
 * {@code [meth, self, a1..an]} is simply a call with {@code npos = n + 1} starting at self.
 *
 * <p>Convenience overloads with 0-3 arguments exist for Java callers; they allocate the array.
 */
public final class Calls {
    public static final PyObject[] NO_ARGS = new PyObject[0];

    private Calls() {}

    /** The vectorcall entry point. */
    public static PyObject call(PyObject callable, PyObject[] args, int off, int npos, String[] kwnames) {
        if (callable instanceof PyFunction) {
            return ((PyFunction) callable).invoke(args, off, npos, kwnames);
        }
        Slot.Call c = callable.type().call;
        if (c == null) {
            throw PyErrors.typeError("'%s' object is not callable", callable.type().getName());
        }
        return c.call(callable, args, off, npos, kwnames);
    }

    public static PyObject call(PyObject callable) {
        return call(callable, NO_ARGS, 0, 0, null);
    }

    public static PyObject call(PyObject callable, PyObject a) {
        return call(callable, new PyObject[] {a}, 0, 1, null);
    }

    public static PyObject call(PyObject callable, PyObject a, PyObject b) {
        return call(callable, new PyObject[] {a, b}, 0, 2, null);
    }

    public static PyObject call(PyObject callable, PyObject a, PyObject b, PyObject c) {
        return call(callable, new PyObject[] {a, b, c}, 0, 3, null);
    }

    /** Positional arguments from a Java array (the array is not kept). */
    public static PyObject callArgs(PyObject callable, PyObject... args) {
        return call(callable, args, 0, args.length, null);
    }

    /** Calls with {@code first} inserted before the vectorcall's arguments (self, cls). */
    public static PyObject callPrepend(PyObject callable, PyObject first, PyObject[] args, int off, int npos,
                                       String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        PyObject[] a = new PyObject[npos + nkw + 1];
        a[0] = first;
        System.arraycopy(args, off, a, 1, npos + nkw);
        return call(callable, a, 0, npos + 1, kwnames);
    }

    /** {@code obj.name(args...)}: looks up the attribute and calls it. */
    public static PyObject callMethod(PyObject obj, String name, PyObject... args) {
        PyObject m = Attributes.lookupMethod(obj, name);
        if (m != null) {
            PyObject[] a = new PyObject[args.length + 1];
            a[0] = obj;
            System.arraycopy(args, 0, a, 1, args.length);
            return call(m, a, 0, a.length, null);
        }
        return call(Attributes.getAttr(obj, name), args, 0, args.length, null);
    }

    /**
     * {@code f(*args, **kwargs)} (CALL_FUNCTION_EX): {@code kwargs} may be null. Raises
     * "keywords must be strings".
     */
    public static PyObject callEx(PyObject callable, PyTuple args, PyDict kwargs) {
        int npos = args.size();
        if (kwargs == null || kwargs.size() == 0) {
            return call(callable, args.items, 0, npos, null);
        }
        int nkw = kwargs.size();
        PyObject[] a = new PyObject[npos + nkw];
        System.arraycopy(args.items, 0, a, 0, npos);
        String[] names = new String[nkw];
        int i = 0;
        for (int p = kwargs.nextPosition(0); p >= 0; p = kwargs.nextPosition(p + 1)) {
            PyObject k = kwargs.keyAt(p);
            if (!(k instanceof PyStr)) {
                if (k instanceof PyValueInstance && ((PyValueInstance) k).value instanceof PyStr) {
                    k = ((PyValueInstance) k).value;
                } else {
                    throw PyErrors.typeError("keywords must be strings");
                }
            }
            names[i] = ((PyStr) k).value;
            a[npos + i] = kwargs.valueAt(p);
            i++;
        }
        return call(callable, a, 0, npos, names);
    }

    /** Converts a CALL_KW names tuple to the {@code String[]} of the convention (cache the result per site). */
    public static String[] kwnames(PyTuple names) {
        String[] out = new String[names.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ((PyStr) names.get(i)).value;
        }
        return out;
    }

    /** Collects keyword arguments of a vectorcall into a new dict (for {@code **kwargs}). */
    public static PyDict kwargsDict(PyObject[] args, int off, int npos, String[] kwnames) {
        PyDict d = new PyDict();
        if (kwnames != null) {
            for (int k = 0; k < kwnames.length; k++) {
                d.putStr(kwnames[k], args[off + npos + k]);
            }
        }
        return d;
    }

    /** A tuple of the positional arguments of a vectorcall. */
    public static PyTuple argsTuple(PyObject[] args, int off, int npos) {
        if (npos == 0) {
            return PyTuple.EMPTY;
        }
        PyObject[] a = new PyObject[npos];
        System.arraycopy(args, off, a, 0, npos);
        return PyTuple.of(a);
    }
}
