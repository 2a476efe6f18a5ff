package org.ramjet.objects;

import java.math.BigInteger;

/** {@code int(str, base)}: Python's integer literal rules (sign, prefixes, underscores, Unicode digits). */
final class IntParser {
    private IntParser() {}

    /** The int value of {@code text}, or null when it is not a valid literal in {@code base}. */
    static PyObject parse(String text, int base) {
        String s = StrType.stripWhitespace(text);
        int i = 0, n = s.length();
        boolean neg = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            neg = s.charAt(i) == '-';
            i++;
        }
        boolean prefixed = false;
        if (i + 1 < n && s.charAt(i) == '0') {
            char p = Character.toLowerCase(s.charAt(i + 1));
            int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (pb != 0 && (base == 0 || base == pb)) {
                base = pb;
                i += 2;
                prefixed = true;
            }
        }
        boolean zeroPrefixCheck = false;
        if (base == 0) {
            base = 10;
            zeroPrefixCheck = true;
        }
        if (i >= n) {
            return null;
        }
        StringBuilder digits = new StringBuilder(n - i);
        boolean prevUnderscore = false;
        boolean sawDigit = false;
        while (i < n) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '_') {
                // one underscore may separate digits, or follow a base prefix ("0x_1f")
                if (prevUnderscore || (!sawDigit && !prefixed)) {
                    return null;
                }
                prevUnderscore = true;
                continue;
            }
            int d = Character.digit(cp, base);
            if (d < 0 || (cp > 127 && !Character.isDigit(cp))) {
                return null;
            }
            digits.append(Character.forDigit(d, base));
            prevUnderscore = false;
            sawDigit = true;
        }
        if (!sawDigit || prevUnderscore) {
            return null;
        }
        if (zeroPrefixCheck && digits.length() > 1 && digits.charAt(0) == '0') {
            for (int k = 0; k < digits.length(); k++) {
                if (digits.charAt(k) != '0') {
                    return null;
                }
            }
        }
        int limit = Ints.maxStrDigits();
        if (limit > 0 && digits.length() > limit && base == 10) {
            throw PyErrors.valueError("Exceeds the limit (%d digits) for integer string conversion: "
                    + "value has %d digits; use sys.set_int_max_str_digits() to increase the limit",
                    limit, digits.length());
        }
        if (digits.length() <= 18 && base <= 10 || digits.length() <= 15) {
            long v = Long.parseLong(digits.toString(), base);
            return PyInt.of(neg ? -v : v);
        }
        BigInteger v = new BigInteger(digits.toString(), base);
        return PyInt.of(neg ? v.negate() : v);
    }
}
