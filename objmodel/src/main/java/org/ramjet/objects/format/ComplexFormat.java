package org.ramjet.objects.format;

/**
 * {@code repr(complex)} and {@code format(z, spec)} (CPython's {@code complex.__format__}):
 * {@code 1j}, {@code (1+2j)}, {@code (-0-1j)}, {@code (nan+infj)}; the real part is left out
 * when it is {@code +0.0} and no type is given. The field's padding applies to the whole text,
 * parentheses included; zero padding and {@code '='} are refused.
 */
public final class ComplexFormat {
    private ComplexFormat() {
    }

    public static String repr(double real, double imag) {
        if (real == 0 && Double.doubleToRawLongBits(real) == 0) {
            return DoubleToString.format(imag, 'r', 0, 0) + "j";
        }
        StringBuilder sb = new StringBuilder(48);
        sb.append('(');
        DoubleToString.append(sb, real, 'r', 0, 0);
        DoubleToString.append(sb, imag, 'r', 0, DoubleToString.SIGN);
        return sb.append("j)").toString();
    }

    /** An empty spec gives {@code repr}. */
    public static String format(double real, double imag, String spec, String typeName) {
        if (spec.isEmpty()) {
            return repr(real, imag);
        }
        FormatSpec s = FormatSpec.parse(spec, 0, '>', typeName);
        switch (s.type) {
            case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
                return format(real, imag, s);
            default:
                throw FormatSpec.unknownType(s.type, typeName);
        }
    }

    private static String format(double re, double im, FormatSpec spec) {
        if (spec.precision > Integer.MAX_VALUE) {
            throw FormatError.valueError("precision too big");
        }
        if (spec.fill == '0') {
            throw FormatError.valueError("Zero padding is not allowed in complex format specifier");
        }
        if (spec.align == '=') {
            throw FormatError.valueError("'=' alignment flag is not allowed in complex format specifier");
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
        boolean skipRe = false;
        boolean parens = false;
        if (type == 0) {
            type = 'r';
            defaultPrecision = 0;
            if (re == 0 && Double.doubleToRawLongBits(re) == 0) {
                skipRe = true;
            } else {
                parens = true;
            }
        }
        if (type == 'n') {
            type = 'g';
        }
        if (precision < 0) {
            precision = defaultPrecision;
        } else if (type == 'r') {
            type = 'g';
        }
        String reText = DoubleToString.format(re, type, precision, flags);
        String imText = DoubleToString.format(im, type, precision, flags);
        char sep = spec.type == 'n' ? 0 : spec.grouping;

        StringBuilder body = new StringBuilder(reText.length() + imText.length() + 4);
        if (parens) {
            body.append('(');
        }
        if (!skipRe) {
            FloatFormat.appendNumber(body, reText, spec.withoutPadding(spec.sign), sep);
        }
        FloatFormat.appendNumber(body, imText, spec.withoutPadding(skipRe ? spec.sign : '+'), sep);
        body.append('j');
        if (parens) {
            body.append(')');
        }
        long[] pad = NumberLayout.padding(body.length(), spec.width, spec.align);
        StringBuilder out = new StringBuilder(body.length() + (int) Math.min(pad[0] + pad[1], 1 << 20));
        NumberLayout.fill(out, spec.fill, pad[0]);
        out.append(body);
        NumberLayout.fill(out, spec.fill, pad[1]);
        return out.toString();
    }
}
