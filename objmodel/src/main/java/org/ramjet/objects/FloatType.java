package org.ramjet.objects;

import static org.ramjet.bytecode.BinaryOp.*;

import java.math.BigInteger;
import org.ramjet.bytecode.CompareOp;

/**
 * Definer of {@code float}. Binary slots accept a float or an int as the other operand (so
 * {@code 1 + 2.5} works through float's reflected slot after int declines) and decline
 * anything else with NotImplemented.
 */
public final class FloatType {
    private FloatType() {}

    @FunctionalInterface
    interface DoubleOp {
        PyObject apply(double a, double b);
    }

    public static final PyType TYPE = new TypeSpec("float", PyFloat.class)
            .valueType()
            .slots(FloatType::slots)
            .methods(FloatType::methods)
            .build();

    private static void both(PyType t, org.ramjet.bytecode.BinaryOp b, DoubleOp f) {
        t.binary[b.ordinal()] = (self, o) -> Floats.isFloatOperand(o)
                ? f.apply(Floats.toDouble(self), Floats.toDouble(o)) : PyNotImplemented.NOT_IMPLEMENTED;
        t.rbinary[b.ordinal()] = (self, o) -> Floats.isFloatOperand(o)
                ? f.apply(Floats.toDouble(o), Floats.toDouble(self)) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    private static void slots(PyType t) {
        t.repr = self -> PyStr.of(org.ramjet.objects.format.FloatRepr.repr(((PyFloat) self).value));
        t.hash = self -> Floats.hash(((PyFloat) self).value, self);
        t.bool = self -> ((PyFloat) self).value != 0.0;
        t.richcompare = FloatType::compare;
        t.int_ = self -> Floats.toInt(((PyFloat) self).value);
        t.float_ = self -> self;
        t.neg = self -> PyFloat.of(-((PyFloat) self).value);
        t.pos = self -> self;
        t.abs = self -> PyFloat.of(Math.abs(((PyFloat) self).value));
        both(t, ADD, (a, b) -> PyFloat.of(a + b));
        both(t, SUBTRACT, (a, b) -> PyFloat.of(a - b));
        both(t, MULTIPLY, (a, b) -> PyFloat.of(a * b));
        both(t, TRUE_DIVIDE, Floats::trueDiv);
        both(t, FLOOR_DIVIDE, Floats::floorDiv);
        both(t, REMAINDER, Floats::mod);
        both(t, POWER, (a, b) -> Floats.pow(PyFloat.of(a), PyFloat.of(b)));
        t.new_ = FloatType::newFloat;
    }

    static PyObject compare(PyObject self, PyObject other, CompareOp op) {
        double a = ((PyFloat) self).value;
        if (Floats.isFloat(other)) {
            double b = Floats.value(other);
            boolean r;
            switch (op) {
                case LT: r = a < b; break;
                case LE: r = a <= b; break;
                case EQ: r = a == b; break;
                case NE: r = a != b; break;
                case GT: r = a > b; break;
                default: r = a >= b; break;
            }
            return PyBool.of(r);
        }
        if (Ints.isInt(other)) {
            int c = Floats.compareWithInt(a, other);
            if (c == 2) {
                return PyBool.of(op == CompareOp.NE);
            }
            return PyBool.of(Comparisons.test(c, op));
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    private static PyObject newFloat(PyType type, PyObject[] args, int off, int npos, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw PyErrors.typeError("float() takes no keyword arguments");
        }
        if (npos > 1) {
            throw PyErrors.typeError("float expected at most 1 argument, got %d", npos);
        }
        PyObject v = npos == 0 ? PyFloat.of(0.0) : Numbers.toFloat(args[off]);
        return type == TYPE ? v : new PyValueInstance(type, v);
    }

    private static void methods(MethodTable m) {
        m.method("is_integer", "($self, /)", (PyFloat self) ->
                PyBool.of(!Double.isInfinite(self.value) && self.value == Math.floor(self.value)));
        m.method("as_integer_ratio", "($self, /)", (PyFloat self) -> {
            BigInteger[] r = Floats.asIntegerRatio(self.value);
            return PyTuple.of(PyInt.of(r[0]), PyInt.of(r[1]));
        });
        m.method("conjugate", "($self, /)", (PyFloat self) -> self);
        m.method("__trunc__", "($self, /)", (PyFloat self) -> Floats.toInt(self.value));
        m.method("__floor__", "($self, /)", (PyFloat self) -> Floats.toInt(Math.floor(self.value)));
        m.method("__ceil__", "($self, /)", (PyFloat self) -> Floats.toInt(Math.ceil(self.value)));
        m.method("__round__", "($self, ndigits=None, /)", (PyFloat self, PyObject nd) -> Floats.round(self.value, nd));
        m.method("__getnewargs__", "($self, /)", (PyFloat self) -> PyTuple.of(self));
        m.method("__divmod__", "($self, value, /)", (PyFloat self, PyObject o) ->
                Floats.isFloatOperand(o) ? Floats.divmodTuple(self.value, Floats.toDouble(o)) : PyNotImplemented.NOT_IMPLEMENTED);
        m.method("__rdivmod__", "($self, value, /)", (PyFloat self, PyObject o) ->
                Floats.isFloatOperand(o) ? Floats.divmodTuple(Floats.toDouble(o), self.value) : PyNotImplemented.NOT_IMPLEMENTED);
        m.method("hex", "($self, /)", (PyFloat self) -> PyStr.of(org.ramjet.objects.format.FloatHex.toHex(self.value)));
        m.classMethod("fromhex", "($type, string, /)", (PyType cls, PyObject s) -> {
            double d;
            try {
                d = org.ramjet.objects.format.FloatHex.fromHex(Strs.value(s));
            } catch (org.ramjet.objects.format.FormatError e) {
                throw NumFmt.error(e);
            }
            return cls == TYPE ? PyFloat.of(d) : Calls.call(cls, PyFloat.of(d));
        });
        m.getter("real", (PyFloat self) -> self);
        m.getter("imag", (PyFloat self) -> PyFloat.of(0.0));
        m.methodKeepSelf("__format__", "($self, format_spec, /)", (self, spec) ->
                Formatting.formatFloat(self, Strs.value(spec)));
    }
}
