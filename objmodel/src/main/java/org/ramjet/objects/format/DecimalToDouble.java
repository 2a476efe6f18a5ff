package org.ramjet.objects.format;

/**
 * The double nearest to a decimal {@code digits * 10^exp10} (ties to even). Few digits with a
 * small exponent take the exact fast path (both factors are exact doubles, so one IEEE
 * multiplication or division rounds correctly); the rest go to {@code Double.parseDouble},
 * which rounds correctly in Java 17.
 */
final class DecimalToDouble {
    private DecimalToDouble() {
    }

    private static final double[] POW10 = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    /** {@code digits[0:len]} are ASCII digits (at least one). */
    static double toDouble(char[] digits, int len, long exp10) {
        if (len <= 15 && exp10 >= -22 && exp10 <= 22) {
            long m = 0;
            for (int i = 0; i < len; i++) {
                m = m * 10 + (digits[i] - '0');
            }
            return exp10 >= 0 ? m * POW10[(int) exp10] : m / POW10[(int) -exp10];
        }
        return Double.parseDouble(new StringBuilder(len + 24).append(digits, 0, len).append('E').append(exp10)
                .toString());
    }
}
