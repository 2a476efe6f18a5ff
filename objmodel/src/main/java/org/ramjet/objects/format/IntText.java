package org.ramjet.objects.format;

import java.math.BigInteger;

/**
 * Conversions between Python {@code int} and text, with CPython's rules: {@code str(n)},
 * {@code bin/oct/hex(n)}, and {@code int(s, base)} (white space around, a sign, underscores
 * between digits, {@code 0x/0o/0b} prefixes, base 0 guessing from the prefix) with its error
 * messages. Decimal conversions honour the int max str digits limit of CPython 3.11
 * ({@code sys.set_int_max_str_digits}, default 4300 digits; 0 disables it), which guards
 * against quadratic-time conversions of huge numbers; power-of-two bases are not limited.
 *
 * <p>Parsed values are returned as {@code Long} when they fit, else {@code BigInteger}.
 */
public final class IntText {
    private IntText() {
    }

    /** {@code sys.int_info.default_max_str_digits}. */
    public static final int DEFAULT_MAX_STR_DIGITS = 4300;
    /** {@code sys.int_info.str_digits_check_threshold}: smaller sizes are never checked. */
    public static final int MAX_STR_DIGITS_THRESHOLD = 640;

    private static volatile int maxStrDigits = DEFAULT_MAX_STR_DIGITS;

    /** {@code sys.get_int_max_str_digits()}. */
    public static int getMaxStrDigits() {
        return maxStrDigits;
    }

    /** {@code sys.set_int_max_str_digits(n)}. */
    public static void setMaxStrDigits(long n) {
        if (n > Integer.MAX_VALUE || n < Integer.MIN_VALUE) {
            throw FormatError.overflowError("Python int too large to convert to C int");
        }
        if (n < 0 || n != 0 && n < MAX_STR_DIGITS_THRESHOLD) {
            throw FormatError.valueError("maxdigits must be 0 or larger than " + MAX_STR_DIGITS_THRESHOLD);
        }
        maxStrDigits = (int) n;
    }

    // ---------------------------------------------------------------------------------------
    // int -> text

    /** {@code str(v)}. */
    public static String toString(long v) {
        return Long.toString(v);
    }

    /** {@code str(v)}, raising ValueError past the max str digits limit. */
    public static String toString(BigInteger v) {
        if (v.bitLength() < 64) {
            return Long.toString(v.longValue());
        }
        checkDecimalLimit(v);
        return v.toString();
    }

    /** Raises CPython's ValueError when {@code v} has more decimal digits than allowed. */
    static void checkDecimalLimit(BigInteger v) {
        int limit = maxStrDigits;
        int bits = v.bitLength();
        // 2^(bits-1) <= |v| < 2^bits: at most floor(bits*log10(2))+1 digits
        if (limit == 0 || bits < 2100 || (long) (bits * 0.30103) + 1 <= limit) {
            return;
        }
        // at least floor((bits-1)*log10(2))+1 digits
        boolean over = (long) ((bits - 1) * 0.30102999) + 1 > limit;
        if (!over) {
            String s = v.abs().toString();
            over = s.length() > limit;
        }
        if (over) {
            throw FormatError.valueError("Exceeds the limit (" + limit + " digits) for integer string conversion; "
                    + "use sys.set_int_max_str_digits() to increase the limit");
        }
    }

    /** Digits of {@code |v|} in {@code base} (2..36, lower case), no sign or prefix. */
    public static String absDigits(long v, int base) {
        return v < 0 ? Long.toUnsignedString(-v, base) : Long.toString(v, base);
    }

    /** Digits of {@code |v|} in {@code base} (2..36, lower case); base 10 is limited. */
    public static String absDigits(BigInteger v, int base) {
        if (v.bitLength() < 64) {
            return absDigits(v.longValue(), base);
        }
        if (base == 10) {
            checkDecimalLimit(v);
        }
        return v.abs().toString(base);
    }

    /** {@code v} in any base 2..36, lower-case letters, a minus sign but no prefix; base 10 is limited. */
    public static String toString(long v, int base) {
        return v < 0 ? "-" + absDigits(v, base) : absDigits(v, base);
    }

    /** {@code v} in any base 2..36, lower-case letters, a minus sign but no prefix; base 10 is limited. */
    public static String toString(BigInteger v, int base) {
        return v.signum() < 0 ? "-" + absDigits(v, base) : absDigits(v, base);
    }

    /** {@code bin(v)}, {@code oct(v)}, {@code hex(v)} for base 2, 8, 16: {@code -0x1f}. */
    public static String toBase(long v, int base) {
        String digits = absDigits(v, base);
        return (v < 0 ? "-" : "") + prefix(base) + digits;
    }

    /** {@code bin(v)}, {@code oct(v)}, {@code hex(v)} for base 2, 8, 16. */
    public static String toBase(BigInteger v, int base) {
        String digits = absDigits(v, base);
        return (v.signum() < 0 ? "-" : "") + prefix(base) + digits;
    }

    static String prefix(int base) {
        switch (base) {
            case 2: return "0b";
            case 8: return "0o";
            case 16: return "0x";
            case 10: return "";
            default: throw new IllegalArgumentException("no prefix for base " + base);
        }
    }

    // ---------------------------------------------------------------------------------------
    // text -> int

    /** {@code int(s, base)} for a {@code str}; base 0 or 2..36. */
    public static Number parse(String s, int base) {
        checkBase(base);
        String ascii = UnicodeChars.toAsciiDigitsAndSpaces(s);
        Number n = parseAscii(ascii, base);
        if (n == null) {
            throw FormatError.valueError("invalid literal for int() with base " + base + ": "
                    + StringRepr.truncateCodePoints(StringRepr.repr(s), 200));
        }
        return n;
    }

    /** {@code int(b, base)} for {@code bytes} (and buffers): no Unicode digits or spaces. */
    public static Number parseBytes(byte[] b, int base) {
        checkBase(base);
        char[] chars = new char[b.length];
        for (int i = 0; i < b.length; i++) {
            chars[i] = (char) (b[i] & 0xff);
        }
        Number n = parseAscii(new String(chars), base);
        if (n == null) {
            String r = StringRepr.bytesRepr(b, 0, Math.min(b.length, 200));
            throw FormatError.valueError("invalid literal for int() with base " + base + ": "
                    + StringRepr.truncateCodePoints(r, 200));
        }
        return n;
    }

    private static void checkBase(int base) {
        if (base != 0 && base < 2 || base > 36) {
            throw FormatError.valueError("int() base must be >= 2 and <= 36, or 0");
        }
    }

    /** 0-35 for a digit or letter, else 37 (larger than any base). */
    static int digitValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return 37;
    }

    private static char at(String s, int i) {
        return i < s.length() ? s.charAt(i) : '\0';
    }

    /** The value, or null for an invalid literal (the caller words the message). */
    private static Number parseAscii(String s, int base) {
        int n = s.length();
        int i = 0;
        while (i < n && UnicodeChars.isAsciiSpace(s.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (at(s, i) == '+') {
            i++;
        } else if (at(s, i) == '-') {
            i++;
            negative = true;
        }
        boolean errorIfNonzero = false;
        char c1 = at(s, i + 1);
        if (base == 0) {
            if (at(s, i) != '0') {
                base = 10;
            } else if (c1 == 'x' || c1 == 'X') {
                base = 16;
            } else if (c1 == 'o' || c1 == 'O') {
                base = 8;
            } else if (c1 == 'b' || c1 == 'B') {
                base = 2;
            } else {
                // "old" C-style octal such as 0777 is invalid, except for zero itself
                errorIfNonzero = true;
                base = 10;
            }
        }
        if (at(s, i) == '0' && (base == 16 && (c1 == 'x' || c1 == 'X') || base == 8 && (c1 == 'o' || c1 == 'O')
                || base == 2 && (c1 == 'b' || c1 == 'B'))) {
            i += 2;
            if (at(s, i) == '_') {
                i++;
            }
        }
        if (at(s, i) == '_') {
            return null;
        }
        int start = i;
        int digits = 0;
        char prev = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '_') {
                if (prev == '_') {
                    return null;
                }
            } else if (digitValue(c) < base) {
                digits++;
            } else {
                break;
            }
            prev = c;
            i++;
        }
        if (prev == '_') {
            return null;
        }
        int end = i;
        if ((base & (base - 1)) != 0 && digits > MAX_STR_DIGITS_THRESHOLD) {
            int limit = maxStrDigits;
            if (limit > 0 && digits > limit) {
                throw FormatError.valueError("Exceeds the limit (" + limit + " digits) for integer string "
                        + "conversion: value has " + digits + " digits; use sys.set_int_max_str_digits() "
                        + "to increase the limit");
            }
        }
        if (end == start) {
            return null;
        }
        while (i < n && UnicodeChars.isAsciiSpace(s.charAt(i))) {
            i++;
        }
        if (i != n) {
            return null;
        }
        Number value = digitsValue(s, start, end, digits, base, negative);
        if (errorIfNonzero && !isZero(value)) {
            return null;
        }
        return value;
    }

    /** For each base, the most digits whose value always fits in a long. */
    private static final int[] LONG_SAFE_DIGITS = new int[37];

    static {
        for (int base = 2; base <= 36; base++) {
            int d = 0;
            BigInteger limit = BigInteger.valueOf(Long.MAX_VALUE);
            BigInteger p = BigInteger.valueOf(base);
            while (p.compareTo(limit) <= 0) {
                d++;
                p = p.multiply(BigInteger.valueOf(base));
            }
            LONG_SAFE_DIGITS[base] = d;
        }
    }

    private static boolean isZero(Number v) {
        return v instanceof Long ? v.longValue() == 0 : ((BigInteger) v).signum() == 0;
    }

    private static Number digitsValue(String s, int start, int end, int digits, int base, boolean negative) {
        if (digits <= LONG_SAFE_DIGITS[base]) {
            long v = 0;
            for (int i = start; i < end; i++) {
                char c = s.charAt(i);
                if (c != '_') {
                    v = v * base + digitValue(c);
                }
            }
            return negative ? -v : v;
        }
        StringBuilder clean = new StringBuilder(digits + 1);
        if (negative) {
            clean.append('-');
        }
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c != '_') {
                clean.append(c);
            }
        }
        BigInteger v = new BigInteger(clean.toString(), base);
        if (v.bitLength() < 64) {
            return v.longValue();
        }
        return v;
    }
}
