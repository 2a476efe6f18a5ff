package org.ramjet.stdlib.math;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.ramjet.objects.BinaryOps;
import org.ramjet.objects.Iteration;
import org.ramjet.objects.PyBool;
import org.ramjet.objects.PyErrors;
import org.ramjet.objects.PyFloat;
import org.ramjet.objects.PyInt;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.Signature;

/** {@code fsum}, {@code prod}, {@code hypot}, {@code dist}, {@code isclose}. */
final class Sums {
    private Sums() {}

    /**
     * {@code fsum}: Shewchuk's exact summation with non-overlapping partials, then one correct
     * rounding (half to even); infinities and NaNs are summed apart, as CPython does.
     */
    static PyObject fsum(PyObject seq) {
        List<Double> partials = new ArrayList<>();
        double special = 0.0, infSum = 0.0;
        PyObject it = Iteration.iter(seq);
        for (PyObject item = Iteration.next(it); item != null; item = Iteration.next(it)) {
            double x = MathArgs.toDouble(item);
            double xsave = x;
            int i = 0;
            for (int j = 0; j < partials.size(); j++) {
                double y = partials.get(j);
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0.0) {
                    partials.set(i++, lo);
                }
                x = hi;
            }
            while (partials.size() > i) {
                partials.remove(partials.size() - 1);
            }
            if (x != 0.0) {
                if (!Double.isFinite(x)) {
                    if (Double.isFinite(xsave)) {
                        throw PyErrors.overflowError("intermediate overflow in fsum");
                    }
                    if (Double.isInfinite(xsave)) {
                        infSum += xsave;
                    }
                    special += xsave;
                    partials.clear();
                } else {
                    partials.add(x);
                }
            }
        }
        if (special != 0.0) {
            if (Double.isNaN(infSum)) {
                throw PyErrors.valueError("-inf + inf in fsum");
            }
            return PyFloat.of(special);
        }
        double hi = 0.0;
        int n = partials.size();
        if (n > 0) {
            hi = partials.get(--n);
            double lo = 0.0;
            while (n > 0) {
                double x = hi;
                double y = partials.get(--n);
                hi = x + y;
                double yr = hi - x;
                lo = y - yr;
                if (lo != 0.0) {
                    break;
                }
            }
            if (n > 0 && ((lo < 0.0 && partials.get(n - 1) < 0.0) || (lo > 0.0 && partials.get(n - 1) > 0.0))) {
                double y = lo * 2.0;
                double x = hi + y;
                double yr = x - hi;
                if (y == yr) {
                    hi = x;
                }
            }
        }
        return PyFloat.of(hi);
    }

    static PyObject prod(PyObject[] a, int off, int npos, String[] kw) {
        PyObject[] b = Signature.parse("(iterable, /, *, start=1)").bind("prod", "prod", a, off, npos, kw);
        PyObject result = b[1] == null ? PyInt.ONE : b[1];
        PyObject it = Iteration.iter(b[0]);
        for (PyObject x = Iteration.next(it); x != null; x = Iteration.next(it)) {
            result = BinaryOps.mul(result, x);
        }
        return result;
    }

    static PyObject hypot(PyObject[] coords) {
        double[] v = new double[coords.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = MathArgs.toDouble(coords[i]);
        }
        return PyFloat.of(norm(v));
    }

    static PyObject dist(PyObject p, PyObject q) {
        PyObject[] ps = Iteration.toArray(p), qs = Iteration.toArray(q);
        if (ps.length != qs.length) {
            throw PyErrors.valueError("both points must have the same number of dimensions");
        }
        double[] v = new double[ps.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.abs(MathArgs.toDouble(ps[i]) - MathArgs.toDouble(qs[i]));
        }
        return PyFloat.of(norm(v));
    }

    /** The Euclidean norm, correctly rounded: the exact sum of squares, then a wide square root. */
    static double norm(double[] v) {
        double max = 0.0;
        boolean nan = false;
        for (double x : v) {
            double a = Math.abs(x);
            if (Double.isInfinite(a)) {
                return Double.POSITIVE_INFINITY;
            }
            if (Double.isNaN(a)) {
                nan = true;
            } else if (a > max) {
                max = a;
            }
        }
        if (nan) {
            return Double.NaN;
        }
        if (max == 0.0 || v.length == 1) {
            return max;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (double x : v) {
            BigDecimal b = new BigDecimal(x);
            sum = sum.add(b.multiply(b));
        }
        return BigMath.toDouble(sum.sqrt(new MathContext(40)));
    }

    static PyObject isclose(PyObject[] a, int off, int npos, String[] kw) {
        PyObject[] b = Signature.parse("(a, b, *, rel_tol=1e-09, abs_tol=0.0)").bind("isclose", "isclose", a, off, npos, kw);
        double x = MathArgs.toDouble(b[0]), y = MathArgs.toDouble(b[1]);
        double rel = b[2] == null ? 1e-9 : MathArgs.toDouble(b[2]);
        double abs = b[3] == null ? 0.0 : MathArgs.toDouble(b[3]);
        if (rel < 0.0 || abs < 0.0) {
            throw PyErrors.valueError("tolerances must be non-negative");
        }
        if (x == y) {
            return PyBool.TRUE;
        }
        if (Double.isInfinite(x) || Double.isInfinite(y)) {
            return PyBool.FALSE;
        }
        double diff = Math.abs(y - x);
        return PyBool.of(diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs);
    }
}
