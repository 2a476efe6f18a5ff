package org.ramjet.objects;

import org.ramjet.objects.format.ComplexFormat;
import org.ramjet.objects.format.FloatFormat;
import org.ramjet.objects.format.FormatError;
import org.ramjet.objects.format.IntFormat;
import org.ramjet.objects.format.PercentFormat;
import org.ramjet.objects.format.StrFormat;
import org.ramjet.objects.format.StrFormatMethod;

/**
 * {@code format()}, the {@code __format__} methods of the builtin types, {@code str % args},
 * {@code bytes % args} and {@code str.format}: thin adapters over the numfmt library
 * ({@link org.ramjet.objects.format}), which does the CPython-exact work.
 */
public final class Formatting {
    private Formatting() {}

    /** {@code format(obj, spec)}: calls {@code type(obj).__format__(obj, spec)} and checks the result. */
    public static PyObject format(PyObject obj, String spec) {
        if (spec.isEmpty() && obj instanceof PyStr) {
            return obj;
        }
        PyObject r = Calls.callMethod(obj, "__format__", PyStr.of(spec));
        if (!Strs.isStr(r)) {
            throw PyErrors.typeError("__format__ must return a str, not %s", r.type().getName());
        }
        return r;
    }

    static PyObject formatInt(PyObject self, String spec) {
        if (spec.isEmpty()) {
            return Repr.str(self);
        }
        PyObject v = Ints.asIntObject(self);
        try {
            String name = self.type().getName();
            return PyStr.of(v instanceof PyInt ? IntFormat.format(((PyInt) v).value, spec, name)
                    : IntFormat.format(((PyBigInt) v).value, spec, name));
        } catch (FormatError e) {
            throw NumFmt.error(e);
        }
    }

    static PyObject formatFloat(PyObject self, String spec) {
        if (spec.isEmpty()) {
            return Repr.str(self);
        }
        try {
            return PyStr.of(FloatFormat.format(Floats.value(self), spec, self.type().getName()));
        } catch (FormatError e) {
            throw NumFmt.error(e);
        }
    }

    static PyObject formatComplex(PyObject self, String spec) {
        if (spec.isEmpty()) {
            return Repr.str(self);
        }
        PyComplex c = ComplexType.toComplex(self);
        try {
            return PyStr.of(ComplexFormat.format(c.real, c.imag, spec, self.type().getName()));
        } catch (FormatError e) {
            throw NumFmt.error(e);
        }
    }

    static PyObject formatStr(PyObject self, String spec) {
        if (spec.isEmpty()) {
            return self instanceof PyStr ? self : Repr.str(self);
        }
        try {
            return PyStr.of(StrFormat.format(Strs.value(self), spec, self.type().getName()));
        } catch (FormatError e) {
            throw NumFmt.error(e);
        }
    }

    /** {@code fmt % args}. */
    static PyObject percent(PyStr fmt, PyObject args) {
        try {
            return PyStr.of(PercentFormat.format(fmt.value, args, NumFmt.HOST));
        } catch (FormatError e) {
            throw NumFmt.error(e);
        }
    }

    /** {@code bytes % args}. */
    static PyObject percentBytes(byte[] fmt, PyObject args) {
        try {
            return PyBytes.of(PercentFormat.formatBytes(fmt, args, NumFmt.HOST));
        } catch (FormatError e) {
            throw NumFmt.error(e);
        }
    }

    /** {@code template.format(*args, **kwargs)}; {@code kwargs} null when none. */
    static PyObject strFormat(String template, PyObject[] args, PyDict kwargs) {
        try {
            return PyStr.of(StrFormatMethod.format(template, args, kwargs, NumFmt.HOST));
        } catch (FormatError e) {
            throw NumFmt.error(e);
        }
    }

    static PyObject strFormatMap(String template, PyObject mapping) {
        try {
            return PyStr.of(StrFormatMethod.formatMap(template, mapping, NumFmt.HOST));
        } catch (FormatError e) {
            throw NumFmt.error(e);
        }
    }
}
