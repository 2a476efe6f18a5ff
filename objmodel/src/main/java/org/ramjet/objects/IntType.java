package org.ramjet.objects;

import static org.ramjet.bytecode.BinaryOp.*;

import java.math.BigInteger;
import org.ramjet.bytecode.CompareOp;

/**
 * Definer of {@code int}: slots (arithmetic through {@link Ints}) and methods. Slot functions see
 * {@code self} as {@link PyInt}, {@link PyBigInt} or {@link PyBool} (subclass instances are
 * unwrapped by the slot machinery); {@code other} may be anything, and a non-int gives
 * NotImplemented so that the other operand's reflected method gets its turn.
 */
public final class IntType {
    private IntType() {}

    /** Binary operator on two ints, or NotImplemented. */
    @FunctionalInterface
    interface IntOp {
        PyObject apply(PyObject a, PyObject b);
    }

    private static Slot.Binary op(IntOp f) {
        return (self, other) -> Ints.isInt(other) ? f.apply(self, other) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    private static Slot.Binary rop(IntOp f) {
        return (self, other) -> Ints.isInt(other) ? f.apply(other, self) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    private static void both(PyType t, org.ramjet.bytecode.BinaryOp b, IntOp f) {
        t.binary[b.ordinal()] = op(f);
        t.rbinary[b.ordinal()] = rop(f);
    }

    public static final PyType TYPE = new TypeSpec("int", PyInt.class)
            .flags(TypeFlags.LONG_SUBCLASS)
            .valueType()
            .slots(IntType::slots)
            .methods(IntType::methods)
            .build();

    private static void slots(PyType t) {
        t.repr = self -> PyStr.of(Ints.toDecimal(self));
        t.hash = Ints::hash;
        t.bool = self -> Ints.signum(self) != 0;
        t.richcompare = IntType::compare;
        t.index = Ints::asIntObject;
        t.int_ = Ints::asIntObject;
        t.float_ = self -> PyFloat.of(Floats.toDouble(self));
        t.neg = Ints::neg;
        t.pos = Ints::asIntObject;
        t.abs = Ints::abs;
        t.invert = Ints::invert;
        both(t, ADD, Ints::add);
        both(t, SUBTRACT, Ints::sub);
        both(t, MULTIPLY, Ints::mul);
        both(t, FLOOR_DIVIDE, Ints::floorDiv);
        both(t, REMAINDER, Ints::mod);
        both(t, TRUE_DIVIDE, Ints::trueDiv);
        both(t, POWER, Ints::pow);
        both(t, LSHIFT, Ints::lshift);
        both(t, RSHIFT, Ints::rshift);
        both(t, AND, Ints::and);
        both(t, OR, Ints::or);
        both(t, XOR, Ints::xor);
        t.new_ = IntType::newInt;
    }

    static PyObject compare(PyObject self, PyObject other, CompareOp op) {
        int c;
        if (Ints.isInt(other)) {
            c = Ints.compare(self, other);
        } else if (Floats.isFloat(other)) {
            int r = Floats.compareWithInt(Floats.value(other), self);
            if (r == 2) {
                return PyBool.of(op == CompareOp.NE);
            }
            c = -r;
        } else {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(Comparisons.test(c, op));
    }

    private static PyObject newInt(PyType type, PyObject[] args, int off, int npos, String[] kw) {
        PyObject x = null, base = null;
        int nkw = kw == null ? 0 : kw.length;
        if (npos > 2) {
            throw PyErrors.typeError("int() takes at most 2 arguments (%d given)", npos + nkw);
        }
        if (npos >= 1) {
            x = args[off];
        }
        if (npos == 2) {
            base = args[off + 1];
        }
        for (int k = 0; k < nkw; k++) {
            if (kw[k].equals("base") && base == null) {
                base = args[off + npos + k];
            } else if (kw[k].equals("base")) {
                throw PyErrors.typeError("argument for int() given by name ('base') and position (2)");
            } else {
                throw PyErrors.typeError("'%s' is an invalid keyword argument for int()", kw[k]);
            }
        }
        PyObject v;
        if (x == null) {
            if (base != null) {
                throw PyErrors.typeError("int() missing string argument");
            }
            v = PyInt.ZERO;
        } else if (base == null) {
            v = Numbers.toInt(x);
        } else {
            long b = Ints.asLong(Numbers.index(base));
            if (b != 0 && (b < 2 || b > 36)) {
                throw PyErrors.valueError("int() base must be >= 2 and <= 36, or 0");
            }
            if (Strs.isStr(x)) {
                v = Ints.parse(Strs.value(x), (int) b);
            } else if (x instanceof PyBytes) {
                v = Ints.parseBytes(((PyBytes) x).value, (int) b);
            } else {
                throw PyErrors.typeError("int() can't convert non-string with explicit base");
            }
        }
        return type == TYPE ? v : new PyValueInstance(type, v);
    }

    private static void methods(MethodTable m) {
        m.method("bit_length", "($self, /)", (PyObject self) -> {
            PyObject v = Ints.asIntObject(self);
            if (v instanceof PyInt) {
                long x = ((PyInt) v).value;
                return PyInt.of(x == Long.MIN_VALUE ? 64 : 64 - Long.numberOfLeadingZeros(Math.abs(x)));
            }
            return PyInt.of(((PyBigInt) v).value.abs().bitLength());
        });
        m.method("bit_count", "($self, /)", (PyObject self) -> PyInt.of(Ints.big(self).abs().bitCount()));
        m.method("conjugate", "($self, /)", (PyObject self) -> Ints.asIntObject(self));
        m.method("as_integer_ratio", "($self, /)", (PyObject self) -> PyTuple.of(Ints.asIntObject(self), PyInt.ONE));
        m.method("__trunc__", "($self, /)", (PyObject self) -> Ints.asIntObject(self));
        m.method("__floor__", "($self, /)", (PyObject self) -> Ints.asIntObject(self));
        m.method("__ceil__", "($self, /)", (PyObject self) -> Ints.asIntObject(self));
        m.method("__round__", "($self, ndigits=None, /)", (PyObject self, PyObject nd) -> round(self, nd));
        m.method("__getnewargs__", "($self, /)", (PyObject self) -> PyTuple.of(Ints.asIntObject(self)));
        m.method("__sizeof__", "($self, /)", (PyObject self) -> PyInt.of(28 + 4 * (Ints.big(self).bitLength() / 30)));
        m.method("__divmod__", "($self, value, /)", (PyObject self, PyObject o) ->
                Ints.isInt(o) ? Ints.divmod(self, o) : PyNotImplemented.NOT_IMPLEMENTED);
        m.method("__rdivmod__", "($self, value, /)", (PyObject self, PyObject o) ->
                Ints.isInt(o) ? Ints.divmod(o, self) : PyNotImplemented.NOT_IMPLEMENTED);
        m.method("__pow__", "($self, value, mod=None, /)", (PyObject self, PyObject o, PyObject mod) -> {
            if (!Ints.isInt(o)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            if (mod == null || mod == PyNone.NONE) {
                return Ints.pow(self, o);
            }
            return Ints.isInt(mod) ? Ints.pow(self, o, mod) : PyNotImplemented.NOT_IMPLEMENTED;
        });
        m.method("to_bytes", "($self, /, length=1, byteorder='big', *, signed=False)",
                (PyObject self, PyObject length, PyObject order, PyObject signed) ->
                        toBytes(self, length, order, signed));
        m.classMethodRaw("from_bytes", "($type, /, bytes, byteorder='big', *, signed=False)",
                IntType::fromBytes);
        m.getter("real", (PyObject self) -> Ints.asIntObject(self));
        m.getter("imag", (PyObject self) -> PyInt.ZERO);
        m.getter("numerator", (PyObject self) -> Ints.asIntObject(self));
        m.getter("denominator", (PyObject self) -> PyInt.ONE);
        m.methodKeepSelf("__format__", "($self, format_spec, /)", (self, spec) ->
                Formatting.formatInt(self, Strs.value(spec)));
    }

    private static PyObject round(PyObject self, PyObject nd) {
        if (nd == null || nd == PyNone.NONE) {
            return Ints.asIntObject(self);
        }
        long n = Ints.asLong(Numbers.index(nd));
        if (n >= 0) {
            return Ints.asIntObject(self);
        }
        if (n < -4300) {
            return PyInt.ZERO;
        }
        BigInteger pow = BigInteger.TEN.pow((int) -n);
        BigInteger v = Ints.big(self);
        BigInteger[] qr = v.divideAndRemainder(pow);
        BigInteger q = Ints.floorDivBig(v, pow);
        BigInteger r = v.subtract(q.multiply(pow));
        int c = r.shiftLeft(1).compareTo(pow);
        if (c > 0 || (c == 0 && q.testBit(0))) {
            q = q.add(BigInteger.ONE);
        }
        return PyInt.of(q.multiply(pow));
    }

    private static PyObject toBytes(PyObject self, PyObject lengthObj, PyObject order, PyObject signedObj) {
        long length = lengthObj == null ? 1 : Ints.asLong(Numbers.index(lengthObj));
        String bo = order == null ? "big" : Strs.value(order);
        boolean signed = signedObj != null && Truth.isTrue(signedObj);
        if (length < 0) {
            throw PyErrors.valueError("length argument must be non-negative");
        }
        if (!bo.equals("big") && !bo.equals("little")) {
            throw PyErrors.valueError("byteorder must be either 'little' or 'big'");
        }
        BigInteger v = Ints.big(self);
        if (!signed && v.signum() < 0) {
            throw PyErrors.overflowError("can't convert negative int to unsigned");
        }
        int bits = signed ? v.bitLength() + 1 : v.bitLength();
        if (bits > length * 8) {
            throw PyErrors.overflowError("int too big to convert");
        }
        byte[] out = new byte[(int) length];
        byte[] raw = v.toByteArray();
        byte fill = (byte) (v.signum() < 0 ? 0xFF : 0);
        for (int i = 0; i < length; i++) {
            int src = raw.length - 1 - i;
            byte b = src >= 0 ? raw[src] : fill;
            out[bo.equals("big") ? (int) length - 1 - i : i] = b;
        }
        return PyBytes.of(out);
    }

    private static PyObject fromBytes(PyType cls, PyObject[] args, int off, int npos, String[] kw) {
        PyObject[] b = Signature.parse("(bytes, byteorder='big', *, signed=False)")
                .bind("from_bytes", "int.from_bytes", args, off, npos, kw);
        byte[] data = Bytes.asBytes(b[0]);
        String bo = b[1] == null ? "big" : Strs.value(b[1]);
        boolean signed = b[2] != null && Truth.isTrue(b[2]);
        if (!bo.equals("big") && !bo.equals("little")) {
            throw PyErrors.valueError("byteorder must be either 'little' or 'big'");
        }
        byte[] be = new byte[data.length + 1];
        for (int i = 0; i < data.length; i++) {
            be[i + 1] = bo.equals("big") ? data[i] : data[data.length - 1 - i];
        }
        BigInteger v = new BigInteger(be);
        if (signed && data.length > 0 && (be[1] & 0x80) != 0) {
            v = v.subtract(BigInteger.ONE.shiftLeft(8 * data.length));
        }
        PyObject r = PyInt.of(v);
        return cls == TYPE ? r : Calls.call(cls, r);
    }
}
