package org.ramjet.objects;

import org.ramjet.bytecode.BinaryOp;

/**
 * Binary and unary operators with CPython's dispatch rules, shared by all tiers:
 * <ol>
 * <li>{@code int}/{@code float} fast paths (no slot calls, overflow promotes to big ints);</li>
 * <li>if the right operand's type is a proper subclass of the left's and overrides the
 *     reflected method ({@code __radd__}), it goes first;</li>
 * <li>the left operand's {@code __add__}, then the right's {@code __radd__}; NotImplemented
 *     passes the turn;</li>
 * <li>for {@code +}/{@code *}, the sequence concat/repeat fallbacks;</li>
 * <li>"unsupported operand type(s) for +: 'int' and 'str'".</li>
 * </ol>
 * In-place operators try {@code __iadd__} first, then fall back to the plain operator.
 */
public final class BinaryOps {
    private BinaryOps() {}

    /** {@code a op b} for any operator; in-place forms go through {@link #inplaceOp}. */
    public static PyObject binaryOp(PyObject a, PyObject b, BinaryOp op) {
        if (op.isInplace()) {
            return inplaceOp(a, b, op);
        }
        PyObject r = fastPath(a, b, op);
        if (r != null) {
            return r;
        }
        r = binaryOp1(a, b, op.ordinal());
        if (r != PyNotImplemented.NOT_IMPLEMENTED) {
            return r;
        }
        return sequenceFallback(a, b, op, op);
    }

    /** {@code a op= b}: {@code __iop__}, then the plain operator. */
    public static PyObject inplaceOp(PyObject a, PyObject b, BinaryOp op) {
        BinaryOp plain = op.plain();
        PyObject r = fastPath(a, b, plain);
        if (r != null) {
            return r;
        }
        int i = plain.ordinal();
        Slot.Binary f = a.type().ibinary[i];
        if (f != null) {
            r = f.apply(a, b);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        r = binaryOp1(a, b, i);
        if (r != PyNotImplemented.NOT_IMPLEMENTED) {
            return r;
        }
        return sequenceFallback(a, b, plain, op);
    }

    private static PyObject sequenceFallback(PyObject a, PyObject b, BinaryOp plain, BinaryOp shown) {
        if (plain == BinaryOp.ADD && a.type().sqConcat != null) {
            return a.type().sqConcat.apply(a, b);
        }
        if (plain == BinaryOp.MULTIPLY) {
            if (a.type().sqRepeat != null) {
                return a.type().sqRepeat.apply(a, b);
            }
            if (b.type().sqRepeat != null) {
                return b.type().sqRepeat.apply(b, a);
            }
        }
        throw unsupported(a, b, shown);
    }

    /** The int/float fast paths; null when they do not apply. */
    static PyObject fastPath(PyObject a, PyObject b, BinaryOp op) {
        if (a instanceof PyInt && b instanceof PyInt) {
            switch (op) {
                case ADD: return Ints.add(a, b);
                case SUBTRACT: return Ints.sub(a, b);
                case MULTIPLY: return Ints.mul(a, b);
                case FLOOR_DIVIDE: return Ints.floorDiv(a, b);
                case REMAINDER: return Ints.mod(a, b);
                case TRUE_DIVIDE: return Ints.trueDiv(a, b);
                case POWER: return Ints.pow(a, b);
                case LSHIFT: return Ints.lshift(a, b);
                case RSHIFT: return Ints.rshift(a, b);
                case AND: return Ints.and(a, b);
                case OR: return Ints.or(a, b);
                case XOR: return Ints.xor(a, b);
                default: return null;
            }
        }
        if (a instanceof PyFloat && (b instanceof PyFloat || b instanceof PyInt)
                || a instanceof PyInt && b instanceof PyFloat) {
            double x = a instanceof PyFloat ? ((PyFloat) a).value : ((PyInt) a).value;
            double y = b instanceof PyFloat ? ((PyFloat) b).value : ((PyInt) b).value;
            switch (op) {
                case ADD: return PyFloat.of(x + y);
                case SUBTRACT: return PyFloat.of(x - y);
                case MULTIPLY: return PyFloat.of(x * y);
                case TRUE_DIVIDE: return Floats.trueDiv(x, y);
                case FLOOR_DIVIDE: return Floats.floorDiv(x, y);
                case REMAINDER: return Floats.mod(x, y);
                case POWER: return Floats.pow(a, b);
                default: return null;
            }
        }
        return null;
    }

    /** The slot dispatch of one plain operator; NotImplemented when both operands decline. */
    static PyObject binaryOp1(PyObject a, PyObject b, int i) {
        PyType ta = a.type(), tb = b.type();
        Slot.Binary fa = ta.binary[i];
        Slot.Binary rb = ta == tb ? null : tb.rbinary[i];
        if (rb != null && tb.isSubtype(ta)) {
            String rname = BinaryOp.of(i).reflectedDunder;
            if (tb.lookup(rname) != ta.lookup(rname)) {
                PyObject r = rb.apply(b, a);
                if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                    return r;
                }
                rb = null;
            }
        }
        if (fa != null) {
            PyObject r = fa.apply(a, b);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (rb != null) {
            return rb.apply(b, a);
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    static PyException unsupported(PyObject a, PyObject b, BinaryOp op) {
        String sym = op == BinaryOp.POWER ? "** or pow()" : op.symbol;
        return PyErrors.typeError("unsupported operand type(s) for %s: '%s' and '%s'", sym,
                a.type().getName(), b.type().getName());
    }

    // ---- named entry points ----

    public static PyObject add(PyObject a, PyObject b) {
        return binaryOp(a, b, BinaryOp.ADD);
    }

    public static PyObject sub(PyObject a, PyObject b) {
        return binaryOp(a, b, BinaryOp.SUBTRACT);
    }

    public static PyObject mul(PyObject a, PyObject b) {
        return binaryOp(a, b, BinaryOp.MULTIPLY);
    }

    /** {@code pow(a, b, m)}. */
    public static PyObject pow(PyObject a, PyObject b, PyObject m) {
        if (m == null || m == PyNone.NONE) {
            return binaryOp(a, b, BinaryOp.POWER);
        }
        if (Ints.isInt(a) && Ints.isInt(b) && Ints.isInt(m)) {
            return Ints.pow(a, b, m);
        }
        PyObject f = a.type().lookup("__pow__");
        if (f instanceof PySlotWrapper && Floats.isFloat(a)) {
            // float's own __pow__ is binary: CPython's float_pow refuses a modulus
            throw PyErrors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        if (f != null) {
            PyObject r = Dunder.callFound(f, a, b, m);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (Ints.isInt(a) && Ints.isInt(b) && Floats.isFloat(m) || Floats.isFloatOperand(a)
                && Floats.isFloatOperand(b) && Floats.isFloatOperand(m)) {
            throw PyErrors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        throw PyErrors.typeError("unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                a.type().getName(), b.type().getName(), m.type().getName());
    }

    /** {@code divmod(a, b)}. */
    public static PyObject divmod(PyObject a, PyObject b) {
        if (Ints.isInt(a) && Ints.isInt(b)) {
            return Ints.divmod(a, b);
        }
        PyType ta = a.type(), tb = b.type();
        PyObject fa = ta.lookup("__divmod__");
        PyObject rb = ta == tb ? null : tb.lookup("__rdivmod__");
        if (rb != null && tb.isSubtype(ta) && rb != ta.lookup("__rdivmod__")) {
            PyObject r = Dunder.callFound(rb, b, a);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
            rb = null;
        }
        if (fa != null) {
            PyObject r = Dunder.callFound(fa, a, b);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (rb != null) {
            PyObject r = Dunder.callFound(rb, b, a);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        throw PyErrors.typeError("unsupported operand type(s) for divmod(): '%s' and '%s'",
                ta.getName(), tb.getName());
    }

    // ---- unary ----

    public static PyObject negative(PyObject a) {
        if (a instanceof PyInt) {
            return Ints.neg(a);
        }
        if (a instanceof PyFloat) {
            return PyFloat.of(-((PyFloat) a).value);
        }
        Slot.Unary f = a.type().neg;
        if (f == null) {
            throw PyErrors.typeError("bad operand type for unary -: '%s'", a.type().getName());
        }
        return f.apply(a);
    }

    public static PyObject positive(PyObject a) {
        Slot.Unary f = a.type().pos;
        if (f == null) {
            throw PyErrors.typeError("bad operand type for unary +: '%s'", a.type().getName());
        }
        return f.apply(a);
    }

    public static PyObject invert(PyObject a) {
        Slot.Unary f = a.type().invert;
        if (f == null) {
            throw PyErrors.typeError("bad operand type for unary ~: '%s'", a.type().getName());
        }
        return f.apply(a);
    }

    public static PyObject abs(PyObject a) {
        Slot.Unary f = a.type().abs;
        if (f == null) {
            throw PyErrors.typeError("bad operand type for abs(): '%s'", a.type().getName());
        }
        return f.apply(a);
    }
}
