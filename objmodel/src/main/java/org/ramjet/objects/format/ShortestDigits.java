package org.ramjet.objects.format;

import java.math.BigInteger;

/**
 * The shortest decimal that reads back as a given double (and of those, the one nearest to it),
 * which is what CPython's {@code repr(float)} prints. Java 17's {@code Double.toString} is not
 * always shortest, so this is our own implementation of the Schubfach method (R. Giulietti,
 * "The Schubfach way to render doubles", 2020): one 126-bit multiplication per bound decides
 * which of at most four candidates lies inside the rounding interval, with no loops, no
 * {@code BigInteger} and no allocation on the path.
 *
 * <p>Notation: the double is {@code c * 2^q} with integer {@code c}; its rounding interval is
 * {@code [c - 1/2, c + 1/2] * 2^q} (narrower below at powers of two), closed when {@code c} is
 * even. All quantities are scaled by 4 to keep the bounds integral ({@code cb = 4c}).
 */
final class ShortestDigits {
    private ShortestDigits() {
    }

    private static final int Q_MIN = -1074;
    private static final long C_MIN = 1L << 52;
    private static final long MASK_63 = (1L << 63) - 1;
    private static final int K_MIN = -324;
    private static final int K_MAX = 292;

    /**
     * {@code G[2i]} and {@code G[2i+1]} are the high and low 63 bits of
     * {@code g(k) = floor(10^-k * 2^(125 - floor(log2 10^-k))) + 1} for {@code k = K_MIN + i}:
     * a 126-bit over-approximation of {@code 10^-k}, normalised to {@code [2^125, 2^126]}.
     */
    private static final long[] G = buildTable();

    private static long[] buildTable() {
        long[] table = new long[2 * (K_MAX - K_MIN + 1)];
        BigInteger mask63 = BigInteger.ONE.shiftLeft(63).subtract(BigInteger.ONE);
        for (int k = K_MIN; k <= K_MAX; k++) {
            int e = -k;
            BigInteger pow10 = BigInteger.TEN.pow(Math.abs(e));
            BigInteger g;
            if (e >= 0) {
                int floorLog2 = pow10.bitLength() - 1;
                int shift = 125 - floorLog2;
                g = shift >= 0 ? pow10.shiftLeft(shift) : pow10.shiftRight(-shift);
            } else {
                // 10^e = 1 / 10^-e and 10^-e is not a power of two, so floor(log2) = -bitLength
                int floorLog2 = -pow10.bitLength();
                g = BigInteger.ONE.shiftLeft(125 - floorLog2).divide(pow10);
            }
            g = g.add(BigInteger.ONE);
            int i = 2 * (k - K_MIN);
            table[i] = g.shiftRight(63).longValueExact();
            table[i + 1] = g.and(mask63).longValue();
        }
        return table;
    }

    /** {@code floor(e * log10(2))} for {@code |e| <= 5456721}. */
    static int flog10pow2(int e) {
        return (int) ((e * 661_971_961_083L) >> 41);
    }

    /** {@code floor(log10(3/4 * 2^e))} for {@code |e| <= 2^20}. */
    static int flog10threeQuartersPow2(int e) {
        return (int) ((e * 661_971_961_083L + (-274_743_187_321L)) >> 41);
    }

    /** {@code floor(e * log2(10))} for {@code |e| <= 1838394}. */
    static int flog2pow10(int e) {
        return (int) ((e * 913_124_641_741L) >> 38);
    }

    /**
     * Stores the shortest digits of {@code v} in {@code out}; {@code v} is finite and {@code > 0}.
     */
    static void toDigits(double v, DigitBuffer out) {
        long bits = Double.doubleToRawLongBits(v);
        long fraction = bits & (C_MIN - 1);
        int biasedExp = (int) (bits >>> 52) & 0x7FF;
        if (biasedExp != 0) {
            long c = C_MIN | fraction;
            int q = biasedExp - 1075;
            if (q < 0 && q > -53) {
                // An integer below 2^53 is its own shortest form: its interval is narrower than 1.
                long f = c >> -q;
                if (f << -q == c) {
                    out.setLong(f, 0);
                    return;
                }
            }
            toDecimal(q, c, out);
            return;
        }
        // Subnormal. The two smallest lack the precision the method needs; their shortest
        // forms are 5e-324 and 1e-323.
        if (fraction == 1) {
            out.setLong(5, -324);
        } else if (fraction == 2) {
            out.setLong(1, -323);
        } else {
            toDecimal(Q_MIN, fraction, out);
        }
    }

    private static void toDecimal(int q, long c, DigitBuffer out) {
        int odd = (int) c & 1;
        long cb = c << 2;
        long cbr = cb + 2;
        long cbl;
        int k;
        if (c != C_MIN || q == Q_MIN) {
            cbl = cb - 2;
            k = flog10pow2(q);
        } else {
            cbl = cb - 1;
            k = flog10threeQuartersPow2(q);
        }
        int h = q + flog2pow10(-k) + 2;
        int i = 2 * (k - K_MIN);
        long g1 = G[i];
        long g0 = G[i + 1];

        // vb, vbl, vbr ~ 4 * (value, lower bound, upper bound) * 10^-k, rounded to odd
        long vb = roundToOdd(g1, g0, cb << h);
        long vbl = roundToOdd(g1, g0, cbl << h);
        long vbr = roundToOdd(g1, g0, cbr << h);

        long s = vb >> 2;
        if (s >= 10) {
            // Try one digit fewer first: the multiples of 10 around s. (The interval is narrower
            // than 10 units, so at most one of them is inside.) s < 100 only for subnormals.
            long sp10 = 10 * (s / 10);
            long tp10 = sp10 + 10;
            boolean upIn = vbl + odd <= sp10 << 2;
            boolean wpIn = (tp10 << 2) + odd <= vbr;
            if (upIn != wpIn) {
                out.setLong(upIn ? sp10 : tp10, k);
                return;
            }
        }
        long t = s + 1;
        boolean uIn = vbl + odd <= s << 2;
        boolean wIn = (t << 2) + odd <= vbr;
        if (uIn != wIn) {
            out.setLong(uIn ? s : t, k);
            return;
        }
        // Both candidates are inside: take the nearer, the even one on a tie.
        long cmp = vb - ((s + t) << 1);
        out.setLong(cmp < 0 || cmp == 0 && (s & 1) == 0 ? s : t, k);
    }

    /**
     * {@code floor(g * cp / 2^127)} with the lowest bit set when the division is inexact, where
     * {@code g = g1 * 2^63 + g0}: rounding to odd keeps every comparison with a multiple of 4
     * exact.
     */
    private static long roundToOdd(long g1, long g0, long cp) {
        long x1 = Math.multiplyHigh(g0, cp);
        long y0 = g1 * cp;
        long y1 = Math.multiplyHigh(g1, cp);
        long z = (y0 >>> 1) + x1;
        long vbp = y1 + (z >>> 63);
        return vbp | ((z & MASK_63) + MASK_63) >>> 63;
    }
}
