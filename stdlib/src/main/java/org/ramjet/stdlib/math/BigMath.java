package org.ramjet.stdlib.math;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Decimal arithmetic with as many digits as a result needs, for the math functions Java has
 * no double routine for ({@code erf}, {@code erfc}): computed
 * with ample guard digits and rounded once, so results are correctly rounded doubles.
 */
final class BigMath {
    private BigMath() {}

    private static BigDecimal piCache = BigDecimal.ZERO;
    private static int piDigits;

    /** π to at least {@code digits} significant digits (Machin's formula). */
    static synchronized BigDecimal pi(int digits) {
        if (piDigits >= digits) {
            return piCache;
        }
        MathContext mc = new MathContext(digits + 10);
        BigDecimal p = atanInverse(5, mc).multiply(BigDecimal.valueOf(16))
                .subtract(atanInverse(239, mc).multiply(BigDecimal.valueOf(4)), mc);
        piCache = p;
        piDigits = digits;
        return p;
    }

    /** atan(1/n) by its series. */
    private static BigDecimal atanInverse(int n, MathContext mc) {
        BigDecimal x = BigDecimal.ONE.divide(BigDecimal.valueOf(n), mc);
        BigDecimal x2 = x.multiply(x, mc);
        BigDecimal term = x, sum = x;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(mc.getPrecision() + 2);
        for (int k = 1; term.abs().compareTo(eps) > 0; k++) {
            term = term.multiply(x2, mc).negate();
            sum = sum.add(term.divide(BigDecimal.valueOf(2L * k + 1), mc), mc);
        }
        return sum;
    }

    static BigDecimal exp(BigDecimal x, MathContext mc) {
        MathContext wide = new MathContext(mc.getPrecision() + 10);
        int halvings = 0;
        BigDecimal r = x;
        while (r.abs().compareTo(new BigDecimal("0.25")) > 0) {
            r = r.divide(BigDecimal.valueOf(2), wide);
            halvings++;
        }
        BigDecimal sum = BigDecimal.ONE, term = BigDecimal.ONE;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(wide.getPrecision() + 2);
        for (int k = 1; term.abs().compareTo(eps) > 0; k++) {
            term = term.multiply(r, wide).divide(BigDecimal.valueOf(k), wide);
            sum = sum.add(term, wide);
        }
        for (int i = 0; i < halvings; i++) {
            sum = sum.multiply(sum, wide);
        }
        return sum.round(mc);
    }

    /**
     * erf(x) for x >= 0 as {@code 2/sqrt(pi) * exp(-x*x) * sum 2**n x**(2n+1) / (1*3*...*(2n+1))},
     * a series of positive terms (no cancellation), with {@code digits} significant digits.
     */
    static BigDecimal erf(double x, int digits) {
        MathContext mc = new MathContext(digits + 10);
        BigDecimal bx = new BigDecimal(x);
        BigDecimal x2 = bx.multiply(bx, mc);
        BigDecimal twoX2 = x2.multiply(BigDecimal.valueOf(2), mc);
        BigDecimal term = bx, sum = bx;
        BigDecimal eps = sum.ulp().max(BigDecimal.ONE.movePointLeft(mc.getPrecision() + 5));
        for (int n = 1; ; n++) {
            term = term.multiply(twoX2, mc).divide(BigDecimal.valueOf(2L * n + 1), mc);
            sum = sum.add(term, mc);
            if (term.signum() == 0 || n > x * x && term.compareTo(sum.movePointLeft(mc.getPrecision() + 2)) < 0) {
                break;
            }
        }
        BigDecimal factor = BigDecimal.valueOf(2).divide(pi(mc.getPrecision()).sqrt(mc), mc)
                .multiply(exp(x2.negate(), mc), mc);
        return sum.multiply(factor, mc);
    }

    static double toDouble(BigDecimal v) {
        return v.round(new MathContext(40, RoundingMode.HALF_EVEN)).doubleValue();
    }
}
