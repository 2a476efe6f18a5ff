package org.ramjet.objects.format;

/**
 * Places the parts of a formatted number into its field, as CPython's
 * {@code calc_number_widths}/{@code fill_number} do:
 * <pre>
 *   lpadding sign prefix spadding grouped-digits decimal-point remainder rpadding
 * </pre>
 * Only one of the three paddings is non-empty, chosen by the alignment ({@code '='} pads between
 * the sign and the digits). With fill {@code '0'} and alignment {@code '='} the digits are instead
 * widened with zeros, which are grouped like digits ({@code format(1234, '010,')} is
 * {@code '00,001,234'}).
 */
final class NumberLayout {
    private NumberLayout() {
    }

    /**
     * Appends one formatted number.
     *
     * @param signChar  {@code '-'} when the number is negative, else 0
     * @param prefix    {@code "0x"} and the like, or ""
     * @param digits    the integer digits (may be empty: {@code inf}, {@code 'c'})
     * @param hasDecimal whether a decimal point follows the digits
     * @param remainder what follows the point (or the digits when there is none)
     * @param groupSep  separator, or 0 for no grouping
     * @param toUpper   upper-case the prefix and the digits ({@code 'X'})
     */
    static void append(StringBuilder out, FormatSpec spec, char signChar, String prefix, CharSequence digits,
                       boolean hasDecimal, CharSequence remainder, char groupSep, int groupSize, boolean toUpper) {
        int nSign = 0;
        char sign = 0;
        switch (spec.sign) {
            case '+':
                nSign = 1;
                sign = signChar == '-' ? '-' : '+';
                break;
            case ' ':
                nSign = 1;
                sign = signChar == '-' ? '-' : ' ';
                break;
            default:
                if (signChar == '-') {
                    nSign = 1;
                    sign = '-';
                }
        }
        int nPrefix = prefix.length();
        int nDecimal = hasDecimal ? 1 : 0;
        int nRemainder = Character.codePointCount(remainder, 0, remainder.length());
        int nDigits = digits.length();
        long nonDigits = nSign + nPrefix + nDecimal + nRemainder;
        long minWidth = spec.fill == '0' && spec.align == '=' ? spec.width - nonDigits : 0;
        int size = groupSep == 0 ? 0 : groupSize;
        long nGrouped = nDigits == 0 ? 0 : groupedLength(nDigits, minWidth, size);

        long padding = spec.width - (nonDigits + nGrouped);
        long lpad = 0;
        long spad = 0;
        long rpad = 0;
        if (padding > 0) {
            switch (spec.align) {
                case '<':
                    rpad = padding;
                    break;
                case '^':
                    lpad = padding / 2;
                    rpad = padding - lpad;
                    break;
                case '=':
                    spad = padding;
                    break;
                default:
                    lpad = padding;
                    break;
            }
        }
        long total = lpad + nonDigits + spad + nGrouped + rpad;
        if (total + out.length() > DoubleToString.MAX_LENGTH) {
            throw FormatError.memoryError();
        }
        out.ensureCapacity(out.length() + (int) total);
        fill(out, spec.fill, lpad);
        if (nSign == 1) {
            out.append(sign);
        }
        out.append(toUpper ? prefix.toUpperCase() : prefix);
        fill(out, spec.fill, spad);
        if (nDigits != 0) {
            char[] grouped = group(digits, minWidth, groupSep, size, (int) nGrouped);
            if (toUpper) {
                for (int i = 0; i < grouped.length; i++) {
                    grouped[i] = Character.toUpperCase(grouped[i]);
                }
            }
            out.append(grouped);
        }
        if (hasDecimal) {
            out.append('.');
        }
        out.append(remainder);
        fill(out, spec.fill, rpad);
    }

    static void fill(StringBuilder out, int fill, long n) {
        if (fill < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            for (long i = 0; i < n; i++) {
                out.append((char) fill);
            }
        } else {
            for (long i = 0; i < n; i++) {
                out.appendCodePoint(fill);
            }
        }
    }

    /**
     * The groups from the right: each takes up to {@code size} digits, then zeros while the
     * minimum width is not reached; a separator goes between groups and counts toward the width.
     * Without grouping ({@code size == 0}) there is one group of all digits, zero-padded.
     */
    private static long groupedLength(int nDigits, long minWidth, int size) {
        return walkGroups(null, null, nDigits, minWidth, (char) 0, size, 0);
    }

    private static char[] group(CharSequence digits, long minWidth, char sep, int size, int length) {
        char[] buf = new char[length];
        walkGroups(buf, digits, digits.length(), minWidth, sep, size, length);
        return buf;
    }

    /** Counts (and writes right to left into {@code buf} when given) the grouped digits. */
    private static long walkGroups(char[] buf, CharSequence digits, int nDigits, long minWidth, char sep,
                                   int size, int bufLength) {
        minWidth = Math.max(0, minWidth);
        if (minWidth > DoubleToString.MAX_LENGTH) {
            throw FormatError.memoryError();
        }
        long count = 0;
        long remaining = nDigits;
        boolean useSep = false;
        int pos = bufLength;
        int digitPos = nDigits;
        boolean broken = false;
        if (size > 0) {
            while (true) {
                long len = Math.min(size, Math.max(Math.max(remaining, minWidth), 1));
                long zeros = Math.max(0, len - remaining);
                long chars = Math.max(0, Math.min(remaining, len));
                count += (useSep ? 1 : 0) + zeros + chars;
                if (buf != null) {
                    if (useSep) {
                        buf[--pos] = sep;
                    }
                    for (long i = 0; i < chars; i++) {
                        buf[--pos] = digits.charAt(--digitPos);
                    }
                    for (long i = 0; i < zeros; i++) {
                        buf[--pos] = '0';
                    }
                }
                useSep = true;
                remaining -= chars;
                minWidth -= len;
                if (remaining <= 0 && minWidth <= 0) {
                    broken = true;
                    break;
                }
                minWidth -= 1;
            }
        }
        if (!broken) {
            long len = Math.max(Math.max(remaining, minWidth), 1);
            long zeros = Math.max(0, len - remaining);
            long chars = Math.max(0, Math.min(remaining, len));
            count += (useSep ? 1 : 0) + zeros + chars;
            if (count > DoubleToString.MAX_LENGTH) {
                throw FormatError.memoryError();
            }
            if (buf != null) {
                if (useSep) {
                    buf[--pos] = sep;
                }
                for (long i = 0; i < chars; i++) {
                    buf[--pos] = digits.charAt(--digitPos);
                }
                for (long i = 0; i < zeros; i++) {
                    buf[--pos] = '0';
                }
            }
        }
        return count;
    }

    /**
     * The padding around {@code nChars} characters in a field of {@code width} (-1: none):
     * returns {@code {left, right}}. {@code '='} pads on the right, like {@code '<'}.
     */
    static long[] padding(long nChars, long width, char align) {
        long total = width >= 0 && width > nChars ? width : nChars;
        long left;
        if (align == '>') {
            left = total - nChars;
        } else if (align == '^') {
            left = (total - nChars) / 2;
        } else {
            left = 0;
        }
        return new long[] {left, total - nChars - left};
    }
}
