package org.ramjet.objects;

/** Python {@code complex}. */
public final class PyComplex extends PyObject {
    public final double real;
    public final double imag;

    private PyComplex(double real, double imag) {
        this.real = real;
        this.imag = imag;
    }

    public static PyComplex of(double real, double imag) {
        return new PyComplex(real, imag);
    }

    @Override
    public PyType type() {
        return ComplexType.TYPE;
    }
}
