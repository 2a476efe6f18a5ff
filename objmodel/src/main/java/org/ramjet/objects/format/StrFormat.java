package org.ramjet.objects.format;

/**
 * {@code format(s, spec)} for a Python {@code str} (CPython's {@code str.__format__}): type
 * {@code s} or none, a precision truncates, and width and alignment count code points.
 */
public final class StrFormat {
    private StrFormat() {
    }

    public static String format(String value, String spec, String typeName) {
        if (spec.isEmpty()) {
            return value;
        }
        FormatSpec s = FormatSpec.parse(spec, 's', '<', typeName);
        if (s.type != 's') {
            throw FormatSpec.unknownType(s.type, typeName);
        }
        if (s.sign != 0) {
            throw FormatError.valueError(s.sign == ' ' ? "Space not allowed in string format specifier"
                    : "Sign not allowed in string format specifier");
        }
        if (s.noNegativeZero) {
            throw FormatError.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (s.alternate) {
            throw FormatError.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (s.align == '=') {
            throw FormatError.valueError("'=' alignment not allowed in string format specifier");
        }
        long len = value.codePointCount(0, value.length());
        if ((s.width == -1 || s.width <= len) && (s.precision == -1 || s.precision >= len)) {
            return value;
        }
        String text = value;
        if (s.precision >= 0 && len >= s.precision) {
            len = s.precision;
            text = value.substring(0, value.offsetByCodePoints(0, (int) len));
        }
        long[] pad = NumberLayout.padding(len, s.width, s.align);
        if (pad[0] + pad[1] + text.length() > DoubleToString.MAX_LENGTH) {
            throw FormatError.memoryError();
        }
        StringBuilder out = new StringBuilder(text.length() + (int) (pad[0] + pad[1]));
        NumberLayout.fill(out, s.fill, pad[0]);
        out.append(text);
        NumberLayout.fill(out, s.fill, pad[1]);
        return out.toString();
    }
}
