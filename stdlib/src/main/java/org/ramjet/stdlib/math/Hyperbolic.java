package org.ramjet.stdlib.math;

/**
 * The inverse hyperbolic functions, which {@link Math} lacks, by the classic formulas that keep
 * full precision near 0 and avoid overflow for large arguments (using {@code log1p}).
 */
final class Hyperbolic {
    private static final double LN2 = 0.6931471805599453;
    private static final double HUGE = 268435456.0;  // 2**28: beyond this, x**2 + 1 == x**2

    private Hyperbolic() {}

    static double asinh(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0) {
            return x;
        }
        double a = Math.abs(x);
        double r;
        if (a > HUGE) {
            r = Math.log(a) + LN2;
        } else if (a > 2.0) {
            r = Math.log(2.0 * a + 1.0 / (Math.sqrt(x * x + 1.0) + a));
        } else {
            double t = x * x;
            r = Math.log1p(a + t / (1.0 + Math.sqrt(1.0 + t)));
        }
        return x > 0 ? r : -r;
    }

    static double acosh(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x < 1.0) {
            return Double.NaN;
        }
        if (x >= HUGE) {
            return Double.isInfinite(x) ? x : Math.log(x) + LN2;
        }
        if (x == 1.0) {
            return 0.0;
        }
        if (x > 2.0) {
            return Math.log(2.0 * x - 1.0 / (x + Math.sqrt(x * x - 1.0)));
        }
        double t = x - 1.0;
        return Math.log1p(t + Math.sqrt(2.0 * t + t * t));
    }

    static double atanh(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double a = Math.abs(x);
        if (a >= 1.0) {
            return Double.NaN;
        }
        double r;
        if (a < 0.5) {
            double t = a + a;
            r = 0.5 * Math.log1p(t + t * a / (1.0 - a));
        } else {
            r = 0.5 * Math.log1p((a + a) / (1.0 - a));
        }
        return x >= 0 ? r : -r;
    }
}
