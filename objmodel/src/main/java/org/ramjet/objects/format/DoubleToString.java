package org.ramjet.objects.format;

/**
 * Lays out the digits of a double as CPython's {@code PyOS_double_to_string} does, the one
 * routine behind {@code repr}, {@code str}, {@code format} and {@code %}-formatting of floats.
 *
 * <p>Codes: {@code 'e' 'E' 'f' 'F' 'g' 'G'} with a precision, and {@code 'r'} (repr: shortest
 * digits, precision must be 0). Flags: {@link #SIGN} always writes a sign, {@link #ADD_DOT_0}
 * makes an integral result look like a float ({@code 1.0}, and for {@code 'g'} switches to an
 * exponent one digit earlier), {@link #ALT} is {@code '#'} (keep the point and trailing zeros),
 * {@link #NO_NEG_0} is {@code 'z'} (a result that rounds to zero loses its minus sign).
 */
public final class DoubleToString {
    private DoubleToString() {
    }

    public static final int SIGN = 1;
    public static final int ADD_DOT_0 = 2;
    public static final int ALT = 4;
    public static final int NO_NEG_0 = 8;

    /** Largest output we agree to build; CPython would try and fail with MemoryError. */
    static final long MAX_LENGTH = Integer.MAX_VALUE - 16;

    public static String format(double x, char code, int precision, int flags) {
        StringBuilder sb = new StringBuilder(24);
        append(sb, x, code, precision, flags);
        return sb.toString();
    }

    /** Appends the text of {@code x} (see the class comment) to {@code sb}. */
    public static void append(StringBuilder sb, double x, char code, int precision, int flags) {
        boolean upper = false;
        char mode = code;
        switch (code) {
            case 'E':
            case 'F':
            case 'G':
                upper = true;
                mode = Character.toLowerCase(code);
                break;
            case 'e':
            case 'f':
            case 'g':
                break;
            case 'r':
                if (precision != 0) {
                    throw new IllegalArgumentException("repr takes no precision");
                }
                break;
            default:
                throw new IllegalArgumentException("format code " + code);
        }
        long bits = Double.doubleToRawLongBits(x);
        boolean negative = bits < 0;
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            // the sign of a nan is never shown, but '+' is still written when asked for
            if (Double.isNaN(x)) {
                negative = false;
            }
            if (negative) {
                sb.append('-');
            } else if ((flags & SIGN) != 0) {
                sb.append('+');
            }
            String word = Double.isNaN(x) ? "nan" : "inf";
            sb.append(upper ? word.toUpperCase() : word);
            return;
        }
        double abs = Math.abs(x);
        DigitBuffer d = new DigitBuffer();
        switch (mode) {
            case 'e':
                precision++;
                DoubleDigits.significant(abs, precision, d);
                break;
            case 'f':
                DoubleDigits.fixed(abs, precision, d);
                break;
            case 'g':
                if (precision == 0) {
                    precision = 1;
                }
                DoubleDigits.significant(abs, precision, d);
                break;
            default:
                DoubleDigits.shortest(abs, d);
                break;
        }
        if ((flags & NO_NEG_0) != 0 && negative
                && (d.length == 0 || d.length == 1 && d.digits[0] == '0')) {
            negative = false;
        }
        if (negative) {
            sb.append('-');
        } else if ((flags & SIGN) != 0) {
            sb.append('+');
        }
        layout(sb, d, mode, precision, flags, upper);
    }

    /**
     * The digits padded with zeros on either side into a slice {@code [start, end)} of the
     * infinite string {@code ...000 digits 000...}, the point after index {@code decpt}, then
     * the exponent if one is used.
     */
    private static void layout(StringBuilder sb, DigitBuffer d, char mode, int precision, int flags,
                               boolean upper) {
        boolean addDot0 = (flags & ADD_DOT_0) != 0;
        boolean alt = (flags & ALT) != 0;
        int len = d.length;
        long decpt = d.decpt;
        long end = len;
        boolean useExp = false;
        switch (mode) {
            case 'e':
                useExp = true;
                end = precision;
                break;
            case 'f':
                end = decpt + precision;
                break;
            case 'g':
                if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) {
                    useExp = true;
                }
                if (alt) {
                    end = precision;
                }
                break;
            default: // 'r': exponent from 1e16 on
                if (decpt <= -4 || decpt > 16) {
                    useExp = true;
                }
                break;
        }
        long exp = 0;
        if (useExp) {
            exp = decpt - 1;
            decpt = 1;
        }
        long start = decpt <= 0 ? decpt - 1 : 0;
        if (!useExp && addDot0) {
            end = Math.max(end, decpt + 1);
        } else {
            end = Math.max(end, decpt);
        }
        if (end - start + sb.length() + 8 > MAX_LENGTH) {
            throw FormatError.memoryError();
        }
        sb.ensureCapacity(sb.length() + (int) (end - start) + 8);

        if (decpt <= 0) {
            repeat(sb, '0', decpt - start);
            sb.append('.');
            repeat(sb, '0', -decpt);
        } else {
            repeat(sb, '0', -start);
        }
        if (0 < decpt && decpt <= len) {
            sb.append(d.digits, 0, (int) decpt);
            sb.append('.');
            sb.append(d.digits, (int) decpt, len - (int) decpt);
        } else {
            sb.append(d.digits, 0, len);
        }
        if (len < decpt) {
            repeat(sb, '0', decpt - len);
            sb.append('.');
            repeat(sb, '0', end - decpt);
        } else {
            repeat(sb, '0', end - len);
        }
        int last = sb.length() - 1;
        if (sb.charAt(last) == '.' && !alt) {
            sb.setLength(last);
        }
        if (useExp) {
            sb.append(upper ? 'E' : 'e');
            if (exp < 0) {
                sb.append('-');
                exp = -exp;
            } else {
                sb.append('+');
            }
            if (exp < 10) {
                sb.append('0');
            }
            sb.append(exp);
        }
    }

    private static void repeat(StringBuilder sb, char c, long n) {
        for (long i = 0; i < n; i++) {
            sb.append(c);
        }
    }
}
