package org.ramjet.stdlib.math;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * {@code erf} and {@code erfc} computed in decimal with guard digits ({@link BigMath}) and
 * rounded once (correctly rounded, as the C library CPython uses nearly always is);
 * {@code gamma} and {@code lgamma} by CPython's method, so that they round the same way.
 */
final class SpecialFunctions {
    private SpecialFunctions() {}

    static double erf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x == 0.0) {
            return x;
        }
        double a = Math.abs(x);
        if (a >= 6.0) {
            return Math.copySign(1.0, x);
        }
        double r = BigMath.toDouble(BigMath.erf(a, 30));
        return x < 0 ? -r : r;
    }

    static double erfc(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return 0.0;
        }
        if (x == Double.NEGATIVE_INFINITY) {
            return 2.0;
        }
        if (x >= 27.3) {
            return 0.0;
        }
        double a = Math.abs(x);
        // 1 - erf(a) loses about a*a/ln(10) digits to cancellation: carry that many more
        int digits = 30 + (int) Math.ceil(a * a / Math.log(10));
        BigDecimal erf = BigMath.erf(a, digits);
        MathContext mc = new MathContext(digits + 10);
        BigDecimal r = x >= 0 ? BigDecimal.ONE.subtract(erf, mc) : BigDecimal.ONE.add(erf, mc);
        return BigMath.toDouble(r);
    }

    // Gamma: Lanczos' approximation with N = 13 and g = 6.024680040776729583740234375 as a
    // rational function (the parameters Boost and CPython use), so that results agree with
    // CPython's to the bit; the reflection formula for negative arguments.
    private static final double LANCZOS_G = 6.024680040776729583740234375;
    private static final double LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
    private static final double[] LANCZOS_NUM = {
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    };
    /** The denominator x*(x+1)*...*(x+11) as coefficients. */
    private static final double[] LANCZOS_DEN = {
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
        13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
    };
    private static final double LOG_PI = 1.144729885849400174143427351353058711647;
    private static final double[] FACTORIALS = new double[23];

    static {
        FACTORIALS[0] = 1.0;
        for (int i = 1; i < FACTORIALS.length; i++) {
            FACTORIALS[i] = FACTORIALS[i - 1] * i;
        }
    }

    /** The rational Lanczos sum for x > 0; in 1/x above 5 to avoid overflow. */
    private static double lanczosSum(double x) {
        double num = 0.0, den = 0.0;
        int n = LANCZOS_NUM.length;
        if (x < 5.0) {
            for (int i = n - 1; i >= 0; i--) {
                num = num * x + LANCZOS_NUM[i];
                den = den * x + LANCZOS_DEN[i];
            }
        } else {
            for (int i = 0; i < n; i++) {
                num = num / x + LANCZOS_NUM[i];
                den = den / x + LANCZOS_DEN[i];
            }
        }
        return num / den;
    }

    /** sin(pi * x), exact at integers and half-integers. */
    private static double sinPi(double x) {
        double y = Math.abs(x) % 2.0;
        int n = (int) Math.round(2.0 * y);
        double r;
        switch (n) {
            case 0: r = Math.sin(Math.PI * y); break;
            case 1: r = Math.cos(Math.PI * (y - 0.5)); break;
            case 2: r = Math.sin(Math.PI * (1.0 - y)); break;
            case 3: r = -Math.cos(Math.PI * (y - 1.5)); break;
            default: r = Math.sin(Math.PI * (y - 2.0)); break;
        }
        return Math.copySign(1.0, x) * r;
    }

    static double gamma(double x) {
        if (!Double.isFinite(x)) {
            if (Double.isNaN(x) || x > 0.0) {
                return x;
            }
            throw MathArgs.domainError();
        }
        if (x == 0.0) {
            throw MathArgs.domainError();
        }
        if (x == Math.floor(x)) {
            if (x < 0.0) {
                throw MathArgs.domainError();
            }
            if (x <= FACTORIALS.length) {
                return FACTORIALS[(int) x - 1];
            }
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            double r = 1.0 / x;
            if (Double.isInfinite(r)) {
                throw MathArgs.rangeError();
            }
            return r;
        }
        if (absx > 200.0) {
            if (x < 0.0) {
                return 0.0 / sinPi(x);
            }
            throw MathArgs.rangeError();
        }
        double y = absx + LANCZOS_G_MINUS_HALF;
        // the rounding error of y, for the correction factor (1 + e*g/y)
        double z;
        if (absx > LANCZOS_G_MINUS_HALF) {
            double q = y - absx;
            z = q - LANCZOS_G_MINUS_HALF;
        } else {
            double q = y - LANCZOS_G_MINUS_HALF;
            z = q - absx;
        }
        z = z * LANCZOS_G / y;
        double r;
        if (x < 0.0) {
            r = -Math.PI / sinPi(absx) / absx * Math.exp(y) / lanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) {
                r /= Math.pow(y, absx - 0.5);
            } else {
                double sqrtpow = Math.pow(y, absx / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
        } else {
            r = lanczosSum(absx) / Math.exp(y);
            r += z * r;
            if (absx < 140.0) {
                r *= Math.pow(y, absx - 0.5);
            } else {
                double sqrtpow = Math.pow(y, absx / 2.0 - 0.25);
                r *= sqrtpow;
                r *= sqrtpow;
            }
        }
        if (Double.isInfinite(r)) {
            throw MathArgs.rangeError();
        }
        return r;
    }

    static double lgamma(double x) {
        if (!Double.isFinite(x)) {
            return Double.isNaN(x) ? x : Double.POSITIVE_INFINITY;
        }
        if (x == Math.floor(x) && x <= 2.0) {
            if (x <= 0.0) {
                throw MathArgs.domainError();
            }
            return 0.0;
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            return -Math.log(absx);
        }
        double r = Math.log(lanczosSum(absx)) - LANCZOS_G;
        r += (absx - 0.5) * (Math.log(absx + LANCZOS_G - 0.5) - 1);
        if (x < 0.0) {
            r = LOG_PI - Math.log(Math.abs(sinPi(absx))) - Math.log(absx) - r;
        }
        if (Double.isInfinite(r)) {
            throw MathArgs.rangeError();
        }
        return r;
    }
}
