package org.ramjet.objects.format;

/**
 * {@code format(x, spec)} for a Python {@code float} (CPython's {@code float.__format__}):
 * types {@code e E f F g G n %} and none. The none type without a precision is {@code repr};
 * with one it is {@code 'g'} that keeps a point or an exponent in the result, as repr does.
 */
public final class FloatFormat {
    private FloatFormat() {
    }

    /** An empty spec gives {@code repr(x)} (the object model calls {@code str()} for subclasses). */
    public static String format(double x, String spec, String typeName) {
        if (spec.isEmpty()) {
            return FloatRepr.repr(x);
        }
        FormatSpec s = FormatSpec.parse(spec, 0, '>', typeName);
        switch (s.type) {
            case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
                return format(x, s);
            default:
                throw FormatSpec.unknownType(s.type, typeName);
        }
    }

    /** Formats with an already parsed spec whose type is a float type (also used for ints). */
    static String format(double x, FormatSpec spec) {
        if (spec.precision > Integer.MAX_VALUE) {
            throw FormatError.valueError("precision too big");
        }
        int precision = (int) spec.precision;
        int defaultPrecision = 6;
        int flags = 0;
        if (spec.alternate) {
            flags |= DoubleToString.ALT;
        }
        if (spec.noNegativeZero) {
            flags |= DoubleToString.NO_NEG_0;
        }
        char type = (char) spec.type;
        if (type == 0) {
            flags |= DoubleToString.ADD_DOT_0;
            type = 'r';
            defaultPrecision = 0;
        }
        if (type == 'n') {
            type = 'g';
        }
        boolean percent = false;
        if (type == '%') {
            type = 'f';
            x *= 100;
            percent = true;
        }
        if (precision < 0) {
            precision = defaultPrecision;
        } else if (type == 'r') {
            type = 'g';
        }
        String text = DoubleToString.format(x, type, precision, flags);
        if (percent) {
            text += '%';
        }
        char sep = spec.type == 'n' ? 0 : spec.grouping;
        if (spec.width < 0 && sep == 0 && (spec.sign == 0 || spec.sign == '-')) {
            return text; // nothing to pad, group or sign: the layout would copy it
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        appendNumber(out, text, spec, sep);
        return out.toString();
    }

    /**
     * Splits the text of a float ({@code -1234.5e+10}) into sign, integer digits, point and
     * remainder, and lays it out in the field.
     */
    static void appendNumber(StringBuilder out, String text, FormatSpec spec, char sep) {
        int i = 0;
        char signChar = 0;
        if (text.charAt(0) == '-') {
            signChar = '-';
            i = 1;
        }
        int digitsEnd = i;
        while (digitsEnd < text.length() && Character.isDigit(text.charAt(digitsEnd))
                && text.charAt(digitsEnd) < 128) {
            digitsEnd++;
        }
        boolean hasDecimal = digitsEnd < text.length() && text.charAt(digitsEnd) == '.';
        String remainder = text.substring(hasDecimal ? digitsEnd + 1 : digitsEnd);
        NumberLayout.append(out, spec, signChar, "", text.subSequence(i, digitsEnd), hasDecimal, remainder, sep,
                spec.groupSize, false);
    }
}
