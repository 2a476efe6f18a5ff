package org.ramjet.stdlib.math;

/** {@code math.pow}: IEEE special values decided here (as CPython does), finite cases by fdlibm. */
final class Power {
    private Power() {}

    static double pow(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (Double.isNaN(x)) {
                return y == 0.0 ? 1.0 : x;
            }
            if (Double.isNaN(y)) {
                return x == 1.0 ? 1.0 : y;
            }
            if (Double.isInfinite(x)) {
                boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
                if (y > 0.0) {
                    return oddY ? x : Math.abs(x);
                }
                if (y == 0.0) {
                    return 1.0;
                }
                return oddY ? Math.copySign(0.0, x) : 0.0;
            }
            // y is infinite, x finite
            if (Math.abs(x) == 1.0) {
                return 1.0;
            }
            if (y > 0.0 && Math.abs(x) > 1.0) {
                return y;
            }
            if (y < 0.0 && Math.abs(x) < 1.0) {
                return -y;
            }
            return 0.0;
        }
        double r = Math.pow(x, y);
        if (Double.isNaN(r)) {
            throw MathArgs.domainError();
        }
        if (Double.isInfinite(r)) {
            throw x == 0.0 ? MathArgs.domainError() : MathArgs.rangeError();
        }
        return r;
    }
}
