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

    static String repr(PyComplex c) {
        return org.ramjet.objects.format.ComplexFormat.repr(c.real, c.imag);
    }
}
