package org.ramjet.stdlib.math;

import static org.ramjet.stdlib.math.MathArgs.checked;
import static org.ramjet.stdlib.math.MathArgs.checked2;
import static org.ramjet.stdlib.math.MathArgs.domainError;
import static org.ramjet.stdlib.math.MathArgs.rangeError;
import static org.ramjet.stdlib.math.MathArgs.toDouble;

import java.util.function.DoubleUnaryOperator;
import org.ramjet.objects.Attributes;
import org.ramjet.objects.Calls;
import org.ramjet.objects.Floats;
import org.ramjet.objects.Ints;
import org.ramjet.objects.ModuleBuilder;
import org.ramjet.objects.PyBool;
import org.ramjet.objects.PyErrors;
import org.ramjet.objects.PyFloat;
import org.ramjet.objects.PyInt;
import org.ramjet.objects.PyModule;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.PyTuple;
import org.ramjet.objects.PyType;

/**
 * The {@code math} module of Python 3.11: the float functions with CPython's domain and range
 * errors, the integer-exact ones in {@link IntegerMath}, and the accurate sums and norms in
 * {@link Sums}. Elementary functions use {@link Math}, whose HotSpot intrinsics round like the
 * glibc routines CPython calls far more often than fdlibm ({@link StrictMath}) does; only
 * {@code log10} is closer with fdlibm. Results may still differ in the last bit for
 * {@code asin acos atan atan2 cosh cbrt log2}, where glibc is (nearly) correctly rounded.
 */
public final class MathModule {
    private MathModule() {}

    public static PyModule create() {
        ModuleBuilder b = new ModuleBuilder("math")
                .doc("This module provides access to the mathematical functions\ndefined by the C standard.");
        b.value("pi", PyFloat.of(Math.PI));
        b.value("e", PyFloat.of(Math.E));
        b.value("tau", PyFloat.of(2 * Math.PI));
        b.value("inf", PyFloat.of(Double.POSITIVE_INFINITY));
        b.value("nan", PyFloat.of(Double.NaN));
        unary(b, "sqrt", Math::sqrt, false);
        unary(b, "exp", Math::exp, true);
        unary(b, "exp2", x -> Math.pow(2.0, x), true);
        unary(b, "expm1", Math::expm1, true);
        unary(b, "sin", Math::sin, false);
        unary(b, "cos", Math::cos, false);
        unary(b, "tan", Math::tan, false);
        unary(b, "asin", Math::asin, false);
        unary(b, "acos", Math::acos, false);
        unary(b, "atan", Math::atan, false);
        unary(b, "sinh", Math::sinh, true);
        unary(b, "cosh", Math::cosh, true);
        unary(b, "tanh", Math::tanh, false);
        unary(b, "asinh", Hyperbolic::asinh, false);
        unary(b, "acosh", Hyperbolic::acosh, false);
        unary(b, "atanh", Hyperbolic::atanh, false);
        unary(b, "cbrt", Math::cbrt, false);
        unary(b, "fabs", Math::abs, false);
        unary(b, "erf", SpecialFunctions::erf, false);
        unary(b, "erfc", SpecialFunctions::erfc, false);
        b.function("gamma", "($module, x, /)", x -> PyFloat.of(SpecialFunctions.gamma(toDouble(x))));
        b.function("lgamma", "($module, x, /)", x -> PyFloat.of(SpecialFunctions.lgamma(toDouble(x))));
        b.function("log1p", "($module, x, /)", x -> {
            double v = toDouble(x);
            if (v <= -1.0) {
                throw domainError();
            }
            return PyFloat.of(Math.log1p(v));
        });
        b.function("log", "($module, x, base=<unrepresentable>, /)", (x, base) -> {
            double num = Logarithms.log(x, Logarithms.NATURAL);
            if (base == null) {
                return PyFloat.of(num);
            }
            double den = Logarithms.log(base, Logarithms.NATURAL);
            if (den == 0.0) {
                throw PyErrors.zeroDivisionError("float division by zero");
            }
            return PyFloat.of(num / den);
        });
        b.function("log2", "($module, x, /)", x -> PyFloat.of(Logarithms.log(x, Logarithms.BASE2)));
        b.function("log10", "($module, x, /)", x -> PyFloat.of(Logarithms.log(x, Logarithms.BASE10)));
        b.function("atan2", "($module, y, x, /)", (y, x) -> PyFloat.of(Math.atan2(toDouble(y), toDouble(x))));
        b.function("copysign", "($module, x, y, /)", (x, y) -> PyFloat.of(Math.copySign(toDouble(x), toDouble(y))));
        b.function("fmod", "($module, x, y, /)", (x, y) -> {
            double a = toDouble(x), c = toDouble(y);
            if (Double.isInfinite(c) && Double.isFinite(a)) {
                return PyFloat.of(a);
            }
            return checked2(a, c, a % c);
        });
        b.function("remainder", "($module, x, y, /)", (x, y) -> {
            double a = toDouble(x), c = toDouble(y);
            if (Double.isNaN(a) || Double.isNaN(c)) {
                return PyFloat.of(Double.NaN);
            }
            if (Double.isInfinite(a) || c == 0.0) {
                throw domainError();
            }
            if (Double.isInfinite(c)) {
                return PyFloat.of(a);
            }
            return PyFloat.of(Math.IEEEremainder(a, c));
        });
        b.function("pow", "($module, x, y, /)", (x, y) -> PyFloat.of(Power.pow(toDouble(x), toDouble(y))));
        b.function("degrees", "($module, x, /)", x -> PyFloat.of(toDouble(x) * (180.0 / Math.PI)));
        b.function("radians", "($module, x, /)", x -> PyFloat.of(toDouble(x) * (Math.PI / 180.0)));
        b.function("isfinite", "($module, x, /)", x -> PyBool.of(Double.isFinite(toDouble(x))));
        b.function("isinf", "($module, x, /)", x -> PyBool.of(Double.isInfinite(toDouble(x))));
        b.function("isnan", "($module, x, /)", x -> PyBool.of(Double.isNaN(toDouble(x))));
        b.functionRaw("isclose", "($module, a, b, *, rel_tol=1e-09, abs_tol=0.0)", Sums::isclose);
        b.function("frexp", "($module, x, /)", x -> frexp(toDouble(x)));
        b.function("ldexp", "($module, x, i, /)", MathModule::ldexp);
        b.function("modf", "($module, x, /)", x -> {
            double v = toDouble(x);
            if (Double.isInfinite(v)) {
                return PyTuple.of(PyFloat.of(Math.copySign(0.0, v)), PyFloat.of(v));
            }
            double ip = v < 0 ? Math.ceil(v) : Math.floor(v);
            return PyTuple.of(PyFloat.of(Math.copySign(v - ip, v)), PyFloat.of(ip));
        });
        b.function("nextafter", "($module, x, y, /)", (x, y) -> PyFloat.of(Math.nextAfter(toDouble(x), toDouble(y))));
        b.function("ulp", "($module, x, /)", x -> {
            double v = toDouble(x);
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                return PyFloat.of(Math.abs(v));
            }
            v = Math.abs(v);
            if (v == Double.MAX_VALUE) {
                return PyFloat.of(v - Math.nextDown(v));
            }
            return PyFloat.of(Math.nextUp(v) - v);
        });
        b.function("ceil", "($module, x, /)", x -> rounding(x, "__ceil__", Math::ceil));
        b.function("floor", "($module, x, /)", x -> rounding(x, "__floor__", Math::floor));
        b.function("trunc", "($module, x, /)", x -> {
            PyType t = x.type();
            PyObject m = t.lookup("__trunc__");
            if (m == null) {
                throw PyErrors.typeError("type %s doesn't define __trunc__ method", t.getName());
            }
            return Calls.call(Attributes.bindDescriptor(m, x, t));
        });
        b.functionVarargs("hypot", "($module, *coordinates)", Sums::hypot);
        b.function("dist", "($module, p, q, /)", Sums::dist);
        b.function("fsum", "($module, seq, /)", Sums::fsum);
        b.functionRaw("prod", "($module, iterable, /, *, start=1)", Sums::prod);
        IntegerMath.define(b);
        return b.build();
    }

    private static void unary(ModuleBuilder b, String name, DoubleUnaryOperator f, boolean canOverflow) {
        b.function(name, "(x, /)", x -> {
            double v = toDouble(x);
            return checked(v, f.applyAsDouble(v), canOverflow);
        });
    }

    /** {@code ceil}/{@code floor}: the type's dunder, else the float result as an int. */
    private static PyObject rounding(PyObject x, String dunder, DoubleUnaryOperator f) {
        if (!(x instanceof PyFloat)) {
            PyType t = x.type();
            PyObject m = t.lookup(dunder);
            if (m != null) {
                return Calls.call(Attributes.bindDescriptor(m, x, t));
            }
        }
        return Floats.toInt(f.applyAsDouble(toDouble(x)));
    }

    static PyObject frexp(double v) {
        if (v == 0.0 || Double.isNaN(v) || Double.isInfinite(v)) {
            return PyTuple.of(PyFloat.of(v), PyInt.ZERO);
        }
        int e = Math.getExponent(v);
        double m;
        if (e == Double.MIN_EXPONENT - 1) {  // subnormal: normalize first
            double scaled = v * 0x1p54;
            e = Math.getExponent(scaled) - 54;
            m = scaled / Math.scalb(1.0, Math.getExponent(scaled) + 1);
        } else {
            m = v / Math.scalb(1.0, e + 1);
        }
        return PyTuple.of(PyFloat.of(m), PyInt.of(e + 1));
    }

    static PyObject ldexp(PyObject x, PyObject i) {
        double v = toDouble(x);
        if (!Ints.isInt(i)) {
            throw PyErrors.typeError("Expected an int as second argument to ldexp.");
        }
        if (v == 0.0 || !Double.isFinite(v)) {
            return PyFloat.of(v);
        }
        PyObject io = Ints.asIntObject(i);
        long exp = io instanceof PyInt ? ((PyInt) io).value : (Ints.signum(io) > 0 ? Long.MAX_VALUE : Long.MIN_VALUE);
        if (exp > 5000) {
            throw rangeError();
        }
        if (exp < -5000) {
            return PyFloat.of(Math.copySign(0.0, v));
        }
        double r = Math.scalb(v, (int) exp);
        if (Double.isInfinite(r)) {
            throw rangeError();
        }
        return PyFloat.of(r);
    }
}
