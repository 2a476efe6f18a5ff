package org.ramjet.objects;

import static org.ramjet.bytecode.BinaryOp.*;

import org.ramjet.bytecode.CompareOp;

/** Definer of {@code complex}: repr, equality, hash and the arithmetic operators. */
public final class ComplexType {
    private ComplexType() {}

    public static final PyType TYPE = new TypeSpec("complex", PyComplex.class)
            .valueType()
            .slots(ComplexType::slots)
            .methods(m -> {
                m.getter("real", (PyComplex c) -> PyFloat.of(c.real));
                m.getter("imag", (PyComplex c) -> PyFloat.of(c.imag));
                m.method("conjugate", "($self, /)", (PyComplex c) -> PyComplex.of(c.real, -c.imag));
                m.methodKeepSelf("__format__", "($self, format_spec, /)", (self, spec) ->
                        Formatting.formatComplex(self, Strs.value(spec)));
            })
            .build();

    @FunctionalInterface
    interface Op {
        PyObject apply(PyComplex a, PyComplex b);
    }

    static PyComplex toComplex(PyObject o) {
        if (o instanceof PyComplex) {
            return (PyComplex) o;
        }
        if (o instanceof PyValueInstance && ((PyValueInstance) o).value instanceof PyComplex) {
            return (PyComplex) ((PyValueInstance) o).value;
        }
        if (Floats.isFloatOperand(o)) {
            return PyComplex.of(Floats.toDouble(o), 0);
        }
        return null;
    }

    private static void both(PyType t, org.ramjet.bytecode.BinaryOp b, Op f) {
        t.binary[b.ordinal()] = (self, o) -> {
            PyComplex c = toComplex(o);
            return c == null ? PyNotImplemented.NOT_IMPLEMENTED : f.apply((PyComplex) self, c);
        };
        t.rbinary[b.ordinal()] = (self, o) -> {
            PyComplex c = toComplex(o);
            return c == null ? PyNotImplemented.NOT_IMPLEMENTED : f.apply(c, (PyComplex) self);
        };
    }

    private static void slots(PyType t) {
        t.repr = self -> PyStr.of(Complexes.repr((PyComplex) self));
        t.hash = self -> {
            PyComplex c = (PyComplex) self;
            long h = Floats.hash(c.real, self) + 1000003L * Floats.hash(c.imag, self);
            return h == -1 ? -2 : h;
        };
        t.bool = self -> ((PyComplex) self).real != 0 || ((PyComplex) self).imag != 0;
        t.neg = self -> PyComplex.of(-((PyComplex) self).real, -((PyComplex) self).imag);
        t.pos = self -> self;
        t.abs = self -> PyFloat.of(Math.hypot(((PyComplex) self).real, ((PyComplex) self).imag));
        t.richcompare = (self, other, op) -> {
            PyComplex o = toComplex(other);
            if (o == null || (op != CompareOp.EQ && op != CompareOp.NE)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyComplex a = (PyComplex) self;
            boolean eq = a.real == o.real && a.imag == o.imag;
            return PyBool.of(op == CompareOp.EQ ? eq : !eq);
        };
        both(t, ADD, (a, b) -> PyComplex.of(a.real + b.real, a.imag + b.imag));
        both(t, SUBTRACT, (a, b) -> PyComplex.of(a.real - b.real, a.imag - b.imag));
        both(t, MULTIPLY, (a, b) -> PyComplex.of(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real));
        both(t, TRUE_DIVIDE, ComplexType::divide);
        both(t, POWER, Complexes::pow);
        t.new_ = (type, a, off, n, kw) -> {
            double re = 0, im = 0;
            if (n >= 1) {
                PyComplex c = toComplex(a[off]);
                if (c == null) {
                    throw PyErrors.typeError("complex() first argument must be a string or a number, not '%s'",
                            a[off].type().getName());
                }
                re = c.real;
                im = c.imag;
            }
            if (n >= 2) {
                PyComplex c = toComplex(a[off + 1]);
                if (c == null) {
                    throw PyErrors.typeError("complex() second argument must be a number, not '%s'",
                            a[off + 1].type().getName());
                }
                re -= c.imag;
                im += c.real;
            }
            PyObject v = PyComplex.of(re, im);
            return type == TYPE ? v : new PyValueInstance(type, v);
        };
    }

    private static PyObject divide(PyComplex a, PyComplex b) {
        double abs = Math.abs(b.real) + Math.abs(b.imag);
        if (b.real == 0 && b.imag == 0) {
            throw PyErrors.zeroDivisionError("complex division by zero");
        }
        double br = b.real / abs, bi = b.imag / abs, ar = a.real / abs, ai = a.imag / abs;
        double d = br * br + bi * bi;
        return PyComplex.of((ar * br + ai * bi) / d, (ai * br - ar * bi) / d);
    }
}
