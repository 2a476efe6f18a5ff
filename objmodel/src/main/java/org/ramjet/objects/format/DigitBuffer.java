package org.ramjet.objects.format;

/**
 * Decimal digits of a non-negative number in the form dtoa returns them: {@code 0.d1d2...dn *
 * 10^decpt}, without trailing zeros. Zero is the single digit "0" with {@code decpt == 1}; a
 * value rounded away entirely ({@code '%.1f' % 0.01}) has no digits at all.
 */
final class DigitBuffer {
    char[] digits = new char[24];
    int length;
    int decpt;

    void ensureCapacity(int n) {
        if (digits.length < n) {
            char[] bigger = new char[Math.max(n, digits.length * 2)];
            System.arraycopy(digits, 0, bigger, 0, length);
            digits = bigger;
        }
    }

    void setZero() {
        digits[0] = '0';
        length = 1;
        decpt = 1;
    }

    void setEmpty(int decpt) {
        length = 0;
        this.decpt = decpt;
    }

    /** The value {@code f * 10^exp10} for {@code f > 0}. */
    void setLong(long f, int exp10) {
        while (f % 10 == 0) {
            f /= 10;
            exp10++;
        }
        int n = decimalLength(f);
        ensureCapacity(n);
        for (int i = n - 1; i >= 0; i--) {
            digits[i] = (char) ('0' + (int) (f % 10));
            f /= 10;
        }
        length = n;
        decpt = exp10 + n;
    }

    /** Digits taken from a decimal string of an integer {@code > 0}, times {@code 10^exp10}. */
    void setDecimalString(String s, int exp10) {
        int end = s.length();
        while (end > 1 && s.charAt(end - 1) == '0') {
            end--;
        }
        ensureCapacity(end);
        s.getChars(0, end, digits, 0);
        length = end;
        decpt = exp10 + s.length();
    }

    /**
     * Keeps the first {@code n} digits ({@code 1 <= n < length}), rounding up when the first
     * dropped digit is 5 or more; the caller has checked that this is the correct rounding.
     */
    void roundAt(int n) {
        boolean up = digits[n] >= '5';
        length = n;
        if (up) {
            int i = n - 1;
            while (i >= 0 && digits[i] == '9') {
                i--;
            }
            if (i < 0) {
                digits[0] = '1';
                length = 1;
                decpt++;
                return;
            }
            digits[i]++;
            length = i + 1;
        }
        while (length > 1 && digits[length - 1] == '0') {
            length--;
        }
    }

    static int decimalLength(long f) {
        int n = 1;
        long p = 10;
        while (n < 19 && f >= p) {
            n++;
            p *= 10;
        }
        return n;
    }

    @Override
    public String toString() {
        return new String(digits, 0, length) + "e" + decpt;
    }
}
