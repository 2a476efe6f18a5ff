package org.ramjet.objects.format;

import java.math.BigInteger;

/**
 * {@code float.hex()} and {@code float.fromhex()}: {@code 0x1.8000000000000p+1} (always 13 hex
 * digits after the point; subnormals as {@code 0x0.xxxp-1022}), and the reverse, which accepts
 * an optional sign and {@code 0x}, any number of hex digits around an optional point, an
 * optional {@code p} exponent, {@code inf}/{@code infinity}/{@code nan}, and white space around;
 * the value is rounded half to even.
 */
public final class FloatHex {
    private FloatHex() {
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    public static String toHex(double x) {
        if (!Double.isFinite(x)) {
            return FloatRepr.repr(x);
        }
        long bits = Double.doubleToRawLongBits(x);
        String sign = bits < 0 ? "-" : "";
        if (x == 0) {
            return sign + "0x0.0p+0";
        }
        int biased = (int) (bits >>> 52) & 0x7ff;
        long fraction = bits & ((1L << 52) - 1);
        int exp = biased == 0 ? -1022 : biased - 1023;
        StringBuilder sb = new StringBuilder(24).append(sign).append(biased == 0 ? "0x0." : "0x1.");
        for (int shift = 48; shift >= 0; shift -= 4) {
            sb.append(HEX[(int) (fraction >>> shift) & 0xf]);
        }
        sb.append('p').append(exp < 0 ? '-' : '+').append(Math.abs(exp));
        return sb.toString();
    }

    public static double fromHex(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && UnicodeChars.isAsciiSpace(s.charAt(i))) {
            i++;
        }
        int end = n;
        while (end > i && UnicodeChars.isAsciiSpace(s.charAt(end - 1))) {
            end--;
        }
        boolean negative = false;
        if (i < end && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        String rest = s.substring(i, end);
        if (rest.equalsIgnoreCase("inf") || rest.equalsIgnoreCase("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.equalsIgnoreCase("nan")) {
            return negative ? Double.longBitsToDouble(0xfff8000000000000L) : Double.NaN;
        }
        if (i + 1 < end && s.charAt(i) == '0' && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')) {
            i += 2;
        }
        StringBuilder digits = new StringBuilder();
        long fractionDigits = 0;
        while (i < end && hexValue(s.charAt(i)) >= 0) {
            digits.append(s.charAt(i++));
        }
        if (i < end && s.charAt(i) == '.') {
            i++;
            while (i < end && hexValue(s.charAt(i)) >= 0) {
                digits.append(s.charAt(i++));
                fractionDigits++;
            }
        }
        if (digits.length() == 0) {
            throw parseError();
        }
        long exp = 0;
        if (i < end && (s.charAt(i) == 'p' || s.charAt(i) == 'P')) {
            i++;
            boolean expNegative = false;
            if (i < end && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                expNegative = s.charAt(i) == '-';
                i++;
            }
            if (i >= end || !Character.isDigit(s.charAt(i)) || s.charAt(i) > '9') {
                throw parseError();
            }
            while (i < end && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                // saturate like strtol
                exp = exp > (Long.MAX_VALUE - 9) / 10 ? Long.MAX_VALUE : exp * 10 + (s.charAt(i) - '0');
                i++;
            }
            if (expNegative) {
                exp = exp == Long.MAX_VALUE ? Long.MIN_VALUE : -exp;
            }
        }
        if (i != end) {
            throw parseError();
        }
        BigInteger mant = new BigInteger(digits.toString(), 16);
        double x;
        if (mant.signum() == 0 || exp < Long.MIN_VALUE / 2) {
            x = 0.0;
        } else if (exp > Long.MAX_VALUE / 2) {
            throw overflow();
        } else {
            long exp2 = exp - 4 * fractionDigits;
            int bitLength = mant.bitLength();
            boolean sticky = false;
            if (bitLength > 62) {
                int shift = bitLength - 62;
                sticky = mant.getLowestSetBit() < shift;
                mant = mant.shiftRight(shift);
                exp2 += shift;
            }
            x = BinaryRounding.toDouble(mant.longValue(), sticky, exp2);
            if (Double.isInfinite(x)) {
                throw overflow();
            }
        }
        return negative ? -x : x;
    }

    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private static FormatError parseError() {
        return FormatError.valueError("invalid hexadecimal floating-point string");
    }

    private static FormatError overflow() {
        return FormatError.overflowError("hexadecimal value too large to represent as a float");
    }
}
