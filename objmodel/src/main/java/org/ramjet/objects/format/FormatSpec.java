package org.ramjet.objects.format;

/**
 * A parsed format specification, the mini-language after the colon of a replacement field and
 * the second argument of {@code format()}:
 * {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}.
 *
 * <p>{@link #parse} checks what can be checked without knowing the value (as CPython's
 * {@code parse_internal_render_format_spec} does); the per-type formatters then reject what
 * does not apply to their type, with CPython's messages.
 */
public final class FormatSpec {
    /** Fill code point (default space). */
    public final int fill;
    /** {@code '<' '>' '^' '='}: the type's default when not given. */
    public final char align;
    /** {@code '+' '-' ' '} or 0 when not given. */
    public final char sign;
    /** {@code 'z'}: negative zero (after rounding) is shown without its sign. */
    public final boolean noNegativeZero;
    /** {@code '#'}. */
    public final boolean alternate;
    /** Minimum width in code points, or -1. */
    public final long width;
    /** {@code ','}, {@code '_'} or 0. */
    public final char grouping;
    /** Digits per group: 3, or 4 for {@code '_'} with b/o/x/X. */
    public final int groupSize;
    /** Precision, or -1. */
    public final long precision;
    /** The type code point; the type's default when not given. */
    public final int type;

    private FormatSpec(int fill, char align, char sign, boolean noNegativeZero, boolean alternate, long width,
                       char grouping, int groupSize, long precision, int type) {
        this.fill = fill;
        this.align = align;
        this.sign = sign;
        this.noNegativeZero = noNegativeZero;
        this.alternate = alternate;
        this.width = width;
        this.grouping = grouping;
        this.groupSize = groupSize;
        this.precision = precision;
        this.type = type;
    }

    /** The same specification with no padding at all (complex formats its parts this way). */
    FormatSpec withoutPadding(char newSign) {
        return new FormatSpec(' ', '<', newSign, noNegativeZero, alternate, -1, grouping, groupSize, precision, type);
    }

    /**
     * Parses {@code spec}. {@code defaultType} is 0 for numbers with an optional type, or
     * {@code 's'}; {@code defaultAlign} is {@code '>'} for numbers and {@code '<'} for strings;
     * {@code typeName} names the value's type in the error message for trailing text.
     */
    public static FormatSpec parse(String spec, int defaultType, char defaultAlign, String typeName) {
        // Loops format many values with one spec: remember the last one parsed.
        Cached last = lastParsed;
        if (last != null && last.defaultType == defaultType && last.defaultAlign == defaultAlign
                && last.text.equals(spec)) {
            return last.spec;
        }
        FormatSpec parsed = doParse(spec, defaultType, defaultAlign, typeName);
        lastParsed = new Cached(spec, defaultType, defaultAlign, parsed);
        return parsed;
    }

    /** An immutable cache entry, so that racing threads only ever see a whole one. */
    private static final class Cached {
        final String text;
        final int defaultType;
        final char defaultAlign;
        final FormatSpec spec;

        Cached(String text, int defaultType, char defaultAlign, FormatSpec spec) {
            this.text = text;
            this.defaultType = defaultType;
            this.defaultAlign = defaultAlign;
            this.spec = spec;
        }
    }

    private static volatile Cached lastParsed;

    private static FormatSpec doParse(String spec, int defaultType, char defaultAlign, String typeName) {
        int end = spec.length();
        int pos = 0;
        int fill = ' ';
        char align = defaultAlign;
        boolean fillSpecified = false;
        boolean alignSpecified = false;

        if (end > 0) {
            int first = spec.codePointAt(0);
            int next = Character.charCount(first);
            if (next < end && isAlign(spec.charAt(next))) {
                fill = first;
                align = spec.charAt(next);
                fillSpecified = true;
                alignSpecified = true;
                pos = next + 1;
            } else if (isAlign(first)) {
                align = (char) first;
                alignSpecified = true;
                pos = 1;
            }
        }
        char sign = 0;
        if (pos < end && (spec.charAt(pos) == '+' || spec.charAt(pos) == '-' || spec.charAt(pos) == ' ')) {
            sign = spec.charAt(pos++);
        }
        boolean noNegZero = false;
        if (pos < end && spec.charAt(pos) == 'z') {
            noNegZero = true;
            pos++;
        }
        boolean alternate = false;
        if (pos < end && spec.charAt(pos) == '#') {
            alternate = true;
            pos++;
        }
        if (!fillSpecified && pos < end && spec.charAt(pos) == '0') {
            fill = '0';
            if (!alignSpecified && defaultAlign == '>') {
                align = '=';
            }
            pos++;
        }
        long[] number = new long[1];
        int consumed = readInteger(spec, pos, number);
        long width = consumed == 0 ? -1 : number[0];
        pos += consumed;

        char grouping = 0;
        if (pos < end && spec.charAt(pos) == ',') {
            grouping = ',';
            pos++;
        }
        if (pos < end && spec.charAt(pos) == '_') {
            if (grouping != 0) {
                throw FormatError.valueError("Cannot specify both ',' and '_'.");
            }
            grouping = '_';
            pos++;
        }
        if (pos < end && spec.charAt(pos) == ',' && grouping == '_') {
            throw FormatError.valueError("Cannot specify both ',' and '_'.");
        }
        long precision = -1;
        if (pos < end && spec.charAt(pos) == '.') {
            pos++;
            consumed = readInteger(spec, pos, number);
            if (consumed == 0) {
                throw FormatError.valueError("Format specifier missing precision");
            }
            precision = number[0];
            pos += consumed;
        }
        int type = defaultType;
        if (pos < end) {
            int cp = spec.codePointAt(pos);
            if (pos + Character.charCount(cp) < end) {
                throw FormatError.valueError("Invalid format specifier '" + spec + "' for object of type '"
                        + typeName + "'");
            }
            type = cp;
        }
        int groupSize = 3;
        if (grouping != 0) {
            switch (type) {
                case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
                    break;
                case 'b': case 'o': case 'x': case 'X':
                    if (grouping == '_') {
                        groupSize = 4;
                        break;
                    }
                    throw invalidGrouping(grouping, type);
                default:
                    throw invalidGrouping(grouping, type);
            }
        }
        return new FormatSpec(fill, align, sign, noNegZero, alternate, width, grouping, groupSize, precision, type);
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    /** Reads decimal digits (any Unicode decimal digits) at {@code pos}; returns how many. */
    private static int readInteger(String s, int pos, long[] out) {
        long acc = 0;
        int i = pos;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int digit = UnicodeChars.decimalValue(cp);
            if (digit < 0) {
                break;
            }
            if (acc > (Long.MAX_VALUE - digit) / 10) {
                throw FormatError.valueError("Too many decimal digits in format string");
            }
            acc = acc * 10 + digit;
            i += Character.charCount(cp);
        }
        out[0] = acc;
        return i - pos;
    }

    private static FormatError invalidGrouping(char grouping, int type) {
        return FormatError.valueError("Cannot specify '" + grouping + "' with " + quoteCode(type) + ".");
    }

    /** A type code as CPython quotes it in messages: {@code 'x'}, or {@code '\xe9'} outside printable ASCII. */
    static String quoteCode(int type) {
        if (type > 32 && type < 128) {
            return "'" + (char) type + "'";
        }
        return "'\\x" + Integer.toHexString(type) + "'";
    }

    /** {@code Unknown format code 'y' for object of type 'int'}. */
    static FormatError unknownType(int type, String typeName) {
        return FormatError.valueError("Unknown format code " + quoteCode(type) + " for object of type '"
                + typeName + "'");
    }
}
