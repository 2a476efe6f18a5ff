package org.ramjet.objects.format;

/**
 * Correct rounding of a binary fraction to a double: {@code (mant + sticky) * 2^exp2}, where
 * {@code sticky} says that nonzero bits were cut off below {@code mant}. Round half to even, with
 * gradual underflow; a result of {@code 2^1024} or more comes back as infinity for the caller to
 * turn into its own OverflowError.
 */
final class BinaryRounding {
    private BinaryRounding() {
    }

    static double toDouble(long mant, boolean sticky, long exp2) {
        if (mant == 0) {
            return 0.0;
        }
        int n = 64 - Long.numberOfLeadingZeros(mant);
        if (n < 55) {
            // room for the round bit and at least one bit below it
            int up = 55 - n;
            mant <<= up;
            exp2 -= up;
            n += up;
        }
        long topExp = exp2 + n - 1;
        if (topExp >= 1024) {
            return Double.POSITIVE_INFINITY;
        }
        // keep 53 bits, fewer where the result is subnormal (lowest bit 2^-1074)
        long keep = Math.min(53, topExp + 1075);
        if (keep < 0) {
            return 0.0;
        }
        int drop = (int) (n - keep);
        long kept = drop >= 64 ? 0 : mant >>> drop;
        long rem = drop >= 64 ? mant : mant & ((1L << drop) - 1);
        long half = 1L << (drop - 1);
        if (rem > half || rem == half && (sticky || (kept & 1) != 0)) {
            kept++;
        }
        return Math.scalb((double) kept, (int) Math.max(Math.min(exp2 + drop, 2000), -2000));
    }
}
