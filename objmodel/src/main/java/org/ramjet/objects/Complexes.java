package org.ramjet.objects;

/** Complex arithmetic shared by {@code complex} and float's negative-base power. */
final class Complexes {
    private Complexes() {}

    static PyObject pow(PyComplex a, PyComplex b) {
        if (b.real == 0 && b.imag == 0) {
            return PyComplex.of(1, 0);
        }
        if (a.real == 0 && a.imag == 0) {
            if (b.imag != 0 || b.real < 0) {
                throw PyErrors.zeroDivisionError("0.0 to a negative or complex power");
            }
            return PyComplex.of(0, 0);
        }
        if (b.imag == 0 && b.real == Math.floor(b.real) && Math.abs(b.real) <= 100.0) {
            // small integral exponents by repeated squaring, as CPython (so 1j ** 2 == -1+0j exactly)
            long n = (long) b.real;
            PyComplex p = powu(a, Math.abs(n));
            return n >= 0 ? p : quotient(1, 0, p);
        }
        double vabs = Math.hypot(a.real, a.imag);
        double len = Math.pow(vabs, b.real);
        double at = Math.atan2(a.imag, a.real);
        double phase = at * b.real;
        if (b.imag != 0) {
            len /= Math.exp(at * b.imag);
            phase += b.imag * Math.log(vabs);
        }
        return PyComplex.of(len * Math.cos(phase), len * Math.sin(phase));
    }

    private static PyComplex powu(PyComplex x, long n) {
        double rr = 1, ri = 0, pr = x.real, pi = x.imag;
        for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
            if ((n & mask) != 0) {
                double t = rr * pr - ri * pi;
                ri = rr * pi + ri * pr;
                rr = t;
            }
            double t = pr * pr - pi * pi;
            pi = pr * pi + pi * pr;
            pr = t;
        }
        return PyComplex.of(rr, ri);
    }

    /** (ar + ai j) / b by Smith's method, as CPython's complex division. */
    static PyComplex quotient(double ar, double ai, PyComplex b) {
        double absR = Math.abs(b.real), absI = Math.abs(b.imag);
        if (absR >= absI) {
            if (absR == 0.0) {
                throw PyErrors.zeroDivisionError("0.0 to a negative or complex power");
            }
            double ratio = b.imag / b.real;
            double denom = b.real + b.imag * ratio;
            return PyComplex.of((ar + ai * ratio) / denom, (ai - ar * ratio) / denom);
        }
        if (absI >= absR) {
            double ratio = b.real / b.imag;
            double denom = b.real * ratio + b.imag;
            return PyComplex.of((ar * ratio + ai) / denom, (ai * ratio - ar) / denom);
        }
        return PyComplex.of(Double.NaN, Double.NaN);
    }

    static String repr(PyComplex c) {
        return org.ramjet.objects.format.ComplexFormat.repr(c.real, c.imag);
    }
}
