package org.ramjet.objects;

/** Number conversions: {@code __index__}, {@code int(x)}, {@code float(x)}. */
public final class Numbers {
    private Numbers() {}

    /** {@code operator.index(o)}: an int object, or "'float' object cannot be interpreted as an integer". */
    public static PyObject index(PyObject o) {
        if (o instanceof PyInt || o instanceof PyBigInt) {
            return o;
        }
        if (Ints.isInt(o)) {
            return Ints.asIntObject(o);
        }
        Slot.Unary f = o.type().index;
        if (f == null) {
            throw PyErrors.typeError("'%s' object cannot be interpreted as an integer", o.type().getName());
        }
        return Ints.asIntObject(f.apply(o));
    }

    /** {@code int(x)} with one argument. */
    public static PyObject toInt(PyObject x) {
        if (x instanceof PyInt || x instanceof PyBigInt) {
            return x;
        }
        if (Ints.isInt(x)) {
            return Ints.asIntObject(x);
        }
        if (Floats.isFloat(x)) {
            return Floats.toInt(Floats.value(x));
        }
        PyType t = x.type();
        if (t.int_ != null) {
            return Ints.asIntObject(t.int_.apply(x));
        }
        if (t.index != null) {
            return Ints.asIntObject(t.index.apply(x));
        }
        PyObject trunc = t.lookup("__trunc__");
        if (trunc != null) {
            PyObject r = Dunder.callFound(trunc, x);
            if (Ints.isInt(r)) {
                return Ints.asIntObject(r);
            }
            return index(r);
        }
        if (Strs.isStr(x)) {
            return Ints.parse(Strs.value(x), 10);
        }
        if (x instanceof PyBytes) {
            return Ints.parseBytes(((PyBytes) x).value, 10);
        }
        throw PyErrors.typeError("int() argument must be a string, a bytes-like object or a real number, not '%s'",
                t.getName());
    }

    /** {@code float(x)} with one argument. */
    public static PyObject toFloat(PyObject x) {
        if (x instanceof PyFloat) {
            return x;
        }
        if (Floats.isFloat(x)) {
            return PyFloat.of(Floats.value(x));
        }
        if (Ints.isInt(x)) {
            return PyFloat.of(Floats.toDouble(x));
        }
        PyType t = x.type();
        if (t.float_ != null) {
            PyObject r = t.float_.apply(x);
            return r instanceof PyFloat ? r : PyFloat.of(Floats.value(r));
        }
        if (t.index != null) {
            return PyFloat.of(Floats.toDouble(t.index.apply(x)));
        }
        try {
            if (Strs.isStr(x)) {
                return PyFloat.of(org.ramjet.objects.format.FloatParser.parse(Strs.value(x)));
            }
            if (x instanceof PyBytes) {
                return PyFloat.of(org.ramjet.objects.format.FloatParser.parseBytes(((PyBytes) x).value));
            }
        } catch (org.ramjet.objects.format.FormatError e) {
            throw NumFmt.error(e);
        }
        throw PyErrors.typeError("float() argument must be a string or a real number, not '%s'", t.getName());
    }
}
