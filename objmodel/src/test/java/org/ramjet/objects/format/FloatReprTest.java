package org.ramjet.objects.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class FloatReprTest {

    @Test
    void reprOfRandomDoublesMatchesCPython() {
        Fixtures.Mismatches m = new Fixtures.Mismatches();
        for (String expected : Fixtures.lines("repr_random.txt.gz")) {
            // CPython's repr reads back as the same double, and parseDouble is correctly rounded
            double x = Double.parseDouble(expected);
            m.check(Fixtures.bits(x), expected, FloatRepr.repr(x));
        }
        m.assertNone();
    }

    @Test
    void reprOfEdgeCasesMatchesCPython() {
        Fixtures.Mismatches m = new Fixtures.Mismatches();
        for (List<Object> row : Fixtures.rows("repr_edge.jsonl.gz")) {
            double x = Fixtures.dbl(row.get(0));
            m.check((String) row.get(0), row.get(1), FloatRepr.repr(x));
            m.check((String) row.get(0) + " via format", row.get(1),
                    DoubleToString.format(x, 'r', 0, DoubleToString.ADD_DOT_0));
        }
        m.assertNone();
    }

    @Test
    void layoutThresholds() {
        assertEquals("1e+16", FloatRepr.repr(1e16));
        assertEquals("1e-05", FloatRepr.repr(1e-5));
        assertEquals("0.0001", FloatRepr.repr(1e-4));
        assertEquals("123456789012345.0", FloatRepr.repr(123456789012345.0));
        assertEquals("1.2345678901234568e+16", FloatRepr.repr(12345678901234567.0));
        assertEquals("-0.0", FloatRepr.repr(-0.0));
        assertEquals("inf", FloatRepr.repr(Double.POSITIVE_INFINITY));
        assertEquals("-inf", FloatRepr.repr(Double.NEGATIVE_INFINITY));
        assertEquals("nan", FloatRepr.repr(Double.NaN));
        assertEquals("5e-324", FloatRepr.repr(Double.MIN_VALUE));
        assertEquals("1.7976931348623157e+308", FloatRepr.repr(Double.MAX_VALUE));
    }

    /** The fast logarithm approximations hold exactly over the whole range the method uses. */
    @Test
    void logarithmApproximationsAreExact() {
        for (int q = -1100; q <= 1100; q++) {
            assertEquals(exactFloorLog10(BigDecimal.ONE, q), ShortestDigits.flog10pow2(q), "flog10pow2 " + q);
            assertEquals(exactFloorLog10(new BigDecimal("0.75"), q), ShortestDigits.flog10threeQuartersPow2(q),
                    "flog10threeQuartersPow2 " + q);
        }
        for (int e = -350; e <= 350; e++) {
            int exact;
            BigInteger p = BigInteger.TEN.pow(Math.abs(e));
            exact = e >= 0 ? p.bitLength() - 1 : -p.bitLength();
            assertEquals(exact, ShortestDigits.flog2pow10(e), "flog2pow10 " + e);
        }
    }

    /** floor(log10(m * 2^q)) computed exactly. */
    private static int exactFloorLog10(BigDecimal m, int q) {
        BigDecimal v = q >= 0 ? m.multiply(new BigDecimal(BigInteger.TWO.pow(q)))
                : m.divide(new BigDecimal(BigInteger.TWO.pow(-q)));
        // precision - scale - 1 = floor(log10) for a BigDecimal without rounding
        BigDecimal stripped = v.stripTrailingZeros();
        return stripped.precision() - stripped.scale() - 1;
    }

    /** Shortest digits are shortest and nearest: checked against an exact search on samples. */
    @Test
    void shortestDigitsAgreeWithExactSearch() {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(5);
        for (int i = 0; i < 3000; i++) {
            double x = Double.longBitsToDouble(rnd.nextLong() & Long.MAX_VALUE);
            if (!Double.isFinite(x) || x == 0) {
                continue;
            }
            DigitBuffer d = new DigitBuffer();
            ShortestDigits.toDigits(x, d);
            String digits = new String(d.digits, 0, d.length);
            assertEquals(exactShortest(x), digits + "e" + d.decpt, "for " + x);
        }
    }

    @Test
    void smallSubnormalsAreShortest() {
        for (long c = 1; c <= 3000; c++) {
            double x = Double.longBitsToDouble(c);
            DigitBuffer d = new DigitBuffer();
            ShortestDigits.toDigits(x, d);
            assertEquals(exactShortest(x), new String(d.digits, 0, d.length) + "e" + d.decpt, "for bits " + c);
        }
    }

    private static String exactShortest(double x) {
        BigDecimal exact = new BigDecimal(x);
        for (int n = 1; n <= 17; n++) {
            BigDecimal r = exact.round(new java.math.MathContext(n, RoundingMode.HALF_EVEN));
            if (Double.parseDouble(r.toString()) == x) {
                BigDecimal s = r.stripTrailingZeros();
                // nearest of the n-digit candidates: the rounded value is the nearest by construction
                String u = s.unscaledValue().toString();
                return u + "e" + (u.length() - s.scale());
            }
        }
        throw new AssertionError("no shortest form for " + x);
    }
}
