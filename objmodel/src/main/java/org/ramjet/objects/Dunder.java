package org.ramjet.objects;

/**
 * Calling a special method found on an object's type, the way CPython's slot functions do:
 * the look-up is on the type (never the instance), a plain Python function is called with
 * {@code self} prepended (no bound-method allocation), anything else is bound first.
 */
final class Dunder {
    private Dunder() {}

    private static PyObject find(PyObject self, String name) {
        PyObject f = self.type().lookup(name);
        if (f == null) {
            throw PyErrors.attributeError(self, name);
        }
        return f;
    }

    static PyObject call0(PyObject self, String name) {
        PyObject f = find(self, name);
        if (f instanceof PyFunction) {
            return ((PyFunction) f).invoke(new PyObject[] {self}, 0, 1, null);
        }
        return Calls.call(Attributes.bindDescriptor(f, self, self.type()), Calls.NO_ARGS, 0, 0, null);
    }

    static PyObject call1(PyObject self, String name, PyObject a) {
        return call1Found(find(self, name), self, a);
    }

    static PyObject call2(PyObject self, String name, PyObject a, PyObject b) {
        PyObject f = find(self, name);
        if (f instanceof PyFunction) {
            return ((PyFunction) f).invoke(new PyObject[] {self, a, b}, 0, 3, null);
        }
        return Calls.call(Attributes.bindDescriptor(f, self, self.type()), new PyObject[] {a, b}, 0, 2, null);
    }

    /** One-argument special method call without varargs (binary operators, comparisons, __getitem__). */
    static PyObject call1Found(PyObject f, PyObject self, PyObject a) {
        if (f instanceof PyFunction) {
            return ((PyFunction) f).invoke(new PyObject[] {self, a}, 0, 2, null);
        }
        return Calls.call(Attributes.bindDescriptor(f, self, self.type()), new PyObject[] {a}, 0, 1, null);
    }

    /** For binary operators and comparisons: NotImplemented when the type lacks the method. */
    static PyObject call1OrNotImplemented(PyObject self, String name, PyObject a) {
        PyObject f = self.type().lookup(name);
        if (f == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return call1Found(f, self, a);
    }

    static PyObject callVector(PyObject self, String name, PyObject[] args, int off, int npos, String[] kw) {
        PyObject f = find(self, name);
        if (f instanceof PyFunction) {
            return Calls.callPrepend(f, self, args, off, npos, kw);
        }
        return Calls.call(Attributes.bindDescriptor(f, self, self.type()), args, off, npos, kw);
    }

    /** Calls special method {@code f} (found on {@code type(self)}) with self and the arguments. */
    static PyObject callFound(PyObject f, PyObject self, PyObject... args) {
        if (f instanceof PyFunction) {
            PyObject[] all = new PyObject[args.length + 1];
            all[0] = self;
            System.arraycopy(args, 0, all, 1, args.length);
            return ((PyFunction) f).invoke(all, 0, all.length, null);
        }
        PyObject bound = Attributes.bindDescriptor(f, self, self.type());
        return Calls.call(bound, args, 0, args.length, null);
    }

    static PyObject checkStr(PyObject r, String name) {
        if (!(r instanceof PyStr) && !r.type().hasFlag(TypeFlags.UNICODE_SUBCLASS)) {
            throw PyErrors.typeError("%s returned non-string (type %s)", name, r.type().getName());
        }
        return r;
    }

    static PyObject checkInt(PyObject r, String name) {
        if (!Ints.isInt(r)) {
            throw PyErrors.typeError("%s returned non-int (type %s)", name, r.type().getName());
        }
        return r;
    }

    static PyObject checkFloat(PyObject self, PyObject r) {
        if (!(r instanceof PyFloat) && !r.type().isSubtype(FloatType.TYPE)) {
            throw PyErrors.typeError("%s.__float__ returned non-float (type %s)",
                    self.type().getName(), r.type().getName());
        }
        return r;
    }
}
