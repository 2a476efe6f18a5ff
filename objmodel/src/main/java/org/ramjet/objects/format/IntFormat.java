package org.ramjet.objects.format;

import java.math.BigInteger;

/**
 * {@code format(n, spec)} for a Python {@code int} (CPython's {@code int.__format__}): types
 * {@code b c d o x X n} and none format the integer, {@code e E f F g G %} format
 * {@code float(n)}. {@code typeName} is the value's Python type name for error messages
 * ({@code 'bool'} for {@code True}).
 *
 * <p>An empty spec gives {@code str(n)}; for a subclass whose {@code __str__} differs (bool)
 * the object model must call {@code str()} itself, as CPython does.
 */
public final class IntFormat {
    private IntFormat() {
    }

    public static String format(long v, String spec, String typeName) {
        if (spec.isEmpty()) {
            return Long.toString(v);
        }
        FormatSpec s = FormatSpec.parse(spec, 'd', '>', typeName);
        return format(v, null, s, typeName);
    }

    public static String format(BigInteger v, String spec, String typeName) {
        if (v.bitLength() < 64) {
            return format(v.longValue(), spec, typeName);
        }
        if (spec.isEmpty()) {
            return IntText.toString(v);
        }
        FormatSpec s = FormatSpec.parse(spec, 'd', '>', typeName);
        return format(0, v, s, typeName);
    }

    /** {@code big} is null when the value is {@code small}. */
    private static String format(long small, BigInteger big, FormatSpec spec, String typeName) {
        switch (spec.type) {
            case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
                return formatInteger(small, big, spec);
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
                double d = big == null ? (double) small : IntMath.toDouble(big);
                return FloatFormat.format(d, spec);
            default:
                throw FormatSpec.unknownType(spec.type, typeName);
        }
    }

    private static String formatInteger(long small, BigInteger big, FormatSpec spec) {
        if (spec.precision != -1) {
            throw FormatError.valueError("Precision not allowed in integer format specifier");
        }
        if (spec.noNegativeZero) {
            throw FormatError.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        StringBuilder out = new StringBuilder();
        if (spec.type == 'c') {
            if (spec.sign != 0) {
                throw FormatError.valueError("Sign not allowed with integer format specifier 'c'");
            }
            if (spec.alternate) {
                throw FormatError.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (big != null) {
                throw FormatError.overflowError("Python int too large to convert to C long");
            }
            if (small < 0 || small > 0x10ffff) {
                throw FormatError.overflowError("%c arg not in range(0x110000)");
            }
            NumberLayout.append(out, spec, (char) 0, "", "", false, new String(Character.toChars((int) small)),
                    (char) 0, 0, false);
            return out.toString();
        }
        int base;
        switch (spec.type) {
            case 'b': base = 2; break;
            case 'o': base = 8; break;
            case 'x': case 'X': base = 16; break;
            default: base = 10; break;
        }
        boolean negative = big == null ? small < 0 : big.signum() < 0;
        String digits = big == null ? IntText.absDigits(small, base) : IntText.absDigits(big, base);
        String prefix = spec.alternate && base != 10 ? IntText.prefix(base) : "";
        // 'n' groups by the locale: Ramjet runs in the C locale, which does not group
        char sep = spec.type == 'n' ? 0 : spec.grouping;
        if (spec.width < 0 && sep == 0 && (spec.sign == 0 || spec.sign == '-') && spec.type != 'X') {
            return negative ? "-" + prefix + digits : prefix.isEmpty() ? digits : prefix + digits;
        }
        NumberLayout.append(out, spec, negative ? '-' : 0, prefix, digits, false, "", sep, spec.groupSize,
                spec.type == 'X');
        return out.toString();
    }
}
