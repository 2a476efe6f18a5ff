package org.ramjet.parser.compiler;

import java.math.BigInteger;
import java.util.IdentityHashMap;
import java.util.Map;
import org.ramjet.objects.*;
import org.ramjet.parser.ast.Expr;
import org.ramjet.parser.ast.ExprContext;
import org.ramjet.parser.ast.Operator;

/**
 * Compile-time evaluation of constant expressions, as CPython's AST optimizer does where it is
 * visible: unary and binary operators on numbers (with CPython's size limits, never folding what
 * would raise), string/bytes/tuple concatenation and repetition, tuples of constants, and
 * {@code __debug__}. Results are cached per node so that folding stays linear.
 */
final class ConstantFolder {
    private static final int MAX_INT_SIZE = 128;
    private static final int MAX_COLLECTION_SIZE = 256;
    private static final int MAX_STR_SIZE = 4096;
    private static final PyObject NOT_CONSTANT = PyTuple.of(PyNone.NONE);

    private final Map<Expr, PyObject> cache = new IdentityHashMap<>();
    private final int optimize;

    ConstantFolder(int optimize) {
        this.optimize = optimize;
    }

    /** The value of {@code e} when it is a compile-time constant, else null. */
    PyObject fold(Expr e) {
        if (e instanceof Expr.Constant) {
            return ((Expr.Constant) e).value;
        }
        if (e instanceof Expr.Name) {
            Expr.Name n = (Expr.Name) e;
            return n.ctx == ExprContext.Load && n.id.equals("__debug__") ? PyBool.of(optimize == 0) : null;
        }
        if (!(e instanceof Expr.UnaryOp || e instanceof Expr.BinOp || e instanceof Expr.Tuple)) {
            return null;
        }
        PyObject v = cache.get(e);
        if (v == null) {
            try {
                v = compute(e);
            } catch (ArithmeticException | NotFoldable x) {
                v = null;
            }
            cache.put(e, v == null ? NOT_CONSTANT : v);
        }
        return v == NOT_CONSTANT ? null : v;
    }

    private static final class NotFoldable extends RuntimeException {
        NotFoldable() {
            super(null, null, false, false);
        }
    }

    private PyObject compute(Expr e) {
        if (e instanceof Expr.Tuple) {
            Expr.Tuple t = (Expr.Tuple) e;
            if (t.ctx != ExprContext.Load) {
                return null;
            }
            PyObject[] items = new PyObject[t.elts.size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = fold(t.elts.get(i));
                if (items[i] == null) {
                    return null;
                }
            }
            return PyTuple.of(items);
        }
        if (e instanceof Expr.UnaryOp) {
            Expr.UnaryOp u = (Expr.UnaryOp) e;
            PyObject v = fold(u.operand);
            return v == null ? null : unary(u.op, v);
        }
        Expr.BinOp b = (Expr.BinOp) e;
        PyObject l = fold(b.left);
        if (l == null) {
            return null;
        }
        PyObject r = fold(b.right);
        return r == null ? null : binary(b.op, l, r);
    }

    // ---- truth ----

    /** Python truthiness of a constant; null when unknown (code objects are always true). */
    static Boolean truth(PyObject v) {
        if (v instanceof PyNone) {
            return false;
        } else if (v instanceof PyBool) {
            return ((PyBool) v).value;
        } else if (v instanceof PyInt) {
            return ((PyInt) v).value != 0;
        } else if (v instanceof PyBigInt) {
            return true;
        } else if (v instanceof PyFloat) {
            return ((PyFloat) v).value != 0.0;
        } else if (v instanceof PyComplex) {
            return ((PyComplex) v).real != 0.0 || ((PyComplex) v).imag != 0.0;
        } else if (v instanceof PyStr) {
            return !((PyStr) v).value.isEmpty();
        } else if (v instanceof PyBytes) {
            return ((PyBytes) v).length() != 0;
        } else if (v instanceof PyTuple) {
            return ((PyTuple) v).size() != 0;
        }
        return true;
    }

    // ---- numbers ----

    private static BigInteger asBig(PyObject v) {
        if (v instanceof PyInt) {
            return BigInteger.valueOf(((PyInt) v).value);
        } else if (v instanceof PyBigInt) {
            return ((PyBigInt) v).value;
        } else if (v instanceof PyBool) {
            return ((PyBool) v).value ? BigInteger.ONE : BigInteger.ZERO;
        }
        return null;
    }

    private static boolean isInt(PyObject v) {
        return v instanceof PyInt || v instanceof PyBigInt || v instanceof PyBool;
    }

    private static Double asDouble(PyObject v) {
        if (v instanceof PyFloat) {
            return ((PyFloat) v).value;
        }
        BigInteger b = asBig(v);
        if (b == null) {
            return null;
        }
        double d = b.doubleValue();
        if (Double.isInfinite(d)) {
            throw new NotFoldable();
        }
        return d;
    }

    private static PyObject unary(org.ramjet.parser.ast.UnaryOperator op, PyObject v) {
        switch (op) {
            case Not:
                Boolean t = truth(v);
                return t == null ? null : PyBool.of(!t);
            case USub:
                if (isInt(v)) {
                    return PyInt.of(asBig(v).negate());
                } else if (v instanceof PyFloat) {
                    return PyFloat.of(-((PyFloat) v).value);
                } else if (v instanceof PyComplex) {
                    return PyComplex.of(-((PyComplex) v).real, -((PyComplex) v).imag);
                }
                return null;
            case UAdd:
                if (isInt(v)) {
                    return PyInt.of(asBig(v));
                } else if (v instanceof PyFloat || v instanceof PyComplex) {
                    return v;
                }
                return null;
            case Invert:
                return isInt(v) ? PyInt.of(asBig(v).not()) : null;
            default:
                return null;
        }
    }

    private static PyObject binary(Operator op, PyObject l, PyObject r) {
        if (l instanceof PyBool && r instanceof PyBool) {
            boolean a = ((PyBool) l).value, b = ((PyBool) r).value;
            switch (op) { // bool's own &, |, ^ stay bool; everything else is int arithmetic
                case BitAnd: return PyBool.of(a & b);
                case BitOr: return PyBool.of(a | b);
                case BitXor: return PyBool.of(a ^ b);
                default: break;
            }
        }
        if (isInt(l) && isInt(r)) {
            return intOp(op, asBig(l), asBig(r));
        }
        if ((l instanceof PyFloat || isInt(l)) && (r instanceof PyFloat || isInt(r))) {
            return floatOp(op, asDouble(l), asDouble(r));
        }
        if (l instanceof PyComplex || r instanceof PyComplex) {
            return complexOp(op, l, r);
        }
        return sequenceOp(op, l, r);
    }

    private static PyObject intOp(Operator op, BigInteger a, BigInteger b) {
        switch (op) {
            case Add: return PyInt.of(a.add(b));
            case Sub: return PyInt.of(a.subtract(b));
            case Mult:
                if (a.signum() != 0 && b.signum() != 0 && a.bitLength() + b.bitLength() > MAX_INT_SIZE) {
                    return null;
                }
                return PyInt.of(a.multiply(b));
            case Div:
                // exact only when both fit a double's mantissa (CPython rounds the true quotient)
                if (b.signum() == 0 || a.bitLength() > 53 || b.bitLength() > 53) {
                    return null;
                }
                return PyFloat.of(a.doubleValue() / b.doubleValue());
            case FloorDiv: {
                if (b.signum() == 0) {
                    return null;
                }
                BigInteger[] qr = a.divideAndRemainder(b);
                BigInteger q = qr[0];
                if (qr[1].signum() != 0 && (qr[1].signum() != b.signum())) {
                    q = q.subtract(BigInteger.ONE);
                }
                return PyInt.of(q);
            }
            case Mod: {
                if (b.signum() == 0) {
                    return null;
                }
                BigInteger m = a.mod(b.abs());
                if (b.signum() < 0 && m.signum() != 0) {
                    m = m.add(b);
                }
                return PyInt.of(m);
            }
            case Pow: {
                if (b.signum() < 0) {
                    if (a.signum() == 0) {
                        return null;
                    }
                    double d = Math.pow(a.doubleValue(), b.doubleValue());
                    return Double.isInfinite(d) || Double.isNaN(d) ? null : PyFloat.of(d);
                }
                if (a.signum() != 0 && b.signum() > 0
                        && (b.bitLength() > 31 || (long) a.bitLength() * b.longValue() > MAX_INT_SIZE)) {
                    return null;
                }
                return PyInt.of(a.pow(b.intValueExact()));
            }
            case LShift:
                if (b.signum() < 0 || b.bitLength() > 31 || a.bitLength() > MAX_INT_SIZE
                        || b.intValue() > MAX_INT_SIZE || a.bitLength() + b.intValue() > MAX_INT_SIZE) {
                    return a.signum() == 0 && b.signum() >= 0 ? PyInt.of(0) : null;
                }
                return PyInt.of(a.shiftLeft(b.intValue()));
            case RShift:
                if (b.signum() < 0) {
                    return null;
                }
                return PyInt.of(b.bitLength() > 31 ? (a.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO)
                        : a.shiftRight(b.intValue()));
            case BitAnd: return PyInt.of(a.and(b));
            case BitOr: return PyInt.of(a.or(b));
            case BitXor: return PyInt.of(a.xor(b));
            default: return null;
        }
    }

    private static PyObject floatOp(Operator op, double a, double b) {
        double r;
        switch (op) {
            case Add: r = a + b; break;
            case Sub: r = a - b; break;
            case Mult: r = a * b; break;
            case Div:
                if (b == 0.0) {
                    return null;
                }
                r = a / b;
                break;
            case FloorDiv:
            case Mod: {
                if (b == 0.0) {
                    return null;
                }
                double[] qr = org.ramjet.objects.format.FloatMath.divmod(a, b);
                r = op == Operator.Mod ? qr[1] : qr[0];
                break;
            }
            case Pow:
                if (a < 0 && b != Math.rint(b)) {
                    return null;
                }
                if (a == 0.0 && b < 0) {
                    return null;
                }
                r = Math.pow(a, b);
                if (Double.isInfinite(r) && !Double.isInfinite(a) && !Double.isInfinite(b)) {
                    return null;
                }
                break;
            default:
                return null;
        }
        if (Double.isInfinite(r) && !Double.isInfinite(a) && !Double.isInfinite(b) && op != Operator.Mult
                && op != Operator.Add && op != Operator.Sub) {
            return null;
        }
        return PyFloat.of(r);
    }

    private static PyObject complexOp(Operator op, PyObject l, PyObject r) {
        double[] a = complexParts(l), b = complexParts(r);
        if (a == null || b == null) {
            return null;
        }
        switch (op) {
            case Add: return PyComplex.of(a[0] + b[0], a[1] + b[1]);
            case Sub: return PyComplex.of(a[0] - b[0], a[1] - b[1]);
            case Mult: return PyComplex.of(a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]);
            default: return null;
        }
    }

    private static double[] complexParts(PyObject v) {
        if (v instanceof PyComplex) {
            return new double[] {((PyComplex) v).real, ((PyComplex) v).imag};
        }
        if (v instanceof PyFloat || isInt(v)) {
            return new double[] {asDouble(v), 0.0};
        }
        return null;
    }

    private static PyObject sequenceOp(Operator op, PyObject l, PyObject r) {
        if (op == Operator.Add) {
            if (l instanceof PyStr && r instanceof PyStr) {
                String s = ((PyStr) l).value + ((PyStr) r).value;
                return s.length() <= MAX_STR_SIZE ? PyStr.of(s) : null;
            }
            if (l instanceof PyBytes && r instanceof PyBytes) {
                byte[] a = ((PyBytes) l).toByteArray(), b = ((PyBytes) r).toByteArray();
                if (a.length + b.length > MAX_STR_SIZE) {
                    return null;
                }
                byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
                System.arraycopy(b, 0, c, a.length, b.length);
                return PyBytes.of(c);
            }
            if (l instanceof PyTuple && r instanceof PyTuple) {
                PyTuple a = (PyTuple) l, b = (PyTuple) r;
                if (a.size() + b.size() > MAX_COLLECTION_SIZE) {
                    return null;
                }
                PyObject[] items = new PyObject[a.size() + b.size()];
                for (int i = 0; i < a.size(); i++) {
                    items[i] = a.get(i);
                }
                for (int i = 0; i < b.size(); i++) {
                    items[a.size() + i] = b.get(i);
                }
                return PyTuple.of(items);
            }
            return null;
        }
        if (op == Operator.Mult) {
            if (isInt(l) && !isInt(r)) {
                return sequenceOp(op, r, l);
            }
            if (!isInt(r)) {
                return null;
            }
            BigInteger nb = asBig(r);
            long n = nb.bitLength() > 31 ? (nb.signum() < 0 ? 0 : Integer.MAX_VALUE) : Math.max(0, nb.intValue());
            if (l instanceof PyStr) {
                String s = ((PyStr) l).value;
                if (!s.isEmpty() && n * s.length() > MAX_STR_SIZE) {
                    return null;
                }
                return PyStr.of(s.isEmpty() ? "" : s.repeat((int) n));
            }
            if (l instanceof PyBytes) {
                byte[] a = ((PyBytes) l).toByteArray();
                if (a.length != 0 && n * a.length > MAX_STR_SIZE) {
                    return null;
                }
                byte[] c = new byte[a.length == 0 ? 0 : (int) (n * a.length)];
                for (int i = 0; i < c.length; i++) {
                    c[i] = a[i % a.length];
                }
                return PyBytes.of(c);
            }
            if (l instanceof PyTuple) {
                PyTuple t = (PyTuple) l;
                if (t.size() != 0 && n * t.size() > MAX_COLLECTION_SIZE) {
                    return null;
                }
                PyObject[] items = new PyObject[t.size() == 0 ? 0 : (int) (n * t.size())];
                for (int i = 0; i < items.length; i++) {
                    items[i] = t.get(i % t.size());
                }
                return PyTuple.of(items);
            }
        }
        return null;
    }
}
