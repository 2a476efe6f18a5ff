package org.ramjet.stdlib.builtins;

import java.math.BigInteger;
import org.ramjet.objects.Attributes;
import org.ramjet.objects.BinaryOps;
import org.ramjet.objects.Calls;
import org.ramjet.objects.Ints;
import org.ramjet.objects.ModuleBuilder;
import org.ramjet.objects.Numbers;
import org.ramjet.objects.PyBytes;
import org.ramjet.objects.PyErrors;
import org.ramjet.objects.PyInt;
import org.ramjet.objects.PyNone;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.PyStr;
import org.ramjet.objects.PyType;
import org.ramjet.objects.PyValueInstance;
import org.ramjet.stdlib.Args;

/** Numeric builtins: {@code abs divmod pow round bin oct hex chr ord}. */
final class NumberBuiltins {
    private NumberBuiltins() {}

    static void define(ModuleBuilder t) {
        t.function("abs", "($module, x, /)", (PyObject x) -> BinaryOps.abs(x));
        t.function("divmod", "($module, x, y, /)", (PyObject x, PyObject y) -> BinaryOps.divmod(x, y));
        t.function("pow", "($module, base, exp, mod=None)", (PyObject b, PyObject e, PyObject mod) ->
                BinaryOps.pow(b, e, mod == null ? PyNone.NONE : mod));
        t.function("round", "($module, number, ndigits=None)", (PyObject x, PyObject nd) -> round(x, nd));
        t.function("bin", "($module, number, /)", (PyObject x) -> PyStr.of(inBase(x, 2, "0b")));
        t.function("oct", "($module, number, /)", (PyObject x) -> PyStr.of(inBase(x, 8, "0o")));
        t.function("hex", "($module, number, /)", (PyObject x) -> PyStr.of(inBase(x, 16, "0x")));
        t.function("chr", "($module, i, /)", (PyObject i) -> chr(i));
        t.function("ord", "($module, c, /)", (PyObject c) -> ord(c));
    }

    static PyObject round(PyObject x, PyObject ndigits) {
        PyType t = x.type();
        PyObject dunder = t.lookup("__round__");
        if (dunder == null) {
            throw PyErrors.typeError("type %s doesn't define __round__ method", t.getName());
        }
        PyObject bound = Attributes.bindDescriptor(dunder, x, t);
        if (ndigits == null || ndigits == PyNone.NONE) {
            return Calls.call(bound);
        }
        return Calls.call(bound, ndigits);
    }

    /** {@code bin}/{@code oct}/{@code hex}: sign, prefix, digits of {@code __index__}. */
    static String inBase(PyObject x, int base, String prefix) {
        PyObject i = Ints.asIntObject(Numbers.index(x));
        if (i instanceof PyInt) {
            long v = ((PyInt) i).value;
            if (v >= 0) {
                return prefix + Long.toString(v, base);
            }
            if (v != Long.MIN_VALUE) {
                return "-" + prefix + Long.toString(-v, base);
            }
        }
        BigInteger b = Ints.big(i);
        return b.signum() < 0 ? "-" + prefix + b.negate().toString(base) : prefix + b.toString(base);
    }

    static PyObject chr(PyObject i) {
        int cp = Args.intArg(i);
        if (cp < 0 || cp > 0x10ffff) {
            throw PyErrors.valueError("chr() arg not in range(0x110000)");
        }
        return PyStr.of(new String(Character.toChars(cp)));
    }

    static PyObject ord(PyObject c) {
        PyObject v = c instanceof PyValueInstance ? ((PyValueInstance) c).value : c;
        if (v instanceof PyStr) {
            PyStr s = (PyStr) v;
            int n = s.length();
            if (n == 1) {
                return PyInt.of(s.codePointAt(0));
            }
            throw PyErrors.typeError("ord() expected a character, but string of length %d found", n);
        }
        if (v instanceof PyBytes) {
            PyBytes b = (PyBytes) v;
            if (b.length() == 1) {
                return PyInt.of(b.byteAt(0) & 0xff);
            }
            throw PyErrors.typeError("ord() expected a character, but string of length %d found", b.length());
        }
        throw PyErrors.typeError("ord() expected string of length 1, but %s found", c.type().getName());
    }
}
